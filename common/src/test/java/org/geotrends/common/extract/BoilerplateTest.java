package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = ';', value = {
      "c-related-list; c related list",
      "shareBar; share bar",
      "most_read  article__body; most read article body",
      "h2Title; h2 title",
      "ABCNews; abcnews",
      "navegación; navegaci n",
      "'  '; ''"})
  void splitsClassNamesIntoLowerCaseWords(String value, String words) {
    assertEquals(words.isEmpty() ? List.of() : List.of(words.split(" ")), Boilerplate.tokens(value));
  }

  @ParameterizedTest(name = "class=\"{0}\" furniture: {1}")
  @CsvSource({
      "c-related-list, true",
      "sharebar, true",
      "socialIcons, true",
      "article-share, true",
      "headline, false",
      "article__body, false",
      "header-ad, true",
      "shadow, false"})
  void namesFurnitureByWholeWordsAndCompoundPrefixes(String cls, boolean furniture) {
    Element e = Jsoup.parse("<div class='" + cls + "'>x</div>").selectFirst("div");
    assertEquals(furniture, Boilerplate.byName(e));
  }

  @ParameterizedTest(name = "class=\"{0}\" id=\"{1}\" weight {2}, names content {3}")
  @CsvSource({
      "article__body, '', 1, true",
      "article-share, '', -1, true",
      "share article, '', 1, true",
      "storyText, sidebar, -1, true",
      "sidebar, storyText, 1, true",
      "headline, '', 0, false",
      "'', '', 0, false",
      "promoBox, main2, -1, false"})
  void weighsByTheLastWordThatSaysContentOrFurniture(String cls, String id, int weight, boolean content) {
    Element e = Jsoup.parse("<div class='" + cls + "' id='" + id + "'>x</div>").selectFirst("div");
    assertEquals(weight, Boilerplate.weight(e));
    assertEquals(content, Boilerplate.namesContent(e));
  }
}
