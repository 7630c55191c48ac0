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

  @ParameterizedTest(name = "\"{0}\" [{1}, {2}) starts with a word: {3}")
  @CsvSource({
      "sharebar, 0, 8, true",
      "ShareBar, 0, 8, true",
      "share, 0, 5, true",
      "shar, 0, 4, false",
      "x-adverts, 2, 9, true",
      "x-adverts, 3, 9, false",
      "unrelated, 0, 9, false",
      "relatedPosts, 0, 12, true",
      "h2o, 0, 3, true",
      "'', 0, 0, false"})
  void findsWordsThatBeginARange(String s, int from, int to, boolean found) {
    assertEquals(found, WORDS.startsWithOne(s, from, to));
  }

  @Test
  void takesOnlyLowerCaseAsciiWords() {
    assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(List.of("Ad")));
    assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(List.of("café")));
  }
}
