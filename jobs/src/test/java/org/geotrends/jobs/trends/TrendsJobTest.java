package org.geotrends.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.geotrends.jobs.CoverageFixture;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.Granularity;
import org.junit.jupiter.api.Test;

class TrendsJobTest extends SparkTest {

  /**
   * Each trends table this class reads, computed once and kept as a local table: the tests query
   * the result, they do not run the job's plan again.
   */
  private static final Map<String, Dataset<Row>> COMPUTED = new ConcurrentHashMap<>();

  Dataset<Row> trends(Granularity g, boolean byPublisher) {
    return COMPUTED.computeIfAbsent(g + "/" + byPublisher, key -> {
      // baseline of 2 periods, 1 needed; burst at q <= 0.05 with at least 2 articles
      Dataset<Row> t = TrendsJob.trends(CoverageFixture.articles(spark()), CoverageFixture.mentions(spark()),
          new TrendsJob.Options(List.of(g), byPublisher, 2, 1, 0.05, 2, Counting.ARTICLES));
      return spark().createDataFrame(t.collectAsList(), t.schema());
    });
  }

  static List<String> rows(Dataset<Row> d, String... cols) {
    return d.selectExpr(cols).collectAsList().stream().map(Row::toString).collect(Collectors.toList());
  }

  @Test
  void countsArticlesAndMentionsPerActorAndMonth() {
    Dataset<Row> rus = trends(Granularity.MONTH, false).where("actor_id = 'RUS'")
        .selectExpr("cast(period_start as string) as period_start", "actor_id", "articles", "mentions",
            "total_articles");
    Dataset<Row> expected = spark().createDataFrame(List.of(
        RowFactory.create("2024-03-01", "RUS", 3L, 3L, 5L),
        RowFactory.create("2024-01-01", "RUS", 2L, 2L, 4L),
        RowFactory.create("2024-02-01", "RUS", 2L, 3L, 3L)), rus.schema());

    assertDataFrameNoOrderEquals(expected, rus);
  }

  @Test
  void fillsPeriodsWithoutMentionsWithZeros() {
    assertEquals(List.of("[2024-01-01,0,0,4,0.0]", "[2024-02-01,0,0,3,0.0]", "[2024-03-01,2,2,5,0.4]"),
        rows(trends(Granularity.MONTH, false).where("actor_id = 'KAZ'").orderBy("period_start"),
            "cast(period_start as string)", "articles", "mentions", "total_articles", "share"));
  }

  @Test
  void scoresEachPeriodAgainstItsTrailingBaseline() {
    List<Row> rus = trends(Granularity.MONTH, false).where("actor_id = 'RUS'").orderBy("period_start")
        .selectExpr("share", "baseline", "zscore", "is_burst").collectAsList();

    assertEquals(0.5, rus.get(0).getDouble(0), 1e-12);
    assertNull(rus.get(0).get(1));
    assertNull(rus.get(0).get(2));
    // Feb: 2 of 3 against Jan's 0.5; sd floors at 1/3
    assertEquals(0.5, rus.get(1).getDouble(1), 1e-12);
    assertEquals((2.0 / 3 - 0.5) * 3, rus.get(1).getDouble(2), 1e-12);
    // Mar: 3 of 5 against mean(0.5, 2/3); sd floors at 1/5
    assertEquals(7.0 / 12, rus.get(2).getDouble(1), 1e-12);
    assertEquals((0.6 - 7.0 / 12) * 5, rus.get(2).getDouble(2), 1e-12);
    assertEquals(false, rus.get(2).getBoolean(3));
  }

  @Test
  void twoArticlesAfterTwoQuietMonthsAreNoLongerABurst() {
    // KAZ in March: 2 of 5 after 0 of 4 and 0 of 3 (z = 2 made it a burst before). Pooled prior
    // share 22 actor-articles / (5 actors x 12 articles), weight 10: alpha = 11/3, beta = 19/3 + 7.
    // P(Y >= 2), Y ~ BetaBinomial(5, alpha, beta), and the other actors' March p-values, by mpmath;
    // Benjamini-Hochberg over the five gives q = the largest p for all of them; Wilson intervals by
    // scipy.stats.binomtest(x, 5).proportion_ci(method="wilson").
    Dataset<Row> march = trends(Granularity.MONTH, false).where("period_start = '2024-03-01'")
        .select("actor_id", "share_low", "share_high", "p_value", "q_value", "is_burst");
    double q = 0.88695790688426599;
    Dataset<Row> expected = spark().createDataFrame(List.of(
        RowFactory.create("IRN", 0.036224108632430196, 0.6244653702374747, 0.83226011989278179, q, false),
        RowFactory.create("KAZ", 0.11762077423264794, 0.769275718723987, 0.30090604816999598, q, false),
        RowFactory.create("RUS", 0.23072428127601297, 0.8823792257673521, 0.41734652131013405, q, false),
        RowFactory.create("SYR", 0.036224108632430196, 0.6244653702374747, 0.88695790688426599, q, false),
        RowFactory.create("TUR", 0.11762077423264794, 0.769275718723987, 0.71476588132425256, q, false)),
        march.schema());
    assertDataFrameApproximateEquals(expected, march.orderBy("actor_id"), 1e-12);
  }

  @Test
  void flagsABurstThatSurvivesTheFalseDiscoveryControl() {
    Dataset<Row> april = TrendsJob.trends(BurstFixture.articles(spark()), BurstFixture.mentions(spark()),
            new TrendsJob.Options(List.of(Granularity.MONTH), false, 2, 1, 0.05, 3, Counting.ARTICLES))
        .where("period_start = '2024-04-01'").select("actor_id", "p_value", "q_value", "is_burst");
    // prior share 55 / 320; X: 12 of 40 after 2 of 80, Y: 10 of 40 after 20 of 80 (mpmath)
    Dataset<Row> expected = spark().createDataFrame(List.of(
        RowFactory.create("X", 3.2046157113049538e-5, 6.4092314226099076e-5, true),
        RowFactory.create("Y", 0.49844797429887734, 0.49844797429887734, false)), april.schema());
    assertDataFrameApproximateEquals(expected, april.orderBy("actor_id"), 1e-12);
  }

  @Test
  void coversEveryWeekFromTheFirstToTheLastArticle() {
    Dataset<Row> weeks = trends(Granularity.WEEK, false).where("actor_id = 'TUR'");

    // 1 Jan 2024 is a Monday; a10 (31 Mar, a Sunday) closes the week of 25 Mar: 13 weeks
    assertEquals(13, weeks.count());
    assertEquals("2024-01-01", weeks.selectExpr("cast(min(period_start) as string)").first().getString(0));
    assertEquals("2024-03-25", weeks.selectExpr("cast(max(period_start) as string)").first().getString(0));
  }

  @Test
  void splitsSeriesByPublisherOnRequest() {
    assertEquals(List.of("[2024-01-01,P2,1,2]", "[2024-02-01,P2,1,1]", "[2024-03-01,P2,1,2]"),
        rows(trends(Granularity.MONTH, true).where("actor_id = 'SYR' and publisher = 'P2'")
            .orderBy("period_start"),
            "cast(period_start as string)", "publisher", "articles", "total_articles"));
  }

  @Test
  void keepsTheAllPublishersSeriesBesideTheSplit() {
    String[] cols = {"cast(period_start as string)", "actor_id", "articles", "total_articles", "share", "zscore",
        "p_value", "q_value", "is_burst"};
    assertDataFrameNoOrderEquals(trends(Granularity.MONTH, false).selectExpr(cols),
        trends(Granularity.MONTH, true).where("publisher is null").selectExpr(cols));
  }

  @Test
  void countsStoriesBesideArticlesAndScoresTheChosenCount() {
    // a2 copies a1 (January), a9 copies a8 (March)
    Dataset<Row> t = TrendsJob.trends(CoverageFixture.articles(spark()), CoverageFixture.mentions(spark()),
        new TrendsJob.Options(List.of(Granularity.MONTH), false, 2, 1, 1.0, 2, Counting.STORIES));
    assertEquals(List.of(
            "[2024-01-01,2,1,4,3,0.3333333333333333]",
            "[2024-02-01,2,2,3,3,0.6666666666666666]",
            "[2024-03-01,3,2,5,4,0.5]"),
        rows(t.where("actor_id = 'RUS'").orderBy("period_start"), "cast(period_start as string)",
            "articles", "stories", "total_articles", "total_stories", "share"));
  }
}
