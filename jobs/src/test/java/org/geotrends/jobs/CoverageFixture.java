package org.geotrends.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.mentions.MentionsTable;

/**
 * Twelve hand-written articles over January to March 2024 with known mentions, for which every
 * count and measure of the network and trends stages is worked out by hand in the tests.
 *
 * <pre>
 * id   published (UTC)        publisher  mentions (actor field:sentence)
 * a1   2024-01-05 10:00       P1         RUS b0, TUR b0, SYR b1      (crawled twice: a1 twice)
 * a2   2024-01-10 09:00       P1         RUS b0, TUR b1
 * a3   2024-01-20 12:00       P2         SYR b0, IRN b0
 * a4   2024-01-31 23:30       P2         none
 * a5   2024-02-01 00:10       P1         RUS b0, TUR b0, IRN b2
 * a6   2024-02-14 08:00       P2         RUS t0, RUS b1, SYR b1
 * a7   2024-02-29 18:00       P1         TUR b0
 * a8   2024-03-03 07:00       P1         RUS b0, TUR b0
 * a9   2024-03-15 15:00       P2         RUS b0, TUR b1, SYR b1
 * a10  2024-03-31 23:59       P1         IRN b0
 * a11  2024-03-20 11:00       P2         KAZ b0, RUS b0
 * a12  2024-03-25 11:00       P1         KAZ b0
 * u1   undated                P1         RUS b0   (no window: left out)
 * </pre>
 *
 * <p>Stories: a2 is a syndicated copy of a1 and a9 one of a8 (their {@code story_id}); every
 * other article is a story of its own ({@code story_id} null, as before the stories stage: the
 * windows read it as the article's own id). So January has 4 articles in 3 stories and March 5
 * in 4.
 */
public final class CoverageFixture {
  private CoverageFixture() {
  }

  static final StructType ARTICLES = StructType.fromDDL(
      "article_id STRING, story_id STRING, published_at TIMESTAMP, publisher STRING, source_file STRING, "
          + "source_offset BIGINT, crawled_at TIMESTAMP");

  public static Dataset<Row> articles(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    rows.add(article("a1", "2024-01-05T10:00:00Z", "P1", "crawl-1"));
    rows.add(article("a1", "2024-01-05T10:00:00Z", "P1", "crawl-2"));
    rows.add(article("a2", "2024-01-10T09:00:00Z", "P1", "crawl-1"));
    rows.add(article("a3", "2024-01-20T12:00:00Z", "P2", "crawl-1"));
    rows.add(article("a4", "2024-01-31T23:30:00Z", "P2", "crawl-1"));
    rows.add(article("a5", "2024-02-01T00:10:00Z", "P1", "crawl-1"));
    rows.add(article("a6", "2024-02-14T08:00:00Z", "P2", "crawl-1"));
    rows.add(article("a7", "2024-02-29T18:00:00Z", "P1", "crawl-1"));
    rows.add(article("a8", "2024-03-03T07:00:00Z", "P1", "crawl-1"));
    rows.add(article("a9", "2024-03-15T15:00:00Z", "P2", "crawl-1"));
    rows.add(article("a10", "2024-03-31T23:59:00Z", "P1", "crawl-1"));
    rows.add(article("a11", "2024-03-20T11:00:00Z", "P2", "crawl-1"));
    rows.add(article("a12", "2024-03-25T11:00:00Z", "P1", "crawl-1"));
    rows.add(article("u1", null, "P1", "crawl-1"));
    return spark.createDataFrame(rows, ARTICLES);
  }

  public static Dataset<Row> mentions(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    mention(rows, "a1", "RUS", "body", 0);
    mention(rows, "a1", "TUR", "body", 0);
    mention(rows, "a1", "SYR", "body", 1);
    mention(rows, "a2", "RUS", "body", 0);
    mention(rows, "a2", "TUR", "body", 1);
    mention(rows, "a3", "SYR", "body", 0);
    mention(rows, "a3", "IRN", "body", 0);
    mention(rows, "a5", "RUS", "body", 0);
    mention(rows, "a5", "TUR", "body", 0);
    mention(rows, "a5", "IRN", "body", 2);
    mention(rows, "a6", "RUS", "title", 0);
    mention(rows, "a6", "RUS", "body", 1);
    mention(rows, "a6", "SYR", "body", 1);
    mention(rows, "a7", "TUR", "body", 0);
    mention(rows, "a8", "RUS", "body", 0);
    mention(rows, "a8", "TUR", "body", 0);
    mention(rows, "a9", "RUS", "body", 0);
    mention(rows, "a9", "TUR", "body", 1);
    mention(rows, "a9", "SYR", "body", 1);
    mention(rows, "a10", "IRN", "body", 0);
    mention(rows, "a11", "KAZ", "body", 0);
    mention(rows, "a11", "RUS", "body", 0);
    mention(rows, "a12", "KAZ", "body", 0);
    mention(rows, "u1", "RUS", "body", 0);
    return spark.createDataFrame(rows, MentionsTable.SCHEMA);
  }

  private static Row article(String id, String published, String publisher, String file) {
    String story = id.equals("a2") ? "a1" : id.equals("a9") ? "a8" : null;
    return RowFactory.create(id, story, published == null ? null : Timestamp.from(Instant.parse(published)),
        publisher, file, 0L, null);
  }

  private static void mention(List<Row> rows, String article, String actor, String field, int sentence) {
    rows.add(RowFactory.create(article, null, actor, actor.toLowerCase(), "name", field,
        0, 3, sentence, "en"));
  }
}
