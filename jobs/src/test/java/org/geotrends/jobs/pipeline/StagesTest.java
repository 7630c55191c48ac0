package org.geotrends.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.geotrends.common.actors.Gazetteer;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.jobs.Fixtures;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.ingest.ArticlesTable;
import org.geotrends.jobs.ingest.IngestedFiles;
import org.geotrends.jobs.io.InputFiles;
import org.geotrends.jobs.io.RunSummary;
import org.geotrends.jobs.io.TableWriter;
import org.geotrends.jobs.mentions.MentionsTable;
import org.geotrends.jobs.network.CoMentionsTable;
import org.geotrends.jobs.network.NetworkJob;
import org.geotrends.jobs.stories.StoriesJob;
import org.geotrends.jobs.trends.TrendsJob;
import org.geotrends.jobs.trends.TrendsTable;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every stage on the seeds, end to end, as {@code pipeline} runs them. */
class StagesTest extends SparkTest {

  static List<String> strings(List<Row> rows) {
    return rows.stream().map(Row::toString).collect(Collectors.toList());
  }

  @Test
  void findsTheRussiaTurkeySyriaIranCliqueInBothSeedMonths(@TempDir Path tmp) throws Exception {
    String out = tmp.toString();
    Stages stages = new Stages(spark(), out, TableWriter.Mode.OVERWRITE,
        new RunSummary("pipeline", List.of("seeds"), out, spark().version()));
    Gazetteer gazetteer = Gazetteer.defaults();
    stages.ingest(IngestedFiles.plan(out, TableWriter.Mode.OVERWRITE,
            InputFiles.listWithStatus(List.of(Fixtures.seeds().toString()), InputFiles.confBeforeSpark()),
            InputFiles.confBeforeSpark()),
        CrawlFileIngester.Options.DEFAULT);
    StageFigures.Stories stories = stages.stories(StoriesJob.Options.DEFAULT);
    StageFigures.Mentions mentions = stages.mentions(gazetteer);
    StageFigures.Network network = stages.network(new NetworkJob.Options(List.of(Granularity.MONTH), false, 1, Counting.STORIES), gazetteer);
    stages.trends(new TrendsJob.Options(List.of(Granularity.MONTH), false, 6, 3, 0.05, 3, Counting.STORIES));
    stages.finish();

    assertEquals(List.of(
            "[2023-06-14 13:46:00,IRN KAZ RUS SYR TUR]",
            "[2024-08-31 23:45:00,IRN IRQ RUS SYR TUR]"),
        strings(stages.table(MentionsTable.SPEC)
            .groupBy("published_at").agg(org.apache.spark.sql.functions.collect_set("actor_id").as("actors"))
            .selectExpr("cast(published_at as string) as published", "array_join(array_sort(actors), ' ')")
            .orderBy("published").collectAsList()));

    // each mention carries its article's language, which decided the names matched
    assertEquals(List.of("[en,117]"), strings(stages.table(MentionsTable.SPEC)
        .groupBy("language").count().collectAsList()));

    List<String> clique = strings(stages.table(CoMentionsTable.SPEC)
        .where("actor_a in ('IRN','RUS','SYR','TUR') and actor_b in ('IRN','RUS','SYR','TUR')")
        .selectExpr("cast(window_start as string)", "actor_a", "actor_b", "articles", "total_stories")
        .orderBy("window_start", "actor_a", "actor_b").collectAsList());
    assertEquals(List.of(
        "[2023-06-01,IRN,RUS,1,1]", "[2023-06-01,IRN,SYR,1,1]", "[2023-06-01,IRN,TUR,1,1]",
        "[2023-06-01,RUS,SYR,1,1]", "[2023-06-01,RUS,TUR,1,1]", "[2023-06-01,SYR,TUR,1,1]",
        "[2024-08-01,IRN,RUS,1,1]", "[2024-08-01,IRN,SYR,1,1]", "[2024-08-01,IRN,TUR,1,1]",
        "[2024-08-01,RUS,SYR,1,1]", "[2024-08-01,RUS,TUR,1,1]", "[2024-08-01,SYR,TUR,1,1]"), clique);

    // June 2023 to August 2024: 15 months for each of the 6 actors, zeros in between
    assertEquals(90, stages.table(TrendsTable.SPEC).count());

    JsonNode summary = new ObjectMapper().readTree(tmp.resolve("run-summary.json").toFile());
    assertEquals(List.of("ingest", "stories", "mentions", "network", "trends"),
        iterable(summary.get("stages").fieldNames()));
    assertEquals(2, summary.at("/stages/ingest/articles").asInt());
    // the two seeds are different stories
    assertEquals(2, summary.at("/stages/stories/stories").asInt());
    assertEquals(0, summary.at("/stages/stories/copies").asInt());
    assertEquals(2, stages.table(ArticlesTable.SPEC)
        .where("story_id = article_id").count());
    assertEquals(6, summary.at("/stages/mentions/actors_mentioned").asInt());
    // five actors a month, every pair together in the month's one article: 2 x 10 pairs
    assertEquals(20, summary.at("/stages/network/edges_by_granularity/month").asInt());

    // what a stage returns is what it recorded; the keys are part of the output (CI and notebooks read them)
    assertEquals(2, stories.stories());
    assertEquals(6, mentions.actorsMentioned());
    assertEquals(20L, network.edgesByGranularity().get("month"));
    assertEquals(List.of("articles", "stories", "copies", "largest_story", "articles_too_short", "candidate_pairs",
        "similar_pairs", "buckets_dropped_over_max", "bucket_entries_dropped", "link_rounds",
        "placed_after_max_rounds", "seconds"), iterable(summary.at("/stages/stories").fieldNames()));
    assertEquals(List.of("articles", "articles_with_mentions", "mentions", "unresolved_mentions", "actors_mentioned",
        "mentions_by_kind", "gazetteer_actors", "articles_by_language", "covered_language_share",
        "uncovered_languages", "seconds"), iterable(summary.at("/stages/mentions").fieldNames()));
    assertEquals(List.of("count", "edges_by_granularity", "nodes_by_granularity", "windows_by_granularity", "graph",
        "seconds"), iterable(summary.at("/stages/network").fieldNames()));
    assertEquals(List.of("granularity", "nodes", "edges", "graphml_nodes", "graphml_edges"),
        iterable(summary.at("/stages/network/graph").fieldNames()));
    assertEquals(List.of("count", "rows_by_granularity", "actors", "bursts_by_granularity", "seconds"),
        iterable(summary.at("/stages/trends").fieldNames()));
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
