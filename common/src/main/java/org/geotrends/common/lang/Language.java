package org.geotrends.common.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One language's knowledge, as its data file states it. A file is lines of {@code key: values}
 * (values separated by spaces; a key may repeat and its values add up; {@code #} starts a comment):
 * <pre>
 * code: de                        ISO 639-1 code of the file
 * name: German
 * codes: nb nn                    other codes that mean this language (here for Norwegian)
 * related: da sv                  languages close enough that their text uses this language's
 *                                 names and detection mixes them up (Norwegian, Danish, Swedish)
 * suffixes: s es                  endings that may follow an actor name inside a word, in text of
 *                                 this language (German genitive: Russlands, Irans)
 * inflect name capital: ja > ji ję ją
 *                                 when the gazetteer is built, an alias of this language of the
 *                                 listed kinds ("any" for all) whose last word ends in "ja" also
 *                                 matches with that ending replaced by each form (Rosja: Rosji,
 *                                 Rosję, Rosją); "-" is the empty ending; the longest ending that
 *                                 fits decides (rules with that ending add up; forms in another
 *                                 script than the alias's are left out), and a rule without
 *                                 forms stops shorter ones; endings and forms are lower case
 * article demonym: ال             an article written onto aliases of these kinds and their forms
 *                                 (Arabic الروسي, السورية): they also match with it
 * prefixes: و ب ل لل>ال           clitics written onto a word (Arabic وروسيا); "text>alias" when
 *                                 the clitic replaces the start of the alias (ل + ال → لل)
 * function_words: Der Die         capitalised words that may stand before a name without being
 *                                 a first name (for the person-name rule)
 * nouns_capitalised: true         every noun is capitalised (German): a capitalised word after a
 *                                 name does not make it a person's name
 * abbreviations: bzw vgl          words whose full stop does not end a sentence, lower case
 * month 1: januar | jänner        the spellings of month N (1 = January) that dates use, nominative
 *                                 and genitive where they differ; '|' separates spellings, which
 *                                 may contain spaces (كانون الثاني); "-" leaves the month out
 *                                 because another language uses the word for another month. Every
 *                                 month 1..12 or none (Chinese, Japanese and Korean write dates in
 *                                 numbers); abbreviations need no line (an unambiguous prefix of a
 *                                 name is recognised); a spelling two languages share must name
 *                                 the same month
 * date_at: um | gegen             small date words, '|'-separated, where the language has them:
 * date_hours: uhr                 date_at before a time (um 14:30), date_hours after a time that
 * date_day: er                    make "14.30" one (Uhr), date_day after a day number (1er),
 * date_of: de | del               date_of between day, month and year (3 de mayo), date_year after
 * date_year: г. | года            a year (2023 г.); see {@link DateWord}
 * </pre>
 * A language with date words but no names in the gazetteer is fine: its text then counts as text
 * of a language the gazetteer does not cover (see {@code ActorMatcher}, {@link LanguageCoverage}).
 */
public final class Language implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One inflection rule: an alias ending and the forms that replace it. */
  public record Inflection(Set<String> kinds, String ending, List<String> forms) implements Serializable {
    boolean appliesTo(String kind) {
      return kinds.contains("any") || kinds.contains(kind);
    }
  }

  /** The kinds of small words around a date, and the file key of each. */
  public enum DateWord {
    /** Before a time: "at", "um", "à", "a las", "kl.", "saat", "в". */
    AT,
    /** After a time written with a dot or "h", that make it a time: "Uhr", "h" ("14.30 Uhr"). */
    HOURS,
    /** After a day number: "er", "º", "st", "nd". */
    DAY,
    /** Between day, month and year: "de", "del". */
    OF,
    /** After a year: "г.", "года", "року", "r.". */
    YEAR;
  }

  /** A clitic written before a word: the text starts with {@code text}, the alias with {@code alias}. */
  public record Prefix(String text, String alias) implements Serializable {
  }

  private final String code;
  private final String name;
  private final Set<String> codes;
  private final Set<String> related;
  private final Set<String> suffixes;
  private final List<Inflection> inflections;
  private final List<Prefix> prefixes;
  private final Map<String, List<String>> articles;
  private final Set<String> functionWords;
  private final Set<String> abbreviations;
  private final boolean nounsCapitalised;
  private final List<List<String>> months;
  private final Map<DateWord, List<String>> dateWords;

  private Language(String code, String name, Set<String> codes, Set<String> related, Set<String> suffixes,
      List<Inflection> inflections, List<Prefix> prefixes, Map<String, List<String>> articles, Set<String> functionWords,
      Set<String> abbreviations, boolean nounsCapitalised, List<List<String>> months, Map<DateWord, List<String>> dateWords) {
    this.articles = Map.copyOf(articles);
    this.months = months.stream().map(List::copyOf).toList();
    Map<DateWord, List<String>> words = new EnumMap<>(DateWord.class);
    for (DateWord w : DateWord.values()) {
      words.put(w, List.copyOf(dateWords.getOrDefault(w, List.of())));
    }
    this.dateWords = Collections.unmodifiableMap(words);
    this.nounsCapitalised = nounsCapitalised;
    this.code = code;
    this.name = name;
    this.codes = Set.copyOf(codes);
    this.related = Set.copyOf(related);
    this.suffixes = Set.copyOf(suffixes);
    this.inflections = List.copyOf(inflections);
    this.prefixes = List.copyOf(prefixes);
    this.functionWords = Set.copyOf(functionWords);
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /**
   * Reads a language file.
   *
   * @throws IllegalArgumentException naming the source and line of the first bad line
   */
  public static Language read(BufferedReader in, String source) throws IOException {
    String code = null;
    String name = null;
    Set<String> codes = new LinkedHashSet<>();
    Set<String> related = new LinkedHashSet<>();
    Set<String> suffixes = new LinkedHashSet<>();
    List<Inflection> inflections = new ArrayList<>();
    List<Prefix> prefixes = new ArrayList<>();
    Map<String, List<String>> articles = new LinkedHashMap<>();
    Set<String> functionWords = new LinkedHashSet<>();
    Set<String> abbreviations = new LinkedHashSet<>();
    boolean nounsCapitalised = false;
    Map<Integer, List<String>> months = new TreeMap<>();
    Map<DateWord, List<String>> dateWords = new EnumMap<>(DateWord.class);
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (text.isEmpty()) {
        continue;
      }
      String where = source + " line " + lineNo;
      int colon = text.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(where + ": expected 'key: values'");
      }
      String[] key = text.substring(0, colon).strip().split("\\s+");
      String value = text.substring(colon + 1).strip();
      List<String> values = value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
      switch (key[0]) {
        case "code" -> code = single(values, where);
        case "name" -> name = value;
        case "codes" -> codes.addAll(values);
        case "related" -> related.addAll(values);
        case "suffixes" -> suffixes.addAll(values);
        case "inflect" -> inflections.add(inflection(key, value, where));
        case "prefixes" -> values.forEach(v -> prefixes.add(prefix(v, where)));
        case "article" -> {
          if (key.length < 2) {
            throw new IllegalArgumentException(where + ": 'article' needs the alias kinds it applies to");
          }
          for (int k = 1; k < key.length; k++) {
            articles.computeIfAbsent(key[k], x -> new ArrayList<>()).addAll(values);
          }
        }
        case "function_words" -> functionWords.addAll(values);
        case "abbreviations" -> values.forEach(v -> abbreviations.add(v.toLowerCase(Locale.ROOT)));
        case "nouns_capitalised" -> nounsCapitalised = Boolean.parseBoolean(single(values, where));
        case "month" -> months.computeIfAbsent(month(key, where), m -> new ArrayList<>()).addAll(spellings(value));
        case "date_at", "date_hours", "date_day", "date_of", "date_year" -> dateWords.computeIfAbsent(
            DateWord.valueOf(key[0].substring(5).toUpperCase(Locale.ROOT)), w -> new ArrayList<>()).addAll(spellings(value));
        default -> throw new IllegalArgumentException(where + ": unknown key '" + key[0] + "'");
      }
    }
    if (code == null || !code.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException(source + ": needs a line 'code: xx' with an ISO 639 code");
    }
    if (!months.isEmpty() && months.size() != 12) {
      throw new IllegalArgumentException(source + ": has " + months.size() + " month lines, not 12 (or none)");
    }
    codes.add(code);
    return new Language(code, name == null ? code : name, codes, related, suffixes, inflections, prefixes, articles,
        functionWords, abbreviations, nounsCapitalised, new ArrayList<>(months.values()), dateWords);
  }

  private static int month(String[] key, String where) {
    if (key.length != 2 || !key[1].matches("\\d{1,2}") || Integer.parseInt(key[1]) < 1 || Integer.parseInt(key[1]) > 12) {
      throw new IllegalArgumentException(where + ": expected 'month N: spelling | spelling' with N from 1 to 12");
    }
    return Integer.parseInt(key[1]);
  }

  /** The '|'-separated spellings of a value, stripped; blanks and "-" (left out) dropped. */
  private static List<String> spellings(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split("\\|")) {
      String t = s.strip();
      if (!t.isEmpty() && !t.equals("-")) {
        out.add(t);
      }
    }
    return out;
  }

  private static String single(List<String> values, String where) {
    if (values.size() != 1) {
      throw new IllegalArgumentException(where + ": expected one value");
    }
    return values.get(0);
  }

  private static Inflection inflection(String[] key, String value, String where) {
    if (key.length < 2) {
      throw new IllegalArgumentException(where + ": 'inflect' needs the alias kinds it applies to (or any)");
    }
    int arrow = value.indexOf('>');
    if (arrow < 0) {
      throw new IllegalArgumentException(where + ": expected 'inflect KIND...: ENDING > FORM...'");
    }
    String ending = value.substring(0, arrow).strip().toLowerCase(Locale.ROOT);
    if (ending.isEmpty() || ending.contains(" ")) {
      throw new IllegalArgumentException(where + ": one ending before '>' ('-' for none)");
    }
    String forms = value.substring(arrow + 1).strip();
    List<String> list = new ArrayList<>();
    for (String f : forms.isEmpty() ? new String[0] : forms.split("\\s+")) {
      list.add(f.equals("-") ? "" : f.toLowerCase(Locale.ROOT));
    }
    Set<String> kinds = new LinkedHashSet<>(List.of(key).subList(1, key.length));
    return new Inflection(kinds, ending.equals("-") ? "" : ending, list);
  }

  private static Prefix prefix(String v, String where) {
    int arrow = v.indexOf('>');
    String text = arrow < 0 ? v : v.substring(0, arrow);
    String alias = arrow < 0 ? "" : v.substring(arrow + 1);
    if (text.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty prefix");
    }
    return new Prefix(text, alias);
  }

  /**
   * The forms an alias of this language and kind also takes: its last word's ending replaced by
   * the forms of the longest rule that fits (nothing when no rule fits or the alias is too short
   * to have an ending).
   */
  public List<String> inflect(String alias, String kind) {
    if (isUpper(alias)) {
      return List.of(); // acronyms (США, USA) do not decline
    }
    String lower = alias.toLowerCase(Locale.ROOT);
    int longest = -1;
    for (Inflection r : inflections) {
      if (r.appliesTo(kind) && lower.endsWith(r.ending()) && alias.length() >= r.ending().length() + 2) {
        longest = Math.max(longest, r.ending().length());
      }
    }
    if (longest < 0) {
      return List.of();
    }
    String stem = alias.substring(0, alias.length() - longest);
    Character.UnicodeScript script = scriptOf(alias);
    List<String> out = new ArrayList<>();
    for (Inflection r : inflections) {
      if (r.appliesTo(kind) && r.ending().length() == longest && lower.endsWith(r.ending())) {
        for (String f : r.forms()) {
          // one file may hold two scripts (Serbian): a form in another script is no form of this alias
          if (f.isEmpty() || scriptOf(f) == script) {
            out.add(stem + f);
          }
        }
      }
    }
    return out;
  }

  /**
   * Every form of an alias of this language: its inflected forms ({@link #inflect}) and, for the
   * kinds an article attaches to, the alias and those forms with the article written on.
   */
  public List<String> forms(String alias, String kind) {
    List<String> out = new ArrayList<>(inflect(alias, kind));
    List<String> withArticle = new ArrayList<>();
    for (String article : articles.getOrDefault(kind, List.of())) {
      withArticle.add(article + alias);
      out.forEach(f -> withArticle.add(article + f));
    }
    out.addAll(withArticle);
    return out;
  }

  private static Character.UnicodeScript scriptOf(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return Character.UnicodeScript.of(s.charAt(i));
      }
    }
    return Character.UnicodeScript.COMMON;
  }

  private static boolean isUpper(String s) {
    return s.codePoints().filter(Character::isLetter).count() >= 2
        && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** This language's code and the other codes that mean it (nb and nn for no). */
  public Set<String> codes() {
    return codes;
  }

  /** Codes of the languages whose text also uses this language's names (see the file format). */
  public Set<String> related() {
    return related;
  }

  public Set<String> suffixes() {
    return suffixes;
  }

  public List<Inflection> inflections() {
    return inflections;
  }

  public List<Prefix> prefixes() {
    return prefixes;
  }

  public Set<String> functionWords() {
    return functionWords;
  }

  public Set<String> abbreviations() {
    return abbreviations;
  }

  /** True when every noun is capitalised (German). */
  public boolean nounsCapitalised() {
    return nounsCapitalised;
  }

  /**
   * The spellings of each month as the file writes them: twelve lists (index 0 is January; a list
   * is empty for a month left out), or none for a language whose dates are numbers.
   */
  public List<List<String>> months() {
    return months;
  }

  /** The small date words of a kind as the file writes them (empty when the language has none). */
  public List<String> dateWords(DateWord kind) {
    return dateWords.get(kind);
  }

  @Override
  public String toString() {
    return "Language[" + code + " " + name + "]";
  }
}
