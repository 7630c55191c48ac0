package org.geotrends.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.spark.sql.Row;
import org.geotrends.common.record.Article;
import org.geotrends.common.record.PublishedDate;
import org.junit.jupiter.api.Test;

/** The row layout of the articles table, without Spark. */
class ArticlesTableTest {

  private static Article dated(PublishedDate published) {
    return new Article("id", "https://example.org/a", "example.org", "Example", "Title", null, null,
        null, null, List.of("tag"), published, published == null ? "none" : "meta", "en", "Body",
        1, "hash", "html", "file:/x.html", 0, null, "v");
  }

  private static Object column(Row row, String name) {
    return row.getAs(ArticlesTable.SCHEMA.fieldIndex(name));
  }

  @Test
  void partitionsByThePublishersMonth() {
    // 00:30 on 1 September in Tehran is 21:00 UTC on 31 August
    Row row = ArticlesTable.toRow(dated(PublishedDate.of(OffsetDateTime.parse("2024-09-01T00:30:00+03:30"))));
    assertEquals("2024-09", column(row, ArticlesTable.PARTITION_COLUMN));
    assertEquals(Timestamp.from(Instant.parse("2024-08-31T21:00:00Z")), column(row, "published_at"));
    assertEquals("2024-09-01T00:30:00+03:30", column(row, "published_local"));
    assertEquals(210, column(row, "utc_offset_minutes"));
  }

  @Test
  void keepsADateWithoutOffsetAsWrittenAndReadsItAsUtc() {
    Row row = ArticlesTable.toRow(dated(PublishedDate.of(LocalDateTime.parse("2024-08-31T23:45:00"), null)));
    assertEquals("2024-08", column(row, ArticlesTable.PARTITION_COLUMN));
    assertEquals(Timestamp.from(Instant.parse("2024-08-31T23:45:00Z")), column(row, "published_at"));
    assertEquals("2024-08-31T23:45:00", column(row, "published_local"));
    assertNull(column(row, "utc_offset_minutes"));
  }

  @Test
  void putsUndatedArticlesInANamedPartitionNotANullOne() {
    Row row = ArticlesTable.toRow(dated(null));
    assertEquals("undated", row.getAs(ArticlesTable.SCHEMA.fieldIndex(ArticlesTable.PARTITION_COLUMN)));
  }
}
