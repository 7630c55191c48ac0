package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.geotrends.common.record.Article;
import org.geotrends.common.record.InputFormat;
import org.geotrends.common.record.Page;
import org.geotrends.common.record.SourceRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "https://www.Example.org/news/story/|https://example.org/news/story",
      "http://example.org/news/story#comments|https://example.org/news/story",
      "https://example.org/a?utm_source=x&id=7&fbclid=abc|https://example.org/a?id=7",
      "https://example.org|https://example.org/",
      "example.org/no-scheme|NULL",
      "file:///tmp/page.html|NULL",
      "NULL|NULL"})
  void canonicalisesUrlsSoThatRecrawlsShareAnId(String url, String canonical) {
    assertEquals(canonical, ArticleAssembler.canonicalUrl(url));
  }

  static Page page(String url) {
    return new Page(new SourceRef("crawl.warc.gz", 1234, InputFormat.WARC), url,
        Instant.parse("2024-09-01T10:00:00Z"), "text/html", null, "x".getBytes(StandardCharsets.UTF_8));
  }

  static PageFields fields(String body) {
    return PageFields.builder().title("T").body(body).url("https://example.org/from-page").build();
  }

  @Test
  void identifiesAnArticleByItsCanonicalUrl() {
    Article a = ArticleAssembler.assemble(page("http://www.example.org/a#top"), fields("One text."), null);
    Article b = ArticleAssembler.assemble(page("https://example.org/a"), fields("Another text."), null);

    assertEquals(a.articleId(), b.articleId());
    assertNotEquals(a.contentHash(), b.contentHash());
    assertEquals("example.org", a.domain());
    assertEquals("http://www.example.org/a#top", a.url(), "the url column keeps the URL as crawled");
  }

  @Test
  void fallsBackToThePageUrlAndThenToTheContentHash() {
    Article fromPage = ArticleAssembler.assemble(page(null), fields("Body text."), null);
    assertEquals("https://example.org/from-page", fromPage.url());

    Article noUrl = ArticleAssembler.assemble(page(null),
        PageFields.builder().title("T").body("Body  TEXT.").build(), null);
    Article sameText = ArticleAssembler.assemble(page(null),
        PageFields.builder().title("T").body("body text.").build(), null);
    assertNull(noUrl.domain());
    assertEquals(noUrl.contentHash(), noUrl.articleId());
    assertEquals(noUrl.contentHash(), sameText.contentHash(), "case and white space are folded");
  }

  @Test
  void carriesTheTraceColumns() {
    Article a = ArticleAssembler.assemble(page("https://example.org/a"), fields("Three words here."),
        Instant.parse("2024-09-01T10:00:00Z"));

    assertEquals("warc", a.inputFormat());
    assertEquals("crawl.warc.gz", a.sourceFile());
    assertEquals(1234, a.sourceOffset());
    assertEquals(ArticleAssembler.EXTRACTOR_VERSION, a.extractorVersion());
    assertEquals(3, a.wordCount());
    assertEquals(DateSource.NONE, a.dateSource());
  }
}
