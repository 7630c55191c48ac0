package org.geotrends.common.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares two texts by their word 4-gram shingles, the usual measure for boilerplate
 * removal: precision is the share of the extracted shingles found in the reference, recall the
 * share of the reference shingles found in the extraction. Words are runs of letters and
 * digits, lower-cased; in scripts written without spaces (Chinese, Japanese, Thai…) every
 * character is a word.
 */
public final class Shingles {

  /** Precision, recall and F1 of one comparison. */
  public record Score(double precision, double recall, double f1) {
    static Score of(double precision, double recall) {
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      return new Score(precision, recall, f1);
    }
  }

  private static final int N = 4;

  private Shingles() {
  }

  /** Scores {@code extracted} against {@code reference}; two empty texts agree fully. */
  public static Score compare(String extracted, String reference) {
    List<String> e = tokens(extracted);
    List<String> r = tokens(reference);
    if (e.isEmpty() && r.isEmpty()) {
      return Score.of(1, 1);
    }
    if (e.isEmpty() || r.isEmpty()) {
      return Score.of(0, 0);
    }
    // Very short texts have fewer than four words; compare them by what they have.
    int n = Math.max(1, Math.min(N, Math.min(e.size(), r.size())));
    Set<String> es = shingles(e, n);
    Set<String> rs = shingles(r, n);
    int common = 0;
    for (String s : es) {
      if (rs.contains(s)) {
        common++;
      }
    }
    return Score.of(common / (double) es.size(), common / (double) rs.size());
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String t = text.toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (isUnspacedScript(cp)) {
        flush(word, out);
        out.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        word.appendCodePoint(cp);
      } else {
        flush(word, out);
      }
    }
    flush(word, out);
    return out;
  }

  private static boolean isUnspacedScript(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
        || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
        || s == Character.UnicodeScript.MYANMAR;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  private static Set<String> shingles(List<String> tokens, int n) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.add(String.join("\u0001", tokens.subList(i, i + n)));
    }
    return out;
  }
}
