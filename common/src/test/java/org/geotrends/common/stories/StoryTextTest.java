package org.geotrends.common.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StoryTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ANKARA (AA) – Turkey said on Monday | Turkey said on Monday",
      "MOSCOW, June 3 (Reuters) - Russia said | Russia said",
      "TEHRAN, Dec. 2 (IRNA) -- Iran said | Iran said",
      "(Reuters) - Russia said | Russia said",
      "BEIRUT, Lebanon (AP) — Israel said | Israel said",
      "BEIRUT — Israel said | Israel said",
      "DAMASCUS, Dec 8 — Rebels said | Rebels said",
      "Russia said on Monday | Russia said on Monday",
      "US officials - who declined to be named - said | US officials - who declined to be named - said",
  })
  void dropsTheDatelineThatOpensWireCopy(String paragraph, String expected) {
    assertEquals(expected, StoryText.normalise(paragraph));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "© AFP 2024",
      "(c) Copyright Thomson Reuters 2024. All rights reserved.",
      "Reporting by Jane Doe; Editing by John Roe",
      "(Additional reporting by Jane Doe in Ankara)",
      "dpa/AFP",
      "— AFP",
      "/AA/",
      "Source: TASS",
      "With agencies",
  })
  void recognisesCreditParagraphs(String paragraph) {
    assertTrue(StoryText.isCredit(paragraph), paragraph);
  }

  @Test
  void keepsALongParagraphWhateverItStartsWith() {
    String p = "Source: officials in Ankara, who spoke on condition of anonymity because they were not "
        + "allowed to brief the press, said the talks had stalled over the border and would resume "
        + "next week";
    assertFalse(StoryText.isCredit(p));
  }

  @Test
  void dropsCreditsAndOnlyTheFirstParagraphsDateline() {
    String body = "ANKARA (AA) – Turkey and Syria met.\n\nLONDON – a quote, in the middle.\n\n"
        + "Photo: the talks © Reuters\n\nReporting by Jane Doe; Editing by John Roe\n\n© AFP";
    assertEquals("Turkey and Syria met.\n\nLONDON – a quote, in the middle.\n\nPhoto: the talks",
        StoryText.normalise(body));
  }

  @Test
  void wordsAreLowerCasedRunsOfLettersAndDigitsAndSingleUnspacedCharacters() {
    assertEquals(List.of("erdoğan", "s", "2", "visits", "東", "京"),
        StoryText.words("Erdoğan's 2 visits, 東京"));
  }

  @Test
  void emptyOrMissingBodyHasNoWords() {
    assertEquals(List.of(), StoryText.words(null));
    assertEquals(List.of(), StoryText.words("  \n\n "));
  }

  @Test
  void noCodePointBelowTheFastPathsBoundIsInAScriptWithoutSpaces() {
    for (int cp = 0; cp < StoryText.FIRST_UNSPACED; cp++) {
      assertFalse(StoryText.UNSPACED_SCRIPTS.contains(Character.UnicodeScript.of(cp)), "U+" + Integer.toHexString(cp));
    }
    assertTrue(StoryText.UNSPACED_SCRIPTS.contains(Character.UnicodeScript.of(0x0E01)), "Thai");
  }

  @Test
  void countsTokensAsTokensMakesThem() {
    java.util.Random random = new java.util.Random(5);
    String[] pieces = {"Ankara", "talks", "2024", " ", ", ", "—", "\n", "Москва", "مفاوضات", "会談", "は", "การเจรจา",
        "e\u0301", "İstanbul", "©", "(AA)", "x"};
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      int n = StoryText.tokens(text.toString()).size();
      for (int limit : new int[] {0, 1, n - 1, n, n + 1, 25}) {
        assertEquals(n > limit, StoryText.hasMoreTokensThan(text.toString(), limit), text + " / " + limit);
      }
    }
  }
}
