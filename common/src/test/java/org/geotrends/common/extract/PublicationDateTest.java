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
}
