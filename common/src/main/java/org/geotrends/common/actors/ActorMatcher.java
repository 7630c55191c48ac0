package org.geotrends.common.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.geotrends.common.lang.Language;
import org.geotrends.common.lang.Languages;

/**
 * Finds the actors of a {@link Gazetteer} in text. Built once (one automaton over every alias and
 * its inflected forms), immutable, thread-safe and Serializable, so one instance can be broadcast
 * to Spark executors. What differs by language comes from the language files ({@link Languages}).
 *
 * <p>Rules, in order:
 * <ul>
 *   <li>Text and aliases are folded ({@link TextFolder}): case, diacritics, apostrophes, hyphens
 *       and Arabic letter variants do not matter for finding candidates.</li>
 *   <li>An alias of one language (German "Russland", Polish "Kair") holds only in text of that
 *       language, of a related one (Norwegian, Danish, Swedish) or of a language the gazetteer
 *       has no names in (unknown text, Swahili, or Lithuanian, whose language file holds only
 *       date words): other languages name the state their own way, and there the word is often
 *       something else (Polish "Kair" is Cairo, and a company in English text). English and
 *       language-neutral aliases (Iran, Türkiye, IRGC) hold everywhere, except in the languages an
 *       alias's {@link Alias#notIn()} lists. An alias also matches in the forms its language's
 *       inflection rules give it (Polish Rosja: Rosji, Rosją).</li>
 *   <li>A match starts at a word start and ends at a word end (hyphens and apostrophes are word
 *       ends: "Russia's", "Russia-Iran-Turkey-Syria" gives four mentions), or before one of the
 *       text language's suffixes (German Russlands, Turkish Suriyeliler) when the alias is of that
 *       language, English or of no language (Turkish "Fas" + German "s" is no "Fass"). Chinese,
 *       Japanese kanji and hiragana, and Thai need no boundary; a katakana name is a whole
 *       katakana run, and Korean, written with spaces, takes its particles as suffixes. A match
 *       may follow one of the language's clitics (Arabic وروسيا, للعراق; Hebrew ברוסיה).</li>
 *   <li>At each word start the longest alias wins ("United States", "South Sudan",
 *       "Guinea-Bissau"); matches do not overlap.</li>
 *   <li>An alias holds only if its {@link CaseRule} agrees with the original text, no {@link Trap}
 *       applies (a trap value with capitals needs them in the text), it is not part of a
 *       hyphenated surname or company name ("Kevin Holland-Moritz", "Agence France-Presse"; the
 *       person rules stand aside in title-case headlines and in German, where every noun is
 *       capitalised) and — for dated aliases (office holders) — the article date is within the
 *       term. If the longest alias does not hold, the next shorter one at the same start is tried
 *       ("Israel Katz" outside his term still gives "Israel").</li>
 *   <li>Without an article date, dated aliases are returned with {@code resolved = false}.</li>
 * </ul>
 */
public final class ActorMatcher implements Serializable {
  private static final long serialVersionUID = 2L;
  private static final int OPEN_FROM = Integer.MIN_VALUE;
  private static final int OPEN_TO = Integer.MAX_VALUE;
  /** Longest text suffix looked up (longer word rests cannot be suffixes). */
  private static final int MAX_SUFFIX = 12;
  private static final int ANY_LANGUAGE = -1;
  /** The bit of text of unknown language in an entry's blocked set: only not_in * sets it. */
  private static final long UNKNOWN_TEXT = 1L << 63;

  private final String[] actorIds;
  private final String[] aliasText;
  private final int[] aliasActor;
  private final AliasKind[] aliasKind;
  private final CaseRule[] aliasCase;
  private final int[] aliasFrom;
  private final int[] aliasTo;
  /** Language id of each alias, or ANY_LANGUAGE for English and language-neutral aliases. */
  private final int[] aliasLanguage;
  /** Traps of each entry: those of its folded text (an alias or a form) and of its alias kind, or null. */
  private final Trap[][] entryTraps;
  /**
   * Trie values are entries: an alias (or one of its inflected forms) and the languages (bits by
   * language id) in whose text it does not hold.
   */
  private final int[] entryAlias;
  private final long[] entryBlocked;
  private final AliasTrie trie;
  /** Per language id (index in the language list): suffixes, clitics, abbreviations. */
  private final Profile[] profiles;
  private final Map<String, Integer> languageIds;
  /** For text of unknown language: every language's clitics, no suffixes, English abbreviations. */
  private final Profile unknown;
  /** Capitalised words that may stand next to a name without making it part of a person's name. */
  private final Set<String> functionWords;

  /** A matcher with the languages shipped with geotrends. */
  public ActorMatcher(Gazetteer gazetteer) {
    this(gazetteer, Languages.defaults());
  }

  public ActorMatcher(Gazetteer gazetteer, Languages languages) {
    Map<String, Integer> actorIndex = new HashMap<>();
    List<Actor> actors = gazetteer.actors();
    actorIds = new String[actors.size()];
    for (int i = 0; i < actors.size(); i++) {
      actorIds[i] = actors.get(i).id();
      actorIndex.put(actorIds[i], i);
    }
    List<Language> langs = languages.all();
    languageIds = new HashMap<>();
    for (int l = 0; l < langs.size(); l++) {
      for (String code : langs.get(l).codes()) {
        languageIds.put(code, l);
      }
    }
    long[] own = new long[langs.size()];
    for (int l = 0; l < langs.size(); l++) {
      own[l] |= bit(l);
      for (String r : langs.get(l).related()) {
        Integer other = languageIds.get(r);
        if (other != null) {
          own[l] |= bit(other);
          own[other] |= bit(l);
        }
      }
    }
    List<Alias> aliases = gazetteer.aliases();
    // the languages whose text has names: the gazetteer has aliases in them or in a related one;
    // text of any other language blocks no alias, as unknown text does not
    long named = 0;
    for (Alias a : aliases) {
      Integer l = languageIds.get(a.language());
      if (l != null) {
        named |= own[l];
      }
    }
    int n = aliases.size();
    aliasText = new String[n];
    aliasActor = new int[n];
    aliasKind = new AliasKind[n];
    aliasCase = new CaseRule[n];
    aliasFrom = new int[n];
    aliasTo = new int[n];
    aliasLanguage = new int[n];
    Map<String, List<Trap>> trapsByKey = new HashMap<>();
    for (Trap t : gazetteer.traps()) {
      trapsByKey.computeIfAbsent(t.alias(), k -> new ArrayList<>()).add(t);
    }
    Map<String, Trap[]> trapArrays = new HashMap<>();
    Map<String, List<int[]>> byKey = new TreeMap<>();
    List<long[]> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Alias a = aliases.get(i);
      aliasText[i] = a.text();
      aliasActor[i] = actorIndex.get(a.actorId());
      aliasKind[i] = a.kind();
      aliasCase[i] = a.caseRule();
      aliasFrom[i] = a.validFrom() == null ? OPEN_FROM : (int) a.validFrom().toEpochDay();
      aliasTo[i] = a.validTo() == null ? OPEN_TO : (int) a.validTo().toEpochDay();
      String key = TextFolder.foldKey(a.text());
      Integer lang = languageIds.get(a.language());
      aliasLanguage[i] = lang == null || a.language().equals("en") ? ANY_LANGUAGE : lang;
      // an alias of one language counts in its own and related languages' text only
      long blocked = aliasLanguage[i] == ANY_LANGUAGE ? 0 : ~own[lang] & named;
      for (String code : a.notIn()) {
        if (code.equals(Alias.OTHER_LANGUAGES)) {
          // every other language, text of unknown language included ("VS" is not versus only in Dutch)
          blocked |= lang == null ? 0 : (~bit(lang) & named) | UNKNOWN_TEXT;
        } else if (languageIds.containsKey(code)) {
          blocked |= bit(languageIds.get(code));
        }
      }
      addEntry(byKey, entries, key, i, blocked);
      if (lang != null) {
        for (String form : langs.get(lang).forms(a.text(), a.kind().label())) {
          String formKey = TextFolder.foldKey(form);
          if (!formKey.isEmpty() && !formKey.equals(key)) {
            addEntry(byKey, entries, formKey, i, blocked);
          }
        }
      }
    }
    entryAlias = new int[entries.size()];
    entryBlocked = new long[entries.size()];
    entryTraps = new Trap[entries.size()][];
    String[] entryKey = new String[entries.size()];
    byKey.forEach((k, es) -> es.forEach(e -> entryKey[e[0]] = k));
    for (int e = 0; e < entries.size(); e++) {
      entryAlias[e] = (int) entries.get(e)[0];
      entryBlocked[e] = entries.get(e)[1];
      // a form is trapped like its alias and like an alias written as the form ("Deutsche Bank")
      String kindKey = Trap.KIND_PREFIX + aliasKind[entryAlias[e]].label();
      String aliasKey = TextFolder.foldKey(aliasText[entryAlias[e]]);
      String key = entryKey[e];
      entryTraps[e] = trapArrays.computeIfAbsent(key + '\u0000' + aliasKey + '\u0000' + kindKey, x -> {
        java.util.LinkedHashSet<Trap> ts = new java.util.LinkedHashSet<>(trapsByKey.getOrDefault(key, List.of()));
        ts.addAll(trapsByKey.getOrDefault(aliasKey, List.of()));
        ts.addAll(trapsByKey.getOrDefault(kindKey, List.of()));
        return ts.isEmpty() ? null : ts.toArray(new Trap[0]);
      });
    }
    // at one node: strictest case rule first, undated before dated, base forms first, then file order
    Comparator<Integer> order = Comparator.<Integer>comparingInt(e -> aliasCase[entryAlias[e]].ordinal())
        .thenComparingInt(e -> aliasFrom[entryAlias[e]] == OPEN_FROM && aliasTo[entryAlias[e]] == OPEN_TO ? 0 : 1)
        .thenComparingInt(e -> e);
    Map<String, int[]> keys = new TreeMap<>();
    byKey.forEach((k, v) -> keys.put(k, v.stream().map(x -> x[0]).sorted(order).mapToInt(Integer::intValue).toArray()));
    trie = AliasTrie.build(keys);
    profiles = new Profile[langs.size()];
    List<Language.Prefix> allPrefixes = new ArrayList<>();
    Set<String> english = languages.of("en").map(Language::abbreviations).orElse(Set.of());
    functionWords = new HashSet<>();
    for (int l = 0; l < langs.size(); l++) {
      Language lang = langs.get(l);
      Set<String> abbreviations = new HashSet<>(english);
      abbreviations.addAll(lang.abbreviations());
      profiles[l] = new Profile(trie, lang.suffixes(), lang.prefixes(), abbreviations, lang.nounsCapitalised());
      allPrefixes.addAll(lang.prefixes());
      functionWords.addAll(lang.functionWords());
    }
    unknown = new Profile(trie, Set.of(), allPrefixes, english, false);
  }

  /** The bit of a language id in a language set; ids past 62 share no bit (never blocked). */
  private static long bit(int language) {
    return language < Long.SIZE - 1 ? 1L << language : 0L;
  }

  private static void addEntry(Map<String, List<int[]>> byKey, List<long[]> entries, String key, int alias,
      long blocked) {
    List<int[]> at = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    for (int[] e : at) {
      if (entries.get(e[0])[0] == alias) {
        return; // the same alias reached twice (a form equal to another form)
      }
    }
    at.add(new int[] {entries.size()});
    entries.add(new long[] {alias, blocked});
  }

  /** Number of distinct folded texts the automaton recognises (aliases and their forms). */
  public int forms() {
    return trie.keys();
  }

  /**
   * The mentions in {@code text}, in text order.
   *
   * @param articleDate the article's publication day, or null if unknown (dated aliases then
   *                    come back unresolved)
   * @param language    the text's ISO 639 code, or null if unknown: it decides which suffixes,
   *                    clitics and inflected forms apply
   */
  public List<Mention> match(String text, LocalDate articleDate, String language) {
    List<Mention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Integer lang = language == null ? null : languageIds.get(baseCode(language));
    Profile profile = lang == null ? unknown : profiles[lang];
    TextFolder.Folded f = TextFolder.fold(text);
    Scan scan = new Scan(f, articleDate == null ? null : (int) articleDate.toEpochDay(), out, profile,
        lang == null ? ANY_LANGUAGE : lang);
    char[] s = f.chars();
    int n = f.length();
    int i = 0;
    while (i < n) {
      char c = s[i];
      boolean start = TextFolder.isWordChar(c) && (i == 0 || !TextFolder.isWordChar(s[i - 1])
          || TextFolder.isUnspaced(c) || TextFolder.isUnspaced(s[i - 1]));
      if (!start) {
        i++;
        continue;
      }
      int end = matchAt(scan, i);
      if (end > 0) {
        i = end;
      } else if (TextFolder.isUnspaced(c)) {
        i++;
      } else {
        // no alias starts inside this word
        do {
          i++;
        } while (i < n && TextFolder.isWordChar(s[i]) && !TextFolder.isUnspaced(s[i]));
      }
    }
    return out;
  }

  private static String baseCode(String language) {
    String c = language.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    int dash = c.indexOf('-');
    c = dash > 0 ? c.substring(0, dash) : c;
    return switch (c) { // ISO 639 codes Java once used
      case "iw" -> "he";
      case "in" -> "id";
      case "ji" -> "yi";
      default -> c;
    };
  }

  /** Tries the word starting at folded index i; returns the folded end of the match or -1. */
  private int matchAt(Scan scan, int i) {
    int end = walk(scan, 0, i, i);
    if (end > 0) {
      return end;
    }
    // clitics written onto the word: the alias starts after them, or a clitic stands for its start
    Profile p = scan.profile;
    char[] s = scan.s;
    for (int k = 0; k < p.prefixText.length; k++) {
      char[] t = p.prefixText[k];
      int from = i + t.length;
      if (p.prefixNode[k] < 0 || from >= scan.n || !TextFolder.isWordChar(s[from]) || !startsWith(s, i, t)) {
        continue;
      }
      end = walk(scan, p.prefixNode[k], from - p.prefixKeep[k], from);
      if (end > 0) {
        return end;
      }
    }
    return -1;
  }

  private static boolean startsWith(char[] s, int at, char[] prefix) {
    for (int k = 0; k < prefix.length; k++) {
      if (s[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Walks the trie from {@code node} over the text from folded index {@code from}; the match
   * starts at {@code start}. Tries the candidate ends from the longest; returns the end or -1.
   * A candidate ends at a word end, or where the rest of the word is one of the text language's
   * suffixes (the match then covers the whole word).
   */
  private int walk(Scan scan, int node, int start, int from) {
    char[] s = scan.s;
    int n = scan.n;
    int found = 0;
    for (int j = from; j < n; j++) {
      node = trie.next(node, s[j]);
      if (node < 0) {
        break;
      }
      if (!trie.hasValues(node)) {
        continue;
      }
      // a suffix shows as a candidate that ends after the alias: emit checks the alias may take it
      int wordEnd = endsWord(s, j, n) ? j + 1 : scan.profile.suffixEnd(s, j + 1, n);
      if (wordEnd > 0) {
        if (found == scan.nodes.length) {
          scan.nodes = java.util.Arrays.copyOf(scan.nodes, found * 2);
          scan.ends = java.util.Arrays.copyOf(scan.ends, found * 2);
          scan.aliasEnds = java.util.Arrays.copyOf(scan.aliasEnds, found * 2);
        }
        scan.nodes[found] = node;
        scan.ends[found] = wordEnd;
        scan.aliasEnds[found] = j + 1;
        found++;
      }
    }
    for (int k = found - 1; k >= 0; k--) {
      if (emit(scan, scan.nodes[k], start, scan.aliasEnds[k], scan.ends[k])) {
        return scan.ends[k];
      }
    }
    return -1;
  }

  /** A match may end after folded index j: the next char does not continue the word. */
  private static boolean endsWord(char[] s, int j, int n) {
    return j + 1 >= n || !TextFolder.isWordChar(s[j + 1]) || TextFolder.isUnspaced(s[j])
        || TextFolder.isUnspaced(s[j + 1]);
  }

  /**
   * Adds a mention per actor whose alias holds at [start, end), the alias itself ending at
   * {@code aliasEnd} (before a suffix); true if any did.
   */
  private boolean emit(Scan scan, int node, int start, int aliasEnd, int end) {
    int origStart = scan.f.origin()[start];
    int origAliasEnd = scan.f.originalEnd(aliasEnd);
    int origEnd = scan.f.originalEnd(end);
    int added = 0;
    int firstActor = -1;
    for (int v = trie.valuesFrom(node); v < trie.valuesTo(node); v++) {
      int e = trie.value(v);
      int a = entryAlias[e];
      int actor = aliasActor[a];
      if (actor == firstActor || alreadyEmitted(scan, added, actor)) {
        continue;
      }
      if ((entryBlocked[e] & (scan.language == ANY_LANGUAGE ? UNKNOWN_TEXT : bit(scan.language))) != 0) {
        continue;
      }
      if (end > aliasEnd && aliasLanguage[a] != ANY_LANGUAGE && aliasLanguage[a] != scan.language) {
        continue; // a suffix of the text's language on a related language's alias
      }
      boolean dated = aliasFrom[a] != OPEN_FROM || aliasTo[a] != OPEN_TO;
      if (dated && scan.day != null && (scan.day < aliasFrom[a] || scan.day > aliasTo[a])) {
        continue;
      }
      if (!caseHolds(aliasCase[a], aliasText[a], scan.f.original(), origStart, origAliasEnd)
          || trapped(entryTraps[e], scan, start, end, origStart, origEnd)
          || (inHyphenatedName(scan, origStart, origEnd) && !inTitleCase(scan, origStart))) {
        continue;
      }
      scan.out.add(new Mention(actorIds[actor], scan.f.original().substring(origStart, origEnd), aliasKind[a],
          origStart, origEnd, scan.sentences().indexOf(origStart), !dated || scan.day != null));
      if (added == 0) {
        firstActor = actor;
      }
      added++;
    }
    return added > 0;
  }

  private boolean alreadyEmitted(Scan scan, int added, int actor) {
    for (int k = scan.out.size() - added; k < scan.out.size(); k++) {
      if (scan.out.get(k).actorId().equals(actorIds[actor])) {
        return true;
      }
    }
    return false;
  }

  /** Checks the case of the original letters against the alias. */
  private static boolean caseHolds(CaseRule rule, String alias, String text, int from, int to) {
    switch (rule) {
      case ANY:
        return true;
      case CAPITALISED:
        for (int i = from; i < to; i++) {
          char c = text.charAt(i);
          if (Character.isLetter(c)) {
            return Character.isUpperCase(c) || Character.isTitleCase(c) || !Character.isLowerCase(c);
          }
        }
        return false;
      default: // EXACT: letter by letter, upper where the alias is upper
        int k = 0;
        for (int i = from; i < to; i++) {
          char c = text.charAt(i);
          if (!Character.isLetter(c)) {
            continue;
          }
          while (k < alias.length() && !Character.isLetter(alias.charAt(k))) {
            k++;
          }
          if (k == alias.length()) {
            return false;
          }
          if (Character.isUpperCase(alias.charAt(k)) != Character.isUpperCase(c)) {
            return false;
          }
          k++;
        }
        return true;
    }
  }

  private boolean trapped(Trap[] traps, Scan scan, int start, int end, int origStart, int origEnd) {
    if (traps == null) {
      return false;
    }
    for (Trap t : traps) {
      if (t.rule() == Trap.Rule.PERSON_CONTEXT) {
        // where every noun is capitalised ("Frankreichs Hauptstadt Paris"), a capitalised
        // neighbour says nothing about a person's name: the rule stands aside
        if (!scan.profile.nounsCapitalised && !inTitleCase(scan, origStart)
            && inPersonName(scan.f.original(), origStart, origEnd)) {
          return true;
        }
        continue;
      }
      for (int v = 0; v < t.values().size(); v++) {
        String value = t.values().get(v);
        int at = switch (t.rule()) {
          case NOT_AFTER -> precededBy(scan.s, start, value);
          case NOT_BEFORE -> followedBy(scan.s, end, scan.n, value);
          case NOT_IN_SENTENCE -> sentenceHolds(scan, origStart, value);
          default -> -1;
        };
        if (at >= 0 && capitalsAgree(t.written().get(v), scan, at, at + value.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Folded index where {@code value} ends right before {@code start}, or -1. */
  private static int precededBy(char[] s, int start, String value) {
    int to = start > 0 && s[start - 1] == ' ' ? start - 1 : start;
    int from = to - value.length();
    if (from < 0) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      if (s[from + i] != value.charAt(i)) {
        return -1;
      }
    }
    return from == 0 || !TextFolder.isWordChar(s[from - 1]) || !TextFolder.isWordChar(value.charAt(0)) ? from : -1;
  }

  /** Folded index where {@code value} starts right after {@code end}, or -1. */
  private static int followedBy(char[] s, int end, int n, String value) {
    int from = end < n && s[end] == ' ' ? end + 1 : end;
    int to = from + value.length();
    if (to > n) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      if (s[from + i] != value.charAt(i)) {
        return -1;
      }
    }
    return to == n || !TextFolder.isWordChar(s[to]) || !TextFolder.isWordChar(value.charAt(value.length() - 1))
        ? from : -1;
  }

  /**
   * The text at folded [from, to) has a capital wherever the trap value as written has one
   * (letters paired in order): "AS" does not spring on "as", "Bank" springs on "BANK".
   */
  private static boolean capitalsAgree(String written, Scan scan, int from, int to) {
    String text = scan.f.original();
    int i = scan.f.origin()[from];
    int end = scan.f.originalEnd(to);
    for (int k = 0; k < written.length(); k++) {
      char w = written.charAt(k);
      if (!Character.isLetter(w)) {
        continue;
      }
      while (i < end && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i == end) {
        return true;
      }
      if (Character.isUpperCase(w) && !Character.isUpperCase(text.charAt(i))) {
        return false;
      }
      i++;
    }
    return true;
  }

  /**
   * True when the sentence holding original offset {@code at} is in title case ("Jordan Reopens
   * Border Crossing", "Trump Pushes Israel-Gaza Deal"): capitalised neighbours then say nothing
   * about a person's or a company's name. Title case: no full stop at the end, at least five words
   * of four letters or more, 85 % of them capitalised (a sentence of names alone, "George
   * Washington and Denzel Washington", is not); never in languages that capitalise every noun.
   */
  private static boolean inTitleCase(Scan scan, int at) {
    if (scan.profile.nounsCapitalised) {
      return false; // German prose looks like title case
    }
    Sentences sentences = scan.sentences();
    int index = sentences.indexOf(at);
    String text = scan.f.original();
    int from = sentences.start(index);
    int to = index + 1 < sentences.count() ? sentences.start(index + 1) : text.length();
    int words = 0;
    int capitalised = 0;
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int e = i;
      while (e < to && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (e - i >= 4) {
        words++;
        capitalised += Character.isUpperCase(text.charAt(i)) ? 1 : 0;
      }
      i = e;
    }
    int last = to - 1;
    while (last > from && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    return words >= 5 && capitalised * 100 >= words * 85 && text.charAt(last) != '.';
  }

  /** Folded index where the sentence holding original offset {@code at} holds {@code value} as whole words, or -1. */
  private static int sentenceHolds(Scan scan, int at, String value) {
    Sentences sentences = scan.sentences();
    int index = sentences.indexOf(at);
    int from = folded(scan, sentences.start(index));
    int to = index + 1 < sentences.count() ? folded(scan, sentences.start(index + 1)) : scan.n;
    char[] s = scan.s;
    for (int i = from; i + value.length() <= to; i++) {
      if ((i == from || !TextFolder.isWordChar(s[i - 1])) && s[i] == value.charAt(0)
          && new String(s, i, value.length()).equals(value)
          && (i + value.length() == scan.n || !TextFolder.isWordChar(s[i + value.length()]))) {
        return i;
      }
    }
    return -1;
  }

  /** The first folded index whose original offset is at or after {@code original}. */
  private static int folded(Scan scan, int original) {
    int[] origin = scan.f.origin();
    int lo = 0;
    int hi = scan.n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (origin[mid] < original) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * True when the match is one part of a hyphenated proper name that the text also writes after a
   * first name or title: "Kevin Holland-Moritz" (and a later "Holland-Moritz said"), "Agence
   * France-Presse". Compounds of actor names ("Russia-Ukraine", "Israel-Hamas") stay mentions.
   */
  private boolean inHyphenatedName(Scan scan, int from, int to) {
    if (scan.profile.nounsCapitalised) {
      return false; // German compounds: "Ukraine-Krieg", "Iran-Politik"
    }
    String text = scan.f.original();
    boolean before = from > 1 && isHyphen(text.charAt(from - 1)) && Character.isLetter(text.charAt(from - 2));
    boolean after = to + 1 < text.length() && isHyphen(text.charAt(to)) && Character.isUpperCase(text.charAt(to + 1));
    if (!before && !after) {
      return false;
    }
    int cs = from;
    while (cs > 0 && (Character.isLetter(text.charAt(cs - 1)) || isHyphen(text.charAt(cs - 1)))) {
      cs--;
    }
    int ce = to;
    while (ce < text.length() && (Character.isLetter(text.charAt(ce)) || isHyphen(text.charAt(ce)))) {
      ce++;
    }
    String compound = text.substring(cs, ce);
    boolean allNames = true;
    for (String part : compound.split("[-\u2010\u2011]")) {
      if (part.length() < 3 || !Character.isUpperCase(part.charAt(0))) {
        return false; // "Saudi-led", "pro-Russia", "Japan-U.S.": not a person's or company's name
      }
      allNames &= isAlias(part);
    }
    if (allNames) {
      return false;
    }
    for (int at = text.indexOf(compound); at >= 0; at = text.indexOf(compound, at + 1)) {
      if (at >= 2 && text.charAt(at - 1) == ' ') {
        int b = at - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
          b--;
        }
        if (isNameWord(text, b, at - 1) && !isAlias(text.substring(b, at - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** True when a whole word is an alias (or a form of one) of some actor. */
  private boolean isAlias(String word) {
    String key = TextFolder.foldKey(word);
    int node = 0;
    for (int i = 0; i < key.length() && node >= 0; i++) {
      node = trie.next(node, key.charAt(i));
    }
    return node >= 0 && trie.hasValues(node);
  }

  /** A capitalised word (not a function word) right before or after, one space apart. */
  private boolean inPersonName(String text, int from, int to) {
    if (from >= 2 && text.charAt(from - 1) == ' ') {
      int b = from - 1;
      while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
        b--;
      }
      if (isNameWord(text, b, from - 1)) {
        return true;
      }
    }
    if (to + 1 < text.length() && text.charAt(to) == ' ') {
      int e = to + 1;
      while (e < text.length() && Character.isLetter(text.charAt(e))) {
        e++;
      }
      return isNameWord(text, to + 1, e);
    }
    return false;
  }

  private boolean isNameWord(String text, int from, int to) {
    return to - from >= 2 && Character.isUpperCase(text.charAt(from))
        && !functionWords.contains(text.substring(from, to));
  }

  /** Per-call state: the folded text, the date, the language, the output and scratch arrays. */
  private static final class Scan {
    final TextFolder.Folded f;
    final char[] s;
    final int n;
    final Integer day;
    final List<Mention> out;
    final Profile profile;
    final int language;
    int[] nodes = new int[8];
    int[] ends = new int[8];
    int[] aliasEnds = new int[8];
    private Sentences sentences;

    Scan(TextFolder.Folded f, Integer day, List<Mention> out, Profile profile, int language) {
      this.f = f;
      this.s = f.chars();
      this.n = f.length();
      this.day = day;
      this.out = out;
      this.profile = profile;
      this.language = language;
    }

    Sentences sentences() {
      if (sentences == null) {
        sentences = Sentences.of(f.original(), profile.abbreviations);
      }
      return sentences;
    }
  }

  /** What the matcher needs of one language: folded suffixes and clitics, and abbreviations. */
  private static final class Profile implements Serializable {
    private static final long serialVersionUID = 1L;
    final Set<String> suffixes;
    /** Length of the longest suffix: longer word rests are not looked up. */
    final int maxSuffix;
    final char[][] prefixText;
    /** Trie node after the part of the alias a clitic stands for (the root for plain clitics). */
    final int[] prefixNode;
    /** Chars at the end of the clitic that belong to the alias (لل for ال keeps one ل). */
    final int[] prefixKeep;
    final Set<String> abbreviations;
    final boolean nounsCapitalised;

    Profile(AliasTrie trie, Set<String> suffixes, List<Language.Prefix> prefixes, Set<String> abbreviations,
        boolean nounsCapitalised) {
      this.nounsCapitalised = nounsCapitalised;
      Set<String> folded = new HashSet<>();
      for (String x : suffixes) {
        String f = TextFolder.foldKey(x);
        if (!f.isEmpty() && f.length() <= MAX_SUFFIX) {
          folded.add(f);
        }
      }
      this.suffixes = folded;
      this.maxSuffix = folded.stream().mapToInt(String::length).max().orElse(0);
      // shortest clitic first: و before وال, so that والسورية keeps the alias السورية
      List<Language.Prefix> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(prefixes));
      sorted.sort(Comparator.comparingInt((Language.Prefix p) -> p.text().length()));
      prefixText = new char[sorted.size()][];
      prefixNode = new int[sorted.size()];
      prefixKeep = new int[sorted.size()];
      for (int k = 0; k < sorted.size(); k++) {
        String text = TextFolder.foldKey(sorted.get(k).text());
        String alias = TextFolder.foldKey(sorted.get(k).alias());
        int node = 0;
        for (int i = 0; i < alias.length() && node >= 0; i++) {
          node = trie.next(node, alias.charAt(i));
        }
        int keep = 0;
        while (keep < alias.length() && keep < text.length()
            && text.charAt(text.length() - 1 - keep) == alias.charAt(alias.length() - 1 - keep)) {
          keep++;
        }
        prefixText[k] = text.toCharArray();
        prefixNode[k] = node;
        prefixKeep[k] = keep;
      }
      this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The end of the word starting at {@code from} if that word rest is a suffix, else -1. */
    int suffixEnd(char[] s, int from, int n) {
      if (maxSuffix == 0 || from >= n || TextFolder.isUnspaced(s[from - 1])) {
        return -1;
      }
      int e = from;
      while (e < n && TextFolder.isWordChar(s[e])) {
        if (e - from >= maxSuffix || TextFolder.isUnspaced(s[e])) {
          return -1;
        }
        e++;
      }
      return suffixes.contains(new String(s, from, e - from)) ? e : -1;
    }
  }
}
