package org.geotrends.jobs.trends;

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
 * Four months of 40 articles each (January to April 2024): actor X is in one article a month,
 * then in twelve in April; actor Y is in ten articles every month.
 */
final class BurstFixture {
  private static final StructType ARTICLES = StructType.fromDDL(
      "article_id STRING, story_id STRING, published_at TIMESTAMP, publisher STRING, source_file STRING, "
          + "source_offset BIGINT, crawled_at TIMESTAMP");

  private BurstFixture() {
  }

  static Dataset<Row> articles(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int month = 1; month <= 4; month++) {
      for (int i = 0; i < 40; i++) {
        rows.add(RowFactory.create(id(month, i), null,
            Timestamp.from(Instant.parse("2024-0" + month + "-10T12:00:00Z")), "P1", "crawl", 0L, null));
      }
    }
    return spark.createDataFrame(rows, ARTICLES);
  }

  static Dataset<Row> mentions(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int month = 1; month <= 4; month++) {
      for (int i = 0; i < (month == 4 ? 12 : 1); i++) {
        rows.add(mention(id(month, i), "X"));
      }
      for (int i = 20; i < 30; i++) {
        rows.add(mention(id(month, i), "Y"));
      }
    }
    return spark.createDataFrame(rows, MentionsTable.SCHEMA);
  }

  private static String id(int month, int i) {
    return "m" + month + "-" + i;
  }

  private static Row mention(String article, String actor) {
    return RowFactory.create(article, null, actor, actor, "name", "body", 0, 1, 0, "en");
  }
}
