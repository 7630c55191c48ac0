package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/** {@link PageElements} gives the elements jsoup's own lookups give, in the same order. */
class PageElementsTest {

  private static final String HTML = "<html><head><meta name=a content=1><title>t</title>"
      + "<script type='application/ld+json'>{}</script></head><body>"
      + "<div id=d1><h1>One</h1><p>x<time datetime=2024-01-02>2 Jan</time></p>"
      + "<div><meta itemprop=datePublished content=2024-01-02><span>s</span></div></div>"
      + "<section><h1>Two</h1><time>no datetime</time><script>var x;</script></section></body></html>";

  @Test
  void allElementsInDocumentOrder() {
    Document doc = Jsoup.parse(HTML);
    PageElements elements = PageElements.of(doc);
    assertEquals(doc.getAllElements(), elements.all());
    // #root, html, head, meta, title, script, body, div, h1, p, time, div, meta, span, section, h1, time, script
    assertEquals(18, elements.all().size());
  }

  @Test
  void tagsAsGetElementsByTag() {
    Document doc = Jsoup.parse(HTML);
    PageElements elements = PageElements.of(doc);
    for (String tag : List.of("meta", "script", "h1", "time")) {
      assertEquals(doc.getElementsByTag(tag), elements.byTag(tag), tag);
    }
    assertEquals(2, elements.byTag("meta").size());
    assertEquals("One", elements.byTag("h1").get(0).text());
  }

  @Test
  void subtreeAsGetAllElements() {
    Document doc = Jsoup.parse(HTML);
    PageElements elements = PageElements.of(doc);
    assertEquals(doc.body().getAllElements(), elements.subtree(doc.body()));
    Element d1 = doc.getElementById("d1");
    // d1, h1, p, time, div, meta, span
    assertEquals(7, elements.subtree(d1).size());
    assertEquals(d1.getAllElements(), elements.subtree(d1));
    assertEquals(List.of(), elements.subtree(null));
    assertEquals(List.of(), elements.subtree(new Element("p")));
  }

  @Test
  void selectAsJsoupSelect() {
    Document doc = Jsoup.parse(HTML);
    PageElements elements = PageElements.of(doc);
    for (String query : List.of("[itemprop=datePublished]", "time[datetime]", "script[type~=(?i)ld\\+json]")) {
      assertEquals(doc.select(query), elements.select(QueryParser.parse(query), elements.all()), query);
    }
    assertSame(doc.selectFirst("time[datetime]"),
        elements.select(QueryParser.parse("time[datetime]"), elements.byTag("time")).get(0));
  }
}
