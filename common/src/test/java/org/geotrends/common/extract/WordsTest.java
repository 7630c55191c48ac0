package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Russia, Iran, Turkey and Syria.|5",
      "Ankara-Damascus talks don't stall|4",
      "  spaces   everywhere  |2",
      "'quoted' - dash|2",
      "2024 was a year|4",
      "日本語の文章|6",
      "中拉航天合作|6",
      "한국 정치 뉴스|3",
      "Москва и Анкара|3",
      "روسيا وتركيا|2",
      "नमस्ते दुनिया|2",
      "|0"})
  void countsWordsInEveryScript(String text, int expected) {
    assertEquals(expected, Words.count(text));
  }
}
