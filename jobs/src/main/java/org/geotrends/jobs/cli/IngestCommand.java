package org.geotrends.jobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.common.extract.PageExtractor;
import org.geotrends.common.record.FileSplits;
import org.geotrends.common.record.ReadLimits;
import org.geotrends.jobs.ingest.ArticlesTable;
import org.geotrends.jobs.ingest.IngestedFiles;
import org.geotrends.jobs.ingest.RejectsTable;
import org.geotrends.jobs.io.InputFiles;
import org.geotrends.jobs.io.RunSummary;
import org.geotrends.jobs.pipeline.Stages;
import org.geotrends.jobs.io.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code geotrends ingest}: crawl files to the articles and rejects tables. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read crawl files (WARC/ARC, HTML, text dumps, JSON lines; plain or compressed) "
        + "into the articles and rejects tables, and write run-summary.json.")
final class IngestCommand implements Callable<Integer> {

  @Mixin
  InputOptions input;

  @Mixin
  OutputOptions out;

  @Mixin
  ReadOptions read;

  @Override
  public Integer call() throws java.io.IOException {
    // every option, input and the output folder are checked before Spark starts
    CrawlFileIngester.Options options = read.options();
    List<InputFiles.InputFile> files = input.listed();
    out.check(true, List.of(ArticlesTable.NAME, RejectsTable.NAME), List.of());
    IngestedFiles.Plan plan = IngestedFiles.plan(out.output, out.mode, files, InputFiles.confBeforeSpark());
    try (SparkSession spark = out.session("ingest")) {
      RunSummary summary = new RunSummary("ingest", input.described(), out.output, spark.version());
      Stages stages = new Stages(spark, out.output, out.mode, summary);
      Report.ingest(stages.ingest(plan, options), System.out);
      stages.finish();
    }
    return 0;
  }

  /** Reading limits, shared with the pipeline. */
  static final class ReadOptions {
    @Option(names = "--max-page-bytes", defaultValue = "" + ReadLimits.DEFAULT_MAX_PAGE_BYTES, paramLabel = "N",
        description = "Reject pages larger than this many bytes (default: ${DEFAULT-VALUE}).")
    int maxPageBytes;

    @Option(names = "--min-words", defaultValue = "" + PageExtractor.DEFAULT_MIN_BODY_WORDS, paramLabel = "N",
        description = "Reject pages whose article text has fewer words (default: ${DEFAULT-VALUE}).")
    int minWords;

    /** {@link FileSplits#DEFAULT_SPLIT_BYTES} in the option's form (a whole number of MiB). */
    static final String DEFAULT_SPLIT_SIZE = (FileSplits.DEFAULT_SPLIT_BYTES >> 20) + "m";

    @Option(names = "--split-size", defaultValue = DEFAULT_SPLIT_SIZE, paramLabel = "SIZE",
        description = "Read WARC/ARC files (plain, or gzip record by record) and plain JSON-lines "
            + "files larger than this in parts of this size, one task each; a number of bytes with an optional k, m or g; "
            + "0 never splits (default: ${DEFAULT-VALUE}).")
    String splitSize;

    CrawlFileIngester.Options options() {
      if (maxPageBytes <= 0) {
        throw new UserError("--max-page-bytes must be positive, not " + maxPageBytes);
      }
      return new CrawlFileIngester.Options(new ReadLimits(maxPageBytes), Math.max(0, minWords),
          splitBytes(splitSize));
    }

    /** {@code 256m}, {@code 1g}, {@code 65536}, {@code 0}: a byte count, powers of 1024. */
    static long splitBytes(String size) {
      String s = size == null ? "" : size.strip().toLowerCase(java.util.Locale.ROOT);
      long unit = 1;
      if (!s.isEmpty() && "kmg".indexOf(s.charAt(s.length() - 1)) >= 0) {
        unit = 1L << (10 * ("kmg".indexOf(s.charAt(s.length() - 1)) + 1));
        s = s.substring(0, s.length() - 1);
      }
      try {
        long n = Long.parseLong(s);
        if (n < 0 || n > Long.MAX_VALUE / unit) {
          throw new NumberFormatException();
        }
        return n * unit;
      } catch (NumberFormatException e) {
        throw new UserError("--split-size must be a size such as 256m, 1g or 0, not '" + size + "'");
      }
    }
  }
}
