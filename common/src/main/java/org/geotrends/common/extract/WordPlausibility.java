package org.geotrends.common.extract;

/**
 * Scores how much a text's non-ASCII characters look like real words, to tell a right code
 * page from a wrong one. A word (a run of letters) is plausible when
 * <ul>
 *   <li>all its letters belong to one script (Cyrillic decoded as windows-1256 mixes Arabic
 *       and accented Latin letters);</li>
 *   <li>its case is lower, Capitalised or UPPER (Arabic decoded as windows-1251 gives "жЗбМ");</li>
 *   <li>if written in Latin letters, at most half of them are non-ASCII (Russian decoded as
 *       windows-1252 gives words made only of accented letters, "Ìîñêâà").</li>
 * </ul>
 * The score is the share of non-ASCII characters that sit in plausible words; symbols decoded
 * from letter bytes ("³", "¹") count against it. All-capital words count half, since running
 * text is mostly lower case but a wrong code page can turn it into capitals (KOI8-R vs 1251).
 */
final class WordPlausibility {

  private WordPlausibility() {
  }

  /** A value in [0, 1]; 1 when the text has no non-ASCII characters. */
  static double score(String text) {
    double good = 0;
    int total = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if (c > 127 && !Character.isWhitespace(c) && !isCommonPunctuation(c)) {
          total++;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
        i++;
      }
      int nonAscii = countNonAscii(text, start, i);
      if (nonAscii > 0) {
        total += nonAscii;
        good += nonAscii * wordWeight(text, start, i, nonAscii);
      }
    }
    return total == 0 ? 1.0 : good / total;
  }

  /** 1 for a plausible word, 0.5 for a plausible all-capital word, 0 otherwise. */
  private static double wordWeight(String text, int start, int end, int nonAscii) {
    Character.UnicodeScript script = null;
    int upper = 0;
    int lower = 0;
    boolean firstUpper = Character.isUpperCase(text.charAt(start));
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (script == null) {
        script = s;
      } else if (s != script) {
        return 0;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    int letters = end - start;
    if (script == Character.UnicodeScript.LATIN && letters > 3 && nonAscii * 2 > letters) {
      return 0;
    }
    if (upper == 0 || (upper == 1 && firstUpper)) {
      return 1;
    }
    if (lower == 0) {
      return 0.5;
    }
    return 0;
  }

  private static int countNonAscii(String text, int start, int end) {
    int n = 0;
    for (int k = start; k < end; k++) {
      if (text.charAt(k) > 127) {
        n++;
      }
    }
    return n;
  }

  /** Typographic punctuation that a right decoding also produces (quotes, dashes, nbsp…). */
  private static boolean isCommonPunctuation(char c) {
    return switch (Character.getType(c)) {
      case Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.SPACE_SEPARATOR -> true;
      default -> c == '\u2026' || c == '\u00AB' || c == '\u00BB' || c == '\u00B7' || c == '\u2022';
    };
  }
}
