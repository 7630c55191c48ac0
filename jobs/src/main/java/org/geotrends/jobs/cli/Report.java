package org.geotrends.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.geotrends.common.actors.Gazetteer;
import org.geotrends.jobs.ingest.ArticlesTable;
import org.geotrends.jobs.ingest.IngestCounts;
import org.geotrends.jobs.ingest.IngestRun;
import org.geotrends.jobs.io.TableWriter;
import org.geotrends.jobs.network.CoMentionsTable;
import org.geotrends.jobs.pipeline.StageFigures;
import org.geotrends.jobs.pipeline.Stages;
import org.geotrends.jobs.trends.TrendsTable;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.Granularity;

/**
 * Everything a command prints on stdout when a stage or the pipeline ends: one line or a few per
 * stage from its typed figures, and the pipeline's closing summary from the tables. (The full
 * figures are in {@code run-summary.json}; progress and logs go to stderr.)
 */
final class Report {
  private static final int TOP = 10;
  private static final int WINDOWS = 12;
  private static final int TOP_PAIRS = 20;

  private Report() {
  }

  static void ingest(IngestRun run, PrintStream out) {
    IngestCounts c = run.total();
    out.printf("ingest: %d files, %d records read: %d articles, %d rejected, %d skipped%n",
        c.files(), c.read(), c.articles(), c.rejects(), c.skipped());
    line(out, "  rejected", c.rejectsByReason());
    line(out, "  skipped", c.skippedByType());
    line(out, "  by format", c.readByFormat());
    if (run.mode() == TableWriter.Mode.APPEND) {
      IngestCounts r = run.read();
      out.printf("  this run: %d new files read, %d already ingested: %d records, %d articles, "
          + "%d rejected, %d skipped%n", r.files(), run.alreadyIngested(), r.read(), r.articles(),
          r.rejects(), r.skipped());
    }
  }

  static void stories(StageFigures.Stories f, PrintStream out) {
    out.printf("stories: %d articles in %d stories: %d articles are syndicated copies of another "
            + "(largest story: %d articles)%n", f.articles(), f.stories(), f.copies(), f.largestStory());
  }

  static void mentions(StageFigures.Mentions f, PrintStream out) {
    out.printf("mentions: %d mentions of %d actors in %d of %d articles (%d unresolved: "
            + "office holders in undated articles)%n", f.mentions(), f.actorsMentioned(),
        f.articlesWithMentions(), f.articles(), f.unresolvedMentions());
    line(out, String.format("  articles by language (%.0f%% in languages the gazetteer covers)",
        100 * f.coverage().coveredShare()), f.coverage().articlesByLanguage());
    if (f.coverage().warns()) {
      out.println("  warning: " + f.coverage().warning());
    }
  }

  /** The network, trends and terms stages: their run-summary section as one line. */
  static void stage(String name, StageFigures figures, PrintStream out) {
    out.println(name + ": " + figures.toSummary());
  }

  /**
   * What {@code pipeline} prints at the end, from the tables: how many articles were syndicated
   * copies, articles and stories by month, top actors, the top pairs of the latest windows and
   * the strongest bursts. Only these few aggregate rows reach the driver.
   */
  static void pipeline(Stages stages, Granularity granularity, Counting counted, Gazetteer names,
      String output, PrintStream out) {
    Dataset<Row> articles = ArticlesTable.firstCaptures(stages.table(ArticlesTable.SPEC));
    Row all = articles.agg(count(lit(1)), countDistinct(ArticlesTable.storyOrSelf())).first();
    out.printf("%d articles in %d stories: %d articles are syndicated copies; shares, bursts and pair "
        + "measures count %s%n", all.getLong(0), all.getLong(1), all.getLong(0) - all.getLong(1),
        counted.column());
    out.println("articles and stories by month:");
    List<Row> months = articles
        .groupBy("pub_month").agg(count(lit(1)), countDistinct(ArticlesTable.storyOrSelf()))
        .orderBy(col("pub_month")) // "undated" sorts last
        .collectAsList();
    for (Row r : months) {
      out.printf("  %-8s %6d articles %6d stories%n", r.getString(0), r.getLong(1), r.getLong(2));
    }

    Dataset<Row> trends = stages.table(TrendsTable.SPEC)
        .where(col("granularity").equalTo(granularity.code()).and(col("publisher").isNull()));
    out.printf("top actors (%s):%n", counted.column());
    for (Row r : trends.groupBy("actor_id").agg(sum(counted.column()).as("n"), sum("articles"), sum("stories"))
        .orderBy(desc("n"), col("actor_id")).limit(TOP).collectAsList()) {
      out.printf("  %-14s %-28s %6d articles %6d stories%n", r.getString(0), names.nameOf(r.getString(0)),
          r.getLong(2), r.getLong(3));
    }

    Dataset<Row> pairs = stages.table(CoMentionsTable.SPEC)
        .where(col("granularity").equalTo(granularity.code()).and(col("publisher").isNull()));
    out.printf("top %d pairs of the latest %d %ss (articles and stories mentioning both; sentences; "
        + "npmi on %s):%n", TOP_PAIRS, WINDOWS, granularity.code(), counted.column());
    Object[] latest = pairs.select("window_start").distinct().orderBy(desc("window_start"))
        .limit(WINDOWS).collectAsList().stream().map(r -> r.get(0)).toArray();
    // One list over all those windows, not one per window: a summary, not a table dump.
    Dataset<Row> ranked = pairs.where(col("window_start").isin(latest))
        .orderBy(desc(counted.column()), desc("articles"), desc("sentences"), desc("npmi"),
            col("window_start"), col("actor_a"),
            col("actor_b"))
        .limit(TOP_PAIRS);
    for (Row r : ranked.collectAsList()) {
      out.printf("  %s  %-15s %5d articles %5d stories %5d sentences  npmi %5.2f%n",
          r.getAs("window_start"), r.getAs("actor_a") + "-" + r.getAs("actor_b"), r.<Long>getAs("articles"),
          r.<Long>getAs("stories"), r.<Long>getAs("sentences"), r.<Double>getAs("npmi"));
    }

    List<Row> bursts = trends.where(col("is_burst")).orderBy(col("p_value"), desc("zscore")).limit(TOP).collectAsList();
    out.println("strongest bursts:" + (bursts.isEmpty() ? " none" : ""));
    for (Row r : bursts) {
      out.printf("  %s  %-14s %4d of %d %s (share %.2f [%.2f, %.2f], baseline %.2f, p %.1e, q %.1e)%n",
          r.getAs("period_start"), r.getAs("actor_id"), r.<Long>getAs(counted.column()),
          r.<Long>getAs(counted.total()), counted.column(), r.<Double>getAs("share"),
          r.<Double>getAs("share_low"), r.<Double>getAs("share_high"),
          r.<Double>getAs("baseline"), r.<Double>getAs("p_value"), r.<Double>getAs("q_value"));
    }
    out.println("tables and run-summary.json in " + output);
  }

  private static void line(PrintStream out, String label, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder(label).append(':');
    counts.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
    out.println(b);
  }
}
