package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Dates written in the page text, for pages without date metadata. */
class PublicationDateTest {

  private static final Instant CRAWLED = Instant.parse("2024-09-01T12:00:00Z");
  private static final String TEXT = "<p>The ferry carried its first passengers across the river on Monday morning, "
      + "after a winter of repairs to its engine and hull.</p>";

  private static PageFields extract(String head, String body) {
    return HtmlExtractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>",
        "https://news.example/ferry", CRAWLED);
  }

  @Test
  void skipsTheDatesOfRelatedArticles() {
    String body = "<article><h1>Ferry returns</h1>" + TEXT + "</article>"
        + "<div class=\"relatedContent\"><a href=\"/old\"><h2>Ferry stops for winter"
        + " <span class=\"date\">12.01.2024</span></h2></a></div>"
        + "<div class=\"meta\"><span class=\"date\">30.08.2024</span></div>";
    PageFields f = extract("<title>Ferry returns</title>", body);
    assertEquals(Instant.parse("2024-08-30T00:00:00Z"), f.publishedAt());
  }

  @Test
  void readsTheDateBesideTheAuthorNameWithATwoDigitYear() {
    String body = "<article><h1>Ferry returns</h1>"
        + "<div class=\"lineinfo\">Fr 30.08.24 | 14:07 Uhr | Von <span class=\"authorname\">Eva Example</span></div>"
        + TEXT + "</article>";
    PageFields f = extract("<title>Ferry returns</title>", body);
    assertEquals(Instant.parse("2024-08-30T14:07:00Z"), f.publishedAt());
    assertEquals(DateSource.TEXT, f.dateSource());
  }

  @Test
  void readsADateWrittenInTheDocumentTitle() {
    PageFields f = extract("<title>Ferry returns | Local | Example | 30.08.2024</title>",
        "<article><h1>Ferry returns</h1>" + TEXT + "</article>");
    assertEquals(Instant.parse("2024-08-30T00:00:00Z"), f.publishedAt());
  }

  @Test
  void keepsTheOffsetThePageWrites() {
    // 01:30 in Tehran on the 2nd is 22:00 UTC on the 1st
    PageFields f = HtmlExtractor.extract("<html><head><title>Ferry returns</title>"
        + "<meta property=\"article:published_time\" content=\"2024-09-02T01:30:00+03:30\"></head><body>"
        + "<article><h1>Ferry returns</h1>" + TEXT + "</article></body></html>",
        "https://news.example/ferry", Instant.parse("2024-09-01T23:00:00Z"));
    assertEquals(Instant.parse("2024-09-01T22:00:00Z"), f.publishedAt());
    assertEquals("2024-09-02T01:30:00+03:30", f.published().localText());
    assertEquals(210, f.published().offsetMinutes());
  }

  @Test
  void refusesADateWithOffsetLaterThanTheCrawlAndAsksTheNextSource() {
    // 20:00+02:00 is 18:00 UTC, six hours after the crawl: a wrong field (an event, an expiry)
    PageFields f = extract("<title>Ferry returns</title>"
        + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Ferry returns\","
        + " \"datePublished\": \"2024-09-01T20:00:00+02:00\"}</script>"
        + "<meta property=\"article:published_time\" content=\"2024-08-30T09:00:00+02:00\">",
        "<article><h1>Ferry returns</h1>" + TEXT + "</article>");
    assertEquals(Instant.parse("2024-08-30T07:00:00Z"), f.publishedAt());
    assertEquals(DateSource.META, f.dateSource());
  }

  @Test
  void allowsALocalTimeWithoutOffsetUpToFourteenHoursAfterTheCrawl() {
    // a publisher at UTC+12 writes 23:00 on the 1st, 11:00 UTC: read as UTC it is 11 hours ahead
    PageFields f = extract("<title>Ferry returns</title>"
        + "<meta property=\"article:published_time\" content=\"2024-09-01T23:00:00\">",
        "<article><h1>Ferry returns</h1>" + TEXT + "</article>");
    assertEquals("2024-09-01T23:00:00", f.published().localText());
    assertEquals(DateSource.META, f.dateSource());
  }

  @Test
  void fallsBackToTheCrawlDateWhenEveryDateIsTooLate() {
    // the 3rd is a day and a half after the crawl whatever the publisher's zone
    PageFields f = extract("<title>Ferry returns</title>"
        + "<meta property=\"article:published_time\" content=\"2024-09-03T01:00:00\">",
        "<article><h1>Ferry returns</h1>" + TEXT + "</article>");
    assertEquals(CRAWLED, f.publishedAt());
    assertEquals(DateSource.CRAWL, f.dateSource());
  }

  @Test
  void readsTheDateInTheUrlWhenThePageHasNone() {
    PageFields f = HtmlExtractor.extract("<html><head><title>Ferry returns</title></head><body>"
        + "<article><h1>Ferry returns</h1>" + TEXT + "</article></body></html>",
        "https://news.example/local/ferry-returns-2024-08-29.html", CRAWLED);
    assertEquals("2024-08-29", f.published().localText());
    assertEquals(DateSource.URL, f.dateSource());
  }

  @Test
  void skipsTheMicrodataOfTeasersToOtherArticles() {
    String body = "<article><h1>Ferry returns</h1>"
        + "<span class=\"dateGroup datePublished\"><time datetime=\"2024-08-30T09:00:00+02:00\">30 Aug</time></span>"
        + TEXT + "</article>"
        + "<div class=\"front\"><article itemscope itemtype=\"http://schema.org/NewsArticle\">"
        + "<a href=\"/other\"><h2 itemprop=\"headline\">Bridge closes</h2></a>"
        + "<time itemprop=\"datePublished\" datetime=\"2024-09-01T08:00:00+02:00\"></time></article></div>";
    PageFields f = extract("<title>Ferry returns</title>", body);
    assertEquals("2024-08-30T09:00:00+02:00", f.published().localText());
    assertEquals(DateSource.TIME_ELEMENT, f.dateSource());
  }

  @Test
  void takesOnlyPageDatesThatAgreeWithTheDayInTheUrl() {
    // the first <time> belongs to a list of other stories; the URL says the 29th
    String body = "<article><h1>Ferry returns</h1><ul><li><time datetime=\"2024-08-31T10:00:00Z\">31 Aug</time>"
        + " Other story</li></ul><p class=\"byline\">By Eva, <time datetime=\"2024-08-29T07:15:00+02:00\">29 Aug</time></p>"
        + TEXT + "</article>";
    PageFields f = HtmlExtractor.extract("<html><head><title>Ferry returns</title></head><body>" + body
        + "</body></html>", "https://news.example/2024/08/29/ferry-returns", CRAWLED);
    assertEquals("2024-08-29T07:15:00+02:00", f.published().localText());
    assertEquals(DateSource.TIME_ELEMENT, f.dateSource());
  }

  @Test
  void fallsBackToTheDayInTheUrlWhenNoPageDateAgrees() {
    String body = "<article><h1>Ferry returns</h1><time datetime=\"2024-08-31T10:00:00Z\">31 Aug</time>"
        + TEXT + "</article>";
    PageFields f = HtmlExtractor.extract("<html><head><title>Ferry returns</title></head><body>" + body
        + "</body></html>", "https://news.example/2024/08/29/ferry-returns", CRAWLED);
    assertEquals("2024-08-29", f.published().localText());
    assertEquals(DateSource.URL, f.dateSource());
  }

  @Test
  void readsThePublicationFieldOfAScriptRenderedPage() {
    String body = "<article><h1>Ferry returns</h1>" + TEXT + "</article>"
        + "<script>window.__STATE__={\"story\":{\"publishedAt\":\"2024-08-30T06:00:00-04:00\"}}</script>";
    PageFields f = extract("<title>Ferry returns</title>", body);
    assertEquals("2024-08-30T06:00:00-04:00", f.published().localText());
    assertEquals(-240, f.published().offsetMinutes());
    assertEquals(DateSource.SCRIPT, f.dateSource());
  }

  @Test
  void readsThePublishersOffsetFromTheTimeThePageShows() {
    // metadata in UTC, the <time> shows the reader's time in Tehran: 22:00Z is 01:30 on the 2nd
    PageFields f = HtmlExtractor.extract("<html><head><title>Ferry returns</title>"
        + "<meta property=\"article:published_time\" content=\"2024-09-01T22:00:37Z\"></head><body>"
        + "<article><h1>Ferry returns</h1><time datetime=\"2024-09-01T22:00:37Z\">2 September 2024, 01:30</time>"
        + TEXT + "</article></body></html>", "https://news.example/ferry", Instant.parse("2024-09-02T06:00:00Z"));
    assertEquals("2024-09-02T01:30:37+03:30", f.published().localText());
    assertEquals(Instant.parse("2024-09-01T22:00:37Z"), f.publishedAt());
  }

  @Test
  void takesTheOffsetOfAnotherMetaTagForTheSameInstant() {
    PageFields f = extract("<title>Ferry returns</title>"
        + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Ferry returns\","
        + " \"datePublished\": \"2024-08-31T15:24:00Z\"}</script>"
        + "<meta property=\"article:published_time\" content=\"2024-08-31T11:24:00-04:00\">",
        "<article><h1>Ferry returns</h1>" + TEXT + "</article>");
    assertEquals("2024-08-31T11:24:00-04:00", f.published().localText());
    assertEquals(DateSource.JSON_LD, f.dateSource());
  }

  @Test
  void takesNoOffsetFromATwelveHourClockWithoutPm() {
    // 15:48Z shown as "3:48": twelve hours apart is a clock, not a zone
    PageFields f = extract("<title>Ferry returns</title>"
        + "<meta property=\"article:published_time\" content=\"2024-08-31T15:48:00Z\">",
        "<article><h1>Ferry returns</h1><div class=\"date\">August 31, 2024, 3:48</div>" + TEXT + "</article>");
    assertEquals("2024-08-31T15:48:00+00:00", f.published().localText());
  }
}
