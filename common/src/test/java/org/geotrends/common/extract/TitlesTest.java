package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link Titles} picks the headline among a page's sources; each case is its own page. */
class TitlesTest {

  private static final String HEADLINE = "River ferry returns to service after winter repairs";

  private static String title(String head, String body, String url) {
    String html = "<html><head>" + head + "</head><body>" + body
        + "<p>The ferry carried its first passengers across the river on Monday morning.</p></body></html>";
    return HtmlExtractor.extract(html, url, null).title();
  }

  private static String jsonLd(String headline) {
    return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + headline + "\"}</script>";
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // the host name, when the page names no site
      "https://www.valley-times.example/ferry | ` - Valley-Times.example`",
      // og:site_name written after a section label
      "https://news.example/ferry | ` | Local | Riverside Post`",
      // an unspaced bar (here the Hangul letter that Korean sites use as one) and section
      "https://news.example/ferry | `-지역ㅣRiverside Post`"})
  void dropsTheSiteNameAndItsSectionFromMetadataTitles(String url, String suffix) {
    String head = "<meta property=\"og:site_name\" content=\"Riverside Post\">"
        + "<meta property=\"og:title\" content=\"" + HEADLINE + suffix + "\">"
        + "<title>" + HEADLINE + suffix + "</title>";
    assertEquals(HEADLINE, title(head, "", url));
  }

  @Test
  void keepsATrailingSegmentThatIsNotTheSite() {
    String full = HEADLINE + " - what passengers need to know";
    String head = "<meta property=\"og:site_name\" content=\"Riverside Post\">"
        + "<meta property=\"og:title\" content=\"" + full + "\"><title>" + full + "</title>";
    assertEquals(full, title(head, "<h1>" + full + "</h1>", "https://news.example/ferry"));
  }

  @Test
  void readsAMetadataTitleWithABarSegmentAsTheHeadlineItExtends() {
    // JSON-LD says "Headline | Section"; the visible h1 and og:title say just the headline.
    String head = jsonLd(HEADLINE + " | Local") + "<meta property=\"og:title\" content=\"" + HEADLINE + "\">";
    assertEquals(HEADLINE, title(head, "<h1>" + HEADLINE + "</h1>", "https://news.example/ferry"));
  }

  @Test
  void takesTheFirstH1WithText() {
    String head = jsonLd(HEADLINE);
    assertEquals(HEADLINE, title(head, "<h1><a href=\"/\"><img src=\"logo.png\"></a></h1><h1>" + HEADLINE + "</h1>",
        "https://news.example/ferry"));
  }

  @Test
  void agreesAcrossSourcesThatEncodeTheSameTextDifferently() {
    // The h1 and og:title differ only by a zero-width space and a curly apostrophe; together
    // they outvote the JSON-LD variant.
    String h1 = "Ferry\u2019s return delayed\u200B";
    String head = jsonLd("Ferry return delayed again") + "<meta property=\"og:title\" content=\"Ferry's return delayed\">";
    assertEquals("Ferry's return delayed", Titles.key(title(head, "<h1>" + h1 + "</h1>", "https://news.example/f")));
  }

  @Test
  void keepsTheIdeographicSpaceOfThePage() {
    String headline = "渡し船が運航再開\u3000冬の修理終える";
    String head = jsonLd(headline);
    assertEquals(headline, title(head, "<h1>" + headline + "</h1>", "https://news.example/jp"));
  }
}
