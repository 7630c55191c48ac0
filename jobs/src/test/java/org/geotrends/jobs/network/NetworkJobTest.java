package org.geotrends.jobs.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.geotrends.jobs.CoverageFixture;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.Granularity;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class NetworkJobTest extends SparkTest {

  NetworkTables network(List<Granularity> g, boolean byPublisher, long minArticles) {
    return NetworkTables.ofCoverageFixture(spark(),
        new NetworkJob.Options(g, byPublisher, minArticles, Counting.ARTICLES));
  }

  static List<String> rows(Dataset<Row> d, String... cols) {
    return d.selectExpr(cols).collectAsList().stream().map(Row::toString).sorted()
        .collect(Collectors.toList());
  }

  @Test
  void countsEachPairOncePerArticleAndPerSentenceWithTheWindowTotals() {
    Dataset<Row> edges = network(List.of(Granularity.MONTH), false, 1).coMentions();

    assertEquals(List.of(
        "[2024-01-01,IRN,SYR,1,1,1,2,4]",
        "[2024-01-01,RUS,SYR,1,0,2,2,4]",
        "[2024-01-01,RUS,TUR,2,1,2,2,4]",
        "[2024-01-01,SYR,TUR,1,0,2,2,4]",
        "[2024-02-01,IRN,RUS,1,0,1,2,3]",
        "[2024-02-01,IRN,TUR,1,0,1,2,3]",
        "[2024-02-01,RUS,SYR,1,1,2,1,3]",
        "[2024-02-01,RUS,TUR,1,1,2,2,3]",
        "[2024-03-01,KAZ,RUS,1,1,2,3,5]",
        "[2024-03-01,RUS,SYR,1,0,3,1,5]",
        "[2024-03-01,RUS,TUR,2,1,3,2,5]",
        "[2024-03-01,SYR,TUR,1,1,1,2,5]"),
        rows(edges, "cast(window_start as string)", "actor_a", "actor_b", "articles", "sentences",
            "articles_a", "articles_b", "total_articles"));
  }

  @Test
  void computesJaccardNpmiAndLiftAsTheReadmeDefinesThem() {
    List<Row> rows = network(List.of(Granularity.MONTH), false, 1).coMentions()
        .where("actor_a = 'RUS' and actor_b = 'TUR' or actor_a = 'KAZ' or actor_a = 'IRN' and actor_b = 'SYR'")
        .orderBy("window_start", "actor_a").selectExpr("jaccard", "npmi", "lift").collectAsList();
    double[][] expected = {
        // IRN-SYR Jan: 1 of 4 articles, IRN 1, SYR 2
        {1.0 / 2, Math.log(2) / Math.log(4), 2.0},
        // RUS-TUR Jan: 2 of 4, both 2: always together
        {1.0, 1.0, 2.0},
        // RUS-TUR Feb: 1 of 3, both 2
        {1.0 / 3, Math.log(0.75) / -Math.log(1.0 / 3), 0.75},
        // KAZ-RUS Mar: 1 of 5, KAZ 2, RUS 3
        {1.0 / 4, Math.log(5.0 / 6) / -Math.log(0.2), 5.0 / 6},
        // RUS-TUR Mar: 2 of 5, RUS 3, TUR 2
        {2.0 / 3, Math.log(5.0 / 3) / -Math.log(0.4), 5.0 / 3}};
    assertEquals(expected.length, rows.size());
    for (int i = 0; i < expected.length; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(expected[i][j], rows.get(i).getDouble(j), 1e-12, "row " + i + " column " + j);
      }
    }
  }

  @Test
  void prunesPairsBelowTheMinimumArticles() {
    assertEquals(List.of("[2024-01-01,RUS,TUR]", "[2024-03-01,RUS,TUR]"),
        rows(network(List.of(Granularity.MONTH), false, 2).coMentions(),
            "cast(window_start as string)", "actor_a", "actor_b"));
  }

  @Test
  void putsIsoWeeksTogetherAcrossAMonthEnd() {
    // a4 (Wed 31 Jan 23:30 UTC) and a5 (Thu 1 Feb 00:10 UTC) share the ISO week of Mon 29 Jan
    List<String> weeks = rows(network(List.of(Granularity.WEEK), false, 1).coMentions()
        .where("window_start = '2024-01-29'"), "actor_a", "actor_b", "total_articles");

    assertEquals(List.of("[IRN,RUS,2]", "[IRN,TUR,2]", "[RUS,TUR,2]"), weeks);
  }

  @Test
  void splitsWindowsByPublisherOnRequest() {
    List<String> p1 = rows(network(List.of(Granularity.QUARTER), true, 1).coMentions()
        .where("publisher = 'P1' and actor_a = 'RUS' and actor_b = 'TUR'"),
        "cast(window_start as string)", "publisher", "articles", "articles_a", "total_articles");

    // P1 in Q1: a1 a2 a5 a7 a8 a10 a12 (7 articles), RUS in a1 a2 a5 a8, with TUR in all four
    assertEquals(List.of("[2024-01-01,P1,4,4,7]"), p1);
  }

  @Test
  void keepsTheAllPublishersWindowsBesideTheSplit() {
    NetworkTables whole = network(List.of(Granularity.QUARTER), false, 1);
    NetworkTables split = network(List.of(Granularity.QUARTER), true, 1);
    String[] pairs = {"cast(window_start as string)", "actor_a", "actor_b", "articles", "sentences",
        "articles_a", "articles_b", "total_articles"};
    String[] nodes = {"cast(window_start as string)", "actor_id", "articles", "degree", "weighted_degree",
        "community"};

    assertDataFrameNoOrderEquals(whole.coMentions().selectExpr(pairs),
        split.coMentions().where("publisher is null").selectExpr(pairs));
    assertDataFrameNoOrderEquals(whole.actorNodes().selectExpr(nodes),
        split.actorNodes().where("publisher is null").selectExpr(nodes));
  }

  @Test
  void givesEveryMentionedActorItsGraphMetrics() {
    Dataset<Row> nodes = network(List.of(Granularity.MONTH), false, 1).actorNodes()
        .where("window_start = '2024-01-01'");

    // January: RUS-TUR 2, RUS-SYR 1, SYR-TUR 1, IRN-SYR 1. The best split by modularity is
    // {RUS, TUR} (Q share 0.04) and {IRN, SYR} (0.04); labels are the smallest member ids.
    assertEquals(List.of("[IRN,1,1,1.0,IRN]", "[RUS,2,2,3.0,RUS]", "[SYR,2,3,3.0,IRN]", "[TUR,2,2,3.0,RUS]"),
        rows(nodes, "actor_id", "articles", "degree", "weighted_degree", "community"));
    assertEquals(1.0, nodes.selectExpr("sum(pagerank)").first().getDouble(0), 1e-9);
    Assertions.assertTrue(nodes.where("actor_id = 'SYR'").first().<Double>getAs("pagerank")
        > nodes.where("actor_id = 'IRN'").first().<Double>getAs("pagerank"));
  }

  @Test
  void keepsActorsWithoutPartnersAsIsolatedNodes() {
    // a10 (IRN alone) and a12 (KAZ alone) are in March; IRN has no partner in March at all
    Row irn = network(List.of(Granularity.MONTH), false, 1).actorNodes()
        .where("window_start = '2024-03-01' and actor_id = 'IRN'").first();

    assertEquals(0, irn.<Integer>getAs("degree"));
    assertEquals("IRN", irn.getAs("community"));
  }

  @Test
  void countsStoriesBesideArticlesAndMeasuresOnTheChosenCount() {
    // January: a2 is a copy of a1, both mention RUS and TUR: 2 articles, 1 story, of 3 stories
    NetworkTables stories = NetworkTables.ofCoverageFixture(spark(),
        new NetworkJob.Options(List.of(Granularity.MONTH), false, 1, Counting.STORIES));
    Dataset<Row> edges = stories.coMentions();
    Row jan = edges.where("actor_a = 'RUS' and actor_b = 'TUR' and window_start = '2024-01-01'")
        .selectExpr("articles", "stories", "articles_a", "stories_a", "stories_b", "total_articles",
            "total_stories", "jaccard", "lift", "npmi").first();
    assertEquals(List.of(2L, 1L, 2L, 1L, 1L, 4L, 3L), List.of(jan.getLong(0), jan.getLong(1), jan.getLong(2),
        jan.getLong(3), jan.getLong(4), jan.getLong(5), jan.getLong(6)));
    // stories: n_ab = 1, n_a = n_b = 1, N = 3: jaccard 1 / (1 + 1 - 1), lift 1 * 3 / (1 * 1),
    // npmi ln 3 / -ln(1/3)
    assertEquals(1.0, jan.getDouble(7), 1e-12);
    assertEquals(3.0, jan.getDouble(8), 1e-12);
    assertEquals(1.0, jan.getDouble(9), 1e-12);
    // March: a9 copies a8 (both RUS and TUR); a11 mentions RUS: RUS in 3 articles, 2 stories
    assertEquals(List.of("[2024-03-01,RUS,TUR,2,1,3,2,4]"),
        rows(edges.where("actor_a = 'RUS' and actor_b = 'TUR' and window_start = '2024-03-01'"),
            "cast(window_start as string)", "actor_a", "actor_b", "articles", "stories", "articles_a",
            "stories_a", "total_stories"));
    // node weights follow the chosen count
    assertEquals(List.of("[RUS,2,1]", "[TUR,2,1]"),
        rows(stories.actorNodes()
            .where("window_start = '2024-01-01' and actor_id in ('RUS', 'TUR')"),
            "actor_id", "articles", "stories"));
  }

  @Test
  void countsAStoryWhoseCopiesFallInTwoWindowsOnceInEach() {
    // s1 (31 January) and its copy s2 (1 February) both mention CYP and GRC: one story in each
    // month; a pair must not meet the copy of the other window (the stories join once did)
    Dataset<Row> articles = spark().createDataFrame(List.of(
        RowFactory.create("s1", "s1", Timestamp.from(Instant.parse("2024-01-31T12:00:00Z")), "P1", "crawl-1", 0L, null),
        RowFactory.create("s2", "s1", Timestamp.from(Instant.parse("2024-02-01T12:00:00Z")), "P2", "crawl-1", 0L, null)),
        CoverageFixture.articles(spark()).schema());
    Dataset<Row> mentions = spark().createDataFrame(List.of(
        RowFactory.create("s1", null, "CYP", "cyprus", "name", "body", 0, 6, 0, "en"),
        RowFactory.create("s1", null, "GRC", "greece", "name", "body", 10, 16, 0, "en"),
        RowFactory.create("s2", null, "CYP", "cyprus", "name", "body", 0, 6, 0, "en"),
        RowFactory.create("s2", null, "GRC", "greece", "name", "body", 10, 16, 0, "en")),
        CoverageFixture.mentions(spark()).schema());

    Dataset<Row> edges = NetworkTables.of(articles, mentions,
        new NetworkJob.Options(List.of(Granularity.MONTH), false, 1, Counting.STORIES)).coMentions();

    Dataset<Row> actual = edges.selectExpr("cast(window_start as string) as window_start",
        "actor_a", "actor_b", "articles", "stories", "stories_a", "stories_b", "total_stories", "jaccard");
    Dataset<Row> expected = spark().createDataFrame(List.of(
        RowFactory.create("2024-01-01", "CYP", "GRC", 1L, 1L, 1L, 1L, 1L, 1.0),
        RowFactory.create("2024-02-01", "CYP", "GRC", 1L, 1L, 1L, 1L, 1L, 1.0)), actual.schema());
    assertDataFrameNoOrderEquals(expected, actual);
  }
}
