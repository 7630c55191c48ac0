package org.geotrends.common.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts over a gazetteer's aliases, for tests and the matcher benchmark's report. */
final class GazetteerCounts {

  private GazetteerCounts() {
  }

  /** True when the alias only holds for a period (office holders). */
  static boolean isDated(Alias a) {
    return a.validFrom() != null || a.validTo() != null;
  }

  /** Alias counts by language code ({@code und} for aliases valid in any language), sorted. */
  static Map<String, Integer> aliasCountsByLanguage(Gazetteer g) {
    Map<String, Integer> counts = new TreeMap<>();
    g.aliases().forEach(a -> counts.merge(a.language(), 1, Integer::sum));
    return counts;
  }

  /** Number of distinct office holders: dated aliases counted once per actor, kind and term. */
  static int officeHolderTerms(Gazetteer g) {
    Set<List<Object>> terms = new HashSet<>();
    for (Alias a : g.aliases()) {
      if (isDated(a)) {
        terms.add(java.util.Arrays.asList(a.actorId(), a.kind(), a.validFrom(), a.validTo()));
      }
    }
    return terms.size();
  }

  /** Number of dated aliases (office holders' names). */
  static int officeHolderAliases(Gazetteer g) {
    return (int) g.aliases().stream().filter(GazetteerCounts::isDated).count();
  }
}
