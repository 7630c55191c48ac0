package org.geotrends.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.sql.Timestamp;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.record.Article;
import org.geotrends.jobs.io.TableSpec;

/** The {@code articles} table: its schema, declared once, and the mapping from {@link Article}. */
public final class ArticlesTable {

  public static final String NAME = "articles";
  public static final String PARTITION_COLUMN = "pub_month";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "article_id STRING NOT NULL",
      "story_id STRING",
      "url STRING",
      "domain STRING",
      "publisher STRING",
      "title STRING",
      "summary STRING",
      "byline STRING",
      "source_agency STRING",
      "section STRING",
      "tags ARRAY<STRING>",
      "published_at TIMESTAMP",
      "published_local STRING",
      "utc_offset_minutes INT",
      "date_source STRING",
      "language STRING",
      "body STRING",
      "word_count INT",
      "content_hash STRING",
      "input_format STRING",
      "source_file STRING",
      "source_offset BIGINT",
      "crawled_at TIMESTAMP",
      "extractor_version STRING",
      "pub_month STRING"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA, PARTITION_COLUMN);

  private ArticlesTable() {
  }

  /**
   * The partition of undated articles. Not null: Spark would write a null as
   * {@code __HIVE_DEFAULT_PARTITION__}, which pyarrow reads back as a null dictionary entry
   * that {@code pandas.read_parquet} then refuses to load.
   */
  public static final String UNDATED = "undated";

  /**
   * The row for {@code a}, in {@link #SCHEMA} order. {@code pub_month} is the publisher's month,
   * {@code yyyy-MM} of {@code published_local} (as the default {@code --day local} windows
   * count it), or {@link #UNDATED}; {@code story_id} is null until the stories stage fills it.
   */
  public static Row toRow(Article a) {
    return RowFactory.create(
        a.articleId(), null, a.url(), a.domain(), a.publisher(), a.title(), a.summary(), a.byline(),
        a.sourceAgency(), a.section(), a.tags().toArray(new String[0]),
        a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()),
        a.publishedLocal(), a.utcOffsetMinutes(), a.dateSource(), a.language(), a.body(), a.wordCount(), a.contentHash(), a.inputFormat(),
        a.sourceFile(), a.sourceOffset(),
        a.crawledAt() == null ? null : Timestamp.from(a.crawledAt()),
        a.extractorVersion(),
        a.published() == null ? UNDATED : a.published().date().toString().substring(0, 7));
  }

  /**
   * The story of each row: its {@code story_id}, or its own {@code article_id} while the stories
   * stage has not run (an article not known to be a copy is a story of its own).
   */
  public static Column storyOrSelf() {
    return coalesce(col("story_id"), col("article_id"));
  }

  /**
   * One row per {@code article_id}: its earliest capture, ties broken by file and offset.
   * Captures of one URL share an id; every stage reads the article as this capture says it is
   * (its date, publisher and text), so that mentions and windows agree on when it appeared.
   */
  public static Dataset<Row> firstCaptures(Dataset<Row> articles) {
    return articles
        .withColumn("capture", row_number().over(Window.partitionBy("article_id")
            .orderBy(col("crawled_at").asc_nulls_last(), col("source_file"), col("source_offset"))))
        .where(col("capture").equalTo(1))
        .drop("capture");
  }
}
