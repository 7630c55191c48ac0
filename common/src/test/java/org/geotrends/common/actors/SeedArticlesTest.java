package org.geotrends.common.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.geotrends.common.extract.PageFields;
import org.geotrends.common.extract.Seeds;
import org.geotrends.common.extract.TextDumpExtractor;
import org.junit.jupiter.api.Test;

/**
 * The two seed articles end to end: extracted title and body, matched on their publication day.
 * Every expected mention is written down as "ID kind alias". Media outlets (RT, SANA) are not
 * actors. In the 2023 article "former Turkish Foreign Minister Mevlut Cavusoglu" is outside his
 * term (he left office on 2023-06-03): only "Turkish" counts there.
 */
class SeedArticlesTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(Gazetteer.defaults());

  private static List<String> mentions(String seed, LocalDate day) {
    PageFields page = TextDumpExtractor.extract(Seeds.text(seed));
    List<String> out = new ArrayList<>();
    for (String text : List.of(page.title(), page.body())) {
      for (Mention m : MATCHER.match(text, day, null)) {
        out.add(m.actorId() + " " + m.matchKind().label() + " " + m.alias());
      }
    }
    return out;
  }

  private static Set<String> actors(List<String> mentions) {
    Set<String> ids = new TreeSet<>();
    mentions.forEach(m -> ids.add(m.substring(0, m.indexOf(' '))));
    return ids;
  }

  @Test
  void findsTheActorsOfTheAnkaraDamascusArticle() {
    List<String> found = mentions(Seeds.ANKARA_DAMASCUS_2024, LocalDate.of(2024, 8, 31));
    assertEquals(List.of(
        // title
        "RUS name Russia", "IRN name Iran", "TUR name Turkey", "SYR name Syria", "TUR capital Ankara",
        "SYR capital Damascus",
        // body
        "RUS name Russia", "IRN name Iran", "TUR name Turkey", "SYR name Syria", "TUR capital Ankara",
        "SYR capital Damascus", "RUS demonym Russian", "RUS minister Sergey Lavrov",
        "SYR name Syria", "TUR name Turkey",
        "RUS minister Lavrov", "SYR capital Damascus", "TUR capital Ankara",
        "RUS minister Lavrov", "RUS name Russia", "IRN name Iran", "TUR name Turkey", "SYR name Syria",
        "SYR name Syria", "TUR demonym Turkish", "SYR name Syria",
        "TUR demonym Turks", "TUR demonym Turkish",
        "RUS minister Lavrov", "SYR capital Damascus", "SYR demonym Syrian",
        "RUS name Russia", "SYR name Syria", "TUR name Turkey",
        "RUS demonym Russian", "RUS minister Mikhail Bogdanov", "RUS name Russia", "SYR name Syria", "TUR name Turkey",
        "RUS minister Bogdanov", "SYR demonym Syrian", "SYR leader Bashar al-Assad", "TUR demonym Turkish",
        "TUR leader Recep Tayyip Erdogan",
        "RUS minister Bogdanov", "RUS name Russia", "TUR name Turkey", "SYR name Syria",
        "RUS name Russia",
        "RUS demonym Russian", "RUS minister Bogdanov", "RUS name Russia", "RUS capital Moscow",
        "SYR capital Damascus", "TUR capital Ankara",
        "RUS minister Bogdanov", "IRN demonym Iranians", "IRQ demonym Iraqis", "IRN name Iran", "IRQ name Iraq",
        "SYR name Syria", "TUR name Turkey", "SYR name Syria", "SYR name Syria",
        "TUR demonym Turkish", "TUR minister Hakan Fidan", "SYR name Syria", "TUR name Turkey",
        "TUR minister Fidan", "SYR leader al-Assad", "TUR leader Erdogan"), found);
    assertEquals(Set.of("IRN", "IRQ", "RUS", "SYR", "TUR"), actors(found));
  }

  @Test
  void findsTheActorsOfTheAstanaArticle() {
    List<String> found = mentions(Seeds.ASTANA_2023, LocalDate.of(2023, 6, 14));
    assertEquals(List.of(
        // title
        "SYR name Syria", "KAZ capital Astana", "RUS demonym Russian",
        // body
        "SYR name Syria", "RUS name Russia", "IRN name Iran", "TUR name Turkey", "KAZ capital Astana",
        "KAZ name Kazakhstan", "RUS demonym Russian", "RUS minister Mikhail Bogdanov",
        "RUS demonym Russian", "KAZ capital Astana", "RUS minister Bogdanov",
        "RUS demonym Russian", "SYR name Syria", "TUR name Turkey", "RUS name Russia", "KAZ capital Astana",
        "RUS demonym Russian", "KAZ capital Astana", "RUS minister Bogdanov",
        "SYR demonym Syrian", "SYR leader Bashar Al-Asad", "SYR demonym Syrian",
        "IRN demonym Iranian", "SYR leader Al-Assad", "RUS demonym Russian", "IRN demonym Iranian",
        "SYR name Syria", "IRN name Iran",
        "SYR demonym Syrian",
        "IRN demonym Iranian", "IRN leader Ebrahim Raisi", "TUR demonym Turkish",
        "TUR leader Recep Tayyip Erdogan", "IRN name Iran", "TUR name Turkey",
        "SYR demonym Syrian", "TUR demonym Turkish", "SYR name Syria", "RUS capital Moscow", "SYR demonym Syrian",
        "TUR demonym Turkish", "SYR name Syria"), found);
    assertEquals(Set.of("IRN", "KAZ", "RUS", "SYR", "TUR"), actors(found));
  }
}
