package org.geotrends.jobs.window;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.geotrends.jobs.ingest.ArticlesTable;

/**
 * Puts articles and mentions into windows, the common first step of the network and trends
 * stages. Each article counts once, as its first capture says (see
 * {@link ArticlesTable#firstCaptures}); undated
 * articles have no window and are left out. With {@code byPublisher} every window also comes
 * split by the article's publisher. Inside the stages the publisher key is never null (so that
 * equi-joins on it work): "" stands for "all publishers", and {@link #publisherColumn()} turns
 * it back into null for the output tables. Windows follow the publisher's local day or the UTC
 * day ({@link DayBasis}).
 */
public final class Windowing {
  public static final String WINDOW_START = "window_start";
  public static final String PUBLISHER = "publisher";

  private final Granularity granularity;
  private final boolean byPublisher;
  private final DayBasis day;

  public Windowing(Granularity granularity, boolean byPublisher, DayBasis day) {
    this.granularity = granularity;
    this.byPublisher = byPublisher;
    this.day = day;
  }

  public Granularity granularity() {
    return granularity;
  }

  /** The columns that identify a window: window start and publisher. */
  public List<Column> keys() {
    return List.of(col(WINDOW_START), col(PUBLISHER));
  }

  /** The window keys and {@code more}, as the column list of a Dataset join (a Scala Seq). */
  public static scala.collection.immutable.Seq<String> joinKeys(String... more) {
    List<String> names = new ArrayList<>(List.of(WINDOW_START, PUBLISHER));
    names.addAll(List.of(more));
    return scala.jdk.javaapi.CollectionConverters.asScala(names).toSeq();
  }

  /**
   * (article_id, story_id, window_start, publisher) of every dated article, once per article_id under
   * "all publishers" and, with {@code byPublisher}, once more under its own publisher (articles
   * with no known publisher are only in the first).
   */
  public Dataset<Row> articleWindows(Dataset<Row> articles) {
    return withWindows(ArticlesTable.firstCaptures(articles))
        .select(col("article_id"), col("story_id"), col(WINDOW_START), col(PUBLISHER));
  }

  /**
   * {@code rows} of dated articles (any rows that carry their article's {@code article_id},
   * {@code story_id}, {@code publisher}, {@code published_at} and, for local days,
   * {@code published_local}) placed in windows as {@link #articleWindows} places their article:
   * {@code story_id} filled, {@code window_start} added and {@code publisher} the window's
   * publisher key, each row once under "" and, with {@code byPublisher}, once more under its
   * article's publisher. A projection, no join: rows that carry these columns need no shuffle.
   */
  public Dataset<Row> withWindows(Dataset<Row> rows) {
    Dataset<Row> once = rows.where(col("published_at").isNotNull())
        .withColumn(WINDOW_START, granularity.windowStart(day.day(rows)))
        .withColumn("story_id", ArticlesTable.storyOrSelf());
    Dataset<Row> all = once.withColumn(PUBLISHER, lit(""));
    if (!byPublisher) {
      return all;
    }
    return all.unionByName(once.where(col("publisher").isNotNull().and(col("publisher").notEqual(""))));
  }

  /** The output's {@code publisher} column: null for "all publishers". */
  public static Column publisherColumn() {
    return when(col(PUBLISHER).notEqual(""), col(PUBLISHER)).otherwise(lit(null).cast(DataTypes.StringType))
        .as(PUBLISHER);
  }

  /**
   * Number of articles and of stories in each window. A story counts in every window in which
   * one of its articles appeared (a copy published the next day is in the next day's window).
   */
  public Dataset<Row> totals(Dataset<Row> articleWindows) {
    return articleWindows.groupBy(keys().toArray(new Column[0]))
        .agg(count(lit(1)).as("total_articles"), countDistinct("story_id").as("total_stories"));
  }

  /** Mentions with their article's window (mentions of undated articles drop out). */
  public Dataset<Row> mentionWindows(Dataset<Row> mentions, Dataset<Row> articleWindows) {
    return mentions.select("article_id", "actor_id", "field", "sentence_index")
        .join(articleWindows, "article_id");
  }
}
