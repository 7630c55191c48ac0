package org.geotrends.jobs.network;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.graph.Edge;
import org.geotrends.common.graph.GraphMetrics;
import org.geotrends.jobs.window.ActorPairs;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.DayBasis;
import org.geotrends.jobs.window.Granularity;
import org.geotrends.jobs.window.Windowing;

/**
 * The network stage: which actors are covered together in each window, how strongly, and each
 * actor's place in that window's graph. Pairs are counted per article (both mentioned anywhere
 * in it) and per sentence (both in one sentence); see README for the measures' formulas.
 */
public final class NetworkJob {

  private NetworkJob() {
  }

  /** Settings of the stage. */
  public record Options(List<Granularity> granularities, boolean byPublisher, long minArticles,
      DayBasis day, Counting count) implements java.io.Serializable {
    /** Every pair mentioned together at all. */
    public static final long DEFAULT_MIN_ARTICLES = 1;

    /** Windows by the publisher's local day, measures on stories. */
    public Options(List<Granularity> granularities, boolean byPublisher, long minArticles) {
      this(granularities, byPublisher, minArticles, DayBasis.LOCAL, Counting.STORIES);
    }

    /** Measures on stories. */
    public Options(List<Granularity> granularities, boolean byPublisher, long minArticles, DayBasis day) {
      this(granularities, byPublisher, minArticles, day, Counting.STORIES);
    }

    /** Windows by the publisher's local day. */
    public Options(List<Granularity> granularities, boolean byPublisher, long minArticles, Counting count) {
      this(granularities, byPublisher, minArticles, DayBasis.LOCAL, count);
    }
  }

  /** The {@code co_mentions} table for every granularity of {@code options}. */
  public static Dataset<Row> coMentions(Dataset<Row> articles, Dataset<Row> mentions, Options options) {
    Dataset<Row> edges = null;
    for (Granularity g : options.granularities()) {
      Windowing w = new Windowing(g, options.byPublisher(), options.day());
      Dataset<Row> articleWindows = w.articleWindows(articles);
      Dataset<Row> e = coMentions(w, articleWindows, w.mentionWindows(mentions, articleWindows),
          options.minArticles(), options.count());
      edges = edges == null ? e : edges.unionByName(e);
    }
    return edges;
  }

  /**
   * The {@code actor_nodes} table for every granularity of {@code options}, on the
   * {@code co_mentions} table computed with the same options.
   */
  public static Dataset<Row> actorNodes(Dataset<Row> articles, Dataset<Row> mentions,
      Dataset<Row> coMentions, Options options) {
    Dataset<Row> nodes = null;
    for (Granularity g : options.granularities()) {
      Windowing w = new Windowing(g, options.byPublisher(), options.day());
      Dataset<Row> mentionWindows = w.mentionWindows(mentions, w.articleWindows(articles));
      Dataset<Row> n = actorNodes(w, mentionWindows,
          coMentions.where(col("granularity").equalTo(g.code())), options.count());
      nodes = nodes == null ? n : nodes.unionByName(n);
    }
    return nodes;
  }

  /**
   * Pairs of actors per window, with their counts and association measures (on the articles or
   * the stories counts, as {@code count} says).
   */
  static Dataset<Row> coMentions(Windowing w, Dataset<Row> articleWindows,
      Dataset<Row> mentionWindows, long minArticles, Counting count) {
    // One aggregation counts all three units: articles that mention both, stories that do
    // (a story mentions an actor when one of its articles in the window does) and sentences.
    Dataset<Row> counts = pairsPerUnit(mentionWindows, "article_id").withColumn("unit", lit(ARTICLE))
        .unionByName(pairsPerUnit(mentionWindows, "story_id").withColumn("unit", lit(STORY)))
        .unionByName(pairsPerUnit(mentionWindows, "article_id", "field", "sentence_index")
            .withColumn("unit", lit(SENTENCE)))
        .groupBy(col("window_start"), col("publisher"), col("actor_a"), col("actor_b"))
        .agg(count(when(col("unit").equalTo(ARTICLE), 1)).as("articles"),
            count(when(col("unit").equalTo(STORY), 1)).as("stories"),
            count(when(col("unit").equalTo(SENTENCE), 1)).as("sentences"))
        // a pair exists where an article mentions both (a story's two articles may not)
        .where(col("articles").gt(0));

    Dataset<Row> perActor = actorCounts(mentionWindows);
    Dataset<Row> joined = counts
        .join(perActor.withColumnRenamed("actor_id", "actor_a").withColumnRenamed("articles", "articles_a")
                .withColumnRenamed("stories", "stories_a"),
            Windowing.joinKeys("actor_a"))
        .join(perActor.withColumnRenamed("actor_id", "actor_b").withColumnRenamed("articles", "articles_b")
                .withColumnRenamed("stories", "stories_b"),
            Windowing.joinKeys("actor_b"))
        .join(w.totals(articleWindows), Windowing.joinKeys())
        .where(col("articles").geq(minArticles));
    return CoMentionsTable.SPEC.select(withMeasures(joined, count)
        .withColumn("granularity", lit(w.granularity().code()))
        .withColumn("publisher", Windowing.publisherColumn()));
  }

  /** Jaccard, NPMI and lift from the article or story counts (formulas in README). */
  static Dataset<Row> withMeasures(Dataset<Row> counts, Counting count) {
    Column ab = col(count.column()).cast("double");
    Column a = col(count.column() + "_a").cast("double");
    Column b = col(count.column() + "_b").cast("double");
    Column n = col(count.total()).cast("double");
    Column lift = ab.multiply(n).divide(a.multiply(b));
    return counts
        .withColumn("jaccard", ab.divide(a.plus(b).minus(ab)))
        .withColumn("lift", lift)
        // p(a,b) = 1 means both are in every article: perfect association, by convention 1
        .withColumn("npmi", when(ab.equalTo(n), lit(1.0))
            .otherwise(log(lift).divide(log(ab.divide(n)).multiply(-1))));
  }

  private static final int ARTICLE = 0;
  private static final int STORY = 1;
  private static final int SENTENCE = 2;

  /**
   * (window_start, publisher, actor_a, actor_b) once for every unit (the rows that share the
   * {@code unit} columns in a window) that mentions both actors, a < b. Rows with a null unit
   * column belong to no unit.
   */
  private static Dataset<Row> pairsPerUnit(Dataset<Row> mentionWindows, String... unit) {
    List<Column> keys = new ArrayList<>(List.of(col("window_start"), col("publisher")));
    Column known = lit(true);
    for (String c : unit) {
      keys.add(col(c));
      known = known.and(col(c).isNotNull());
    }
    return mentionWindows.where(known.and(col("actor_id").isNotNull()))
        .groupBy(keys.toArray(new Column[0]))
        .agg(collect_set("actor_id").as("actors"))
        .select(col("window_start"), col("publisher"), explode(ActorPairs.of("actors")).as("pair"))
        .select(col("window_start"), col("publisher"), col("pair.a").as("actor_a"), col("pair.b").as("actor_b"));
  }

  /** Articles and stories mentioning each actor in each window. */
  private static Dataset<Row> actorCounts(Dataset<Row> mentionWindows) {
    return mentionWindows.groupBy("window_start", "publisher", "actor_id")
        .agg(countDistinct("article_id").as("articles"), countDistinct("story_id").as("stories"));
  }

  private static final StructType METRICS = StructType.fromDDL(
      "window_start DATE, publisher STRING, actor_id STRING, degree INT, weighted_degree DOUBLE, "
          + "pagerank DOUBLE, community STRING");

  /**
   * Every actor mentioned in a window, with degree, weighted degree, PageRank and community; edges
   * weigh their joint articles or stories, as {@code count} says.
   */
  static Dataset<Row> actorNodes(Windowing w, Dataset<Row> mentionWindows, Dataset<Row> coMentions,
      Counting count) {
    Dataset<Row> perActor = actorCounts(mentionWindows);
    Dataset<Row> graphItems = perActor.select(col("window_start"), col("publisher"),
            col("actor_id").as("a"), lit(null).cast("string").as("b"), lit(0.0).as("weight"))
        .unionByName(coMentions.select(col("window_start"),
            coalesce(col("publisher"), lit("")).as("publisher"),
            col("actor_a").as("a"), col("actor_b").as("b"), col(count.column()).cast("double").as("weight")));
    Dataset<Row> metrics = graphItems
        .groupByKey((MapFunction<Row, String>) r -> r.getDate(0) + "|" + r.getString(1), Encoders.STRING())
        .flatMapGroups(new WindowMetrics(), Encoders.row(METRICS));
    return ActorNodesTable.SPEC.select(metrics.join(perActor, Windowing.joinKeys("actor_id"))
        .withColumn("granularity", lit(w.granularity().code()))
        .withColumn("publisher", Windowing.publisherColumn()));
  }

  /** Computes one window's node metrics in memory (a window has at most a few hundred actors). */
  private static final class WindowMetrics implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(String key, Iterator<Row> items) {
      Map<String, Boolean> nodes = new LinkedHashMap<>();
      List<Edge> edges = new ArrayList<>();
      java.sql.Date windowStart = null;
      String publisher = null;
      while (items.hasNext()) {
        Row r = items.next();
        windowStart = r.getDate(0);
        publisher = r.getString(1);
        if (r.isNullAt(3)) {
          nodes.put(r.getString(2), true);
        } else {
          edges.add(new Edge(r.getString(2), r.getString(3), r.getDouble(4)));
        }
      }
      List<Row> out = new ArrayList<>();
      for (GraphMetrics.NodeMetrics m : GraphMetrics.compute(nodes.keySet(), edges)) {
        out.add(RowFactory.create(windowStart, publisher, m.id(), m.degree(), m.weightedDegree(),
            m.pagerank(), m.community()));
      }
      return out.iterator();
    }
  }
}
