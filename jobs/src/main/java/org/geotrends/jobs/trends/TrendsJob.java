package org.geotrends.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.trends.FalseDiscovery;
import org.geotrends.common.trends.TrendScorer;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.DayBasis;
import org.geotrends.jobs.window.Granularity;
import org.geotrends.jobs.window.Windowing;

/**
 * The trends stage: for each actor, a dense series over every period from the first to the last
 * dated article (periods without a mention of the actor are rows with zeros), scored against its
 * trailing baseline by {@link TrendScorer}, with a weak prior at the pooled share of all actors;
 * bursts are decided across the actors of each window with false-discovery control.
 */
public final class TrendsJob {

  private TrendsJob() {
  }

  /** Weight of the pooled prior, in articles (or stories), unless told otherwise. */
  public static final double PRIOR_WEIGHT = 10;
  /** Trailing periods in the baseline, unless told otherwise. */
  public static final int DEFAULT_BASELINE_PERIODS = 6;
  /** Periods with articles before one is scored, unless told otherwise (at most the baseline). */
  public static final int DEFAULT_MIN_HISTORY = 3;
  /** False-discovery rate of bursts, unless told otherwise. */
  public static final double DEFAULT_BURST_ALPHA = 0.05;
  /** Articles (or stories) an actor needs in a period for a burst, unless told otherwise. */
  public static final long DEFAULT_MIN_BURST_ARTICLES = 3;

  /**
   * Settings of the stage: a period is a burst when its q-value (Benjamini-Hochberg across the
   * actors of its window) is at most {@code burstAlpha} and it has at least
   * {@code minBurstArticles}.
   */
  public record Options(List<Granularity> granularities, boolean byPublisher, int baselinePeriods,
      int minHistory, double burstAlpha, long minBurstArticles, double priorWeight, DayBasis day,
      Counting count) implements java.io.Serializable {

    /** Windows by the publisher's local day, shares and bursts on stories. */
    public Options(List<Granularity> granularities, boolean byPublisher, int baselinePeriods,
        int minHistory, double burstAlpha, long minBurstArticles) {
      this(granularities, byPublisher, baselinePeriods, minHistory, burstAlpha, minBurstArticles, PRIOR_WEIGHT,
          DayBasis.LOCAL, Counting.STORIES);
    }

    /** Shares and bursts on stories. */
    public Options(List<Granularity> granularities, boolean byPublisher, int baselinePeriods,
        int minHistory, double burstAlpha, long minBurstArticles, DayBasis day) {
      this(granularities, byPublisher, baselinePeriods, minHistory, burstAlpha, minBurstArticles, PRIOR_WEIGHT, day,
          Counting.STORIES);
    }

    /** Windows by the publisher's local day. */
    public Options(List<Granularity> granularities, boolean byPublisher, int baselinePeriods,
        int minHistory, double burstAlpha, long minBurstArticles, Counting count) {
      this(granularities, byPublisher, baselinePeriods, minHistory, burstAlpha, minBurstArticles, PRIOR_WEIGHT,
          DayBasis.LOCAL, count);
    }

    TrendScorer scorer() {
      return new TrendScorer(baselinePeriods, minHistory, minBurstArticles, priorWeight);
    }
  }

  private static final StructType SCORED = StructType.fromDDL(
      "period_start DATE, publisher STRING, actor_id STRING, articles BIGINT, stories BIGINT, "
          + "mentions BIGINT, total_articles BIGINT, total_stories BIGINT, share DOUBLE, "
          + "share_low DOUBLE, share_high DOUBLE, baseline DOUBLE, zscore DOUBLE, p_value DOUBLE, eligible BOOLEAN");

  private static final StructType FLAGGED = SCORED.add("q_value", DataTypes.DoubleType, true)
      .add("is_burst", DataTypes.BooleanType, false);

  public static Dataset<Row> trends(Dataset<Row> articles, Dataset<Row> mentions, Options options) {
    Dataset<Row> all = null;
    for (Granularity g : options.granularities()) {
      Dataset<Row> t = trends(new Windowing(g, options.byPublisher(), options.day()), articles, mentions,
          options.scorer(), options.count(), options.burstAlpha());
      all = all == null ? t : all.unionByName(t);
    }
    return all;
  }

  static Dataset<Row> trends(Windowing w, Dataset<Row> articles, Dataset<Row> mentions,
      TrendScorer scorer, Counting count, double burstAlpha) {
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

    // the pooled prior: the share of an average actor over the whole range, per publisher key
    Dataset<Row> priors = series.groupBy(col("publisher"))
        .agg(sum(col(count.column())).divide(sum(col(count.total()))).as("prior_share"));
    Dataset<Row> scored = series.join(priors, "publisher")
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("publisher") + "|" + r.getAs("actor_id"),
            Encoders.STRING())
        .flatMapGroups(new ScoreSeries(scorer, count), Encoders.row(SCORED));
    Dataset<Row> flagged = scored
        // rows of a typed flatMap carry no schema: fields by position
        .groupByKey((MapFunction<Row, String>) r -> r.get(SCORED.fieldIndex("publisher")) + "|"
            + r.get(SCORED.fieldIndex("period_start")), Encoders.STRING())
        .flatMapGroups(new FlagBursts(burstAlpha), Encoders.row(FLAGGED));
    return TrendsTable.SPEC.select(flagged
        .withColumn("granularity", lit(w.granularity().code()))
        .withColumn("publisher", Windowing.publisherColumn()));
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
      // within (0, 1) even when every actor is everywhere or nowhere
      double prior = Math.min(1 - 1e-9, Math.max(1e-9, periods.get(0).<Double>getAs("prior_share")));
      List<TrendScorer.Score> scores = scorer.score(series, prior);
      List<Row> out = new ArrayList<>(periods.size());
      for (int i = 0; i < periods.size(); i++) {
        Row r = periods.get(i);
        TrendScorer.Score s = scores.get(i);
        out.add(RowFactory.create(r.getAs("window_start"), r.getAs("publisher"), r.getAs("actor_id"),
            r.getAs("articles"), r.getAs("stories"), r.getAs("mentions"), r.getAs("total_articles"),
            r.getAs("total_stories"), s.share(), s.shareLow(), s.shareHigh(),
            s.baseline(), s.zscore(), s.pValue(), s.eligible()));
      }
      return out.iterator();
    }
  }

  /**
   * The actors of one window: q-values across them ({@link FalseDiscovery}), and bursts where the
   * q-value is at most alpha and the count is large enough.
   */
  private static final class FlagBursts implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final double alpha;

    FlagBursts(double alpha) {
      this.alpha = alpha;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
      List<Row> actors = new ArrayList<>();
      rows.forEachRemaining(actors::add);
      Double[] p = new Double[actors.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = (Double) actors.get(i).get(SCORED.fieldIndex("p_value"));
      }
      Double[] q = FalseDiscovery.qValues(p);
      List<Row> out = new ArrayList<>(actors.size());
      for (int i = 0; i < p.length; i++) {
        Row r = actors.get(i);
        boolean burst = q[i] != null && q[i] <= alpha && r.getBoolean(SCORED.fieldIndex("eligible"));
        Object[] values = new Object[r.length() + 2];
        for (int c = 0; c < r.length(); c++) {
          values[c] = r.get(c);
        }
        values[r.length()] = q[i];
        values[r.length() + 1] = burst;
        out.add(RowFactory.create(values));
      }
      return out.iterator();
    }
  }
}
