package org.geotrends.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.geotrends.jobs.io.InputFiles;
import org.geotrends.jobs.io.UserError;
import picocli.CommandLine.Option;

/** {@code --input}, {@code --input-list} and {@code --input-prefix}, shared by ingest and pipeline. */
final class InputOptions {
  @Option(names = {"-i", "--input"}, arity = "1..*", paramLabel = "PATH",
      description = "Files, folders (read recursively) or globs; local, hdfs:// or s3a://.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--input-list", paramLabel = "FILE",
      description = "A file listing input paths, one per line (plain or .gz), such as Common "
          + "Crawl's warc.paths.gz.")
  String list;

  @Option(names = "--input-prefix", paramLabel = "URL",
      description = "Prefix for relative lines of --input-list, e.g. s3a://commoncrawl/")
  String prefix;

  /** The files to read, checked before Spark starts. */
  List<String> files() {
    return listed().stream().map(InputFiles.InputFile::path).toList();
  }

  /** The files to read with their sizes and modification times, checked before Spark starts. */
  List<InputFiles.InputFile> listed() {
    Configuration conf = InputFiles.confBeforeSpark();
    List<String> all = new ArrayList<>(inputs);
    if (list != null) {
      all.addAll(InputFiles.readList(list, prefix, conf));
    }
    if (all.isEmpty()) {
      throw new UserError("give --input PATH... or --input-list FILE");
    }
    return InputFiles.listWithStatus(all, conf);
  }

  /** What the run summary records as the inputs. */
  List<String> described() {
    List<String> d = new ArrayList<>(inputs);
    if (list != null) {
      d.add("list:" + list);
    }
    return d;
  }
}
