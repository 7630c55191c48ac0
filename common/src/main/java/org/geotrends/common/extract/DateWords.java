package org.geotrends.common.extract;

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
import org.geotrends.common.lang.Language;
import org.geotrends.common.lang.Language.DateWord;
import org.geotrends.common.lang.Languages;

/**
 * The words with which the languages of news sites write dates: month names, nominative and
 * genitive forms ("июнь", "июня"), mapped to month numbers, and the small words around a date
 * ("um 14:30", "1er", "3 de mayo", "2023 г."). Abbreviations of month names ("févr.", "Sept",
 * "dic") are recognised as unambiguous prefixes of a full name, so they need no list of their own.
 *
 * <p>The words are data in each language's file ({@link Languages#defaults()}: keys
 * {@code month N} and {@code date_at}, {@code date_hours}… — see {@link Language}). A new
 * language is a new language file; a month name shared by two languages must name the same month.
 */
final class DateWords {

  /** Full names; several languages may share one spelling only if they agree on the month. */
  private static final NavigableMap<String, Integer> NAMES = new TreeMap<>();
  private static final Map<DateWord, Set<String>> WORDS = new EnumMap<>(DateWord.class);

  static {
    build();
  }
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private DateWords() {
  }

  private static void build() {
    for (DateWord kind : DateWord.values()) {
      WORDS.put(kind, new TreeSet<>());
    }
    for (Language l : Languages.defaults().all()) {
      List<List<String>> months = l.months();
      for (int m = 0; m < months.size(); m++) {
        addMonth(l.code(), m + 1, months.get(m));
      }
      for (DateWord kind : DateWord.values()) {
        for (String w : l.dateWords(kind)) {
          WORDS.get(kind).add(w.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  private static void addMonth(String code, int month, List<String> names) {
    for (String name : names) {
      String n = name.strip().toLowerCase(Locale.ROOT);
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
  static String alternation(DateWord kind) {
    return WORDS.get(kind).stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote).collect(Collectors.joining("|"));
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
