package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.geotrends.common.record.Article;
import org.geotrends.common.record.InputFormat;
import org.geotrends.common.record.Outcome;
import org.geotrends.common.record.Page;
import org.geotrends.common.record.Rejection;
import org.geotrends.common.record.SourceRef;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

  static final String BODY = "Talks between Ankara and Damascus resumed on Monday. ".repeat(5);

  static Page html(byte[] bytes) {
    return new Page(new SourceRef("f.warc", 0, InputFormat.WARC), "https://example.org/a",
        Instant.parse("2024-09-01T00:00:00Z"), "text/html", null, bytes);
  }

  static Page html(String markup) {
    return html(markup.getBytes(StandardCharsets.UTF_8));
  }

  static Page json(String line) {
    return new Page(new SourceRef("f.jsonl", 0, InputFormat.JSONL), null, null, "application/json",
        "UTF-8", line.getBytes(StandardCharsets.UTF_8));
  }

  /** The extractor with the default minimum of words, as the ingest stage runs it. */
  static Outcome extract(Page page) {
    return PageExtractor.extract(page, PageExtractor.DEFAULT_MIN_BODY_WORDS);
  }

  static String reason(Outcome outcome) {
    return outcome instanceof Rejection r ? r.reason().code() : "article";
  }

  static Article article(Outcome outcome) {
    return assertInstanceOf(Article.class, outcome, String.valueOf(outcome));
  }

  @Test
  void extractsAnHtmlArticle() {
    Outcome r = extract(html("<html><head><title>Talks resume</title>"
        + "<meta property=\"article:published_time\" content=\"2024-08-31T20:45:00+03:00\"></head>"
        + "<body><article><h1>Talks resume</h1><p>" + BODY + "</p></article></body></html>"));

    Article a = article(r);
    assertEquals("Talks resume", a.title());
    assertEquals(Instant.parse("2024-08-31T17:45:00Z"), a.publishedAt());
    assertEquals("https://example.org/a", a.url());
  }

  @Test
  void rejectsAnEmptyPage() {
    assertEquals("empty_page", reason(extract(html("  \n\t "))));
    assertEquals("empty_page", reason(extract(
        html("<html><head><script>var x = 1;</script></head><body> </body></html>"))));
  }

  @Test
  void rejectsAPageWithoutTitle() {
    assertEquals("no_title", reason(extract(html("<html><body><p>"
        + "x</p></body></html>"))));
  }

  @Test
  void rejectsAPageWithoutArticleText() {
    Outcome r = extract(html("<html><head><title>Index</title></head>"
        + "<body><ul><li><a href=/a>One</a></li><li><a href=/b>Two</a></li></ul></body></html>"));

    assertEquals("no_body", reason(r));
    assertEquals("https://example.org/a", assertInstanceOf(Rejection.class, r).url());
  }

  @Test
  void rejectsBytesThatAreNotText() {
    byte[] noise = new byte[400];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 2 == 0 ? 0x00 : 0xC3);
    }
    assertEquals("undecodable_text", reason(extract(html(noise))));
  }

  @Test
  void readsAJsonObjectWithCommonFieldNames() {
    Outcome r = extract(json("{\"url\":\"https://example.org/j\","
        + "\"headline\":\"Summit in Tehran\",\"maintext\":\"" + BODY + "\","
        + "\"date_publish\":\"2024-07-01 09:00:00\",\"authors\":[\"A. Writer\",\"B. Writer\"],"
        + "\"keywords\":\"Iran, Turkey\",\"language\":\"en\",\"date_download\":\"2024-07-02T00:00:00Z\"}"));

    Article a = article(r);
    assertEquals("Summit in Tehran", a.title());
    assertEquals(Instant.parse("2024-07-01T09:00:00Z"), a.publishedAt());
    assertEquals(DateSource.JSON_FIELD, a.dateSource());
    assertEquals("A. Writer, B. Writer", a.byline());
    assertEquals(java.util.List.of("Iran", "Turkey"), a.tags());
    assertEquals(Instant.parse("2024-07-02T00:00:00Z"), a.crawledAt());
    assertEquals("example.org", a.domain());
  }

  @Test
  void keepsAJsonArticleWithoutDate() {
    Article a = article(extract(json("{\"title\":\"Undated\",\"text\":\"" + BODY + "\"}")));

    assertNull(a.publishedAt());
    assertEquals(DateSource.NONE, a.dateSource());
  }

  @Test
  void neverDatesAJsonArticleAfterItsCrawlAndTakesTheCrawlDateInstead() {
    Article a = article(extract(json("{\"title\":\"Summit\",\"text\":\"" + BODY + "\","
        + "\"date\":\"2024-07-05T09:00:00+02:00\",\"crawled_at\":\"2024-07-02T00:00:00Z\"}")));

    assertEquals(Instant.parse("2024-07-02T00:00:00Z"), a.publishedAt());
    assertEquals("2024-07-02T00:00:00+00:00", a.publishedLocal());
    assertEquals(0, a.utcOffsetMinutes());
    assertEquals(DateSource.CRAWL, a.dateSource());
  }

  @Test
  void keepsTheOffsetOfAJsonDate() {
    Article a = article(extract(json("{\"title\":\"Summit\",\"text\":\"" + BODY + "\","
        + "\"date\":\"2024-07-02T01:30:00+03:30\",\"crawled_at\":\"2024-07-02T00:00:00Z\"}")));

    assertEquals(Instant.parse("2024-07-01T22:00:00Z"), a.publishedAt());
    assertEquals("2024-07-02T01:30:00+03:30", a.publishedLocal());
    assertEquals(210, a.utcOffsetMinutes());
    assertEquals(DateSource.JSON_FIELD, a.dateSource());
  }

  @Test
  void rejectsALineThatIsNotAJsonObject() {
    assertEquals("malformed_json", reason(extract(json("{\"title\": broken"))));
    assertEquals("malformed_json", reason(extract(json("[1, 2]"))));
  }
}
