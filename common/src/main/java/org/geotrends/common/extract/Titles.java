package org.geotrends.common.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Chooses an article's headline by agreement of its sources: JSON-LD {@code headline}, the
 * visible {@code <h1>}, {@code og:title} (or {@code twitter:title}) and {@code <title>} without
 * the " | Site name" that publishers append. The text most sources agree on wins; on a tie the
 * source earlier in that list wins (publishers write the JSON-LD headline for the article
 * itself, while the others often carry a kicker or an SEO variant).
 */
final class Titles {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "};

  private Titles() {
  }

  static String choose(Document doc, MetaTags meta, JsonNode article, String publisher) {
    String og = normalize(firstNonBlank(meta.first("og:title"), meta.first("twitter:title")));
    String title = normalize(doc.title());
    String[] sources = {
        normalize(JsonLd.text(article, "headline")),
        headlineElement(doc),
        og,
        title == null ? null : withoutSiteName(title, publisher)};
    String best = null;
    int bestVotes = 0;
    for (String candidate : sources) {
      if (candidate == null) {
        continue;
      }
      int votes = 0;
      for (String other : sources) {
        if (candidate.equals(other)) {
          votes++;
        }
      }
      if (votes > bestVotes) {
        best = candidate;
        bestVotes = votes;
      }
    }
    return best;
  }

  /** Decodes entities left in metadata ("&#8217;") and collapses all kinds of white space. */
  static String normalize(String s) {
    if (s == null) {
      return null;
    }
    String decoded = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    String c = WHITESPACE.matcher(decoded).replaceAll(" ").strip();
    return c.isEmpty() ? null : c;
  }

  /** The page's first {@code <h1>}. */
  private static String headlineElement(Document doc) {
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : normalize(h1.text());
  }

  /** "Headline | Site" → "Headline"; only the last part, and only when it is the site's name or short. */
  static String withoutSiteName(String title, String publisher) {
    for (String sep : SEPARATORS) {
      int cut = title.lastIndexOf(sep);
      if (cut > 0) {
        String tail = title.substring(cut + sep.length()).strip();
        boolean isSite = publisher != null && (tail.equalsIgnoreCase(publisher)
            || publisher.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT)));
        if (isSite || tail.split("\\s+").length <= 3 && cut > tail.length() * 2) {
          return title.substring(0, cut).strip();
        }
      }
    }
    return title;
  }

  private static String firstNonBlank(String... values) {
    return HtmlExtractor.firstNonBlank(values);
  }
}
