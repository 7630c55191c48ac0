package org.geotrends.common.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
  private final TermExtractor terms = new TermExtractor(
      List.of("Russia", "Turkey", "Türkiye", "Erdoğan", "Moscow", "United States", "Vladimir Putin"));

  @Test
  void wordsAndPhrasesWithoutStopWordsNumbersOrShortTokens() {
    assertEquals(List.of("gas", "gas pipeline", "gas pipeline talks", "pipeline", "pipeline talks",
            "pipeline talks resumed", "talks", "talks resumed", "resumed"),
        terms.terms("The gas pipeline talks resumed in 2024 at 10 am.", List.of(), "en"));
  }

  @Test
  void capitalsAccentsAndDigitsAsInEveryScript() {
    // ASCII words take a shorter path than the others: both lower-case, digits block either way
    assertEquals(List.of("vaccines", "vaccines reached", "vaccines reached zürich", "reached", "reached zürich",
            "zürich", "ΑΘΗΝΑ".toLowerCase(java.util.Locale.ROOT)),
        terms.terms("COVID19 Vaccines REACHED Zürich. Ζ2 ΑΘΗΝΑ", List.of(), "en"));
    // a stop word written in capitals or with its accent is still one
    assertEquals(List.of("gas", "gas über pipeline", "pipeline"), terms.terms("Gas ÜBER Pipeline", List.of(), "de"));
  }

  @Test
  void stopWordsMayStandInsideAPhraseOnly() {
    assertEquals(List.of("minister", "minister of defence", "defence"),
        terms.terms("minister of defence", List.of(), "en"));
  }

  @Test
  void leavesOutEveryActorsNamesFoldedAndTheirPhrases() {
    // "Erdogan" matches the alias Erdoğan folded; "United States" as a phrase; Putin's full name
    assertEquals(List.of("met", "grain"),
        terms.terms("Erdogan met Vladimir Putin and the United States, Türkiye grain", List.of(), "en"));
  }

  @Test
  void leavesOutTheMentionSpansAndBreaksPhrasesAtThem() {
    // "Russlands" is an inflected mention the matcher found at 0-9
    assertEquals(List.of("gaslieferungen"),
        terms.terms("Russlands Gaslieferungen", List.of(new int[] {0, 9}), "de"));
  }

  @Test
  void punctuationEndsAPhraseButAHyphenDoesNot() {
    assertEquals(List.of("cease", "cease fire", "holds", "sanctions"),
        terms.terms("cease-fire holds; sanctions", List.of(), "en").stream()
            .filter(t -> !t.equals("cease fire holds") && !t.equals("fire") && !t.equals("fire holds")).toList());
    assertTrue(!terms.terms("holds; sanctions", List.of(), "en").contains("holds sanctions"));
  }

  @Test
  void stopWordsComeFromLuceneForManyLanguages() {
    assertTrue(StopWords.of("en").contains("would"), "Snowball English list");
    assertTrue(StopWords.of("de").contains("uber"), "folded über");
    assertTrue(StopWords.of("ru").contains("его"));
    assertTrue(StopWords.of("tr").contains("ve"));
    List<String> withAList = List.of("ar", "bg", "bn", "ca", "ckb", "cs", "da", "de", "el", "en",
        "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "hi", "hu", "hy", "id", "it", "lt", "lv", "ne",
        "nl", "no", "pt", "ro", "ru", "sr", "sv", "ta", "te", "th", "tr");
    assertTrue(withAList.stream().allMatch(l -> !StopWords.of(l).isEmpty()));
    assertTrue(StopWords.of("xx").isEmpty());
    assertTrue(StopWords.of("de").contains("oktober") && StopWords.of("en").contains("march")
        && StopWords.of("en").contains("wednesday"), "month names and weekdays");
  }
}
