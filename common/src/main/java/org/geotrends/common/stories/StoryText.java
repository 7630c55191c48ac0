package org.geotrends.common.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of an article body that a syndicated copy keeps: the dateline that opens wire copy
 * ("ANKARA (AA) –", "MOSCOW, June 3 (Reuters) -", "BEIRUT —") and credit paragraphs ("© AFP",
 * "Reporting by …", "dpa/AFP", "Source: TASS") are dropped, because every outlet that
 * republishes a story rewrites them; the words that remain are lower-cased runs of letters and
 * digits, and each character of scripts written without spaces (Chinese, Japanese, Thai…).
 * Credit paragraphs are listed as patterns in {@code credit-lines.txt}, one place for all languages.
 */
public final class StoryText {

  /** A credit paragraph is short; a longer paragraph is story text whatever it starts with. */
  static final int MAX_CREDIT_WORDS = 25;

  /**
   * A dateline with an agency or place code in brackets: up to 60 characters without brackets
   * or sentence ends, the code, then a dash or colon ("WASHINGTON, May 2 (AP) —", "(Reuters) -").
   */
  private static final Pattern BRACKETED_DATELINE = Pattern.compile(
      "^\\s*[^\\n()!?]{0,60}\\([^()\\n]{1,30}\\)\\s*[-–—:]+\\s*");
  /** A capitalised place, optionally a date after a comma, then a dash ("ANKARA –", "MOSCOW, Dec 2 —"). */
  private static final Pattern CAPS_DATELINE = Pattern.compile(
      "^\\s*\\p{Lu}[\\p{Lu}\\p{M}'’.\\- ]{2,40}(?:,[^\\n–—.!?]{1,40}?)?\\s+[-–—]+\\s+");
  /** An inline photo or text credit: "© AFP", "© Reuters/John Doe". */
  private static final Pattern INLINE_COPYRIGHT = Pattern.compile("©\\s*[\\p{L}\\p{N}/ .-]{0,40}");
  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n|\\n");

  private static final List<Pattern> CREDIT_LINES = load("credit-lines.txt");
  /** Scripts written without spaces between words: each character is a token. */
  static final java.util.Set<Character.UnicodeScript> UNSPACED_SCRIPTS = java.util.EnumSet.of(
      Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
      Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER,
      Character.UnicodeScript.MYANMAR);
  /** No code point below this is in {@link #UNSPACED_SCRIPTS} (Thai starts at U+0E01). */
  static final int FIRST_UNSPACED = 0x0E00;

  private StoryText() {
  }

  /** The body without its dateline and credit paragraphs, paragraphs joined by blank lines. */
  public static String normalise(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String paragraph : PARAGRAPHS.split(body.strip())) {
      String p = paragraph.strip();
      if (p.isEmpty() || isCredit(p)) {
        continue;
      }
      if (kept.isEmpty()) {
        p = dropDateline(p);
      }
      p = INLINE_COPYRIGHT.matcher(p).replaceAll(" ").strip();
      if (!p.isEmpty()) {
        kept.add(p);
      }
    }
    return String.join("\n\n", kept);
  }

  /** The words of {@link #normalise}d {@code body}. */
  public static List<String> words(String body) {
    return tokens(normalise(body));
  }

  static boolean isCredit(String paragraph) {
    if (hasMoreTokensThan(paragraph, MAX_CREDIT_WORDS)) {
      return false;
    }
    for (Pattern p : CREDIT_LINES) {
      if (p.matcher(paragraph).find()) {
        return true;
      }
    }
    return false;
  }

  static String dropDateline(String firstParagraph) {
    String p = BRACKETED_DATELINE.matcher(firstParagraph).replaceFirst("");
    if (p.length() == firstParagraph.length()) {
      p = CAPS_DATELINE.matcher(firstParagraph).replaceFirst("");
    }
    return p;
  }

  /** Lower-cased words: runs of letters, digits and marks; one per character in unspaced scripts. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    String t = text.toLowerCase(Locale.ROOT);
    scan(t, (start, end) -> {
      out.add(t.substring(start, end));
      return true;
    });
    return out;
  }

  /** Whether {@code text} has more than {@code limit} tokens, counted without making them. */
  static boolean hasMoreTokensThan(String text, int limit) {
    int[] count = {0};
    scan(text.toLowerCase(Locale.ROOT), (start, end) -> ++count[0] <= limit);
    return count[0] > limit;
  }

  /** Receives a token's bounds; false stops the scan. */
  private interface TokenSink {
    boolean accept(int start, int end);
  }

  /**
   * The tokens of lower-cased {@code t}, in order: runs of letters, digits and combining marks,
   * and each character of a script written without spaces on its own.
   */
  private static void scan(String t, TokenSink sink) {
    int start = -1;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isUnspacedScript(cp)) {
        if (start >= 0 && !sink.accept(start, i)) {
          return;
        }
        start = -1;
        if (!sink.accept(i, next)) {
          return;
        }
      } else if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        if (!sink.accept(start, i)) {
          return;
        }
        start = -1;
      }
      i = next;
    }
    if (start >= 0) {
      sink.accept(start, t.length());
    }
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }


  private static boolean isUnspacedScript(int cp) {
    if (cp < FIRST_UNSPACED) {
      return false; // Latin, Greek, Cyrillic, Arabic, Indic…: no script lookup per character
    }
    return UNSPACED_SCRIPTS.contains(Character.UnicodeScript.of(cp));
  }

  private static List<Pattern> load(String resource) {
    List<Pattern> out = new ArrayList<>();
    try (InputStream in = StoryText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(Pattern.compile(line.strip(),
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
