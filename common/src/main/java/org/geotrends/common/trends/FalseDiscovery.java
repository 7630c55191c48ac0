package org.geotrends.common.trends;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini-Hochberg adjusted p-values (q-values): flagging every test with q ≤ α keeps the
 * expected share of false discoveries among the flagged at most α. Used across the actors of one
 * window, where a couple of hundred tests would otherwise give a few bursts by chance alone.
 */
public final class FalseDiscovery {
  private FalseDiscovery() {
  }

  /** q-values in the order of {@code p}; null p-values (untested) stay null and do not count. */
  public static Double[] qValues(Double[] p) {
    Integer[] tested = java.util.stream.IntStream.range(0, p.length).filter(i -> p[i] != null).boxed()
        .toArray(Integer[]::new);
    Arrays.sort(tested, Comparator.comparingDouble(i -> p[i]));
    int m = tested.length;
    Double[] q = new Double[p.length];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = tested[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      q[i] = running;
    }
    return q;
  }
}
