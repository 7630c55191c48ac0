package org.geotrends.common.actors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences, for the sentence index of mentions. A sentence ends at . ! ? ؟ …
 * followed by a space, a closing quote or bracket, or the end of the text; at 。！？ always; and
 * at a blank line (titles and list items carry no full stop). A full stop does not end a sentence
 * after an initial ("U.S.", "J. Smith") or an abbreviation of the text's language ("Mr.", "Jan.",
 * "bzw."; the language files list them).
 */
final class Sentences {
  private final int[] starts;

  private Sentences(int[] starts) {
    this.starts = starts;
  }

  static Sentences of(String text, Set<String> abbreviations) {
    int[] starts = new int[16];
    int count = 1; // sentence 0 starts at 0
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int next = -1;
      if (c == '。' || c == '！' || c == '？') {
        next = i + 1;
      } else if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '…') {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if ((j == n || Character.isWhitespace(text.charAt(j))) && !(c == '.' && isAbbreviation(text, i, abbreviations))) {
          next = j;
        }
      } else if (c == '\n' && blankLineFollows(text, i)) {
        next = i + 1;
      }
      if (next > 0) {
        while (next < n && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < n && next > starts[count - 1]) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = next;
        }
        i = Math.max(i, next - 1);
      }
    }
    return new Sentences(Arrays.copyOf(starts, count));
  }

  /** Number of sentences. */
  int count() {
    return starts.length;
  }

  /** Offset of the first char of sentence {@code index}. */
  int start(int index) {
    return starts[index];
  }

  /** Index of the sentence holding the char at {@code offset}. */
  int indexOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '»';
  }

  private static boolean blankLineFollows(String text, int i) {
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  /** The word before the full stop at {@code dot} is an initial or a known abbreviation. */
  private static boolean isAbbreviation(String text, int dot, Set<String> abbreviations) {
    int b = dot;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    int len = dot - b;
    if (len == 0) {
      return false;
    }
    if (len == 1 && Character.isUpperCase(text.charAt(b))) {
      return true; // "U.S.", "J. Smith", "E.U."
    }
    return abbreviations.contains(text.substring(b, dot).toLowerCase(Locale.ROOT));
  }
}
