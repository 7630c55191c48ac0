package org.geotrends.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.geotrends.common.extract.Article;
import org.junit.jupiter.api.Test;

/** The row layout of the articles table, without Spark. */
class ArticlesTableTest {

  private static Article dated(Instant publishedAt) {
    return new Article("id", "https://example.org/a", "example.org", "Example", "Title", null, null,
        null, null, List.of("tag"), publishedAt, publishedAt == null ? "none" : "meta", "en", "Body",
        1, "hash", "html", "file:/x.html", 0, null, "v");
  }

  @Test
  void partitionsByTheUtcMonthOfPublication() {
    Row row = ArticlesTable.toRow(dated(Instant.parse("2024-08-31T23:45:00Z")));
    assertEquals("2024-08", row.getAs(ArticlesTable.SCHEMA.fieldIndex(ArticlesTable.PARTITION_COLUMN)));
  }

  @Test
  void putsUndatedArticlesInANamedPartitionNotANullOne() {
    Row row = ArticlesTable.toRow(dated(null));
    assertEquals("undated", row.getAs(ArticlesTable.SCHEMA.fieldIndex(ArticlesTable.PARTITION_COLUMN)));
  }
}
