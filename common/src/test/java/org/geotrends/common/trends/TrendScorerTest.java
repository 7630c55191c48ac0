package org.geotrends.common.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geotrends.common.trends.TrendScorer.Period;
import org.geotrends.common.trends.TrendScorer.Score;
import org.junit.jupiter.api.Test;

class TrendScorerTest {

  @Test
  void scoresAgainstTheMeanOfTheTrailingPeriods() {
    TrendScorer scorer = new TrendScorer(2, 1, 2, 10);
    // shares 0.5, 2/3, 3/5
    List<Score> s = scorer.score(List.of(new Period(2, 4), new Period(2, 3), new Period(3, 5)), 0.01);

    assertNull(s.get(0).baseline(), "no history yet");
    assertNull(s.get(0).zscore());
    assertEquals(0.5, s.get(1).baseline(), 1e-12);
    // flat history: sd floors at one article's worth of share, 1/3
    assertEquals((2.0 / 3 - 0.5) / (1.0 / 3), s.get(1).zscore(), 1e-12);
    double mean = (0.5 + 2.0 / 3) / 2;
    assertEquals(mean, s.get(2).baseline(), 1e-12);
    // population sd 1/12 < 1/5, so the floor 1/5 applies
    assertEquals((0.6 - mean) / 0.2, s.get(2).zscore(), 1e-12);
  }

  @Test
  void isEligibleOnlyWithEnoughArticles() {
    List<Period> series = List.of(new Period(0, 10), new Period(0, 10), new Period(2, 5));

    Score burst = new TrendScorer(2, 1, 2, 10).score(series, 0.01).get(2);
    Score tooFew = new TrendScorer(2, 1, 3, 10).score(series, 0.01).get(2);

    assertEquals(2.0, burst.zscore(), 1e-12);
    assertTrue(burst.eligible());
    assertFalse(tooFew.eligible());
  }

  @Test
  void usesTheRealSpreadWhenItExceedsTheFloor() {
    // shares 0.1, 0.5 (sd 0.2), then 0.9 of 100 articles
    Score s = new TrendScorer(6, 2, 1, 10).score(
        List.of(new Period(10, 100), new Period(50, 100), new Period(90, 100)), 0.01).get(2);

    assertEquals(0.3, s.baseline(), 1e-12);
    assertEquals((0.9 - 0.3) / 0.2, s.zscore(), 1e-12);
    assertTrue(s.pValue() < 1e-6, "90 of 100 after 60 of 200");
  }

  @Test
  void leavesEmptyPeriodsOutOfTheBaseline() {
    List<Score> s = new TrendScorer(3, 1, 1, 10).score(
        List.of(new Period(1, 4), new Period(0, 0), new Period(1, 4)), 0.01);

    assertEquals(0.0, s.get(1).share());
    assertNull(s.get(1).zscore(), "a period without articles is not scored");
    assertEquals(0.25, s.get(2).baseline(), 1e-12);
  }

  @Test
  void waitsForTheMinimumHistory() {
    List<Score> s = new TrendScorer(6, 3, 1, 10).score(
        List.of(new Period(1, 4), new Period(1, 4), new Period(1, 4), new Period(4, 4)), 0.01);

    assertNull(s.get(2).baseline());
    assertEquals(0.25, s.get(3).baseline(), 1e-12);
  }

  @Test
  void rejectsInconsistentSettings() {
    assertThrows(IllegalArgumentException.class, () -> new TrendScorer(2, 3, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> new TrendScorer(2, 1, 1, 0));
  }
}
