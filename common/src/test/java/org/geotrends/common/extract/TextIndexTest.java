package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextIndexTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "<p>One <b>two</b>   three</p><p> four<br>five<br><br> six </p>",
      "<div>  <span> a </span><div>b</div>c<div> </div><span>d</span> </div>text after",
      "<ul><li>x<ul><li> y </li></ul>z</li><li></li><li>  </li></ul>",
      "<pre>  keep\n   these  spaces </pre><p>  <pre>\n</pre>x</p><textarea> a  b </textarea>",
      // jsoup keeps the spaces of text up to five levels below a <pre>, not six
      "<pre><b><i><u><s><span> five  levels </span></s></u></i></b>  pre</pre>"
          + "<pre><b><i><u><s><em><span> six  levels </span></em></s></u></i></b></pre>",
      "<p>a<a href=x> link </a>b <a>two<a>nested</a></a></p><a><div>block in link</div></a>",
      "<table><tr><td> 1 </td><td>2<br></td></tr><tr><th>3</th></tr></table>tail",
      "<div>\u00a0nbsp\u00a0</div><p>zero\u200bwidth\u00ad</p><p>\u0001control\u0002</p><p>😀 emoji</p>",
      "<svg><text><![CDATA[  cdata  text ]]></text></svg><p>\t\n\r\f</p><p></p><br><br>x",
      "<h1>Title</h1>text<h2>Sub</h2><span>inline</span><div>block</div><span> </span>"})
  void givesEveryElementsTextAsJsoupDoes(String html) {
    Document doc = Jsoup.parse(html);
    for (Element root : new Element[] {doc, doc.body()}) {
      TextIndex index = TextIndex.of(root);
      assertEquals(root.getAllElements(), index.elements());
      for (Element e : root.getAllElements()) {
        String where = "<" + e.normalName() + "> #" + e.siblingIndex() + " of " + html;
        assertEquals(e.text(), index.text(e), where);
        assertEquals(e.text().length(), index.length(e), where);
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
          links += a.text().length();
        }
        assertEquals(links, index.linkLength(e), where);
        assertEquals(e.getAllElements(), index.subtree(e), where);
      }
    }
  }

  @Test
  void refusesAnElementOutsideTheIndexedTree() {
    Document doc = Jsoup.parse("<div><p>in</p></div><p>out</p>");
    TextIndex index = TextIndex.of(doc.selectFirst("div"));
    assertThrows(IllegalArgumentException.class, () -> index.length(doc.select("p").last()));
  }
}
