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
  private static final AsciiWordSet WORDS = new AsciiWordSet(Set.of(
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
      "embed", "video", "podcast", "audio"));
  /** Prefixes of compounded words ("sharebar", "socialicons", "relatedposts"). */
  private static final AsciiWordSet PREFIXES = new AsciiWordSet(List.of(
      "share", "social", "related", "recommend", "newsletter", "subscri", "cookie", "comment",
      "promo", "advert", "sponsor", "breadcrumb", "caption", "sidebar", "outbrain", "taboola",
      "paywall", "trending", "mostread", "popular", "signup", "consent", "banner", "gallery",
      "slideshow", "carousel", "footer", "masthead", "navbar", "teaser"));
  /** Words that mark the article text itself; they raise a container's score. */
  private static final AsciiWordSet CONTENT = new AsciiWordSet(Set.of(
      "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
      "prose", "paragraph", "richtext", "rte", "storytext", "bodytext", "copy"));

  /** What the words of a class or id value say, as bits ({@link #words}). */
  private static final int ANY_FURNITURE = 1;
  private static final int ANY_CONTENT = 2;
  private static final int LAST_FURNITURE = 4;
  private static final int LAST_CONTENT = 8;


  private Boilerplate() {
  }

  /**
   * True when the class or id of {@code e} names furniture. A content word does not save it
   * ("article-share" is furniture); the caller keeps elements that hold most of the text.
   */
  static boolean byName(Element e) {
    return ((words(e.className()) | words(e.id())) & ANY_FURNITURE) != 0;
  }

  /** A weight for content scoring: +1 for content words, -1 for furniture words, else 0. */
  static int weight(Element e) {
    // the last word that says either decides
    int id = words(e.id());
    int said = (id & (LAST_CONTENT | LAST_FURNITURE)) != 0 ? id : words(e.className());
    return (said & LAST_CONTENT) != 0 ? 1 : (said & LAST_FURNITURE) != 0 ? -1 : 0;
  }

  /** True when the class or id of {@code e} has a content word ("article__content"). */
  static boolean namesContent(Element e) {
    return ((words(e.className()) | words(e.id())) & ANY_CONTENT) != 0;
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

  /**
   * What the words of {@code s} say, as bits: whether any is a furniture word, any a content
   * word, and which the last word that is either is. Read in place, without cutting the
   * words out: it runs for every element of every page.
   */
  private static int words(String s) {
    int said = 0;
    int start = nextWord(s, 0);
    while (start < s.length()) {
      int end = wordEnd(s, start);
      boolean content = CONTENT.contains(s, start, end);
      boolean furniture = isFurnitureWord(s, start, end);
      if (content) {
        said = (said & ~LAST_FURNITURE) | ANY_CONTENT | LAST_CONTENT;
      } else if (furniture) {
        said = (said & ~LAST_CONTENT) | LAST_FURNITURE;
      }
      if (furniture) {
        said |= ANY_FURNITURE;
      }
      start = nextWord(s, end);
    }
    return said;
  }

  private static boolean isFurnitureWord(String s, int start, int end) {
    return WORDS.contains(s, start, end) || PREFIXES.startsWithOne(s, start, end);
  }

  /**
   * The lower-case words of class and id values: split at anything but ASCII letters and
   * digits, and where a capital follows a small letter or digit ("shareBar" is "share bar").
   */
  static List<String> tokens(String s) {
    List<String> words = new ArrayList<>(4);
    int start = nextWord(s, 0);
    while (start < s.length()) {
      int end = wordEnd(s, start);
      words.add(s.substring(start, end).toLowerCase(Locale.ROOT));
      start = nextWord(s, end);
    }
    return words;
  }

  /** Where the next word starts at or after {@code from}, or the string's length. */
  private static int nextWord(String s, int from) {
    while (from < s.length() && !isAlnum(s.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Where the word that starts at {@code start} ends: at anything but a letter or digit, or a hump. */
  private static int wordEnd(String s, int start) {
    int i = start + 1;
    while (i < s.length() && isAlnum(s.charAt(i)) && !isHump(s.charAt(i - 1), s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAlnum(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** A capital after a small letter or a digit starts a word ("shareBar", "h2Title"). */
  private static boolean isHump(char previous, char c) {
    return c >= 'A' && c <= 'Z' && (previous >= 'a' && previous <= 'z' || previous >= '0' && previous <= '9');
  }
}
