package org.geotrends.common.lang;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much of a crawl is in languages geotrends knows: without names for a language, its articles
 * have no mentions, and trends and networks lean silently toward the languages it does know.
 *
 * @param articlesByLanguage articles per language code ({@code null} or blank code: unknown)
 * <p>A language is covered when the gazetteer names states in it (its
 * {@code Gazetteer.coveredLanguages()}), or in a language its file lists as related (Danish text
 * uses the Norwegian names); a language file alone is not enough: Lithuanian has one for its date
 * words but no names.
 *
 * @param coveredShare       share of the articles in covered languages (0 to 1; 1 when there are none)
 * @param uncovered          articles per language geotrends does not know, unknown included
 */
public record LanguageCoverage(Map<String, Long> articlesByLanguage, double coveredShare, Map<String, Long> uncovered) {
  /** Above this share of articles in languages it does not know, a run warns. */
  public static final double WARN_ABOVE_UNCOVERED = 0.10;
  static final String UNKNOWN = "unknown";

  /**
   * @param languages the language files, for the codes that mean one language (nb is Norwegian)
   *                  and related languages
   * @param named     the codes of the languages the gazetteer covers
   */
  public static LanguageCoverage of(Map<String, Long> articlesByLanguage, Languages languages, Set<String> named) {
    Map<String, Long> all = new TreeMap<>();
    Map<String, Long> uncovered = new TreeMap<>();
    long total = 0;
    long covered = 0;
    for (Map.Entry<String, Long> e : articlesByLanguage.entrySet()) {
      String code = e.getKey() == null || e.getKey().isBlank() || e.getKey().equals("null") ? UNKNOWN : e.getKey();
      all.merge(code, e.getValue(), Long::sum);
      total += e.getValue();
      if (covered(code, languages, named)) {
        covered += e.getValue();
      } else {
        uncovered.merge(code, e.getValue(), Long::sum);
      }
    }
    return new LanguageCoverage(all, total == 0 ? 1.0 : (double) covered / total, uncovered);
  }

  private static boolean covered(String code, Languages languages, Set<String> named) {
    if (named.contains(code)) {
      return true;
    }
    Language l = languages.of(code).orElse(null);
    if (l == null) {
      return false;
    }
    for (Language m : languages.all()) {
      boolean near = m == l || m.related().contains(l.code()) || l.related().contains(m.code());
      if (near && m.codes().stream().anyMatch(named::contains)) {
        return true;
      }
    }
    return false;
  }

  /** True when more than {@link #WARN_ABOVE_UNCOVERED} of the articles are in languages it does not know. */
  public boolean warns() {
    return 1 - coveredShare > WARN_ABOVE_UNCOVERED;
  }

  /** One line for the log and the printed summary. */
  public String warning() {
    return String.format("%.0f%% of the articles are in languages the gazetteer does not cover (%s): their "
        + "actors are not counted; add the language (README \"Adding a language\") or pass --actors",
        100 * (1 - coveredShare), uncovered);
  }
}
