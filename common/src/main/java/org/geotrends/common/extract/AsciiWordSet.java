package org.geotrends.common.extract;

import java.util.Collection;
import java.util.Locale;

/**
 * A set of lower-case ASCII words that answers for a range of a string (is it a word, does it
 * begin with one), ignoring the case of ASCII letters, without cutting the range out as a
 * string: for the class and id words of every element of every page ({@link Boilerplate}).
 */
final class AsciiWordSet {

  private final String[] slots;
  private final int mask;
  /** Bit n set: some word has n chars (words longer than 63 chars are not taken). */
  private final long lengths;

  /** @param words the words, in lower case ASCII */
  AsciiWordSet(Collection<String> words) {
    slots = new String[Integer.highestOneBit(Math.max(words.size(), 1) * 4)];
    mask = slots.length - 1;
    long lengths = 0;
    for (String w : words) {
      if (!w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(c -> c < 128) || w.isEmpty()
          || w.length() > 63) {
        throw new IllegalArgumentException("not a lower case ASCII word of 1 to 63 chars: " + w);
      }
      lengths |= 1L << w.length();
      int slot = mix(hash(w, 0, w.length())) & mask;
      while (slots[slot] != null && !slots[slot].equals(w)) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = w;
    }
    this.lengths = lengths;
  }

  /** True when {@code s.substring(from, to)}, in lower case, is one of the words. */
  boolean contains(String s, int from, int to) {
    return to - from < 64 && (lengths & (1L << (to - from))) != 0 && contains(s, from, to, hash(s, from, to));
  }

  /** True when {@code s.substring(from, to)}, in lower case, starts with one of the words. */
  boolean startsWithOne(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to && i - from < 63; i++) {
      h = 31 * h + lower(s.charAt(i));
      if ((lengths & (1L << (i + 1 - from))) != 0 && contains(s, from, i + 1, h)) {
        return true;
      }
    }
    return false;
  }

  private boolean contains(String s, int from, int to, int hash) {
    for (int slot = mix(hash) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (sameLowerCase(slots[slot], s, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** As {@link String#hashCode()} of the lower-cased range, so that it grows char by char. */
  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(s.charAt(i));
    }
    return h;
  }

  private static int mix(int h) {
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
