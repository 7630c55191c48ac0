package org.geotrends.common.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.geotrends.common.record.PublishedDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds when an article was first published, from the most to the least reliable source:
 * JSON-LD {@code datePublished}, publication meta tags (OpenGraph/article, Dublin Core,
 * itemprop and the common publishing-system names); then the page's weaker sources, which must
 * agree with the day in the URL when the URL has one: a publication field in the page's
 * embedded data ({@link EmbeddedDates}), a {@code <time datetime>} element, a date written near
 * the byline (not in lists of other articles), a date in the document title; then the URL's
 * day itself, and as a last resort the crawl date ({@link DateSource#CRAWL}).
 * Publication beats modification everywhere. A date before 1990 or after the crawl is never
 * taken (it is a wrong field, not a date): the next source is asked instead.
 *
 * <p>"After the crawl" allows for what a page cannot tell us: a date written without offset is
 * read as UTC, so a local time east of Greenwich can lie up to 14 hours (UTC+14) after the
 * instant it stands for; it may be up to {@link #AHEAD_WITHOUT_OFFSET} after the crawl. A date
 * with an offset is a true instant and may be ahead only by clock skew, {@link #AHEAD_WITH_OFFSET}.
 */
final class PublicationDate {

  /** How far a date without offset (or a day without time) may lie after the crawl. */
  public static final Duration AHEAD_WITHOUT_OFFSET = Duration.ofHours(14);
  /** How far a date with an offset may lie after the crawl: clocks of servers and crawlers. */
  public static final Duration AHEAD_WITH_OFFSET = Duration.ofHours(1);

  /** The date (null when none) and the {@link DateSource} of the rule that found it. */
  public record Found(PublishedDate date, String source) {
    /** The UTC instant, or null. */
    public Instant instant() {
      return date == null ? null : date.instant();
    }
  }

  private static final List<String> META_KEYS = List.of(
      "article:published_time", "og:article:published_time", "og:published_time",
      "article:published", "datepublished", "publishdate", "publish-date", "publish_date",
      "published_date", "published-date", "date_published", "pubdate", "publication_date",
      "publicationdate", "pub_date", "dc.date.issued", "dcterms.issued", "dc.date.created",
      "dcterms.created", "dc.date", "dcterms.date", "date", "sailthru.date", "parsely-pub-date",
      "article.published", "article_date_original", "originalpublicationdate", "datecreated",
      "created", "creation_date", "release_date");
  /** Checked on every element of the body: matched by hand, not by a regular expression. */
  private static final AsciiWords DATE_CLASS = new AsciiWords(
      "date", "time", "publish", "byline", "meta", "datum", "fecha", "data", "dateline", "posted", "author");
  /** Class or id words of blocks that list other articles, with their dates. */
  private static final AsciiWords OTHER_ARTICLES = new AsciiWords(
      "related", "recommend", "teaser", "popular", "mostread", "most-read", "trending", "sidebar",
      "footer", "outbrain", "taboola");
  private static final Evaluator ITEMPROP_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
  private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
  private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)author");
  private static final Pattern MODIFIED = Pattern.compile("(?i)(modif|updat|aktualisiert|edited)");
  private static final Instant EARLIEST = LocalDate.of(1990, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  /** How many date-looking elements are read for a date in words; the byline is near the top. */
  private static final int MAX_TEXT_ELEMENTS = 40;

  private PublicationDate() {
  }

  static Found find(Document doc, PageElements elements, String html, MetaTags meta, JsonNode article,
      String url, Instant crawledAt) {
    if (article != null) {
      for (String field : new String[] {"datePublished", "dateCreated"}) {
        Optional<PublishedDate> d = plausible(DateParser.parseMachine(JsonLd.text(article, field)), crawledAt);
        if (d.isPresent()) {
          return new Found(inLocalTime(d.get(), doc, elements, meta, crawledAt), DateSource.JSON_LD);
        }
      }
    }
    for (String key : META_KEYS) {
      for (String value : meta.all(key)) {
        Optional<PublishedDate> d = plausible(DateParser.parseMachine(value), crawledAt);
        if (d.isPresent()) {
          return new Found(inLocalTime(d.get(), doc, elements, meta, crawledAt), DateSource.META);
        }
      }
    }
    for (Element e : elements.select(ITEMPROP_PUBLISHED, elements.all())) {
      if (aboutOtherArticles(e)) {
        continue;
      }
      String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      Optional<PublishedDate> d = plausible(DateParser.parseMachine(value), crawledAt);
      if (d.isPresent()) {
        return new Found(inLocalTime(d.get(), doc, elements, meta, crawledAt), DateSource.META);
      }
    }
    // The page's weaker sources may hold other articles' dates; a day in the URL, where there
    // is one, is the publisher's own day for this article, and they must agree with it.
    Optional<PublishedDate> fromUrl = plausible(DateParser.fromUrl(url), crawledAt);
    Predicate<PublishedDate> ok = d -> plausible(d, crawledAt)
        && (fromUrl.isEmpty() || d.date().equals(fromUrl.get().date()));
    Optional<PublishedDate> time = fromTimeElements(elements, ok);
    if (time.isPresent()) {
      return new Found(time.get(), DateSource.TIME_ELEMENT);
    }
    Optional<PublishedDate> text = fromBylineText(doc, elements, ok);
    if (text.isPresent()) {
      return new Found(text.get(), DateSource.TEXT);
    }
    Optional<PublishedDate> script = EmbeddedDates.first(html, ok);
    if (script.isPresent()) {
      return new Found(script.get(), DateSource.SCRIPT);
    }
    // Some sites write the date into the document title ("Headline | Site | 28.04.2023").
    Optional<PublishedDate> inTitle = DateParser.findInText(doc.title()).filter(ok);
    if (inTitle.isPresent()) {
      return new Found(inTitle.get(), DateSource.TEXT);
    }
    if (fromUrl.isPresent()) {
      return new Found(fromUrl.get(), DateSource.URL);
    }
    return crawlOrNone(crawledAt);
  }

  /**
   * The metadata date written in the publisher's local time where the page shows it: metadata
   * often gives UTC ("…T22:00:00Z") or no offset, while another meta tag, a {@code <time>}
   * element or the byline shows the same moment as the reader sees it. Taken from them:
   * <ul>
   *   <li>the same instant written with a non-zero offset (22:00Z and 01:30+03:30);
   *   <li>for a date without offset, the same wall-clock time written with an offset;
   *   <li>for a UTC date, a wall-clock time without offset that differs from it by a whole
   *       number of quarter hours between −11 and +14 hours, the offsets of inhabited places
   *       (22:00Z shown as "2 September 2024, 01:30"): the offset is that difference, the
   *       instant stays. Twelve hours apart is a 12-hour clock without "p.m.", not an offset.
   * </ul>
   */
  private static PublishedDate inLocalTime(PublishedDate d, Document doc, PageElements elements, MetaTags meta,
      Instant crawledAt) {
    boolean utc = d.offsetMinutes() != null && d.offsetMinutes() == 0;
    if (!d.hasTime() || !(utc || d.offsetMinutes() == null)) {
      return d;
    }
    LocalDateTime wall = d.date().atTime(d.time()).truncatedTo(ChronoUnit.MINUTES);
    return shownDates(doc, elements, meta, crawledAt)
        .map(c -> sameMomentInLocalTime(d, wall, utc, c))
        .flatMap(Optional::stream)
        .findFirst().orElse(d);
  }

  private static Optional<PublishedDate> sameMomentInLocalTime(PublishedDate d, LocalDateTime wall,
      boolean utc, PublishedDate c) {
    if (!c.hasTime()) {
      return Optional.empty();
    }
    LocalDateTime cWall = c.date().atTime(c.time()).truncatedTo(ChronoUnit.MINUTES);
    if (c.offsetMinutes() != null && c.offsetMinutes() != 0) {
      boolean sameInstant = utc && c.instant().truncatedTo(ChronoUnit.MINUTES)
          .equals(d.instant().truncatedTo(ChronoUnit.MINUTES));
      boolean sameWall = d.offsetMinutes() == null && cWall.equals(wall);
      if (sameInstant || sameWall) {
        return Optional.of(PublishedDate.of(
            d.date().atTime(d.time()).plusMinutes(sameInstant ? c.offsetMinutes() : 0), c.offsetMinutes()));
      }
    } else if (utc && c.offsetMinutes() == null) {
      long minutes = Duration.between(wall, cWall).toMinutes();
      if (minutes != 0 && minutes % 15 == 0 && minutes >= -11 * 60 && minutes <= 14 * 60) {
        return Optional.of(PublishedDate.of(d.date().atTime(d.time()).plusMinutes(minutes), (int) minutes));
      }
    }
    return Optional.empty();
  }

  /**
   * The dates a page shows besides its first metadata date, in order: every publication meta
   * tag, the {@code datetime} and the text of its {@code <time>} elements (not modification
   * times, not in lists of other articles), the byline.
   */
  private static Stream<PublishedDate> shownDates(Document doc, PageElements elements, MetaTags meta,
      Instant crawledAt) {
    // lazily, source by source: the first that shows the moment ends the search
    return Stream.<Supplier<Stream<PublishedDate>>>of(
        () -> META_KEYS.stream().flatMap(key -> meta.all(key).stream())
            .flatMap(value -> DateParser.parseMachine(value).stream()),
        () -> elements.byTag("time").stream()
            .filter(t -> !MODIFIED.matcher(t.className() + " " + t.id() + " " + t.attr("itemprop")).find()
                && !aboutOtherArticles(t))
            .flatMap(t -> Stream.concat(DateParser.parseMachine(t.attr("datetime")).stream(),
                DateParser.findInText(t.text()).stream())),
        () -> fromBylineText(doc, elements, c -> plausible(c, crawledAt)).stream())
        .flatMap(Supplier::get);
  }


  /**
   * The date of a page whose extractor found {@code found} (or nothing): kept when plausible,
   * else the crawl date ({@link DateSource#CRAWL}), else none. For extractors that have a single
   * source (text dumps, JSON records).
   */
  public static Found settle(Found found, Instant crawledAt) {
    if (found != null && found.date() != null && plausible(found.date(), crawledAt)) {
      return found;
    }
    return crawlOrNone(crawledAt);
  }

  /** The crawl date as the last resort, in UTC as crawlers record it, or no date. */
  private static Found crawlOrNone(Instant crawledAt) {
    return crawledAt == null ? new Found(null, DateSource.NONE)
        : new Found(PublishedDate.ofInstant(crawledAt), DateSource.CRAWL);
  }

  /** The first {@code <time datetime>} that is not a modification time, published ones first. */
  private static Optional<PublishedDate> fromTimeElements(PageElements elements, Predicate<PublishedDate> ok) {
    List<Element> times = elements.select(TIME_WITH_DATETIME, elements.byTag("time"));
    for (boolean publishedOnly : new boolean[] {true, false}) {
      for (Element t : times) {
        String hints = t.className() + " " + t.id() + " " + t.attr("itemprop")
            + " " + (t.parent() == null ? "" : t.parent().className());
        if (MODIFIED.matcher(hints).find()) {
          continue;
        }
        boolean published = t.hasAttr("pubdate") || hints.toLowerCase(Locale.ROOT).contains("publi");
        if (publishedOnly && !published || aboutOtherArticles(t)) {
          continue;
        }
        Optional<PublishedDate> d = DateParser.parseMachine(t.attr("datetime")).filter(ok);
        if (d.isEmpty()) {
          d = DateParser.findInText(t.attr("datetime")).filter(ok);
        }
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A date written in words in an element whose class or id speaks of dates or bylines, or in
   * the element around an author name (bylines put the date beside it), outside blocks that
   * list other articles.
   */
  private static Optional<PublishedDate> fromBylineText(Document doc, PageElements elements,
      Predicate<PublishedDate> ok) {
    int read = 0;
    for (Element e : elements.subtree(doc.body())) {
      String cls = e.className();
      String id = e.id();
      if (cls.isBlank() && id.isBlank() || !DATE_CLASS.foundIn(cls) && !DATE_CLASS.foundIn(id)) {
        continue;
      }
      String name = cls + " " + id;
      if (MODIFIED.matcher(name).find()
          || aboutOtherArticles(e)) {
        continue;
      }
      Optional<PublishedDate> d = dateIn(e, ok);
      if (d.isEmpty() && AUTHOR_CLASS.matcher(name).find() && e.parent() != null) {
        d = dateIn(e.parent(), ok);
      }
      if (d.isPresent()) {
        return d;
      }
      if (++read >= MAX_TEXT_ELEMENTS) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Optional<PublishedDate> dateIn(Element e, Predicate<PublishedDate> ok) {
    String text = e.text();
    if (text.isEmpty() || text.length() > 300) {
      return Optional.empty();
    }
    return DateParser.findInText(text).filter(ok);
  }

  /**
   * True inside a block that lists other articles: an aside, nav or footer, a block named as
   * such, or a teaser (an item whose headline is a link to another page).
   */
  private static boolean aboutOtherArticles(Element e) {
    for (Element a : e.parents()) {
      String tag = a.normalName();
      if (tag.equals("aside") || tag.equals("nav") || tag.equals("footer")
          || OTHER_ARTICLES.foundIn(a.className()) || OTHER_ARTICLES.foundIn(a.id())) {
        return true;
      }
      if ((a.hasAttr("itemscope") || tag.equals("article")) && isTeaser(a)) {
        return true;
      }
    }
    return false;
  }

  /** An article item whose headline sits in a link, or wraps one: a card pointing elsewhere. */
  private static boolean isTeaser(Element item) {
    Element headline = item.selectFirst("[itemprop=headline], h1, h2, h3, h4");
    return headline != null && !headline.is("h1")
        && (headline.closest("a[href]") != null || headline.selectFirst("a[href]") != null);
  }

  private static Optional<PublishedDate> plausible(Optional<PublishedDate> d, Instant crawledAt) {
    return d.filter(date -> plausible(date, crawledAt));
  }

  /** Not before 1990, and not after the crawl beyond the allowance for its kind (see above). */
  public static boolean plausible(PublishedDate date, Instant crawledAt) {
    Instant i = date.instant();
    if (i.isBefore(EARLIEST)) {
      return false;
    }
    if (crawledAt == null) {
      return true;
    }
    Duration ahead = date.offsetMinutes() == null ? AHEAD_WITHOUT_OFFSET : AHEAD_WITH_OFFSET;
    return !i.isAfter(crawledAt.plus(ahead));
  }
}
