package org.geotrends.common.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.geotrends.common.actors.Gazetteer;
import org.junit.jupiter.api.Test;

class LanguageCoverageTest {
  private static final Set<String> NAMED = Gazetteer.defaults().coveredLanguages();

  @Test
  void sharesAndWarnsAboveTenPercentUncovered() {
    Map<String, Long> counts = new HashMap<>();
    counts.put("de", 60L);
    counts.put("nb", 20L); // Norwegian Bokmål: the "no" file answers to it
    counts.put("sw", 15L);
    counts.put(null, 5L);
    LanguageCoverage c = LanguageCoverage.of(counts, Languages.defaults(), NAMED);
    assertEquals(0.80, c.coveredShare(), 1e-12);
    assertEquals(Map.of("sw", 15L, "unknown", 5L), c.uncovered());
    assertEquals(Map.of("de", 60L, "nb", 20L, "sw", 15L, "unknown", 5L), c.articlesByLanguage());
    assertTrue(c.warns());
    assertTrue(c.warning().startsWith("20% of the articles are in languages the gazetteer does not cover"),
        c.warning());
  }

  @Test
  void tenPercentOrLessIsFineAndNoArticlesIsFullyCovered() {
    assertFalse(LanguageCoverage.of(Map.of("en", 90L, "sw", 10L), Languages.defaults(), NAMED).warns());
    LanguageCoverage none = LanguageCoverage.of(Map.of(), Languages.defaults(), NAMED);
    assertEquals(1.0, none.coveredShare());
    assertFalse(none.warns());
  }

  @Test
  void aLanguageFileWithoutNamesIsNotCovered() {
    // Lithuanian has a file (its date words) but the gazetteer names no state in it
    assertTrue(Languages.defaults().of("lt").isPresent());
    LanguageCoverage c = LanguageCoverage.of(Map.of("pl", 30L, "lt", 10L), Languages.defaults(), NAMED);
    assertEquals(0.75, c.coveredShare(), 1e-12);
    assertEquals(Map.of("lt", 10L), c.uncovered());
  }

  @Test
  void relatedLanguagesAndOtherCodesShareTheNames() {
    // names only in Norwegian: Bokmål text is Norwegian, Danish and Swedish text use them (no.txt: related: da sv)
    LanguageCoverage c = LanguageCoverage.of(Map.of("nb", 1L, "da", 1L, "sv", 1L, "de", 1L), Languages.defaults(),
        Set.of("no"));
    assertEquals(0.75, c.coveredShare(), 1e-12);
    assertEquals(Map.of("de", 1L), c.uncovered());
  }
}
