package org.geotrends.jobs.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geotrends.common.extract.HtmlExtractor;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.geotrends.common.actors.SentenceSplitter;
import org.geotrends.common.terms.TermExtractor;
import org.geotrends.jobs.network.NetworkJob;
import org.geotrends.jobs.terms.TermsJob;
import org.geotrends.jobs.window.DayBasis;
import org.geotrends.jobs.trends.TrendsJob;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.Granularity;

/**
 * Prints how the network, trends and terms stages scale with the number of mention rows (10^4 to
 * 10^6 synthetic rows: 4 mentions per article, 200 actors with skewed frequencies, three years
 * of dates), next to the cost of extracting that many articles. Not a test: run it with
 * {@code bash jobs/bench/run-stages-benchmark.sh} (see README, Benchmarks).
 */
public final class StagesBenchmark {

  private StagesBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    double extractSecondsPerArticle = extractionSecondsPerArticle();
    try (SparkSession spark = SparkSession.builder().master("local[" + cores + "]")
        .appName("geotrends stages benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()) {
      spark.sparkContext().setLogLevel("WARN");
      System.out.printf("cores: %d; extraction alone: %.1f ms per article (single thread, measured now)%n",
          cores, extractSecondsPerArticle * 1000);
      System.out.println("mention rows  articles   network s  trends s  terms s   stages per article  ingest estimate s  "
          + "stages / ingest");
      Path scratch = Files.createTempDirectory("geotrends-bench");
      run(spark, scratch, 10_000, extractSecondsPerArticle, cores, false); // warm-up
      for (long rows : new long[] {10_000, 100_000, 1_000_000}) {
        run(spark, scratch, rows, extractSecondsPerArticle, cores, true);
      }
    }
  }

  private static void run(SparkSession spark, Path scratch, long rows, double extractSeconds, int cores,
      boolean print) {
    long articleCount = rows / 4;
    Dataset<Row> articles = spark.range(articleCount).select(
            expr("concat('a', id)").as("article_id"),
            // one article in ten a syndicated copy of the article before it
            expr("case when id % 10 = 9 then concat('a', id - 1) end").as("story_id"),
            expr("timestamp_seconds(1672531200 + (id * 7919) % (3 * 365 * 86400))").as("published_at"),
            expr("concat('publisher-', id % 20)").as("publisher"),
            expr("concat('Headline number ', id % 97)").as("title"),
            // three sentences of twelve words from a vocabulary of 60, one sentence per sentence_index
            expr("concat_ws('. ', transform(sequence(0, 2), s -> concat_ws(' ', transform(sequence(1, 12), "
                + "w -> concat('word', cast((id * 7919 + s * 104729 + w * w * 31) % 60 as string))))))")
                .as("body"),
            expr("'en'").as("language"), expr("concat('https://example.org/', id)").as("url"),
            expr("'synthetic'").as("source_file"), col("id").as("source_offset"),
            expr("cast(null as timestamp)").as("crawled_at"))
        .cache();
    Dataset<Row> mentions = spark.range(rows).select(
            expr("concat('a', id div 4)").as("article_id"),
            expr("cast(null as timestamp)").as("published_at"),
            // skewed: a few actors are in most articles, as in real news
            expr("concat('A', cast(pow(((id * 2654435761) % 1000) / 1000.0, 3) * 200 as int))").as("actor_id"),
            expr("'x'").as("alias"), expr("'name'").as("match_kind"), expr("'body'").as("field"),
            expr("0").as("start"), expr("1").as("end"), expr("cast(id % 3 as int)").as("sentence_index"),
            expr("'en'").as("language"))
        .cache();
    articles.count();
    mentions.count();

    long t0 = System.nanoTime();
    // As the pipeline does: co_mentions written, actor_nodes computed on the written table.
    NetworkJob.Options options = new NetworkJob.Options(List.of(Granularity.MONTH), false, 1, Counting.STORIES);
    String coMentionsPath = scratch.resolve("co_mentions-" + rows).toString();
    NetworkJob.coMentions(articles, mentions, options).write().mode("overwrite").parquet(coMentionsPath);
    NetworkJob.actorNodes(articles, mentions, spark.read().parquet(coMentionsPath), options)
        .write().format("noop").mode("overwrite").save();
    double network = (System.nanoTime() - t0) / 1e9;

    t0 = System.nanoTime();
    TrendsJob.trends(articles, mentions,
            new TrendsJob.Options(List.of(Granularity.MONTH), false, 6, 3, 0.05, 3, Counting.STORIES))
        .write().format("noop").mode("overwrite").save();
    double trends = (System.nanoTime() - t0) / 1e9;

    // terms: the bursts of the trends table, then the one pass over sentences and the three tables
    Dataset<Row> trendsTable = TrendsJob.trends(articles, mentions,
            new TrendsJob.Options(List.of(Granularity.MONTH), false, 6, 3, 0.05, 3, Counting.STORIES))
        .cache();
    trendsTable.count();
    t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<Row> sentences = TermsJob.sentences(articles, mentions,
        jsc.broadcast(new TermExtractor(List.of("A1", "A2"))), jsc.broadcast(SentenceSplitter.defaults()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    TermsJob.Tables t = TermsJob.tables(sentences, articles, trendsTable,
        new TermsJob.Options(List.of(Granularity.MONTH), false, DayBasis.UTC, 6));
    for (Dataset<Row> table : List.of(t.pairTerms(), t.burstTerms(), t.burstArticles())) {
      table.write().format("noop").mode("overwrite").save();
    }
    t.unpersist();
    sentences.unpersist();
    trendsTable.unpersist();
    double terms = (System.nanoTime() - t0) / 1e9;

    double ingest = articleCount * extractSeconds / cores;
    if (print) {
      System.out.printf("%12d %9d %11.1f %9.1f %8.1f %15.3f ms %18.0f %15.1f%%%n", rows, articleCount,
          network, trends, terms, (network + trends + terms) * 1000 / articleCount, ingest,
          100 * (network + trends + terms) / ingest);
    }
    articles.unpersist();
    mentions.unpersist();
  }

  /** Seconds to extract one article of about 4 KB of text from a 40 KB page, single thread. */
  private static double extractionSecondsPerArticle() {
    StringBuilder html = new StringBuilder("<html><head><title>A headline about Ankara and Damascus</title>"
        + "<meta property=\"article:published_time\" content=\"2024-08-31T20:45:00+03:00\"></head><body>");
    for (int i = 0; i < 60; i++) {
      html.append("<nav><ul><li><a href=\"/s").append(i).append("\">Section ").append(i).append("</a></li></ul></nav>");
    }
    html.append("<article><h1>A headline about Ankara and Damascus</h1>");
    for (int i = 0; i < 30; i++) {
      html.append("<p>Paragraph ").append(i).append(" of the story: officials from Russia, Iran, Turkey and Syria ")
          .append("met again to discuss the normalisation of relations between Ankara and Damascus.</p>");
    }
    html.append("</article>");
    while (html.length() < 40_000) {
      html.append("<div class=\"related\"><a href=\"/x\">Another headline somewhere else</a></div>");
    }
    html.append("</body></html>");
    String page = html.toString();
    for (int i = 0; i < 200; i++) {
      HtmlExtractor.extract(page, "https://example.org/a", Instant.now());
    }
    int n = 500;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      HtmlExtractor.extract(page, "https://example.org/a", Instant.now());
    }
    return (System.nanoTime() - t0) / 1e9 / n;
  }
}
