package org.geotrends.common.actors;

import java.text.Normalizer;

/**
 * Folds text for matching: lower case, diacritics removed (Erdoğan → erdogan, Türkiye → turkiye),
 * apostrophes unified (’ → '), hyphens and whitespace runs to one space, Arabic letter variants
 * unified (أ إ آ → ا, ى → ي, ة → ه) and Arabic vowel marks and tatweel dropped. Folding never
 * turns one char into several, so each folded char keeps the offset of the char it came from:
 * matches are reported in original offsets.
 */
final class TextFolder {
  /** Folded char per BMP char; DROP for chars that disappear. Class data, never serialised. */
  private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
  private static final char DROP = '\uFFFF';
  /** Chars that make up words (letters, digits, marks) after folding. */
  private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLD[c] = foldChar((char) c);
      WORD[c] = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }
    WORD[DROP] = false;
  }

  private TextFolder() {
  }

  /** A folded text: {@code chars[0, length)} and, for each, its offset in the original. */
  record Folded(char[] chars, int[] origin, int length, String original) {
    /** Original offset where a match ending before folded index {@code end} ends. */
    int originalEnd(int end) {
      // deleted chars (combining marks) right after the match belong to its last letter
      return end < length ? origin[end] : original.length();
    }
  }

  static Folded fold(String text) {
    int n = text.length();
    char[] out = new char[n];
    int[] origin = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char f = FOLD[text.charAt(i)];
      if (f == DROP || (f == ' ' && (len == 0 || out[len - 1] == ' '))) {
        continue;
      }
      out[len] = f;
      origin[len] = i;
      len++;
    }
    return new Folded(out, origin, len, text);
  }

  /** The folded form of an alias or a context string, trimmed. */
  static String foldKey(String s) {
    Folded f = fold(s.strip());
    int len = f.length();
    while (len > 0 && f.chars()[len - 1] == ' ') {
      len--;
    }
    return new String(f.chars(), 0, len);
  }

  /** True for chars that belong to words (a match must not start or end inside a word). */
  static boolean isWordChar(char c) {
    return WORD[c];
  }

  /**
   * Scripts written without spaces between words: matches need no word boundary there. Katakana
   * and Hangul are not among them: a katakana name is a whole katakana run (タイ is not in タイム),
   * and Korean separates words with spaces, its particles being suffixes (미국과, 러시아의).
   */
  static boolean isUnspaced(char c) {
    return (c >= '\u2E80' && c <= '\u309F') // CJK radicals and punctuation, hiragana
        || (c >= '\u3100' && c <= '\u9FFF') // unified ideographs and the rest up to them
        || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\u0E00' && c <= '\u0E7F'); // Thai
  }

  private static char foldChar(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    switch (c) {
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '_':
        return ' ';
      case '\u2019', '\u2018', '\u02BC', '\u02BB', '\u02BF', '\u02BE', '`', '\u00B4', '\u2032':
        return '\'';
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u0640':
        return DROP;
      case '\u0622', '\u0623', '\u0625', '\u0671':
        return '\u0627'; // alef variants → alef
      case '\u0649', '\u06CC', '\u0626':
        return '\u064A'; // alef maqsura, Persian yeh, yeh with hamza → yeh
      case '\u0629':
        return '\u0647'; // ta marbuta → heh
      case '\u0624':
        return '\u0648'; // waw with hamza → waw
      case '\u06A9':
        return '\u0643'; // Persian keheh → kaf
      case '\u0131', '\u0130':
        return 'i'; // Turkish dotless and dotted I
      case '\u03C2':
        return '\u03C3'; // Greek final sigma: ΡΩΣΙΑΣ folds to ρωσιασ, so must Ρωσίας
      case '\u0142', '\u0141':
        return 'l';
      case '\u00F8', '\u00D8':
        return 'o';
      case '\u0111', '\u0110', '\u00F0', '\u00D0':
        return 'd';
      default:
        break;
    }
    if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
      return DROP; // Arabic harakat, shadda, sukun, superscript alef
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return DROP; // combining diacritics of decomposed input
    }
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (c >= '\uAC00' && c <= '\uD7AF') {
      return c; // Hangul syllables decompose into jamo: keep them whole, or 미국 and 몽골 fold alike
    }
    if ((c >= '\u3400' && c <= '\u9FFF') || c >= '\uE000' && c <= '\uF8FF') {
      return c; // CJK ideographs and private use: nothing to fold (and no need to ask Normalizer)
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    if (d.length() > 1 && Character.isLetter(base) && base < 0x3000) {
      return Character.toLowerCase(base);
    }
    return Character.toLowerCase(c);
  }
}
