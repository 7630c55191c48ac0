package org.geotrends.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.common.record.FileSplit;
import org.geotrends.common.record.FileSplits;
import org.geotrends.jobs.io.HadoopConf;
import org.geotrends.jobs.io.TableSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: crawl files in, {@code articles/} and {@code rejects/} out.
 * One Spark task per input file, or per part of a WARC/ARC file (plain, or gzip record by
 * record) or plain JSON-lines file larger than the split size (see {@link FileSplits}), each
 * streaming in bounded memory;
 * nothing but the counts is collected to the driver, and they are kept per file.
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  private IngestJob() {
  }

  /**
   * Reads every file (as listed by {@link org.geotrends.jobs.io.InputFiles}), writes both
   * tables; returns the counts of each file (files that held no record are absent).
   */
  public static Map<String, IngestCounts> runByFile(SparkSession spark, List<String> files,
      TableSink writer, CrawlFileIngester.Options options) {
    writer.checkWritable(ArticlesTable.NAME, RejectsTable.NAME);
    LOG.info("ingest: {} input files", files.size());
    Map<String, Long> sizes = sizes(spark, files);
    List<FileSplit> tasks = tasks(spark, files, sizes, options.splitBytes());
    if (tasks.size() > files.size()) {
      LOG.info("ingest: {} tasks for {} files (large files in parts of {} bytes)", tasks.size(),
          files.size(), options.splitBytes());
    }
    IngestProgress progress = new IngestProgress(spark.sparkContext(), tasks, sizes, System.err);
    Dataset<Row> outcomes = outcomes(spark, tasks, options, progress.counters())
        .persist(StorageLevel.DISK_ONLY());
    try {
      writer.write(articles(outcomes), ArticlesTable.SPEC);
      writer.write(rejects(outcomes), RejectsTable.SPEC);
      Map<String, IngestCounts> byFile = countsByFile(outcomes);
      IngestCounts counts = IngestCounts.sum(byFile.values());
      LOG.info("ingest: {} records read, {} articles, {} rejects, {} skipped", counts.read(),
          counts.articles(), counts.rejects(), counts.skipped());
      return byFile;
    } finally {
      progress.close();
      outcomes.unpersist();
    }
  }

  /** One row per article, rejection and (file, skip type); see {@link Outcomes}. */
  static Dataset<Row> outcomes(SparkSession spark, List<FileSplit> tasks,
      CrawlFileIngester.Options options, IngestProgress.Counters counters) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    // as many slices as tasks puts exactly one file or part in each; slices have no preferred
    // location, so the parts of one file run on whichever cores are free
    JavaRDD<Row> rows = jsc.parallelize(tasks, Math.max(1, tasks.size()))
        .flatMap(new ReadFile(conf, options, counters));
    return spark.createDataFrame(rows, Outcomes.SCHEMA);
  }

  /** The size of each file, 0 when it cannot be read (its task reports why). */
  static Map<String, Long> sizes(SparkSession spark, List<String> files) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Map<String, Long> sizes = new HashMap<>();
    for (String file : files) {
      try {
        Path path = new Path(file);
        sizes.put(file, path.getFileSystem(conf).getFileStatus(path).getLen());
      } catch (IOException | RuntimeException e) {
        sizes.put(file, 0L);
      }
    }
    return sizes;
  }

  /**
   * The tasks of a run, in input order: each file whole, or in parts when it is a splittable
   * WARC/ARC file (plain or gzip record by record, no other codec) or a plain JSON-lines file
   * larger than {@code splitBytes} (0: never).
   */
  static List<FileSplit> tasks(SparkSession spark, List<String> files, Map<String, Long> sizes,
      long splitBytes) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    List<FileSplit> tasks = new ArrayList<>();
    for (String file : files) {
      long size = sizes.getOrDefault(file, 0L);
      Optional<FileSplits.Layout> layout = Optional.empty();
      CompressionCodec codec = codecs.getCodec(new Path(file));
      if (splitBytes > 0 && size > splitBytes && (codec == null || codec instanceof GzipCodec)) {
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
          layout = FileSplits.layout(in, file);
        } catch (IOException | RuntimeException e) {
          layout = Optional.empty(); // read whole: its task reports what is wrong with it
        }
      }
      tasks.addAll(FileSplits.plan(file, size, splitBytes, layout));
    }
    return tasks;
  }

  static Dataset<Row> articles(Dataset<Row> outcomes) {
    return outcomes.where(col("kind").equalTo(Outcomes.ARTICLE)).select("article.*");
  }

  static Dataset<Row> rejects(Dataset<Row> outcomes) {
    return outcomes.where(col("kind").equalTo(Outcomes.REJECT)).select("reject.*");
  }

  /** A few rows per file (one per kind, format, reason and skip type) reach the driver. */
  static Map<String, IngestCounts> countsByFile(Dataset<Row> outcomes) {
    List<Row> groups = outcomes
        .groupBy(col("file"), col("kind"), col("input_format"), col("reject.reason"), col("skip_type"))
        .agg(sum("records"))
        .collectAsList();
    return IngestCounts.byFile(groups);
  }
}
