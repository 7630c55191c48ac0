package org.geotrends.common.extract;

import java.util.Arrays;

/**
 * Finds words in class and id values without a regular expression: the same answers as
 * {@code Pattern.compile("(?i)(w1|w2|...)").matcher(s).find()} (case folded for ASCII letters
 * only, as {@code (?i)} does), at a fraction of the cost, for checks that run on every element
 * of every page.
 */
final class AsciiWords {

  /** The words by their first char (ASCII), in the order given. */
  private final char[][][] byFirst = new char[128][][];

  /** @param words the words, in lower case ASCII */
  AsciiWords(String... words) {
    for (String word : words) {
      for (char c : word.toCharArray()) {
        if (c >= 'A' && c <= 'Z' || c > 127) {
          throw new IllegalArgumentException("not a lower case ASCII word: " + word);
        }
      }
      char[][] same = byFirst[word.charAt(0)];
      same = same == null ? new char[1][] : Arrays.copyOf(same, same.length + 1);
      same[same.length - 1] = word.toCharArray();
      byFirst[word.charAt(0)] = same;
    }
  }

  /** True when one of the words occurs anywhere in {@code s}, ignoring the case of ASCII letters. */
  boolean foundIn(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char first = lower(s.charAt(i));
      char[][] candidates = first < 128 ? byFirst[first] : null;
      if (candidates == null) {
        continue;
      }
      for (char[] w : candidates) {
        if (w.length <= n - i && matchesAt(s, i, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(String s, int at, char[] w) {
    for (int j = 1; j < w.length; j++) {
      if (lower(s.charAt(at + j)) != w[j]) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
