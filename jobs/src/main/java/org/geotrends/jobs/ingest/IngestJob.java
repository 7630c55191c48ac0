package org.geotrends.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.jobs.io.HadoopConf;
import org.geotrends.jobs.io.TableSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: crawl files in, {@code articles/} and {@code rejects/} out.
 * One Spark task per input file (WARC.gz is not splittable, and one file streams in bounded
 * memory); nothing but the counts is collected to the driver.
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  private IngestJob() {
  }

  /**
   * Reads every file (as listed by {@link org.geotrends.jobs.io.InputFiles}), writes both
   * tables; returns the counts.
   */
  public static IngestCounts run(SparkSession spark, List<String> files, TableSink writer,
      CrawlFileIngester.Options options) {
    Map<String, IngestCounts> byFile = runByFile(spark, files, writer, options);
    return IngestCounts.sum(files.stream()
        .map(f -> byFile.getOrDefault(f, IngestCounts.none(1))).toList());
  }

  /**
   * As {@link #run}, with the counts of each file (files that held no record are absent).
   */
  public static Map<String, IngestCounts> runByFile(SparkSession spark, List<String> files,
      TableSink writer, CrawlFileIngester.Options options) {
    writer.checkWritable(ArticlesTable.NAME, RejectsTable.NAME);
    LOG.info("ingest: {} input files", files.size());
    Dataset<Row> outcomes = outcomes(spark, files, options).persist(StorageLevel.DISK_ONLY());
    try {
      writer.write(articles(outcomes), ArticlesTable.NAME, ArticlesTable.PARTITION_COLUMN);
      writer.write(rejects(outcomes), RejectsTable.NAME);
      Map<String, IngestCounts> byFile = countsByFile(outcomes);
      IngestCounts counts = IngestCounts.sum(byFile.values());
      LOG.info("ingest: {} records read, {} articles, {} rejects, {} skipped", counts.read(),
          counts.articles(), counts.rejects(), counts.skipped());
      return byFile;
    } finally {
      outcomes.unpersist();
    }
  }

  /** One row per article, rejection and (file, skip type); see {@link Outcomes}. */
  static Dataset<Row> outcomes(SparkSession spark, List<String> files,
      CrawlFileIngester.Options options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    // parallelize with as many slices as files puts exactly one file in each task
    JavaRDD<Row> rows = jsc.parallelize(files, Math.max(1, files.size()))
        .flatMap(new ReadFile(conf, options));
    return spark.createDataFrame(rows, Outcomes.SCHEMA);
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
