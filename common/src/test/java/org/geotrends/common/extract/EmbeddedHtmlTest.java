package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pages that render their article with a script from HTML shipped in a JSON payload. */
class EmbeddedHtmlTest {

  private static final String P1 = "The ferry carried its first passengers across the river on Monday morning, "
      + "after a winter of repairs to its engine, its hull and the landing stage on the north bank.";
  private static final String P2 = "The operator said the timetable would return to its summer rhythm in May, "
      + "with crossings every twenty minutes between six in the morning and ten at night.";
  private static final String P3 = "Passengers who bought season tickets last year can use them until the end of June, "
      + "a spokeswoman said, and the fares for cyclists stay as they were.";

  /** The article as a JSON string value, with markup escaped the way Next.js writes it. */
  private static String payload() {
    String html = "<div class=\"editor-img-box\"><img src=\"a.jpg\"></div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    return "{\"article\":{\"title\":\"Ferry returns\",\"contentHtml\":\""
        + html.replace("\"", "\\\"").replace("<", "\\u003c").replace(">", "\\u003e") + "\"}}";
  }

  @Test
  void readsTheArticleFromHtmlInAScriptWhenTheMarkupHasNone() {
    String page = "<html><head><title>Ferry returns</title></head><body><div id=\"root\"></div>"
        + "<script>window.__STATE__ = " + payload() + ";</script></body></html>";
    String body = HtmlExtractor.extract(page, "https://news.example/ferry", null).body();
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
  }

  @Test
  void readsHtmlInJsonThatIsItselfAJavaScriptString() {
    String json = payload();
    String page = "<html><body><script>self.push([1,\"" + json.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"])</script></body></html>";
    String body = HtmlExtractor.extract(page, null, null).body();
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
  }

  @Test
  void leavesScriptsAloneWhenTheMarkupHasTheArticle() {
    String page = "<html><body><article><p>" + P2 + "</p><p>" + P3 + "</p></article>"
        + "<script>var s = " + payload() + ";</script></body></html>";
    assertEquals(P2 + "\n\n" + P3, HtmlExtractor.extract(page, null, null).body());
  }
}
