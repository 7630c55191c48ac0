package org.geotrends.common.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Chooses an article's headline by agreement of its sources: JSON-LD {@code headline}, the
 * visible {@code <h1>}, {@code og:title} (or {@code twitter:title}) and {@code <title>}.
 * Before they vote, every source loses a trailing site name (" | Site", " - site.de",
 * "ㅣSite": og:site_name, the JSON-LD publisher or the host name) and a section label
 * written just before it. Sources are compared in a normal form (NFKC, invisible characters
 * dropped, typographic quotes as ASCII), but the winner keeps the page's own characters.
 * A source that is another source plus a bar-separated segment ("Headline | Section") votes
 * for that other source. The text most sources agree on wins; on
 * a tie the source earlier in the list wins (publishers write the JSON-LD headline for the
 * article itself, while the others often carry a kicker or an SEO variant).
 */
final class Titles {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  /**
   * A separator between a headline and a site name or section: spaced punctuation, or a bar
   * (also the Hangul letter ㅣ and the full-width bar, which Korean sites use as one) with or
   * without spaces.
   */
  private static final Pattern SEPARATOR = Pattern.compile(
      "\\s+(?:\\||-|–|—|::|·|»|/|•|ㅣ|｜)\\s+|\\s*(?:\\||ㅣ|｜)\\s*");
  /** A bare hyphen or dash, only taken before a section when the site name was also unspaced. */
  private static final Pattern TIGHT_SEPARATOR = Pattern.compile("[-–—|ㅣ｜]");
  private static final Pattern BAR = Pattern.compile("\\s*[|ㅣ｜]");
  private static final int MAX_SECTION_CHARS = 20;
  private static final Pattern HOST_PREFIX = Pattern.compile("^(www\\d?|m|amp)\\.");

  private Titles() {
  }

  static String choose(Document doc, List<Element> h1s, MetaTags meta, JsonNode article, String publisher,
      String url) {
    Set<String> sites = siteNames(meta, article, publisher, url);
    String[] sources = {
        normalize(JsonLd.text(article, "headline")),
        headlineElement(h1s),
        normalize(HtmlExtractor.firstNonBlank(meta.first("og:title"), meta.first("twitter:title"))),
        normalize(doc.title())};
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      String s = sources[i];
      if (s != null) {
        s = withoutSiteName(s, sites, i == sources.length - 1);
      }
      candidates.add(s);
    }
    // What each source stands for once trailing segments and kickers are taken off.
    String[] readings = new String[candidates.size()];
    for (int i = 0; i < readings.length; i++) {
      // Not towards <title>: its last segment was cut by a guess.
      readings[i] = reading(candidates.get(i), candidates.subList(0, candidates.size() - 1));
    }
    String best = null;
    int bestVotes = 0;
    for (String candidate : readings) {
      if (candidate == null) {
        continue;
      }
      int votes = 0;
      String k = key(candidate);
      for (String other : readings) {
        if (other != null && k.equals(key(other))) {
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

  /**
   * {@code candidate}, or the metadata or headline source it extends by a bar-separated
   * segment: "Headline | Section" stands for "Headline" when another source says just that.
   * Only a bar: " - " and ":" join parts of many headlines themselves.
   */
  private static String reading(String candidate, List<String> targets) {
    if (candidate == null) {
      return null;
    }
    String k = key(candidate);
    for (String other : targets) {
      if (other == null) {
        continue;
      }
      String o = key(other);
      if (o.length() >= 10 && k.length() > o.length() && k.startsWith(o)
          && BAR.matcher(k.substring(o.length())).lookingAt()) {
        return other;
      }
    }
    return candidate;
  }

  /**
   * Decodes entities left in metadata ("&#8217;") and collapses white space, keeping the
   * page's characters: a run of ideographic spaces stays one ideographic space.
   */
  static String normalize(String s) {
    if (s == null) {
      return null;
    }
    String decoded = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    Matcher m = WHITESPACE.matcher(decoded);
    StringBuilder sb = new StringBuilder(decoded.length());
    while (m.find()) {
      boolean ideographic = m.group().chars().allMatch(c -> c == '\u3000');
      m.appendReplacement(sb, ideographic ? "\u3000" : " ");
    }
    m.appendTail(sb);
    String c = sb.toString().strip();
    return c.isEmpty() ? null : c;
  }

  /** The form in which sources are compared: see {@link SameText#key}. */
  static String key(String s) {
    return SameText.key(s);
  }

  /** The page's first non-empty {@code <h1>}. */
  private static String headlineElement(List<Element> h1s) {
    for (Element h1 : h1s) {
      String text = normalize(h1.text());
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /** The names a title may end with: og:site_name, the publisher, the host name and its main label. */
  static Set<String> siteNames(MetaTags meta, JsonNode article, String publisher, String url) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : new String[] {publisher, meta.first("og:site_name"), meta.first("application-name"),
        article == null ? null : JsonLd.text(article.get("publisher"), "name")}) {
      addCompact(names, name);
    }
    String host = host(url);
    if (host != null) {
      addCompact(names, host);
      String[] labels = host.split("\\.");
      if (labels.length >= 2) {
        addCompact(names, labels[labels.length - 2]);
      }
    }
    return names;
  }

  private static void addCompact(Set<String> names, String name) {
    String c = compact(name);
    if (c.length() >= 3) {
      names.add(c);
    }
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : HOST_PREFIX.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Lower-case letters and digits only: "BILD.de" and "bild.de", "Golem.de" and "golem.de" meet. */
  private static String compact(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        sb.appendCodePoint(c);
      }
    }
    return sb.toString();
  }

  private static boolean isSiteName(String tail, Set<String> sites) {
    String t = compact(tail);
    if (t.length() < 3) {
      return false;
    }
    for (String site : sites) {
      if (t.equals(site) || site.contains(t) || t.contains(site)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Headline | Site" → "Headline", "Headline | Section | Site" → "Headline". The last
   * segment goes when it names the site; then one section label before it (a short segment
   * behind a separator of the same spacing). For the {@code <title>} element, whose last
   * segment is by convention the site, a short last segment goes too.
   */
  static String withoutSiteName(String title, Set<String> sites, boolean titleElement) {
    Cut last = lastCut(title, SEPARATOR);
    if (last == null) {
      return title;
    }
    String tail = title.substring(last.end()).strip();
    String head = title.substring(0, last.start()).strip();
    if (isSiteName(tail, sites)) {
      boolean tight = last.end() - last.start() == 1;
      Cut section = lastCut(head, tight ? TIGHT_SEPARATOR : SEPARATOR);
      if (section != null) {
        String label = head.substring(section.end()).strip();
        String rest = head.substring(0, section.start()).strip();
        if (isSection(label, rest)) {
          return rest;
        }
      }
      return head;
    }
    if (titleElement && tail.split("\\s+").length <= 3 && last.start() > tail.length() * 2) {
      return head;
    }
    return title;
  }

  private static boolean isSection(String label, String rest) {
    return label.codePoints().anyMatch(Character::isLetter) && label.length() <= MAX_SECTION_CHARS && label.split("\\s+").length <= 2
        && rest.length() >= label.length() * 3;
  }

  private record Cut(int start, int end) {
  }

  private static Cut lastCut(String s, Pattern separator) {
    Matcher m = separator.matcher(s);
    Cut last = null;
    while (m.find()) {
      if (m.start() > 0 && m.end() < s.length()) {
        last = new Cut(m.start(), m.end());
      }
    }
    return last;
  }
}
