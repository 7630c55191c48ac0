package org.geotrends.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.trends.TrendScorer;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.DayBasis;
import org.geotrends.jobs.window.Granularity;
import org.geotrends.jobs.window.Windowing;

/**
 * The trends stage: for each actor, a dense series over every period from the first to the last
 * dated article (periods without a mention of the actor are rows with zeros), scored against its
 * trailing baseline by {@link TrendScorer}.
 */
public final class TrendsJob {

  private TrendsJob() {
  }

  /** Settings of the stage. */
  public record Options(List<Granularity> granularities, boolean byPublisher, int baselinePeriods,
      int minHistory, double burstZ, long minBurstArticles, DayBasis day, Counting count)
      implements java.io.Serializable {

    /** Windows by the publisher's local day, shares and bursts on stories. */
    public Options(List<Granularity> granularities, boolean byPublisher, int baselinePeriods,
        int minHistory, double burstZ, long minBurstArticles) {
      this(granularities, byPublisher, baselinePeriods, minHistory, burstZ, minBurstArticles, DayBasis.LOCAL,
          Counting.STORIES);
    }

    /** Shares and bursts on stories. */
    public Options(List<Granularity> granularities, boolean byPublisher, int baselinePeriods,
        int minHistory, double burstZ, long minBurstArticles, DayBasis day) {
      this(granularities, byPublisher, baselinePeriods, minHistory, burstZ, minBurstArticles, day, Counting.STORIES);
    }

    /** Windows by the publisher's local day. */
    public Options(List<Granularity> granularities, boolean byPublisher, int baselinePeriods,
        int minHistory, double burstZ, long minBurstArticles, Counting count) {
      this(granularities, byPublisher, baselinePeriods, minHistory, burstZ, minBurstArticles, DayBasis.LOCAL, count);
    }

    TrendScorer scorer() {
      return new TrendScorer(baselinePeriods, minHistory, burstZ, minBurstArticles);
    }
  }

  private static final StructType SCORED = StructType.fromDDL(
      "period_start DATE, publisher STRING, actor_id STRING, articles BIGINT, stories BIGINT, "
          + "mentions BIGINT, total_articles BIGINT, total_stories BIGINT, share DOUBLE, "
          + "baseline DOUBLE, zscore DOUBLE, is_burst BOOLEAN");

  public static Dataset<Row> trends(Dataset<Row> articles, Dataset<Row> mentions, Options options) {
    Dataset<Row> all = null;
    for (Granularity g : options.granularities()) {
      Dataset<Row> t = trends(new Windowing(g, options.byPublisher(), options.day()), articles, mentions,
          options.scorer(), options.count());
      all = all == null ? t : all.unionByName(t);
    }
    return all;
  }

  static Dataset<Row> trends(Windowing w, Dataset<Row> articles, Dataset<Row> mentions,
      TrendScorer scorer, Counting count) {
    Dataset<Row> articleWindows = w.articleWindows(articles);
    Dataset<Row> totals = w.totals(articleWindows);
    Dataset<Row> mentionWindows = w.mentionWindows(mentions, articleWindows);
    Dataset<Row> counts = mentionWindows
        .groupBy(col("window_start"), col("publisher"), col("actor_id"))
        .agg(countDistinct("article_id").as("articles"), countDistinct("story_id").as("stories"),
            count(lit(1)).as("mentions"));

    // every period from the first to the last dated article, whatever the actor
    Dataset<Row> calendar = articleWindows.agg(min("window_start").as("first"), max("window_start").as("last"))
        .where(col("first").isNotNull())
        .select(explode(expr("sequence(first, last, interval " + w.granularity().step() + ")"))
            .as("window_start"));
    Dataset<Row> series = mentionWindows.select("publisher", "actor_id").distinct()
        .crossJoin(calendar)
        .join(counts, Windowing.joinKeys("actor_id"), "left")
        .join(totals, Windowing.joinKeys(), "left")
        .na().fill(0L, new String[] {"articles", "stories", "mentions", "total_articles", "total_stories"});

    Dataset<Row> scored = series
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("publisher") + "|" + r.getAs("actor_id"),
            Encoders.STRING())
        .flatMapGroups(new ScoreSeries(scorer, count), Encoders.row(SCORED));
    return scored.select(lit(w.granularity().code()).as("granularity"), col("period_start"),
        Windowing.publisherColumn(),
        col("actor_id"), col("articles"), col("stories"), col("mentions"), col("total_articles"),
        col("total_stories"), col("share"),
        col("baseline"), col("zscore"), col("is_burst"));
  }

  /** Sorts one actor's periods and scores them on the articles or stories counts. */
  private static final class ScoreSeries implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final TrendScorer scorer;
    private final Counting count;

    ScoreSeries(TrendScorer scorer, Counting count) {
      this.scorer = scorer;
      this.count = count;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
      List<Row> periods = new ArrayList<>();
      rows.forEachRemaining(periods::add);
      periods.sort((a, b) -> a.<java.sql.Date>getAs("window_start")
          .compareTo(b.<java.sql.Date>getAs("window_start")));
      List<TrendScorer.Period> series = new ArrayList<>(periods.size());
      for (Row r : periods) {
        series.add(new TrendScorer.Period(r.<Long>getAs(count.column()), r.<Long>getAs(count.total())));
      }
      List<TrendScorer.Score> scores = scorer.score(series);
      List<Row> out = new ArrayList<>(periods.size());
      for (int i = 0; i < periods.size(); i++) {
        Row r = periods.get(i);
        TrendScorer.Score s = scores.get(i);
        out.add(RowFactory.create(r.getAs("window_start"), r.getAs("publisher"), r.getAs("actor_id"),
            r.getAs("articles"), r.getAs("stories"), r.getAs("mentions"), r.getAs("total_articles"),
            r.getAs("total_stories"), s.share(),
            s.baseline(), s.zscore(), s.burst()));
      }
      return out.iterator();
    }
  }
}
