package org.geotrends.common.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the actors of a {@link Gazetteer} in text. Built once (one automaton over every alias),
 * immutable, thread-safe and Serializable, so one instance can be broadcast to Spark executors.
 *
 * <p>Rules, in order:
 * <ul>
 *   <li>Text and aliases are folded ({@link TextFolder}): case, diacritics, apostrophes, hyphens
 *       and Arabic letter variants do not matter for finding candidates.</li>
 *   <li>A match starts at a word start and ends at a word end (hyphens and apostrophes are word
 *       ends: "Russia's", "Russia-Iran-Turkey-Syria" gives four mentions); Chinese, Japanese,
 *       Korean and Thai need no boundary. An Arabic match may follow the clitics و ف ب ل ك
 *       (one, or و/ف then ب/ل/ك), and ل + ال contracted to لل ("للعراق").</li>
 *   <li>At each word start the longest alias wins ("United States", "South Sudan",
 *       "Guinea-Bissau"); matches do not overlap.</li>
 *   <li>An alias holds only if its {@link CaseRule} agrees with the original text, no {@link Trap}
 *       applies, and — for dated aliases (office holders) — the article date is within the term.
 *       If the longest alias does not hold, the next shorter one at the same start is tried
 *       ("Israel Katz" outside his term still gives "Israel").</li>
 *   <li>Without an article date, dated aliases are returned with {@code resolved = false}.</li>
 * </ul>
 */
public final class ActorMatcher implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int OPEN_FROM = Integer.MIN_VALUE;
  private static final int OPEN_TO = Integer.MAX_VALUE;
  /** Capitalised words that may stand next to a name without making it part of a person's name. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "The", "A", "An", "In", "On", "At", "To", "From", "For", "With", "By", "Of", "And", "Or", "But",
      "As", "If", "When", "While", "After", "Before", "Since", "Until", "Between", "Against", "Both",
      "Neither", "Nor", "Why", "How", "What", "Where", "Who", "Did", "Does", "Is", "Was", "Will",
      "Says", "Said", "Told", "Asked", "Near", "Via", "Than", "Like", "Over", "Under", "Into", "About",
      "Amid", "Despite", "Across", "Through", "Toward", "Towards", "Within", "Without", "Because",
      "Although", "Meanwhile", "However", "Also", "Then", "Now", "Today", "Yesterday", "Tomorrow",
      "En", "El", "La", "Los", "Las", "Del", "De", "Y", "Con", "Por", "Para", "Entre", "Sobre", "Desde");

  private final String[] actorIds;
  private final String[] aliasText;
  private final int[] aliasActor;
  private final AliasKind[] aliasKind;
  private final CaseRule[] aliasCase;
  private final int[] aliasFrom;
  private final int[] aliasTo;
  /** Traps of each alias (shared arrays per folded text), or null. */
  private final Trap[][] aliasTraps;
  private final AliasTrie trie;

  public ActorMatcher(Gazetteer gazetteer) {
    Map<String, Integer> actorIndex = new HashMap<>();
    List<Actor> actors = gazetteer.actors();
    actorIds = new String[actors.size()];
    for (int i = 0; i < actors.size(); i++) {
      actorIds[i] = actors.get(i).id();
      actorIndex.put(actorIds[i], i);
    }
    List<Alias> aliases = gazetteer.aliases();
    int n = aliases.size();
    aliasText = new String[n];
    aliasActor = new int[n];
    aliasKind = new AliasKind[n];
    aliasCase = new CaseRule[n];
    aliasFrom = new int[n];
    aliasTo = new int[n];
    aliasTraps = new Trap[n][];
    Map<String, Trap[]> trapsByKey = new HashMap<>();
    for (Trap t : gazetteer.traps()) {
      trapsByKey.merge(t.alias(), new Trap[] {t}, (a, b) -> {
        Trap[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
      });
    }
    Map<String, List<Integer>> byKey = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Alias a = aliases.get(i);
      aliasText[i] = a.text();
      aliasActor[i] = actorIndex.get(a.actorId());
      aliasKind[i] = a.kind();
      aliasCase[i] = a.caseRule();
      aliasFrom[i] = a.validFrom() == null ? OPEN_FROM : (int) a.validFrom().toEpochDay();
      aliasTo[i] = a.validTo() == null ? OPEN_TO : (int) a.validTo().toEpochDay();
      String key = TextFolder.foldKey(a.text());
      aliasTraps[i] = trapsByKey.get(key);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    // at one node: strictest case rule first, undated before dated, then file order
    Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> aliasCase[i].ordinal())
        .thenComparingInt(i -> aliasFrom[i] == OPEN_FROM && aliasTo[i] == OPEN_TO ? 0 : 1)
        .thenComparingInt(i -> i);
    Map<String, int[]> keys = new TreeMap<>();
    byKey.forEach((k, v) -> keys.put(k, v.stream().sorted(order).mapToInt(Integer::intValue).toArray()));
    trie = AliasTrie.build(keys);
  }

  /**
   * The mentions in {@code text}, in text order.
   *
   * @param articleDate the article's publication day, or null if unknown (dated aliases then
   *                    come back unresolved)
   */
  public List<Mention> match(String text, LocalDate articleDate) {
    List<Mention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    TextFolder.Folded f = TextFolder.fold(text);
    Scan scan = new Scan(f, articleDate == null ? null : (int) articleDate.toEpochDay(), out);
    char[] s = f.chars();
    int n = f.length();
    int i = 0;
    while (i < n) {
      char c = s[i];
      boolean start = TextFolder.isWordChar(c)
          && (i == 0 || !TextFolder.isWordChar(s[i - 1]) || TextFolder.isUnspaced(c));
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

  /** Tries the word starting at folded index i; returns the folded end of the match or -1. */
  private int matchAt(Scan scan, int i) {
    int end = walk(scan, 0, i, i);
    if (end > 0 || !TextFolder.isArabic(scan.s[i])) {
      return end;
    }
    char[] s = scan.s;
    int n = scan.n;
    // Arabic clitics: one of و ف ب ل ك, or و/ف followed by ب ل ك
    int maxPrefix = isConjunction(s[i]) && i + 1 < n && isPreposition(s[i + 1]) ? 2
        : isConjunction(s[i]) || isPreposition(s[i]) ? 1 : 0;
    for (int p = 1; p <= maxPrefix; p++) {
      int from = i + p;
      if (from >= n || !TextFolder.isWordChar(s[from])) {
        break;
      }
      end = walk(scan, 0, from, from);
      if (end > 0) {
        return end;
      }
      // ل + ال is written لل: walk "ا" virtually, then the text from the second ل
      if (s[from - 1] == 'ل' && s[from] == 'ل') {
        int alef = trie.next(0, 'ا');
        if (alef >= 0) {
          end = walk(scan, alef, from, from);
          if (end > 0) {
            return end;
          }
        }
      }
    }
    return -1;
  }

  private static boolean isConjunction(char c) {
    return c == 'و' || c == 'ف';
  }

  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }

  /**
   * Walks the trie from {@code node} over the text from folded index {@code from}; the match
   * starts at {@code start}. Tries the candidate ends from the longest; returns the end or -1.
   */
  private int walk(Scan scan, int node, int start, int from) {
    char[] s = scan.s;
    int n = scan.n;
    int found = 0;
    int[] nodes = scan.nodes;
    int[] ends = scan.ends;
    for (int j = from; j < n; j++) {
      node = trie.next(node, s[j]);
      if (node < 0) {
        break;
      }
      if (trie.hasValues(node) && endsWord(s, j, n)) {
        if (found == nodes.length) {
          nodes = scan.nodes = java.util.Arrays.copyOf(nodes, found * 2);
          ends = scan.ends = java.util.Arrays.copyOf(ends, found * 2);
        }
        nodes[found] = node;
        ends[found] = j + 1;
        found++;
      }
    }
    for (int k = found - 1; k >= 0; k--) {
      if (emit(scan, scan.nodes[k], start, scan.ends[k])) {
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

  /** Adds a mention per actor whose alias holds at [start, end); true if any did. */
  private boolean emit(Scan scan, int node, int start, int end) {
    int origStart = scan.f.origin()[start];
    int origEnd = scan.f.originalEnd(end);
    int added = 0;
    int firstActor = -1;
    for (int v = trie.valuesFrom(node); v < trie.valuesTo(node); v++) {
      int a = trie.value(v);
      int actor = aliasActor[a];
      if (actor == firstActor || alreadyEmitted(scan, added, actor)) {
        continue;
      }
      boolean dated = aliasFrom[a] != OPEN_FROM || aliasTo[a] != OPEN_TO;
      if (dated && scan.day != null && (scan.day < aliasFrom[a] || scan.day > aliasTo[a])) {
        continue;
      }
      if (!caseHolds(aliasCase[a], aliasText[a], scan.f.original(), origStart, origEnd)
          || trapped(aliasTraps[a], scan, start, end, origStart, origEnd)) {
        continue;
      }
      if (scan.sentences == null) {
        scan.sentences = Sentences.of(scan.f.original());
      }
      scan.out.add(new Mention(actorIds[actor], scan.f.original().substring(origStart, origEnd), aliasKind[a],
          origStart, origEnd, scan.sentences.indexOf(origStart), !dated || scan.day != null));
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

  private static boolean trapped(Trap[] traps, Scan scan, int start, int end, int origStart, int origEnd) {
    if (traps == null) {
      return false;
    }
    for (Trap t : traps) {
      boolean hit = switch (t.rule()) {
        case NOT_AFTER -> precededBy(scan.s, start, t.value());
        case NOT_BEFORE -> followedBy(scan.s, end, scan.n, t.value());
        case PERSON_CONTEXT -> inPersonName(scan.f.original(), origStart, origEnd);
      };
      if (hit) {
        return true;
      }
    }
    return false;
  }

  private static boolean precededBy(char[] s, int start, String value) {
    int to = start > 0 && s[start - 1] == ' ' ? start - 1 : start;
    int from = to - value.length();
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (s[from + i] != value.charAt(i)) {
        return false;
      }
    }
    return from == 0 || !TextFolder.isWordChar(s[from - 1]) || !TextFolder.isWordChar(value.charAt(0));
  }

  private static boolean followedBy(char[] s, int end, int n, String value) {
    int from = end < n && s[end] == ' ' ? end + 1 : end;
    int to = from + value.length();
    if (to > n) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (s[from + i] != value.charAt(i)) {
        return false;
      }
    }
    return to == n || !TextFolder.isWordChar(s[to]) || !TextFolder.isWordChar(value.charAt(value.length() - 1));
  }

  /** A capitalised word (not a function word) right before or after, one space apart. */
  private static boolean inPersonName(String text, int from, int to) {
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

  private static boolean isNameWord(String text, int from, int to) {
    return to - from >= 2 && Character.isUpperCase(text.charAt(from))
        && !FUNCTION_WORDS.contains(text.substring(from, to));
  }

  /** Per-call state: the folded text, the date, the output and scratch arrays. */
  private static final class Scan {
    final TextFolder.Folded f;
    final char[] s;
    final int n;
    final Integer day;
    final List<Mention> out;
    int[] nodes = new int[8];
    int[] ends = new int[8];
    Sentences sentences;

    Scan(TextFolder.Folded f, Integer day, List<Mention> out) {
      this.f = f;
      this.s = f.chars();
      this.n = f.length();
      this.day = day;
      this.out = out;
    }
  }
}
