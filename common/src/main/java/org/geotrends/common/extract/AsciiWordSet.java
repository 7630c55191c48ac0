package org.geotrends.common.extract;

import java.util.Collection;
import java.util.Locale;

/**
 * A set of lower-case ASCII words that answers for a range of a string, ignoring the case of
 * ASCII letters, without cutting the range out as a string: for the class and id words of
 * every element of every page ({@link Boilerplate}).
 */
final class AsciiWordSet {

  private final String[] slots;
  private final int mask;

  /** @param words the words, in lower case ASCII */
  AsciiWordSet(Collection<String> words) {
    slots = new String[Integer.highestOneBit(Math.max(words.size(), 1) * 4)];
    mask = slots.length - 1;
    for (String w : words) {
      if (!w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(c -> c < 128) || w.isEmpty()) {
        throw new IllegalArgumentException("not a lower case ASCII word: " + w);
      }
      int slot = hash(w, 0, w.length()) & mask;
      while (slots[slot] != null && !slots[slot].equals(w)) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = w;
    }
  }

  /** True when {@code s.substring(from, to)}, in lower case, is one of the words. */
  boolean contains(String s, int from, int to) {
    for (int slot = hash(s, from, to) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (sameLowerCase(slots[slot], s, from, to)) {
        return true;
      }
    }
    return false;
  }

  private static int hash(String s, int from, int to) {
    int h = to - from;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static boolean sameLowerCase(String word, String s, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != lower(s.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
