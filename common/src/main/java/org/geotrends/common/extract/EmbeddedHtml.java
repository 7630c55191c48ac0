package org.geotrends.common.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article HTML that a script-rendered page ships inside its scripts as a JSON string
 * ({@code "contentHtml":"\u003cp\u003e…"} in a Next.js, Nuxt or Apollo state payload), for
 * pages whose markup holds no article text. Strings are read at most two levels deep: a
 * JavaScript string may itself hold JSON.
 */
final class EmbeddedHtml {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Shorter strings are teasers or labels, not an article. */
  private static final int MIN_LENGTH = 500;

  private EmbeddedHtml() {
  }

  /** The embedded HTML with the most text, parsed as a fragment, or null if none. */
  static Element find(Document doc) {
    String best = null;
    int bestText = 0;
    for (Element script : doc.getElementsByTag("script")) {
      for (String html : htmlStrings(script.data(), 2)) {
        int text = Jsoup.parseBodyFragment(html).text().length();
        if (text > bestText) {
          best = html;
          bestText = text;
        }
      }
    }
    return best == null ? null : Jsoup.parseBodyFragment(best).body();
  }

  /** The decoded string literals in {@code source} that hold paragraph markup. */
  static List<String> htmlStrings(String source, int depth) {
    List<String> out = new ArrayList<>();
    if (depth == 0 || source.length() < MIN_LENGTH) {
      return out;
    }
    int i = 0;
    while ((i = source.indexOf('"', i)) >= 0) {
      int end = closingQuote(source, i + 1);
      if (end < 0) {
        break;
      }
      if (end - i > MIN_LENGTH) {
        String raw = source.substring(i + 1, end);
        if (raw.contains("\\u003cp") || raw.contains("\\u003Cp") || raw.contains("<p") || raw.contains("\\\"")) {
          String decoded = decode(raw);
          if (decoded != null) {
            if (decoded.contains("<p")) {
              out.add(decoded);
            } else {
              out.addAll(htmlStrings(decoded, depth - 1));
            }
          }
        }
      }
      i = end + 1;
    }
    return out;
  }

  private static int closingQuote(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      } else if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private static String decode(String raw) {
    try {
      return JSON.readValue("\"" + raw + "\"", String.class);
    } catch (JsonProcessingException e) {
      // Not a JSON string (a JavaScript string with other escapes): not ours to read.
      return null;
    }
  }
}
