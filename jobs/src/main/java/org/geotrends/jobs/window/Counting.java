package org.geotrends.jobs.window;

import java.util.Locale;

/**
 * What the network and trends stages count when they compute shares, z-scores, bursts and pair
 * measures: articles (every copy of a syndicated story counts) or stories (a story and its
 * copies count once). Both counts are always in the tables; this picks the one the measures use.
 */
public enum Counting {
  ARTICLES, STORIES;

  public static Counting parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }

  /** The count column: {@code articles} or {@code stories}. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The window total: {@code total_articles} or {@code total_stories}. */
  public String total() {
    return "total_" + column();
  }
}
