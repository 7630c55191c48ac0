package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private static final Instant CRAWLED = Instant.parse("2024-09-01T12:00:00Z");

  private static final String P1 = "The foreign minister said on Saturday that talks with the neighbouring "
      + "government would resume next week, after months of silence between the two capitals.";
  private static final String P2 = "Officials from both sides, speaking on condition of anonymity, said the "
      + "agenda would cover border crossings, trade, and the exchange of prisoners.";
  private static final String P3 = "Analysts cautioned that earlier rounds had collapsed over the same issues, "
      + "and that a breakthrough was unlikely before the end of the year.";

  /** A page with every kind of furniture around three article paragraphs. */
  private static String page(String head, String articleExtra) {
    return "<html lang=\"en\"><head>" + head + "</head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav></header>"
        + "<div class=\"ticker\">Markets: stocks rise, oil falls, gold steady</div>"
        + "<main><article>"
        + "<h1>Talks to resume next week</h1>"
        + "<div class=\"byline\">By Jane Doe, 31 Aug 2024 23:45</div>"
        + "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>"
        + "<figure><img src=\"a.jpg\"><figcaption>The minister arrives at the summit, in a photo from last year.</figcaption></figure>"
        + "<div class=\"article-body\"><p>" + P1 + "</p>"
        + "<div class=\"ad-slot\">Advertisement</div>"
        + "<p>" + P2 + "</p>"
        + "<aside class=\"related\"><h3>Related stories</h3><ul>"
        + "<li><a href=\"/a\">Earlier talks collapsed over border dispute in a long night of arguments</a></li>"
        + "<li><a href=\"/b\">Prisoner exchange raises hopes among families waiting for years</a></li></ul></aside>"
        + "<h2>What comes next</h2>"
        + "<p>" + P3 + "</p>" + articleExtra + "</div>"
        + "<div class=\"newsletter-signup\"><p>Sign up for our daily newsletter to get the best stories in your inbox every morning.</p></div>"
        + "</article>"
        + "<section class=\"most-read\"><h2>Most read</h2><ol><li><a href=\"/c\">Celebrity wedding draws crowds to the old town square</a></li></ol></section>"
        + "<div id=\"comments\"><p>Great article, I have always said that the talks would resume, thanks for writing this.</p></div>"
        + "</main>"
        + "<footer><p>© 2024 Example News. All rights reserved. Contact us about advertising and syndication.</p></footer>"
        + "<div class=\"cookie-banner\"><p>We use cookies to improve your experience on our website and for advertising.</p></div>"
        + "</body></html>";
  }

  @Test
  void keepsOnlyArticleParagraphsAndSubheadings() {
    PageFields f = HtmlExtractor.extract(page("", ""), "https://example.org/world/talks", CRAWLED);
    assertEquals(P1 + "\n\n" + P2 + "\n\nWhat comes next\n\n" + P3, f.body());
  }

  @Test
  void dropsNavigationTickerAndFooterFromBody() {
    String body = HtmlExtractor.extract(page("", ""), null, CRAWLED).body();
    assertFalse(body.contains("Home"));
    assertFalse(body.contains("Markets"));
    assertFalse(body.contains("All rights reserved"));
  }

  @Test
  void dropsRelatedAndMostReadLinksFromBody() {
    String body = HtmlExtractor.extract(page("", ""), null, CRAWLED).body();
    assertFalse(body.contains("Earlier talks collapsed"));
    assertFalse(body.contains("Celebrity wedding"));
  }

  @Test
  void dropsCaptionsShareButtonsAndAdvertisingFromBody() {
    String body = HtmlExtractor.extract(page("", ""), null, CRAWLED).body();
    assertFalse(body.contains("The minister arrives"));
    assertFalse(body.contains("Share on"));
    assertFalse(body.contains("Advertisement"));
  }

  @Test
  void dropsCommentsNewsletterAndCookieBlocksFromBody() {
    String body = HtmlExtractor.extract(page("", ""), null, CRAWLED).body();
    assertFalse(body.contains("Great article"));
    assertFalse(body.contains("newsletter"));
    assertFalse(body.contains("cookies"));
  }

  @Test
  void dropsInlineLinkListsButKeepsParagraphsWithLinks() {
    String extra = "<p>Earlier this year <a href=\"/x\">the ministry</a> had said the talks were over.</p>"
        + "<ul><li><a href=\"/y\">Read more: the border crisis explained</a></li></ul>";
    String body = HtmlExtractor.extract(page("", extra), null, CRAWLED).body();
    assertTrue(body.contains("Earlier this year the ministry had said the talks were over."));
    assertFalse(body.contains("Read more"));
  }

  @Test
  void readsJsonLdArticleInsideGraph() {
    String head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Example News\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Talks to resume next week\","
        + "\"datePublished\":\"2024-08-31T22:10:00+02:00\",\"dateModified\":\"2024-09-01T08:00:00+02:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"},"
        + "\"articleSection\":[\"World\"],\"keywords\":\"diplomacy, borders\","
        + "\"description\":\"Talks resume after months.\",\"url\":\"https://example.org/world/talks\"},"
        + "{\"@type\":\"BreadcrumbList\",\"itemListElement\":[]}]}</script>";
    PageFields f = HtmlExtractor.extract(page(head, ""), "https://example.org/world/talks?ref=rss", CRAWLED);
    assertEquals(Instant.parse("2024-08-31T20:10:00Z"), f.publishedAt());
    assertEquals(DateSource.JSON_LD, f.dateSource());
    assertEquals("Jane Doe, John Roe", f.byline());
    assertEquals("Example News", f.publisher());
    assertEquals("World", f.section());
    assertEquals(List.of("diplomacy", "borders"), f.tags());
    assertEquals("Talks resume after months.", f.summary());
    assertEquals("https://example.org/world/talks", f.url());
    assertEquals("Talks to resume next week", f.title());
  }

  @Test
  void readsOpenGraphAndArticleMetaTags() {
    String head = "<title>Talks to resume next week | Example News</title>"
        + "<link rel=\"canonical\" href=\"/world/talks\">"
        + "<meta property=\"og:site_name\" content=\"Example News\">"
        + "<meta property=\"og:title\" content=\"Talks to resume next week\">"
        + "<meta name=\"description\" content=\"Talks resume after months.\">"
        + "<meta property=\"article:published_time\" content=\"2024-08-31T08:00:00Z\">"
        + "<meta property=\"article:modified_time\" content=\"2024-09-01T08:00:00Z\">"
        + "<meta property=\"article:section\" content=\"World\">"
        + "<meta property=\"article:tag\" content=\"Diplomacy\"><meta property=\"article:tag\" content=\"Borders\">"
        + "<meta name=\"author\" content=\"Jane Doe\">";
    PageFields f = HtmlExtractor.extract(page(head, ""), "https://example.org/world/talks?ref=rss", CRAWLED);
    assertEquals(Instant.parse("2024-08-31T08:00:00Z"), f.publishedAt());
    assertEquals(DateSource.META, f.dateSource());
    assertEquals("https://example.org/world/talks", f.url());
    assertEquals("Talks to resume next week", f.title());
    assertEquals(List.of("Diplomacy", "Borders"), f.tags());
    assertEquals("World", f.section());
    assertEquals("Jane Doe", f.byline());
  }

  @Test
  void takesPublicationTimeElementOverModificationTime() {
    String extra = "<time class=\"updated\" datetime=\"2024-09-01T10:00:00Z\">1 Sep</time>"
        + "<time datetime=\"2024-08-30T10:00:00Z\">30 Aug</time>";
    PageFields f = HtmlExtractor.extract(page("", extra), null, CRAWLED);
    assertEquals(Instant.parse("2024-08-30T10:00:00Z"), f.publishedAt());
    assertEquals(DateSource.TIME_ELEMENT, f.dateSource());
  }

  @Test
  void neverTakesADateAfterTheCrawl() {
    String head = "<meta property=\"article:published_time\" content=\"2031-01-01T00:00:00Z\">";
    PageFields f = HtmlExtractor.extract(page(head, ""), null, CRAWLED);
    // The meta value is impossible; the byline text holds the real date.
    assertEquals(Instant.parse("2024-08-31T23:45:00Z"), f.publishedAt());
    assertEquals(DateSource.TEXT, f.dateSource());
  }

  @Test
  void fallsBackToTheUrlDate() {
    String html = "<html><body><article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    PageFields f = HtmlExtractor.extract(html, "https://example.org/2024/08/30/talks", CRAWLED);
    assertEquals(Instant.parse("2024-08-30T00:00:00Z"), f.publishedAt());
    assertEquals(DateSource.URL, f.dateSource());
  }

  @Test
  void takesTheCrawlDateForAPageWithoutOne() {
    String html = "<html><body><article><h1>Talks</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    PageFields f = HtmlExtractor.extract(html, "https://example.org/world/talks", CRAWLED);
    assertEquals(CRAWLED, f.publishedAt());
    assertEquals("2024-09-01T12:00:00+00:00", f.published().localText());
    assertEquals(DateSource.CRAWL, f.dateSource());
    assertEquals(P1 + "\n\n" + P2, f.body());
  }

  @Test
  void leavesTheDateEmptyOnAPageWithoutOneNorACrawlDate() {
    String html = "<html><body><article><h1>Talks</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    PageFields f = HtmlExtractor.extract(html, "https://example.org/world/talks", null);
    assertNull(f.publishedAt());
    assertEquals(DateSource.NONE, f.dateSource());
  }

  @Test
  void returnsEmptyFieldsForAnEmptyPage() {
    PageFields f = HtmlExtractor.extract("", null, null);
    assertEquals("", f.body());
    assertNull(f.title());
    assertNull(f.publishedAt());
    assertEquals(DateSource.NONE, f.dateSource());
    assertTrue(f.tags().isEmpty());
  }

  @Test
  void usesJsonLdArticleBodyWhenThePageRendersItsTextWithScript() {
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks\","
        + "\"articleBody\":\"" + P1 + " " + P2 + "\"}</script>";
    String html = "<html><head>" + head + "</head><body><div id=\"app\"></div></body></html>";
    assertEquals(P1 + " " + P2, HtmlExtractor.extract(html, null, CRAWLED).body());
  }

  @Test
  void detectsTheLanguageOfTheBody() {
    String german = "<html lang=\"en\"><body><article>"
        + "<p>Die Außenministerin sagte am Samstag, die Gespräche mit der Nachbarregierung würden nächste Woche fortgesetzt.</p>"
        + "<p>Beamte beider Seiten erklärten, die Tagesordnung umfasse Grenzübergänge, Handel und den Austausch von Gefangenen.</p>"
        + "</article></body></html>";
    assertEquals("de", HtmlExtractor.extract(german, null, CRAWLED).language());
    assertEquals("en", HtmlExtractor.extract(page("", ""), null, CRAWLED).language());
  }

  @Test
  void findsTheAgencyInTheDateline() {
    String extra = "<p>(Reuters) - Reporting by a correspondent; editing by the desk.</p>";
    String html = "<html><body><article><p>MOSCOW (Reuters) - " + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    assertEquals("Reuters", HtmlExtractor.extract(html, null, CRAWLED).sourceAgency());
    assertNull(HtmlExtractor.extract(page("", ""), null, CRAWLED).sourceAgency());
    assertEquals("Reuters", HtmlExtractor.extract(page("", extra), null, CRAWLED).sourceAgency());
  }

  @Test
  void keepsAnArticleWhoseContainerNameSoundsLikeFurniture() {
    String html = "<html><body><div class=\"sidebar-grid\"><div class=\"sidebar-grid__content\">"
        + "<p>" + P1 + "</p><p>" + P2 + "</p></div><div class=\"sidebar-grid__rail\"><p>Short promo.</p></div></div></body></html>";
    assertEquals(P1 + "\n\n" + P2, HtmlExtractor.extract(html, null, CRAWLED).body());
  }

  @Test
  void joinsParagraphsWrappedInSeparateBlocks() {
    StringBuilder html = new StringBuilder("<html><body><article>");
    for (String p : new String[] {P1, P2, P3}) {
      html.append("<div class=\"block\"><div class=\"inner\"><p>").append(p).append("</p></div></div>");
    }
    html.append("</article></body></html>");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, HtmlExtractor.extract(html.toString(), null, CRAWLED).body());
  }
}
