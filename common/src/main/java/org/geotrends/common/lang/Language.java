package org.geotrends.common.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * </pre>
 */
public final class Language implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One inflection rule: an alias ending and the forms that replace it. */
  public record Inflection(Set<String> kinds, String ending, List<String> forms) implements Serializable {
    boolean appliesTo(String kind) {
      return kinds.contains("any") || kinds.contains(kind);
    }
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

  private Language(String code, String name, Set<String> codes, Set<String> related, Set<String> suffixes,
      List<Inflection> inflections, List<Prefix> prefixes, Map<String, List<String>> articles, Set<String> functionWords, Set<String> abbreviations,
      boolean nounsCapitalised) {
    this.nounsCapitalised = nounsCapitalised;
    this.articles = Map.copyOf(articles);
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
        default -> throw new IllegalArgumentException(where + ": unknown key '" + key[0] + "'");
      }
    }
    if (code == null || !code.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException(source + ": needs a line 'code: xx' with an ISO 639 code");
    }
    codes.add(code);
    return new Language(code, name == null ? code : name, codes, related, suffixes, inflections, prefixes, articles,
        functionWords, abbreviations, nounsCapitalised);
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

  /** Counts of what the file holds, for reports. */
  public Map<String, Integer> sizes() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("suffixes", suffixes.size());
    m.put("inflections", inflections.size());
    m.put("prefixes", prefixes.size());
    m.put("articles", articles.size());
    m.put("function_words", functionWords.size());
    m.put("abbreviations", abbreviations.size());
    return m;
  }

  @Override
  public String toString() {
    return "Language[" + code + " " + name + "]";
  }
}
