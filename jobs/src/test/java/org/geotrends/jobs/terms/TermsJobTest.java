package org.geotrends.jobs.terms;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.actors.SentenceSplitter;
import org.geotrends.common.terms.TermExtractor;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.mentions.MentionsTable;
import org.geotrends.jobs.window.DayBasis;
import org.geotrends.jobs.window.Granularity;
import org.junit.jupiter.api.Test;

/**
 * Five English articles. February: t0 "Russia held talks on energy." March: three sentences
 * that name Russia and Turkey and a grain deal (t1-t3), two sentences of other news in t1 and t3,
 * and t4 on Syria. March's trends row for Russia is a burst.
 *
 * <p>Terms (stop words "a", "the", "and", "again", "was", "were", "on", and "said", an English
 * function word of the language file; names left out): each
 * pair sentence gives 5 terms, among them "grain", "grain deal" and "deal" (3 times each over the
 * three); the window has 28 terms (15 + "markets rose" 3 + "weather was mild" 3 + t4's 3 + the
 * word "title" of four titles), so the reference of the pair is 13 terms; February has 6 (t0's
 * 5 and its title). G2 by SciPy's
 * {@code chi2_contingency([[3, 12], [0, 13]], lambda_="log-likelihood", correction=False)}:
 * 4.055914888247086, and against February's 6 terms ({@code [[3, 12], [0, 6]]}),
 * 2.2128126619675417. "grain deal" holds every
 * "grain" and every "deal", so it alone is kept.
 */
class TermsJobTest extends SparkTest {
  private static TermsJob.Tables tables;

  private static final StructType ARTICLES = StructType.fromDDL(
      "article_id STRING, story_id STRING, url STRING, publisher STRING, title STRING, body STRING, "
          + "language STRING, published_at TIMESTAMP, source_file STRING, source_offset BIGINT, "
          + "crawled_at TIMESTAMP");
  private static final StructType TRENDS = StructType.fromDDL(
      "granularity STRING, period_start DATE, publisher STRING, actor_id STRING, is_burst BOOLEAN");

  private static final String S1 = "Russia and Turkey signed a grain deal.";
  private static final String S2 = "Turkey and Russia discussed the grain deal again.";
  private static final String S3 = "Russia and Turkey praised the grain deal.";

  private TermsJob.Tables tables() {
    if (tables == null) {
      SparkSession spark = spark();
      Dataset<Row> articles = spark.createDataFrame(List.of(
          article("t0", "Russia held talks on energy.", "2024-02-10T10:00:00Z"),
          article("t1", S1 + " Markets rose.", "2024-03-05T10:00:00Z"),
          article("t2", S2, "2024-03-06T10:00:00Z"),
          article("t3", S3 + " Weather was mild.", "2024-03-07T10:00:00Z"),
          article("t4", "Syria said markets were calm.", "2024-03-08T10:00:00Z")), ARTICLES);
      List<Row> m = new ArrayList<>();
      m.add(mention("t0", "RUS", 0, 6));
      for (String t : List.of("t1", "t3")) {
        m.add(mention(t, "RUS", 0, 6));
        m.add(mention(t, "TUR", 11, 17));
      }
      m.add(mention("t2", "TUR", 0, 6));
      m.add(mention("t2", "RUS", 11, 17));
      m.add(mention("t4", "SYR", 0, 5));
      Dataset<Row> mentions = spark.createDataFrame(m, MentionsTable.SCHEMA);
      Dataset<Row> trends = spark.createDataFrame(List.of(
          RowFactory.create("month", Date.valueOf("2024-03-01"), null, "RUS", true),
          RowFactory.create("month", Date.valueOf("2024-03-01"), null, "TUR", false)), TRENDS);
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Dataset<Row> sentences = TermsJob.sentences(articles, mentions,
          jsc.broadcast(new TermExtractor(List.of("Russia", "Turkey", "Syria"))),
          jsc.broadcast(SentenceSplitter.defaults())).cache();
      TermsJob.Options options = new TermsJob.Options(List.of(Granularity.MONTH), false, DayBasis.UTC, 6);
      TermsJob.Tables t = TermsJob.tables(sentences, articles, trends, options);
      tables = new TermsJob.Tables(t.pairTerms().cache(), t.burstTerms().cache(), t.burstArticles().cache(),
          t.shared());
    }
    return tables;
  }

  private static Row article(String id, String body, String published) {
    return RowFactory.create(id, null, "https://example.org/" + id, "P1", "Title " + id, body, "en",
        Timestamp.from(Instant.parse(published)), "crawl", 0L, null);
  }

  private static Row mention(String article, String actor, int start, int end) {
    return RowFactory.create(article, null, actor, actor, "name", "body", start, end, 0, "en");
  }

  @Test
  void pairTermsAreThePhraseBehindTheEdge() {
    Dataset<Row> actual = tables().pairTerms();
    Dataset<Row> expected = spark().createDataFrame(List.<Row>of(RowFactory.create("month",
        Date.valueOf("2024-03-01"), null, "RUS", "TUR", "en", 1, "grain deal", 4.055914888247086, 3L, 3L, 3L)),
        actual.schema());
    assertDataFrameApproximateEquals(expected, actual, 1e-9);
  }

  @Test
  void burstTermsAreTheNewsAgainstTheBaselinePeriods() {
    Dataset<Row> actual = tables().burstTerms();
    Dataset<Row> expected = spark().createDataFrame(List.<Row>of(RowFactory.create("month",
        Date.valueOf("2024-03-01"), null, "RUS", "en", 1, "grain deal", 2.2128126619675417, 3L, 0L, 3L)),
        actual.schema());
    assertDataFrameApproximateEquals(expected, actual, 1e-9);
  }

  @Test
  void articlesShowTheirBestSentence() {
    Dataset<Row> actual = tables().burstArticles()
        .select("kind", "actor_a", "actor_b", "rank", "article_id", "title", "url", "sentence", "score")
        .orderBy("kind", "rank");
    List<Row> rows = new ArrayList<>();
    double burst = 2.2128126619675417;
    double pair = 4.055914888247086;
    String[] sentences = {S1, S2, S3};
    for (int i = 0; i < 3; i++) {
      String id = "t" + (i + 1);
      rows.add(RowFactory.create("burst", "RUS", null, i + 1, id, "Title " + id, "https://example.org/" + id,
          sentences[i], burst));
    }
    for (int i = 0; i < 3; i++) {
      String id = "t" + (i + 1);
      rows.add(RowFactory.create("pair", "RUS", "TUR", i + 1, id, "Title " + id, "https://example.org/" + id,
          sentences[i], pair));
    }
    assertDataFrameApproximateEquals(spark().createDataFrame(rows, actual.schema()), actual, 1e-9);
  }
}
