package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link AsciiWords} answers as the case-insensitive regular expression it replaces. */
class AsciiWordsTest {

  private static final AsciiWords WORDS = new AsciiWords("date", "publish", "most-read", "mostread");
  private static final Pattern SAME = Pattern.compile("(?i)(date|publish|most-?read)");

  @ParameterizedTest
  @ValueSource(strings = {"", "d", "dat", "DATE", "article__Date", "updated", "pubDate", "PUBLISHED_at",
      "most-Read", "mostRead", "most read", "publısh", "publİsh", "ﬁle-date", "da te", "xdatex",
      "mo", "date-", "-publis"})
  void answersAsTheRegularExpression(String s) {
    assertEquals(SAME.matcher(s).find(), WORDS.foundIn(s), s);
  }

  @Test
  void handCheckedCases() {
    assertEquals(true, WORDS.foundIn("c-article__meta-DATE"));
    assertEquals(false, WORDS.foundIn("headline"));
    // the dotless i folds to I in Unicode but not in ASCII: no match, as with (?i)
    assertEquals(false, WORDS.foundIn("publısh"));
  }

  @Test
  void refusesWordsWithCapitalsOrNonAscii() {
    assertThrows(IllegalArgumentException.class, () -> new AsciiWords("Date"));
    assertThrows(IllegalArgumentException.class, () -> new AsciiWords("datum\u00e9"));
  }
}
