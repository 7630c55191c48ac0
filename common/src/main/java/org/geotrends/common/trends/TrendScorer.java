package org.geotrends.common.trends;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one actor's coverage over consecutive periods against its own recent past.
 *
 * <ul>
 *   <li>{@code share} = articles / total_articles (0 when the period has no articles), with its
 *       95% Wilson interval {@code share_low}, {@code share_high} (null without articles);</li>
 *   <li>{@code baseline} = mean share of the previous {@code baselinePeriods} periods that had
 *       articles; null until {@code minHistory} such periods exist;</li>
 *   <li>{@code p_value} = {@link BurstTest#pValue}: the chance of at least this many articles
 *       given the same baseline periods (their summed counts) and a weak prior at the mean share
 *       of all actors ({@code priorShare}, worth {@code priorWeight} articles); null when
 *       {@code baseline} is;</li>
 *   <li>{@code zscore} = (share − baseline) / max(sd, 1 / total_articles), where sd is the
 *       population standard deviation of those shares (kept for comparison; bursts no longer
 *       follow it);</li>
 *   <li>{@code eligible}: articles ≥ {@code minArticles}. Whether a period is a burst is decided
 *       across the actors of its window ({@link FalseDiscovery}), not here.</li>
 * </ul>
 */
public final class TrendScorer implements Serializable {
  private static final long serialVersionUID = 2L;

  private final int baselinePeriods;
  private final int minHistory;
  private final long minArticles;
  private final double priorWeight;

  /** The counts of one period, in period order. */
  public record Period(long articles, long totalArticles) {
  }

  /** The scores of one period; all but {@code share} and {@code eligible} may be null. */
  public record Score(double share, Double shareLow, Double shareHigh, Double baseline, Double zscore,
      Double pValue, boolean eligible) {
  }

  public TrendScorer(int baselinePeriods, int minHistory, long minArticles, double priorWeight) {
    if (baselinePeriods < 1 || minHistory < 1 || minHistory > baselinePeriods) {
      throw new IllegalArgumentException("need 1 <= minHistory <= baselinePeriods");
    }
    if (!(priorWeight > 0)) {
      throw new IllegalArgumentException("need a positive prior weight");
    }
    this.baselinePeriods = baselinePeriods;
    this.minHistory = minHistory;
    this.minArticles = minArticles;
    this.priorWeight = priorWeight;
  }

  /**
   * Scores every period of {@code series} (consecutive periods, oldest first); {@code priorShare}
   * is the pooled share of all actors, strictly between 0 and 1.
   */
  public List<Score> score(List<Period> series, double priorShare) {
    List<Score> scores = new ArrayList<>(series.size());
    List<Period> history = new ArrayList<>(); // past periods that had articles
    for (Period p : series) {
      double share = p.totalArticles() == 0 ? 0 : (double) p.articles() / p.totalArticles();
      ShareInterval interval = ShareInterval.wilson(p.articles(), p.totalArticles());
      Double baseline = null;
      Double z = null;
      Double pValue = null;
      if (history.size() >= minHistory && p.totalArticles() > 0) {
        List<Period> window = history.subList(Math.max(0, history.size() - baselinePeriods), history.size());
        double mean = window.stream().mapToDouble(TrendScorer::share).average().orElse(0);
        double variance = window.stream().mapToDouble(h -> (share(h) - mean) * (share(h) - mean)).sum()
            / window.size();
        double sd = Math.max(Math.sqrt(variance), 1.0 / p.totalArticles());
        baseline = mean;
        z = (share - mean) / sd;
        long count = window.stream().mapToLong(Period::articles).sum();
        long total = window.stream().mapToLong(Period::totalArticles).sum();
        pValue = BurstTest.pValue(p.articles(), p.totalArticles(), count, total, priorShare, priorWeight);
      }
      scores.add(new Score(share, interval == null ? null : interval.low(), interval == null ? null : interval.high(),
          baseline, z, pValue, p.articles() >= minArticles));
      if (p.totalArticles() > 0) {
        history.add(p);
      }
    }
    return scores;
  }

  private static double share(Period p) {
    return (double) p.articles() / p.totalArticles();
  }
}
