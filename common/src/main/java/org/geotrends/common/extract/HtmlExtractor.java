package org.geotrends.common.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Extracts an article's fields from one HTML page. Structured metadata comes first (JSON-LD
 * Article objects, OpenGraph and {@code article:*} meta tags, Dublin Core, {@code itemprop}),
 * then the page itself: the headline element, {@code <time>} elements, the byline text; the
 * body is found by content scoring ({@link BodyExtractor}). No rule names a site.
 *
 * <p>Thread-safe: every call works on its own parsed document.
 */
public final class HtmlExtractor {

  private static final Pattern URL_LIKE = Pattern.compile("^(https?:)?//|^www\\.", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
  private static final int MAX_TAGS = 50;
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** "By" before a byline's names, in the languages of the bylines seen. */
  private static final Pattern BY = Pattern.compile("(?i)^(by|von|par|por|di|door|av|af)\\s+");

  private HtmlExtractor() {
  }

  /**
   * Extracts the fields of the article in {@code html}.
   *
   * @param html the decoded page
   * @param url the URL the crawl fetched the page from, or null; resolves relative links and
   *     is the last resort for the date
   * @param crawledAt when the page was fetched, or null; no publication date after it is taken
   */
  public static PageFields extract(String html, String url, Instant crawledAt) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    // One walk of the tree for the metadata steps below, not one each.
    PageElements elements = PageElements.of(doc);
    MetaTags meta = MetaTags.read(elements.byTag("meta"));
    JsonLd jsonLd = JsonLd.read(elements.byTag("script"));
    JsonNode article = jsonLd.article().orElse(null);

    PageFields.Builder fields = PageFields.builder();
    String pageUrl = pageUrl(elements, meta, article);
    fields.url(pageUrl);
    String publisher = firstNonBlank(meta.first("og:site_name"),
        article == null ? null : JsonLd.text(article.get("publisher"), "name"),
        meta.first("application-name"));
    fields.publisher(publisher);
    String title = Titles.choose(doc, elements.byTag("h1"), meta, article, publisher, firstNonBlank(url, pageUrl));
    fields.title(title);
    String summary = clean(firstNonBlank(meta.first("description"), meta.first("og:description"),
        meta.first("twitter:description"), JsonLd.text(article, "description")));
    fields.summary(summary);
    String byline = byline(doc, meta, article);
    fields.byline(byline);
    fields.section(section(meta, article, jsonLd));
    fields.tags(tags(meta, article));

    PublicationDate.Found date = PublicationDate.find(doc, elements, html, meta, article, firstNonBlank(url, pageUrl), crawledAt);
    fields.published(date.date()).dateSource(date.source());

    Element root = doc.selectFirst("html");
    String htmlLang = firstNonBlank(root == null ? null : root.attr("lang"),
        JsonLd.text(article, "inLanguage"), meta.first("og:locale"), meta.first("content-language"),
        meta.first("dc.language"), meta.first("language"));

    // Last: the body extractor removes furniture from the tree the steps above read.
    String body = doc.body() == null ? "" : BodyExtractor.extract(doc.body(), elements.subtree(doc.body()), title);
    String articleBody = clean(JsonLd.text(article, "articleBody"));
    if (articleBody != null && body.length() < articleBody.length() / 2) {
      // The page hides its text (script-rendered) but ships it in JSON-LD.
      body = articleBody;
    }
    if (body.isEmpty()) {
      // Nothing in the markup: the page may ship its article as HTML inside a script. Parsed
      // again because the body extractor removed the scripts; this is the rare case.
      Element embedded = EmbeddedHtml.find(Jsoup.parse(html, url == null ? "" : url));
      if (embedded != null) {
        body = BodyExtractor.extract(embedded, embedded.getAllElements(), title);
      }
    }
    fields.body(body);
    fields.sourceAgency(Agencies.find(byline, body));
    String languageSample = body.isEmpty() ? String.join(" ", nonNull(title), nonNull(summary)) : body;
    fields.language(LanguageDetector.detect(languageSample, htmlLang));
    return fields.build();
  }

  private static String pageUrl(PageElements elements, MetaTags meta, JsonNode article) {
    List<Element> canonicals = elements.select(CANONICAL, elements.all());
    Element canonical = canonicals.isEmpty() ? null : canonicals.get(0);
    String fromLink = canonical == null ? null : canonical.absUrl("href");
    String fromJson = null;
    if (article != null) {
      fromJson = firstNonBlank(JsonLd.text(article, "url"), JsonLd.text(article, "mainEntityOfPage"));
    }
    String candidate = firstNonBlank(fromLink, meta.first("og:url"), fromJson);
    return candidate != null && URL_LIKE.matcher(candidate).find() ? candidate : null;
  }

  private static String byline(Document doc, MetaTags meta, JsonNode article) {
    Set<String> names = new LinkedHashSet<>();
    if (article != null) {
      for (String name : JsonLd.names(article, "author")) {
        addName(names, name);
      }
    }
    if (names.isEmpty()) {
      for (String key : new String[] {"author", "article:author", "dc.creator", "parsely-author",
          "sailthru.author", "byl"}) {
        for (String value : meta.all(key)) {
          addName(names, value);
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    if (names.isEmpty()) {
      for (Element e : doc.select("[itemprop=author] [itemprop=name], [rel=author]")) {
        addName(names, e.hasAttr("content") ? e.attr("content") : e.text());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static void addName(Set<String> names, String value) {
    String v = clean(value);
    if (v == null || URL_LIKE.matcher(v).find() || v.length() > 100) {
      return;
    }
    names.add(BY.matcher(v).replaceFirst(""));
  }

  private static String section(MetaTags meta, JsonNode article, JsonLd jsonLd) {
    String section = firstNonBlank(meta.first("article:section"),
        article == null ? null : JsonLd.text(article, "articleSection"));
    if (section != null) {
      return clean(section);
    }
    // A breadcrumb's second item is the section (the first is the home page).
    JsonNode items = jsonLd.first("BreadcrumbList").map(b -> b.get("itemListElement")).orElse(null);
    if (items != null && items.isArray() && items.size() >= 3) {
      JsonNode second = items.get(1);
      return clean(firstNonBlank(JsonLd.text(second, "name"), JsonLd.text(second.get("item"), "name")));
    }
    return null;
  }

  private static List<String> tags(MetaTags meta, JsonNode article) {
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : meta.all("article:tag")) {
      addTags(tags, tag, false);
    }
    if (article != null) {
      for (String keyword : JsonLd.names(article, "keywords")) {
        addTags(tags, keyword, true);
      }
    }
    for (String keywords : meta.all("news_keywords")) {
      addTags(tags, keywords, true);
    }
    List<String> out = new ArrayList<>(tags);
    return out.size() > MAX_TAGS ? out.subList(0, MAX_TAGS) : out;
  }

  private static void addTags(Set<String> tags, String value, boolean split) {
    if (value == null) {
      return;
    }
    for (String t : split ? LIST_SEPARATOR.split(value) : new String[] {value}) {
      String c = clean(t);
      if (c != null && !tags.stream().anyMatch(c::equalsIgnoreCase)) {
        tags.add(c);
      }
    }
  }

  /** Collapses whitespace; null for null or blank. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = WHITESPACE.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
    return c.isEmpty() ? null : c;
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
