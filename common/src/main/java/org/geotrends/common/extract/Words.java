package org.geotrends.common.extract;

/**
 * Counts words the way word processors do: runs of letters or digits separated by anything
 * else, and each Chinese or Japanese character as one word, since those scripts do not put
 * spaces between words.
 */
public final class Words {
  private Words() {
  }

  public static int count(String text) {
    if (text == null) {
      return 0;
    }
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isUnspacedScript(cp)) {
        n++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp) || inWord && isJoiner(cp)) {
        if (!inWord) {
          n++;
        }
        inWord = true;
      } else if (Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
        // vowel signs of Indic scripts and the like belong to the word they follow
        continue;
      } else {
        inWord = false;
      }
    }
    return n;
  }

  /** Apostrophes and hyphens inside a word ("don't", "Ankara-Damascus" count as one). */
  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '’' || cp == '-';
  }

  private static boolean isUnspacedScript(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
