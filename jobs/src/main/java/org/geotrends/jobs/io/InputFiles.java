package org.geotrends.jobs.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the {@code --input} arguments (files, directories searched recursively, globs, on any
 * Hadoop file system: local, {@code hdfs://}, {@code s3a://}) into the sorted list of files to
 * read. Hidden files ({@code .name}, {@code _name}) are left out, as Spark does.
 */
public final class InputFiles {

  private InputFiles() {
  }

  /**
   * The Hadoop configuration before Spark starts: defaults, {@code core-site.xml} from the
   * classpath, and every {@code spark.hadoop.*} setting (spark-submit passes {@code --conf} as
   * system properties), so that inputs are checked with the credentials the job will use.
   */
  public static Configuration confBeforeSpark() {
    Configuration conf = new Configuration();
    System.getProperties().forEach((k, v) -> {
      String key = String.valueOf(k);
      if (key.startsWith("spark.hadoop.")) {
        conf.set(key.substring("spark.hadoop.".length()), String.valueOf(v));
      }
    });
    return conf;
  }

  /** One input file as listed: its qualified path, size in bytes and modification time (ms). */
  public record InputFile(String path, long size, long modifiedMillis) {
  }

  /**
   * @throws UserError when an input matches no file
   */
  public static List<String> list(List<String> inputs, Configuration conf) {
    return listWithStatus(inputs, conf).stream().map(InputFile::path).toList();
  }

  /**
   * The files to read with the size and modification time the listing saw (no extra request
   * per file), sorted by path; what incremental runs compare with the files already ingested.
   *
   * @throws UserError when an input matches no file
   */
  public static List<InputFile> listWithStatus(List<String> inputs, Configuration conf) {
    TreeMap<String, InputFile> files = new TreeMap<>();
    for (String input : inputs) {
      int before = files.size();
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches != null) {
          for (FileStatus match : matches) {
            addFiles(fs, match, files);
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new UserError("cannot read input " + input + ": " + e.getMessage());
      }
      if (files.size() == before) {
        throw new UserError("input not found or empty: " + input);
      }
    }
    return new ArrayList<>(files.values());
  }

  /**
   * Reads a path list (one path per line, blank lines and {@code #} comments ignored, gzip or
   * another Hadoop codec by extension), as Common Crawl publishes them ({@code warc.paths.gz}).
   * Lines without a scheme are resolved against {@code prefix} when it is given.
   *
   * @throws UserError when the list cannot be read or is empty
   */
  public static List<String> readList(String list, String prefix, Configuration conf) {
    Path path = new Path(list);
    List<String> paths = new ArrayList<>();
    try {
      FileSystem fs = path.getFileSystem(conf);
      java.io.InputStream raw = fs.open(path);
      org.apache.hadoop.io.compress.CompressionCodec codec =
          new org.apache.hadoop.io.compress.CompressionCodecFactory(conf).getCodec(path);
      try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
          codec == null ? raw : codec.createInputStream(raw), java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          String p = line.strip();
          if (p.isEmpty() || p.startsWith("#")) {
            continue;
          }
          boolean absolute = p.contains("://") || p.startsWith("/");
          paths.add(absolute || prefix == null ? p
              : prefix.endsWith("/") ? prefix + p : prefix + "/" + p);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError("cannot read input list " + list + ": " + e.getMessage());
    }
    if (paths.isEmpty()) {
      throw new UserError("input list is empty: " + list);
    }
    return paths;
  }

  private static void addFiles(FileSystem fs, FileStatus status, TreeMap<String, InputFile> files)
      throws IOException {
    if (isHidden(status.getPath())) {
      return;
    }
    if (status.isFile()) {
      add(status, files);
      return;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (!isHiddenBelow(f.getPath(), status.getPath())) {
        add(f, files);
      }
    }
  }

  private static void add(FileStatus status, TreeMap<String, InputFile> files) {
    String path = status.getPath().toString();
    files.put(path, new InputFile(path, status.getLen(), status.getModificationTime()));
  }

  private static boolean isHidden(Path path) {
    String name = path.getName();
    return name.startsWith(".") || name.startsWith("_");
  }

  /** Hidden when the file or any folder between {@code root} and it is hidden. */
  private static boolean isHiddenBelow(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (isHidden(p)) {
        return true;
      }
    }
    return false;
  }
}
