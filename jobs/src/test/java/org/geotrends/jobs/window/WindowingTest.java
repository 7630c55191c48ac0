package org.geotrends.jobs.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.SparkTest;
import org.junit.jupiter.api.Test;

class WindowingTest extends SparkTest {
  private static final StructType ARTICLES = StructType.fromDDL("article_id STRING, story_id STRING, published_at TIMESTAMP, "
      + "publisher STRING, source_file STRING, source_offset BIGINT, crawled_at TIMESTAMP");

  private static Row capture(String id, String published, String publisher, String crawled) {
    return RowFactory.create(id, null, published == null ? null : Timestamp.from(Instant.parse(published)), publisher,
        "f", 0L, Timestamp.from(Instant.parse(crawled)));
  }

  private List<String> windows(boolean byPublisher, Row... captures) {
    return new Windowing(Granularity.MONTH, byPublisher)
        .articleWindows(spark().createDataFrame(List.of(captures), ARTICLES))
        .selectExpr("article_id", "story_id", "cast(window_start as string)", "publisher")
        .collectAsList().stream().map(Row::toString).sorted().toList();
  }

  @Test
  void datesAnArticleByItsFirstCaptureAsTheMentionsStageDoes() {
    // re-crawled a month later, after the site had changed the page's date and publisher name
    assertEquals(List.of("[x,x,2024-01-01,P2]", "[x,x,2024-01-01,]"), windows(true,
        capture("x", "2023-12-30T00:00:00Z", "P1", "2024-02-06T00:00:00Z"),
        capture("x", "2024-01-05T00:00:00Z", "P2", "2024-01-06T00:00:00Z")));
  }

  @Test
  void leavesOutAnArticleWhoseFirstCaptureHasNoDate() {
    // the mentions stage reads the first capture too: its office holders stay unresolved
    assertEquals(List.of(), windows(false,
        capture("x", null, "P1", "2024-01-06T00:00:00Z"),
        capture("x", "2024-02-05T00:00:00Z", "P1", "2024-02-06T00:00:00Z")));
  }
}
