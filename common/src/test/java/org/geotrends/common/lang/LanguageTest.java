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
      assertTrue(all.covers(code), code);
    }
    assertEquals("no", all.of("nb").orElseThrow().code());
    assertEquals("pt", all.of("pt-BR").orElseThrow().code());
    assertTrue(all.of("sw").isEmpty());
    assertTrue(all.of(null).isEmpty());
  }
}
