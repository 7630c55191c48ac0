package org.geotrends.common.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells page furniture from article text by tag and by the words in {@code class} and
 * {@code id}: navigation, share buttons, related and most-read lists, captions, comments,
 * newsletter and cookie blocks, advertising. Words are matched as whole tokens of the
 * attribute ("c-related-list", "shareBar" and "most_read" match; "headline" does not match
 * "ad"), or as token prefixes for words that sites compound ("sharebar", "socialicons").
 */
final class Boilerplate {

  /** Tags that never hold article text. */
  static final Set<String> TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input",
      "select", "textarea", "option", "nav", "aside", "footer", "figure", "figcaption",
      "picture", "video", "audio", "object", "embed", "dialog", "menu", "label", "link", "meta",
      "header");

  /** Whole-token words. */
  private static final Set<String> WORDS = Set.of(
      "ad", "ads", "advert", "adverts", "advertisement", "advertising", "anzeige", "banner",
      "breadcrumb", "breadcrumbs", "byline", "caption", "captions", "comment", "comments",
      "consent", "cookie", "cookies", "credit", "credits", "disclaimer", "donate", "donation",
      "footer", "gallery", "gdpr", "lightbox", "login", "masthead", "menu", "meta", "modal",
      "nav", "navbar", "navigation", "newsletter", "outbrain", "overlay", "player", "poll",
      "popular", "popup", "promo", "rating", "recirculation", "recommended", "related", "share",
      "sharing", "sidebar", "signup", "social", "sponsor", "sponsored", "subscribe",
      "subscription", "taboola", "tags", "toolbar", "tools", "topics", "trending", "widget",
      "skip", "sr", "visually", "rail", "teasers", "readmore", "pagination", "keywords",
      "affiliate", "dfp", "slideshow", "carousel", "slider", "ticker", "mostread", "author",
      "authors", "dateline", "timestamp", "copyright", "follow", "reactions", "feedback",
      "embed", "video", "podcast", "audio");
  /** Prefixes of compounded words ("sharebar", "socialicons", "relatedposts"). */
  private static final String[] PREFIXES = {
      "share", "social", "related", "recommend", "newsletter", "subscri", "cookie", "comment",
      "promo", "advert", "sponsor", "breadcrumb", "caption", "sidebar", "outbrain", "taboola",
      "paywall", "trending", "mostread", "popular", "signup", "consent", "banner", "gallery",
      "slideshow", "carousel", "footer", "masthead", "navbar", "teaser"};
  /** Words that mark the article text itself; they raise a container's score. */
  private static final Set<String> CONTENT = Set.of(
      "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
      "prose", "paragraph", "richtext", "rte", "storytext", "bodytext", "copy");


  private Boilerplate() {
  }

  /**
   * True when the class or id of {@code e} names furniture. A content word does not save it
   * ("article-share" is furniture); the caller keeps elements that hold most of the text.
   */
  static boolean byName(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return false;
    }
    for (String token : tokens(cls + " " + id)) {
      if (isFurnitureWord(token)) {
        return true;
      }
    }
    return false;
  }

  /** A weight for content scoring: +1 for content words, -1 for furniture words, else 0. */
  static int weight(Element e) {
    String s = e.className() + " " + e.id();
    if (s.isBlank()) {
      return 0;
    }
    int w = 0;
    for (String token : tokens(s)) {
      if (CONTENT.contains(token)) {
        w = Math.max(w, 1);
      } else if (isFurnitureWord(token)) {
        w = Math.min(w, -1);
      }
    }
    return w;
  }

  /** True when the class or id of {@code e} has a content word ("article__content"). */
  static boolean namesContent(Element e) {
    for (String token : tokens(e.className() + " " + e.id())) {
      if (CONTENT.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** True when the element is hidden by attribute or inline style. */
  static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static boolean isFurnitureWord(String token) {
    if (WORDS.contains(token)) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (token.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lower-case words of class and id values: split at anything but ASCII letters and
   * digits, and where a capital follows a small letter or digit ("shareBar" is "share bar").
   * Hand-written because it runs for every element of every page.
   */
  static List<String> tokens(String s) {
    List<String> words = new ArrayList<>(4);
    int start = -1;
    char previous = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean upper = c >= 'A' && c <= 'Z';
      boolean alnum = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean hump = upper && ((previous >= 'a' && previous <= 'z') || (previous >= '0' && previous <= '9'));
      if (start >= 0 && (!alnum || hump)) {
        words.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (alnum && start < 0) {
        start = i;
      }
      previous = c;
    }
    return words;
  }
}
