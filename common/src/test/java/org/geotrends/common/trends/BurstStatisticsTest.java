package org.geotrends.common.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Expected values computed independently with SciPy 1.14.1 and mpmath 1.3.0:
 * {@code stats.binomtest(x, n).proportion_ci(method='wilson')}, the beta-binomial tail as the
 * sum of its pmf at 50 digits with mpmath ({@code stats.betabinom(n, a, b).sf} loses the far tail:
 * it gives 5.2e-11 for the 200-of-5000 case, mpmath 3.5e-23), {@code special.gammaln},
 * {@code stats.false_discovery_control}.
 */
class BurstStatisticsTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1, 0.20654931437723745, 1.0",
    "3, 10, 0.10779126740630102, 0.6032218525388546",
    "0, 20, 0.0, 0.16112515805281935",
    "45, 900, 0.03757590398706448, 0.06624922806998423"})
  void wilsonIntervalMatchesScipy(long x, long n, double low, double high) {
    ShareInterval i = ShareInterval.wilson(x, n);
    assertEquals(low, i.low(), 1e-12);
    assertEquals(high, i.high(), 1e-12);
  }

  @Test
  void noArticlesNoInterval() {
    assertNull(ShareInterval.wilson(0, 0));
    assertThrows(IllegalArgumentException.class, () -> ShareInterval.wilson(3, 2));
  }

  @ParameterizedTest
  @CsvSource({
    // x, n, baseline count, baseline total, prior share, prior weight, P(Y >= x)
    "3, 50, 0, 300, 0.01, 10, 0.00010843720249082591",
    "3, 50, 0, 0, 0.01, 10, 0.064445291297352553",
    "30, 200, 60, 1200, 0.02, 10, 1.1764091022869513e-06",
    "200, 5000, 500, 30000, 0.02, 10, 3.4798554759348893e-23",
    "1, 40, 2, 240, 0.01, 10, 0.26910798119854512",
    "12, 60, 0, 500, 0.005, 10, 3.4224341274584936e-15"})
  void betaBinomialTailMatchesScipy(long x, long n, long count, long total, double share, double weight,
      double expected) {
    assertEquals(expected, BurstTest.pValue(x, n, count, total, share, weight), expected * 1e-9);
  }

  @Test
  void noArticlesIsNoEvidence() {
    assertEquals(1.0, BurstTest.pValue(0, 50, 3, 300, 0.01, 10));
  }

  @Test
  void aShortHistoryNeedsMoreThanThreeArticles() {
    // the same three articles of fifty: surprising after 300 quiet articles, not after none
    assertTrue(BurstTest.pValue(3, 50, 0, 0, 0.01, 10) > 0.05);
    assertTrue(BurstTest.pValue(3, 50, 0, 300, 0.01, 10) < 0.001);
  }

  @ParameterizedTest
  @CsvSource({"0.3, 1.0957979948180756", "7.5, 7.534364236758734", "1000000, 12815504.569147611"})
  void logGammaMatchesScipy(double x, double expected) {
    assertEquals(expected, BurstTest.logGamma(x), Math.abs(expected) * 1e-15);
  }

  @Test
  void qValuesFollowBenjaminiHochberg() {
    Double[] q = FalseDiscovery.qValues(new Double[] {0.01, 0.04, null, 0.03, 0.005, 0.5});
    double[] expected = {0.025, 0.05, Double.NaN, 0.05, 0.025, 0.5};
    assertNull(q[2], "untested");
    for (int i : new int[] {0, 1, 3, 4, 5}) {
      assertEquals(expected[i], q[i], 1e-15);
    }
  }

  @Test
  void scorerGivesIntervalsAndPValues() {
    TrendScorer scorer = new TrendScorer(2, 1, 3, 10);
    var s = scorer.score(java.util.List.of(
        new TrendScorer.Period(0, 100), new TrendScorer.Period(0, 200), new TrendScorer.Period(0, 0),
        new TrendScorer.Period(3, 50)), 0.01);
    assertNull(s.get(0).pValue(), "no history yet");
    assertNull(s.get(2).shareLow(), "no articles, no interval");
    // the baseline is the two periods with articles: 0 of 300
    assertEquals(0.00010843720249082591, s.get(3).pValue(), 1e-15);
    assertEquals(0.0, s.get(3).baseline());
    assertTrue(s.get(3).eligible());
    assertEquals(ShareInterval.wilson(3, 50).low(), s.get(3).shareLow());
  }
}
