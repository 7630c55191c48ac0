package org.geotrends.common.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {

  private static Language read(String text) throws IOException {
    return Language.read(new BufferedReader(new StringReader(text)), "test.txt");
  }

  @Test
  void readsEveryKey() throws IOException {
    Language l = read("""
        # a comment
        code: xx
        name: Example
        codes: xy
        related: xz
        suffixes: s es   # trailing comment
        suffixes: n
        inflect name capital: a > y ie ę
        inflect demonym: ski > ska
        inflect any: o >
        prefixes: و لل>ال
        function_words: Der Die
        abbreviations: Bzw vgl
        """);
    assertEquals("xx", l.code());
    assertEquals("Example", l.name());
    assertEquals(Set.of("xx", "xy"), l.codes());
    assertEquals(Set.of("xz"), l.related());
    assertEquals(Set.of("s", "es", "n"), l.suffixes());
    assertEquals(3, l.inflections().size());
    assertEquals(List.of(new Language.Prefix("و", ""), new Language.Prefix("لل", "ال")), l.prefixes());
    assertEquals(Set.of("Der", "Die"), l.functionWords());
    assertEquals(Set.of("bzw", "vgl"), l.abbreviations());
  }

  @Test
  void inflectsByTheLongestEndingOfTheAliasKind() throws IOException {
    Language l = read("""
        code: xx
        inflect name capital: a > y ie
        inflect name capital: ja > ji ję
        inflect name: - > u em
        inflect name: o >
        inflect demonym: ski > ska skie
        """);
    assertEquals(List.of("Rosji", "Rosję"), l.inflect("Rosja", "name"));
    assertEquals(List.of("Moskwy", "Moskwie"), l.inflect("Moskwa", "capital"));
    assertEquals(List.of("Iranu", "Iranem"), l.inflect("Iran", "name"));
    assertEquals(List.of(), l.inflect("Iran", "capital"), "the empty ending is for names only here");
    assertEquals(List.of(), l.inflect("Kosowo", "name"), "a rule without forms stops shorter ones");
    assertEquals(List.of("rosyjska", "rosyjskie"), l.inflect("rosyjski", "demonym"));
    assertEquals(List.of(), l.inflect("USA", "name"), "acronyms do not decline");
    assertEquals(List.of(), l.inflect("x", "name"), "a one-letter alias has no stem to inflect");
  }

  @Test
  void badLinesNameTheFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("code: xx\nwhatever: 1\n"));
    assertEquals("test.txt line 2: unknown key 'whatever'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> read("code: xx\ninflect name: a\n"));
    assertThrows(IllegalArgumentException.class, () -> read("name: no code\n"));
  }

  @Test
  void theShippedLanguagesLoadAndAnswerToTheirCodes() {
    Languages all = Languages.defaults();
    assertTrue(all.all().size() >= 30, all.all().size() + " languages");
    for (String code : List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk", "tr", "fa", "ar",
        "he", "zh", "ja", "ko", "hi", "id", "sv", "da", "no", "fi", "hu", "ro", "el", "bg", "sr", "hr")) {
      assertTrue(all.of(code).isPresent(), code);
    }
    assertEquals("no", all.of("nb").orElseThrow().code());
    assertEquals("pt", all.of("pt-BR").orElseThrow().code());
    assertTrue(all.of("yo").isEmpty());
    assertTrue(all.of("lt").isPresent()); // a file with date words only
    assertTrue(all.of(null).isEmpty());
  }

  @Test
  void readsMonthsAndDateWordsWithSpacesInsideSpellings() throws IOException {
    StringBuilder text = new StringBuilder("code: xx\n");
    for (int m = 1; m <= 12; m++) {
      text.append("month ").append(m).append(m == 10 ? ": -" : ": m" + m + " | long name " + m).append('\n');
    }
    text.append("date_at: a las | um\ndate_year: г. # a comment\ndate_year: года\n");
    Language l = read(text.toString());
    assertEquals(12, l.months().size());
    assertEquals(List.of("m1", "long name 1"), l.months().get(0));
    assertEquals(List.of(), l.months().get(9)); // "-": left out
    assertEquals(List.of("a las", "um"), l.dateWords(Language.DateWord.AT));
    assertEquals(List.of("г.", "года"), l.dateWords(Language.DateWord.YEAR));
    assertEquals(List.of(), l.dateWords(Language.DateWord.DAY));
    Language none = read("code: xx\n");
    assertEquals(List.of(), none.months());
  }

  @Test
  void monthLinesAreTwelveOrNone() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("code: xx\nmonth 1: jan\nmonth 2: feb\n"));
    assertEquals("test.txt: has 2 month lines, not 12 (or none)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> read("code: xx\nmonth 13: x\n"));
    assertThrows(IllegalArgumentException.class, () -> read("code: xx\nmonth: x\n"));
  }

  @Test
  void theShippedFilesHoldTheDateWords() {
    Languages all = Languages.defaults();
    Language ar = all.of("ar").orElseThrow();
    assertEquals(List.of("يناير", "كانون الثاني", "جانفي"), ar.months().get(0));
    assertEquals(List.of(), all.of("hr").orElseThrow().months().get(9)); // listopad is November elsewhere
    assertEquals(List.of("um", "gegen"), all.of("de").orElseThrow().dateWords(Language.DateWord.AT));
    assertTrue(all.of("ms").orElseThrow().months().get(7).contains("ogos")); // Malay answers to Indonesian
    assertEquals(List.of("sausio", "sausis"), all.of("lt").orElseThrow().months().get(0));
    assertEquals(List.of(), all.of("ja").orElseThrow().months()); // dates in numbers
  }
}
