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
    return new Windowing(Granularity.MONTH, byPublisher, DayBasis.LOCAL)
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

  private static final StructType LOCAL_ARTICLES = StructType.fromDDL("article_id STRING, story_id STRING, published_at TIMESTAMP, "
      + "published_local STRING, publisher STRING, source_file STRING, source_offset BIGINT, crawled_at TIMESTAMP");

  private List<String> days(DayBasis basis, Granularity g) {
    List<Row> rows = List.of(
        // Tehran, 01:30 on 2 September = 22:00 UTC on 1 September
        RowFactory.create("tehran", null, ts("2024-09-01T22:00:00Z"), "2024-09-02T01:30:00+03:30", "P", "f", 0L,
            ts("2024-09-02T06:00:00Z")),
        // Honolulu, 20:00 on 31 August = 06:00 UTC on 1 September
        RowFactory.create("honolulu", null, ts("2024-09-01T06:00:00Z"), "2024-08-31T20:00:00-10:00", "P", "f", 1L,
            ts("2024-09-02T06:00:00Z")),
        // no offset on the page: local wall clock read as UTC, the same day both ways
        RowFactory.create("unzoned", null, ts("2024-08-31T23:45:00Z"), "2024-08-31T23:45:00", "P", "f", 2L,
            ts("2024-09-02T06:00:00Z")),
        // written before published_local existed: its UTC day
        RowFactory.create("older", null, ts("2024-09-02T23:00:00Z"), null, "P", "f", 3L, ts("2024-09-03T06:00:00Z")));
    return new Windowing(g, false, basis)
        .articleWindows(spark().createDataFrame(rows, LOCAL_ARTICLES))
        .selectExpr("concat(article_id, ' ', cast(window_start as string))")
        .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
  }

  private static Timestamp ts(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }

  @Test
  void putsAnArticleInThePublishersLocalDay() {
    assertEquals(List.of("honolulu 2024-08-31", "older 2024-09-02", "tehran 2024-09-02", "unzoned 2024-08-31"),
        days(DayBasis.LOCAL, Granularity.DAY));
  }

  @Test
  void putsAnArticleInItsUtcDayWhenAsked() {
    assertEquals(List.of("honolulu 2024-09-01", "older 2024-09-02", "tehran 2024-09-01", "unzoned 2024-08-31"),
        days(DayBasis.UTC, Granularity.DAY));
  }

  @Test
  void followsTheLocalDayIntoTheMonth() {
    assertEquals(List.of("honolulu 2024-08-01", "older 2024-09-01", "tehran 2024-09-01", "unzoned 2024-08-01"),
        days(DayBasis.LOCAL, Granularity.MONTH));
    assertEquals(List.of("honolulu 2024-09-01", "older 2024-09-01", "tehran 2024-09-01", "unzoned 2024-08-01"),
        days(DayBasis.UTC, Granularity.MONTH));
  }
}
