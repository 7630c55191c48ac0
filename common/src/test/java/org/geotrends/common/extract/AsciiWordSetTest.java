package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiWordSetTest {

  private static final AsciiWordSet WORDS = new AsciiWordSet(List.of("ad", "share", "related", "h2"));

  @ParameterizedTest(name = "\"{0}\" [{1}, {2}) -> {3}")
  @CsvSource({
      "header-ad, 7, 9, true",
      "header-ad, 0, 6, false",
      "shareBar, 0, 5, true",
      "SHARE, 0, 5, true",
      "x-Related-y, 2, 9, true",
      "x-Related-y, 2, 8, false",
      "shared, 0, 6, false",
      "a, 0, 1, false",
      "H2title, 0, 2, true",
      "'', 0, 0, false"})
  void findsWholeWordsInARangeIgnoringAsciiCase(String s, int from, int to, boolean found) {
    assertEquals(found, WORDS.contains(s, from, to));
  }

  @Test
  void takesOnlyLowerCaseAsciiWords() {
    assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(List.of("Ad")));
    assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(List.of("café")));
  }
}
