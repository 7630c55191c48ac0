package org.geotrends.common.trends;

/**
 * Is a period's count more than its baseline rate explains? The actor's share of articles is
 * unknown; its belief is a Beta distribution: a weak pooled prior worth {@code priorWeight}
 * articles at the mean share of all actors ({@code priorShare}), updated with the actor's
 * baseline periods ({@code baselineCount} of {@code baselineTotal} articles). The period's count
 * is then beta-binomial, and the p-value is the upper tail P(Y ≥ x) for Y ~
 * BetaBinomial(n, α, β) with α = priorWeight·priorShare + baselineCount and β =
 * priorWeight·(1 − priorShare) + baselineTotal − baselineCount.
 *
 * <p>Three articles after months of silence are not automatically a burst: the less history, the
 * wider the Beta, the heavier the tail. A long quiet history makes the same three articles
 * surprising, as they should be.
 */
public final class BurstTest {
  private BurstTest() {
  }

  /** P(Y ≥ x) under the prior and history above (1 when x is 0). */
  public static double pValue(long x, long n, long baselineCount, long baselineTotal, double priorShare,
      double priorWeight) {
    if (x < 0 || x > n || baselineCount < 0 || baselineCount > baselineTotal) {
      throw new IllegalArgumentException("need 0 <= x <= n and 0 <= baseline count <= baseline total");
    }
    if (!(priorShare > 0 && priorShare < 1) || !(priorWeight > 0)) {
      throw new IllegalArgumentException("need 0 < prior share < 1 and prior weight > 0");
    }
    double alpha = priorWeight * priorShare + baselineCount;
    double beta = priorWeight * (1 - priorShare) + (baselineTotal - baselineCount);
    return upperTail(x, n, alpha, beta);
  }

  /** P(Y ≥ x) for Y ~ BetaBinomial(n, α, β). */
  static double upperTail(long x, long n, double alpha, double beta) {
    if (x <= 0) {
      return 1;
    }
    if (x > n) {
      return 0;
    }
    // pmf(x) from log-gammas, then the next terms by their ratio
    double term = Math.exp(logChoose(n, x) + logBeta(x + alpha, n - x + beta) - logBeta(alpha, beta));
    double sum = 0;
    for (long k = x; k <= n; k++) {
      sum += term;
      double ratio = (double) (n - k) / (k + 1) * (k + alpha) / (n - k - 1 + beta);
      if (ratio < 1 && term < sum * 1e-17) {
        break; // past the mode, the rest no longer adds to the sum
      }
      term *= ratio;
    }
    return Math.min(1, sum);
  }

  static double logChoose(long n, long k) {
    return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
  }

  static double logBeta(double a, double b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7};

  /** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error about 1e-15). */
  static double logGamma(double x) {
    if (x < 0.5) {
      // reflection: Γ(x) Γ(1 − x) = π / sin(πx)
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    }
    x -= 1;
    double a = LANCZOS[0];
    double t = x + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
