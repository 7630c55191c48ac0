package org.geotrends.common.trends;

/**
 * The 95% Wilson score interval of a share {@code x / n}: unlike the normal approximation it stays
 * inside [0, 1] and is wide when {@code n} is small (one article out of one is [0.21, 1], not
 * 100%).
 */
public record ShareInterval(double low, double high) {
  /** The 0.975 quantile of the standard normal distribution. */
  public static final double Z95 = 1.959963984540054;

  /** The interval of {@code x} out of {@code n}, or null when {@code n} is 0. */
  public static ShareInterval wilson(long x, long n) {
    if (x < 0 || x > n) {
      throw new IllegalArgumentException("need 0 <= x <= n, got " + x + " of " + n);
    }
    if (n == 0) {
      return null;
    }
    double z2 = Z95 * Z95;
    double p = (double) x / n;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new ShareInterval(Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
