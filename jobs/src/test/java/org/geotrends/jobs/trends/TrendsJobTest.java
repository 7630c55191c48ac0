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
      // baseline of 2 periods, 1 needed; burst at z >= 1 with at least 2 articles
      Dataset<Row> t = TrendsJob.trends(CoverageFixture.articles(spark()), CoverageFixture.mentions(spark()),
          new TrendsJob.Options(List.of(g), byPublisher, 2, 1, 1.0, 2, Counting.ARTICLES));
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
  void flagsTheBurstOfANewActor() {
    List<String> bursts = rows(trends(Granularity.MONTH, false).where("is_burst"),
        "cast(period_start as string)", "actor_id", "zscore");

    // KAZ in March: 2 of 5 after two months at 0: (0.4 - 0) / (1/5) = 2
    assertEquals(List.of("[2024-03-01,KAZ,2.0]"), bursts);
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
        "is_burst"};
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
