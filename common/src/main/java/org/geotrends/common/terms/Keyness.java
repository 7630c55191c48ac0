package org.geotrends.common.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How distinctive a term is of a target text (the sentences that mention a pair, or an actor's
 * sentences in a burst) against a reference text (the rest of the window, or the actor's baseline
 * periods): Dunning's log-likelihood G2 of the 2x2 table of the term's count and all other terms
 * in target and reference,
 * G2 = 2 Σ O ln(O / E) over the four cells, which for one degree of freedom reads like a chi-square
 * (10.83 is p = 0.001). Only terms more frequent in the target than in the reference score.
 */
public final class Keyness {
  private Keyness() {
  }

  /** A term's count in the target and in the reference (the reference without the target). */
  public record Candidate(String term, long target, long reference) {
  }

  /** A chosen term: its rank (1 first), G2 and counts. */
  public record Scored(String term, int rank, double score, long target, long reference) {
  }

  /**
   * G2 of a term seen {@code a} times in a target of {@code n1} terms and {@code b} times in a
   * reference of {@code n2}; 0 when the term is not relatively more frequent in the target.
   */
  public static double g2(long a, long n1, long b, long n2) {
    if (a < 0 || b < 0 || a > n1 || b > n2 || n1 == 0) {
      throw new IllegalArgumentException("need 0 <= a <= n1 > 0 and 0 <= b <= n2");
    }
    if (n2 == 0 || (double) a / n1 <= (double) b / n2) {
      return 0;
    }
    double n = n1 + n2;
    double[] observed = {a, b, n1 - a, n2 - b};
    double[] expected = {n1 * (a + b) / n, n2 * (a + b) / n, n1 * (n - a - b) / n, n2 * (n - a - b) / n};
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      if (observed[i] > 0) {
        sum += observed[i] * Math.log(observed[i] / expected[i]);
      }
    }
    return 2 * sum;
  }

  /**
   * The {@code k} most distinctive terms seen at least {@code minCount} times in the target, best
   * first (ties by term). A phrase stands for its parts: a word or shorter phrase inside a chosen
   * one is left out when it is not more frequent than the chosen one ("grain" goes when every
   * "grain" is in "grain deal"), and a longer phrase replaces a chosen part that it holds as often.
   */
  public static List<Scored> top(List<Candidate> candidates, long targetTotal, long referenceTotal, int k,
      long minCount) {
    record Ranked(Candidate c, double score, String[] words) {
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.target() < minCount) {
        continue;
      }
      double score = g2(c.target(), targetTotal, c.reference(), referenceTotal);
      if (score > 0) {
        ranked.add(new Ranked(c, score, c.term().split(" ")));
      }
    }
    ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> r.c().term()));
    List<Ranked> chosen = new ArrayList<>();
    for (Ranked r : ranked) {
      if (chosen.size() == k) {
        break;
      }
      boolean covered = chosen.stream()
          .anyMatch(s -> contains(s.words(), r.words()) && r.c().target() <= s.c().target());
      if (covered) {
        continue;
      }
      chosen.removeIf(s -> contains(r.words(), s.words()) && s.c().target() <= r.c().target());
      chosen.add(r);
    }
    chosen.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> r.c().term()));
    List<Scored> out = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      Ranked r = chosen.get(i);
      out.add(new Scored(r.c().term(), i + 1, r.score(), r.c().target(), r.c().reference()));
    }
    return out;
  }

  /** True when {@code inner} is a contiguous part of {@code outer}, shorter than it. */
  static boolean contains(String[] outer, String[] inner) {
    if (inner.length >= outer.length) {
      return false;
    }
    for (int i = 0; i + inner.length <= outer.length; i++) {
      if (Arrays.equals(outer, i, i + inner.length, inner, 0, inner.length)) {
        return true;
      }
    }
    return false;
  }
}
