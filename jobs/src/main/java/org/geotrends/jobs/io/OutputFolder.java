package org.geotrends.jobs.io;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks an output folder before Spark starts, through the Hadoop file system API (local,
 * {@code hdfs://}, {@code s3a://}), so that a mistake costs seconds, not a run: the folder is
 * created when missing, must not be a file, must take a new file, must hold the tables a
 * command reads, and must not hold the tables it writes in {@link TableWriter.Mode#ERROR} mode.
 */
public final class OutputFolder {

  private OutputFolder() {
  }

  /**
   * @param writes the tables the command writes
   * @param reads the tables the command reads from the folder
   * @throws UserError naming the first problem
   */
  public static void check(String output, TableWriter.Mode mode, Configuration conf,
      List<String> writes, List<String> reads) {
    Path dir = new Path(output);
    FileSystem fs;
    try {
      fs = dir.getFileSystem(conf);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError("cannot use output " + output + ": " + e.getMessage());
    }
    createOrCheckFolder(fs, dir, output);
    probeWrite(fs, dir, output);
    for (String table : reads) {
      if (!exists(fs, new Path(dir, table), output)) {
        throw new UserError("no " + table + " table in " + output + ": run the stage that writes it first");
      }
    }
    if (mode == TableWriter.Mode.ERROR) {
      for (String table : writes) {
        Path path = new Path(dir, table);
        if (exists(fs, path, output)) {
          throw new UserError("table exists: " + path + " (use --mode overwrite to replace it)");
        }
      }
    }
  }

  private static void createOrCheckFolder(FileSystem fs, Path dir, String output) {
    try {
      FileStatus status = fs.getFileStatus(dir);
      if (!status.isDirectory()) {
        throw new UserError("output is a file, not a folder: " + output);
      }
    } catch (java.io.FileNotFoundException missing) {
      try {
        if (!fs.mkdirs(dir)) {
          throw new UserError("cannot create output folder " + output);
        }
      } catch (IOException e) {
        throw new UserError("cannot create output folder " + output + ": " + oneLine(e));
      }
    } catch (IOException e) {
      throw new UserError("cannot use output " + output + ": " + oneLine(e));
    }
  }

  /** Writes and deletes a hidden empty file: permissions, quotas and credentials in one go. */
  private static void probeWrite(FileSystem fs, Path dir, String output) {
    Path probe = new Path(dir, "_geotrends-write-check-" + UUID.randomUUID());
    try {
      fs.create(probe, false).close();
      fs.delete(probe, false);
    } catch (IOException e) {
      throw new UserError("output folder is not writable: " + output + ": " + oneLine(e));
    }
  }

  private static boolean exists(FileSystem fs, Path path, String output) {
    try {
      return fs.exists(path);
    } catch (IOException e) {
      throw new UserError("cannot check output " + output + ": " + oneLine(e));
    }
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
