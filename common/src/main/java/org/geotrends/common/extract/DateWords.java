package org.geotrends.common.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words with which the languages of news sites write dates: month names, nominative and
 * genitive forms ("июнь", "июня"), mapped to month numbers, and the small words around a date
 * ("um 14:30", "1er", "3 de mayo", "2023 г."). Abbreviations of month names ("févr.", "Sept",
 * "dic") are recognised as unambiguous prefixes of a full name, so they need no list of their own.
 *
 * <p>The words are data, one file per language: {@code org/geotrends/common/dates/<code>.txt},
 * the languages listed in {@code languages.txt} beside them. A line {@code N names} gives month
 * N; a line {@code KEY words} gives words of a kind (see {@link Kind}). A new language is a new
 * file and a line in the list; a month name shared by two languages must name the same month.
 */
final class DateWords {

  /** The kinds of small words, as the files name them. */
  enum Kind {
    /** Before a time: "at", "um", "à", "a las", "kl.", "saat", "в". */
    AT("at"),
    /** After a time written with a dot or "h", that make it a time: "Uhr", "h" ("14.30 Uhr"). */
    HOURS("hours"),
    /** After a day number: "er", "º", "st", "nd". */
    DAY("day"),
    /** Between day, month and year: "de", "del". */
    OF("of"),
    /** After a year: "г.", "года", "року", "r.". */
    YEAR("year");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  private static final String FOLDER = "/org/geotrends/common/dates/";

  /** Full names; several languages may share one spelling only if they agree on the month. */
  private static final NavigableMap<String, Integer> NAMES = new TreeMap<>();
  private static final Map<Kind, Set<String>> WORDS = new EnumMap<>(Kind.class);

  static {
    build();
  }
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private DateWords() {
  }

  private static void build() {
    for (Kind kind : Kind.values()) {
      WORDS.put(kind, new TreeSet<>());
    }
    for (String code : lines("languages.txt")) {
      int months = 0;
      for (String line : lines(code + ".txt")) {
        int space = line.indexOf(' ');
        String key = line.substring(0, space);
        String[] words = line.substring(space + 1).strip().split("\\|");
        if (key.chars().allMatch(Character::isDigit)) {
          addMonth(code, Integer.parseInt(key), words);
          months++;
          continue;
        }
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.key.equals(key)).findFirst()
            .orElseThrow(() -> new IllegalStateException(code + ".txt: unknown line '" + key + "'"));
        for (String w : words) {
          if (!w.isBlank()) {
            WORDS.get(kind).add(w.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
      if (months != 12) {
        throw new IllegalStateException(code + ".txt has " + months + " month lines, not 12");
      }
    }
  }

  private static void addMonth(String code, int month, String[] names) {
    for (String name : names) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (n.isEmpty() || n.equals("-")) {
        continue;
      }
      Integer previous = NAMES.put(n, month);
      if (previous != null && previous != month) {
        throw new IllegalStateException("month name '" + n + "' (" + code + ") is ambiguous");
      }
    }
  }

  /**
   * The words of one kind in every language, as a regular-expression alternation, longest
   * first so that "a las" is tried before "a".
   */
  static String alternation(Kind kind) {
    return WORDS.get(kind).stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /** The lines of a resource file of this folder that are neither blank nor comments. */
  private static List<String> lines(String file) {
    InputStream in = DateWords.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("missing resource " + FOLDER + file);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + file, e);
    }
  }

  /**
   * The month number (1..12) of a month word, or -1. A word that is not a full name counts when
   * it has at least three letters and every full name it starts equals one month ("Sept",
   * "févr", "dic"); "ma" does not (März, mai, marzo…).
   */
  static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "").strip();
    w = WHITESPACE.matcher(w).replaceAll(" ");
    int m = exactOrPrefix(w);
    if (m < 0 && w.indexOf(' ') > 0) {
      m = exactOrPrefix(w.substring(0, w.indexOf(' ')));
    }
    if (m < 0 && w.startsWith("ב") && w.length() > 3) {
      m = exactOrPrefix(w.substring(1));
    }
    return m;
  }

  private static int exactOrPrefix(String w) {
    Integer exact = NAMES.get(w);
    if (exact != null) {
      return exact;
    }
    if (w.codePointCount(0, w.length()) < 3) {
      return -1;
    }
    int found = -1;
    for (Map.Entry<String, Integer> e : NAMES.tailMap(w, true).entrySet()) {
      if (!e.getKey().startsWith(w)) {
        break;
      }
      if (found > 0 && found != e.getValue()) {
        return -1;
      }
      found = e.getValue();
    }
    return found;
  }
}
