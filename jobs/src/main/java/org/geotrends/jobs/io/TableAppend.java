package org.geotrends.jobs.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds rows to several tables, and replaces small files next to them, as one unit: everything is
 * first written under {@code <output>/_staging/append-<id>/}; {@link #commit()} then marks that
 * folder {@code _COMMITTED} and moves its data files into the tables (new part files beside the
 * old ones, into the same partition folders). A run that fails before the mark leaves the tables
 * untouched and its folder is deleted by the next run ({@link #recover}); a run that dies while
 * moving is finished by the next run, which moves the rest. Either way no table keeps half of
 * an append. One writer per output folder at a time.
 */
public final class TableAppend implements TableSink {
  private static final Logger LOG = LoggerFactory.getLogger(TableAppend.class);

  static final String PREFIX = "append-";
  static final String COMMITTED = "_COMMITTED";

  private final FileSystem fs;
  private final Path output;
  private final Path dir;

  private TableAppend(FileSystem fs, Path output, Path dir) {
    this.fs = fs;
    this.output = output;
    this.dir = dir;
  }

  /** Starts an append to the tables in {@code output}. */
  public static TableAppend begin(String output, Configuration conf) {
    Path out = new Path(output);
    try {
      return new TableAppend(out.getFileSystem(conf), out,
          new Path(new Path(out, "_staging"), PREFIX + UUID.randomUUID()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot open output " + output + ": " + e.getMessage(), e);
    }
  }

  /** Stages the new rows of {@code table}; they join the table on {@link #commit()}. */
  @Override
  public void write(Dataset<Row> data, TableSpec table) {
    table.check(data.schema());
    ParquetLayout.writer(data, table.partitionColumns().toArray(String[]::new)).mode(SaveMode.ErrorIfExists)
        .parquet(new Path(dir, table.name()).toString());
  }

  /** Stages a file that replaces {@code <output>/<name>} on {@link #commit()}. */
  public void writeFile(String name, byte[] content) {
    try (OutputStream out = fs.create(new Path(dir, name), false)) {
      out.write(content);
    } catch (IOException e) {
      throw new IllegalStateException("cannot stage " + name + ": " + e.getMessage(), e);
    }
  }

  /** Makes everything staged part of the output. */
  public void commit() {
    try {
      fs.create(new Path(dir, COMMITTED), false).close();
      moveIn(fs, output, dir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot commit the append in " + dir
          + " (the next run in this folder finishes it): " + e.getMessage(), e);
    }
  }

  /** Drops everything staged; the tables are as before. */
  public void abort() {
    try {
      fs.delete(dir, true);
      TableWriter.deleteIfEmpty(fs, dir.getParent());
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}", dir, e.getMessage());
    }
  }

  /**
   * Finishes the committed appends an earlier run left in {@code output} and deletes the
   * uncommitted ones; returns how many it found. Call before reading the tables to append to.
   */
  public static int recover(String output, Configuration conf) {
    Path staging = new Path(output, "_staging");
    try {
      FileSystem fs = staging.getFileSystem(conf);
      if (!fs.exists(staging)) {
        return 0;
      }
      int found = 0;
      for (FileStatus s : fs.listStatus(staging)) {
        if (!s.isDirectory() || !s.getPath().getName().startsWith(PREFIX)) {
          continue;
        }
        found++;
        if (fs.exists(new Path(s.getPath(), COMMITTED))) {
          LOG.warn("finishing an append an earlier run committed but did not complete: {}", s.getPath());
          moveIn(fs, new Path(output), s.getPath());
        } else {
          LOG.warn("removing an append an earlier run did not commit: {}", s.getPath());
          fs.delete(s.getPath(), true);
        }
      }
      TableWriter.deleteIfEmpty(fs, staging);
      return found;
    } catch (IOException e) {
      throw new UserError("cannot recover the unfinished appends in " + staging + ": " + e.getMessage());
    }
  }

  /** Moves every staged table's files and every staged file into place, then the folder away. */
  private static void moveIn(FileSystem fs, Path output, Path dir) throws IOException {
    for (FileStatus s : fs.listStatus(dir)) {
      String name = s.getPath().getName();
      if (s.isDirectory()) {
        moveFiles(fs, s.getPath(), new Path(output, name));
      } else if (!name.equals(COMMITTED) && !hidden(name)) {
        Path target = new Path(output, name);
        fs.delete(target, false);
        rename(fs, s.getPath(), target);
      }
    }
    fs.delete(dir, true);
    TableWriter.deleteIfEmpty(fs, dir.getParent());
  }

  /** Moves the data files below {@code from} to the same place below {@code to}. */
  private static void moveFiles(FileSystem fs, Path from, Path to) throws IOException {
    fs.mkdirs(to);
    for (FileStatus s : fs.listStatus(from)) {
      String name = s.getPath().getName();
      if (hidden(name)) {
        continue; // _SUCCESS, checksums: the table's own stay as they are
      }
      if (s.isDirectory()) {
        moveFiles(fs, s.getPath(), new Path(to, name));
      } else {
        rename(fs, s.getPath(), new Path(to, name));
      }
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }

  private static boolean hidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }
}
