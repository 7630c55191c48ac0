package org.geotrends.common.terms;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The terms of one sentence: its words and 2-3 word phrases, lower-cased, that could say what the
 * sentence is about. Left out: stop words of the sentence's language ({@link StopWords}; inside
 * a phrase they may stand, "minister of defence", but a phrase neither starts nor ends with one),
 * tokens with a digit, tokens of one or two letters, every actor's names (the gazetteer's aliases,
 * folded: "Erdoğan" and "erdogan" alike) and the char ranges the matcher found as mentions
 * (inflected forms included). A left-out token, and any punctuation but a hyphen or an apostrophe,
 * ends a phrase. Text in a script without spaces between words comes out as runs of letters.
 */
public final class TermExtractor implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Longest phrase, in words. */
  public static final int MAX_WORDS = 3;

  private final Set<String> nameWords;
  /** Names of several words, by their first folded word. */
  private final Map<String, List<String[]>> namePhrases;

  /** @param names every alias text of every actor */
  public TermExtractor(Collection<String> names) {
    Set<String> words = new HashSet<>();
    Map<String, List<String[]>> phrases = new HashMap<>();
    for (String name : names) {
      List<String> parts = new ArrayList<>();
      for (Token t : tokenize(name, Set.of())) {
        parts.add(t.folded);
      }
      if (parts.size() == 1) {
        words.add(parts.get(0));
      } else if (parts.size() > 1) {
        phrases.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(parts.toArray(new String[0]));
      }
    }
    this.nameWords = words;
    this.namePhrases = phrases;
  }

  /** Lower case without diacritics, as stop words and names are compared. */
  public static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The terms of {@code sentence}, each occurrence once, in text order.
   *
   * @param excluded char ranges {start, end} of the sentence to leave out (mentions), or empty
   * @param language the text's ISO 639 code, or null
   */
  public List<String> terms(String sentence, List<int[]> excluded, String language) {
    Set<String> stop = StopWords.of(language);
    List<Token> tokens = tokenize(sentence, stop);
    for (Token t : tokens) {
      if (nameWords.contains(t.folded)) {
        t.blocked = true;
      }
      for (int[] span : excluded) {
        if (t.start < span[1] && t.end > span[0]) {
          t.blocked = true;
        }
      }
    }
    blockNamePhrases(tokens);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token first = tokens.get(i);
      if (first.blocked || first.stop) {
        continue;
      }
      StringBuilder term = new StringBuilder(first.text);
      out.add(term.toString());
      for (int n = 1; n < MAX_WORDS && i + n < tokens.size(); n++) {
        Token next = tokens.get(i + n);
        if (next.blocked || next.startsChain) {
          break;
        }
        term.append(' ').append(next.text);
        if (!next.stop) {
          out.add(term.toString());
        }
      }
    }
    return out;
  }

  private void blockNamePhrases(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      List<String[]> candidates = namePhrases.get(tokens.get(i).folded);
      if (candidates == null) {
        continue;
      }
      for (String[] phrase : candidates) {
        if (i + phrase.length > tokens.size()) {
          continue;
        }
        boolean match = true;
        for (int k = 1; k < phrase.length && match; k++) {
          match = tokens.get(i + k).folded.equals(phrase[k]) && !tokens.get(i + k).startsChain;
        }
        if (match) {
          for (int k = 0; k < phrase.length; k++) {
            tokens.get(i + k).blocked = true;
          }
        }
      }
    }
  }

  /** One word of the text. */
  private static final class Token {
    final String text;
    final String folded;
    final int start;
    final int end;
    /** Punctuation (or the text's start) comes before it: no phrase runs into it. */
    final boolean startsChain;
    final boolean stop;
    boolean blocked;

    Token(String raw, int start, int end, boolean startsChain, Set<String> stopWords) {
      boolean ascii = true;
      boolean upper = false;
      boolean digit = false;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        ascii &= c < 0x80;
        upper |= c >= 'A' && c <= 'Z';
        digit |= Character.isDigit(c);
      }
      // an ASCII word has nothing to decompose: its lower case is its folded form
      this.text = ascii && !upper ? raw : raw.toLowerCase(Locale.ROOT);
      this.folded = ascii ? text : fold(raw);
      this.start = start;
      this.end = end;
      this.startsChain = startsChain;
      this.stop = stopWords.contains(folded);
      boolean shortWord = (ascii ? raw.length() : raw.codePointCount(0, raw.length())) <= 2;
      this.blocked = digit || (shortWord && !stop);
    }
  }

  private static List<Token> tokenize(String text, Set<String> stopWords) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean chainBroken = true;
    while (i < n) {
      int c = text.codePointAt(i);
      if (isWordChar(c)) {
        int start = i;
        int cp = c;
        while (i < n && isWordChar(cp = text.codePointAt(i))) {
          i += Character.charCount(cp);
        }
        tokens.add(new Token(text.substring(start, i), start, i, chainBroken, stopWords));
        chainBroken = false;
      } else {
        if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\'' && c != '\u2019') {
          chainBroken = true;
        }
        i += Character.charCount(c);
      }
    }
    return tokens;
  }

  private static boolean isWordChar(int c) {
    if (c < 0x80) { // no ASCII character is a mark
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
