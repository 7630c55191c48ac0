package org.geotrends.common.trends;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one actor's coverage over consecutive periods against its own recent past.
 *
 * <ul>
 *   <li>{@code share} = articles / total_articles (0 when the period has no articles);</li>
 *   <li>{@code baseline} = mean share of the previous {@code baselinePeriods} periods that had
 *       articles; null until {@code minHistory} such periods exist;</li>
 *   <li>{@code zscore} = (share − baseline) / max(sd, 1 / total_articles), where sd is the
 *       population standard deviation of those shares: a change smaller than one article's
 *       worth of share is not a signal, and a flat history does not divide by zero;</li>
 *   <li>{@code is_burst} = zscore ≥ {@code burstZ} and articles ≥ {@code minArticles}.</li>
 * </ul>
 */
public final class TrendScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int baselinePeriods;
  private final int minHistory;
  private final double burstZ;
  private final long minArticles;

  /** The counts of one period, in period order. */
  public record Period(long articles, long totalArticles) {
  }

  /** The scores of one period; {@code baseline} and {@code zscore} may be null. */
  public record Score(double share, Double baseline, Double zscore, boolean burst) {
  }

  public TrendScorer(int baselinePeriods, int minHistory, double burstZ, long minArticles) {
    if (baselinePeriods < 1 || minHistory < 1 || minHistory > baselinePeriods) {
      throw new IllegalArgumentException("need 1 <= minHistory <= baselinePeriods");
    }
    this.baselinePeriods = baselinePeriods;
    this.minHistory = minHistory;
    this.burstZ = burstZ;
    this.minArticles = minArticles;
  }

  /** Scores every period of {@code series} (consecutive periods, oldest first). */
  public List<Score> score(List<Period> series) {
    List<Score> scores = new ArrayList<>(series.size());
    List<Double> history = new ArrayList<>(); // shares of past periods that had articles
    for (Period p : series) {
      double share = p.totalArticles() == 0 ? 0 : (double) p.articles() / p.totalArticles();
      Double baseline = null;
      Double z = null;
      if (history.size() >= minHistory && p.totalArticles() > 0) {
        List<Double> window = history.subList(Math.max(0, history.size() - baselinePeriods), history.size());
        double mean = window.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = window.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum() / window.size();
        double sd = Math.max(Math.sqrt(variance), 1.0 / p.totalArticles());
        baseline = mean;
        z = (share - mean) / sd;
      }
      boolean burst = z != null && z >= burstZ && p.articles() >= minArticles;
      scores.add(new Score(share, baseline, z, burst));
      if (p.totalArticles() > 0) {
        history.add(share);
      }
    }
    return scores;
  }
}
