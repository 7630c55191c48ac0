package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDumpExtractorTest {

  static final PageFields ANKARA = TextDumpExtractor.extract(Seeds.text(Seeds.ANKARA_DAMASCUS_2024));
  static final PageFields ASTANA = TextDumpExtractor.extract(Seeds.text(Seeds.ASTANA_2023));

  static List<String> paragraphs(PageFields f) {
    return Arrays.asList(f.body().split("\n\n"));
  }

  @Test
  void readsTheHeaderOfTheAnkaraDamascusSeed() {
    assertEquals("Russia, Iran, Turkey, Syria to possibly meet for Ankara-Damascus talks", ANKARA.title());
    assertEquals("2024-08-31T23:45:00Z", ANKARA.publishedAt().toString());
    assertEquals(DateSource.TEXT, ANKARA.dateSource());
    assertEquals("Al Mayadeen English", ANKARA.byline());
    assertEquals("Agencies", ANKARA.sourceAgency());
    assertEquals("Al Mayadeen English", ANKARA.publisher());
    assertEquals(List.of("Russia", "Iran", "Turkey", "Syria", "Ankara", "Sergey Lavrov"), ANKARA.tags());
    assertEquals("Sergey Lavrov Lavrov revealed that the last Russia-Iran-Turkey-Syria summit was "
        + "beneficial, but the parties were unable to agree on the next actions.", ANKARA.summary());
  }

  @Test
  void keepsEveryParagraphOfTheAnkaraDamascusSeedInOrder() {
    List<String> p = paragraphs(ANKARA);
    List<String> starts = List.of(
        "A conference under the Russia-Iran-Turkey-Syria format",
        "He noted that the parties were able to convene",
        "In a Saturday interview with RT, Lavrov said",
        "Lavrov also revealed that the last Russia-Iran-Turkey-Syria summit",
        "The minister also added that Syria believes",
        "\"The Turks are ready for this",
        "Lavrov also voiced optimism for negotiations",
        "Russia says serious preparations needed for Syria-Turkey meeting",
        "In early August, Russian Deputy Foreign Minister Mikhail Bogdanov",
        "Bogdanov stressed the importance of progressing",
        "Bogdanov, also the special presidential envoy",
        "He highlighted Russia's role",
        "When asked about the possibility of hosting",
        "Bogdanov also emphasized the involvement",
        "Turkish Foreign Minister Hakan Fidan announced",
        "\"If the meeting takes place");
    assertEquals(starts.size(), p.size(), p.toString());
    for (int i = 0; i < starts.size(); i++) {
      assertTrue(p.get(i).startsWith(starts.get(i)), "paragraph " + i + ": " + p.get(i));
    }
    assertTrue(p.get(p.size() - 1).endsWith("without preconditions."), "no trailing no-break space");
  }

  @Test
  void dropsNavigationTickerRelatedLinksCaptionsAndListsFromTheAnkaraDamascusSeed() {
    String body = ANKARA.body();
    for (String leak : List.of("BREAKING", "Lebanese Ministry of Health", "Arts&Culture", "Listen",
        "Read more:", "US-made chaos", "Related News", "Cautious calm in Sweida",
        "Chances of Israeli-Syrian deal", "gestures while speaking", "(AP)", "Most Read",
        "Hamas delegation survives", "Charlie Kirk", "4 Min Read", "Source: Agencies")) {
      assertFalse(body.contains(leak), "body leaks: " + leak);
    }
  }

  @Test
  void readsTheHeaderOfTheAstanaSeed() {
    assertEquals("Quadripartite meeting on Syria to be held in Astana: Russian Deputy FM", ASTANA.title());
    assertEquals("2023-06-14T13:46:00Z", ASTANA.publishedAt().toString());
    assertEquals("2023-06-14T13:46:00", ASTANA.published().localText());
    assertEquals(null, ASTANA.published().offsetMinutes());
    assertEquals("Al Mayadeen English", ASTANA.byline());
    assertEquals("Agencies", ASTANA.sourceAgency());
    assertEquals(List.of("Syria", "Astana", "Turkey", "Russia", "quadripartite meeting", "Iran", "Kazakhstan"),
        ASTANA.tags());
    assertEquals("The Russian Deputy Foreign Minister Mikhail Bogdanov says a meeting at the deputy "
        + "minister level will be held on June 21 in Astana between Syria, Russia, Iran, and Turkey.",
        ASTANA.summary());
  }

  @Test
  void keepsEveryParagraphOfTheAstanaSeedInOrder() {
    List<String> p = paragraphs(ASTANA);
    List<String> starts = List.of(
        "A meeting between the deputy foreign ministers",
        "\"On June 20-21, a large Russian delegation",
        "The Russian official also revealed",
        "\"The Russian draft roadmap is ready",
        "On Monday, Syrian President Bashar Al-Asad",
        "During a meeting with Ali Asghar Khaji",
        "The agency indicated that the meeting",
        "On his part, Khaji affirmed",
        "Earlier, Iranian President Ebrahim Raisi",
        "Last week, Korhan Qaraqosh",
        "This came a week after former Turkish Foreign Minister Mevlut Cavusoglu");
    assertEquals(starts.size(), p.size(), p.toString());
    for (int i = 0; i < starts.size(); i++) {
      assertTrue(p.get(i).startsWith(starts.get(i)), "paragraph " + i + ": " + p.get(i));
    }
  }

  @Test
  void dropsNavigationTickerRelatedLinksCaptionsAndFooterFromTheAstanaSeed() {
    String body = ASTANA.body();
    for (String leak : List.of("BREAKING", "Ecuadorian President", "Related News",
        "Ceasefire reached in Aleppo", "Fierce clashes erupt", "Foreign Ministers of Russia, Syria",
        "(AP)", "Most Read", "Tucker Carlson", "Read Next", "US spent $33 billion", "All Rights Reserved",
        "Privacy Policy", "1 Shares", "quadripartite meeting\n")) {
      assertFalse(body.contains(leak), "body leaks: " + leak);
    }
  }

  @Test
  void leavesTheDateEmptyWhenTheDumpHasNone() {
    PageFields f = TextDumpExtractor.extract("Site\n\nA headline without a date anywhere\n\n"
        + "First paragraph of the story, which goes on.\n\nSecond paragraph.\n");

    assertEquals("A headline without a date anywhere", f.title());
    assertNull(f.publishedAt());
    assertEquals(DateSource.NONE, f.dateSource());
    assertEquals("First paragraph of the story, which goes on.\n\nSecond paragraph.", f.body());
  }
}
