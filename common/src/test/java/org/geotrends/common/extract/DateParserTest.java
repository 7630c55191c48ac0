package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.geotrends.common.record.PublishedDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Published 31 Aug 2024 23:45                 | 2024-08-31T23:45:00Z",
      "August 31, 2024 at 9:05                     | 2024-08-31T09:05:00Z",
      "Aktualisiert am 3. Mai 2024, 14:30          | 2024-05-03T14:30:00Z",
      "Wien, 12. Jänner 2025                       | 2025-01-12T00:00:00Z",
      "publié le 1er juin 2024 à 18h30             | 2024-06-01T18:30:00Z",
      "le 3 févr. 2024                             | 2024-02-03T00:00:00Z",
      "3 de mayo de 2024                           | 2024-05-03T00:00:00Z",
      "Madrid, 12 dic 2023                         | 2023-12-12T00:00:00Z",
      "5 de setembro de 2024                       | 2024-09-05T00:00:00Z",
      "7 luglio 2023                               | 2023-07-07T00:00:00Z",
      "14 maart 2024                               | 2024-03-14T00:00:00Z",
      "14 Haziran 2023                             | 2023-06-14T00:00:00Z",
      "14 июня 2023 г., 13:46                      | 2023-06-14T13:46:00Z",
      "2 вересня 2024                              | 2024-09-02T00:00:00Z",
      "3 października 2024                         | 2024-10-03T00:00:00Z",
      "14. září 2023                               | 2023-09-14T00:00:00Z",
      "14 يونيو 2023                               | 2023-06-14T00:00:00Z",
      "١٤ يونيو ٢٠٢٣                               | 2023-06-14T00:00:00Z",
      "2 تشرين الأول 2024                          | 2024-10-02T00:00:00Z",
      "5 בספטמבר 2024                              | 2024-09-05T00:00:00Z",
      "12 Agustus 2024                             | 2024-08-12T00:00:00Z",
      "4. august 2024 kl. 10:15                    | 2024-08-04T10:15:00Z",
      "31.08.2024, 23:45 Uhr                       | 2024-08-31T23:45:00Z",
      "Stand: 2024-08-31                           | 2024-08-31T00:00:00Z",
      "2024年8月31日 10:05                          | 2024-08-31T10:05:00Z",
      "2024년 8월 31일                               | 2024-08-31T00:00:00Z",
  })
  void findsDatesWrittenInManyLanguages(String text, String expected) {
    assertEquals(Optional.of(Instant.parse(expected)), DateParser.findInText(text).map(PublishedDate::instant));
  }

  @ParameterizedTest
  @ValueSource(strings = {"no date here", "12 people died in 2024", "Room 31 Aug", ""})
  void findsNothingWithoutADate(String text) {
    assertTrue(DateParser.findInText(text).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2024-08-31T23:45:00+02:00          | 2024-08-31T21:45:00Z",
      "2024-08-31T23:45:00Z               | 2024-08-31T23:45:00Z",
      "2024-08-31T23:45:00                | 2024-08-31T23:45:00Z",
      "2024-08-31 23:45:00+0200           | 2024-08-31T21:45:00Z",
      "2024-08-31T23:45:00.123+02:00      | 2024-08-31T21:45:00.123Z",
      "2024-08-31                         | 2024-08-31T00:00:00Z",
      "Sat, 31 Aug 2024 21:45:00 GMT      | 2024-08-31T21:45:00Z",
      "1725140700                         | 2024-08-31T21:45:00Z",
  })
  void convertsMachineDatesToUtc(String value, String expected) {
    assertEquals(Optional.of(Instant.parse(expected)), DateParser.parseMachine(value).map(PublishedDate::instant));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2024-09-02T01:30:00+03:30          | 2024-09-02T01:30:00+03:30 | 210",
      "2024-09-02T01:30:00.250+0330       | 2024-09-02T01:30:00+03:30 | 210",
      "2024-08-31T23:45:00Z               | 2024-08-31T23:45:00+00:00 | 0",
      "2024-08-31T16:45:00-07:00          | 2024-08-31T16:45:00-07:00 | -420",
      "2024-08-31T23:45:00                | 2024-08-31T23:45:00       | ",
      "2024-08-31                         | 2024-08-31                | ",
      "2024-08-31T23:45:00+02:00[Europe/Berlin] | 2024-08-31T23:45:00+02:00 | 120",
      "Sat, 31 Aug 2024 21:45:00 GMT      | 2024-08-31T21:45:00+00:00 | 0",
      "1725140700                         | 2024-08-31T21:45:00+00:00 | 0",
  })
  void keepsMachineDatesAsWrittenWithTheirOffset(String value, String local, Integer offset) {
    PublishedDate d = DateParser.parseMachine(value).orElseThrow();
    assertEquals(local, d.localText());
    assertEquals(offset, d.offsetMinutes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Published 31 Aug 2024 23:45        | 2024-08-31T23:45:00",
      "August 31, 2024 5:09 p.m.          | 2024-08-31T17:09:00",
      "Aug. 31, 2024 12:05 AM             | 2024-08-31T00:05:00",
      "Aug 31, 2024, 11:59 am             | 2024-08-31T11:59:00",
      "31.08.2024 14:30:15                | 2024-08-31T14:30:00",
      "3 de mayo de 2024                  | 2024-05-03",
  })
  void keepsTextDatesAsLocalTimeWithoutOffset(String text, String local) {
    PublishedDate d = DateParser.findInText(text).orElseThrow();
    assertEquals(local, d.localText());
    assertEquals(null, d.offsetMinutes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "https://example.org/news/2024/08/31/story | 2024-08-31T00:00:00Z",
      "https://example.org/2024-08-31-story.html | 2024-08-31T00:00:00Z",
      "https://example.org/politics/20240831/x   | 2024-08-31T00:00:00Z",
      "https://example.org/a/story-title-2024-08-31 | 2024-08-31T00:00:00Z",
      "https://example.org/2024_08_31_story.html | 2024-08-31T00:00:00Z",
      "https://example.org/news/2024/02/29/leap  | 2024-02-29T00:00:00Z",
  })
  void readsDatesFromUrlPaths(String url, String expected) {
    assertEquals(Optional.of(Instant.parse(expected)), DateParser.fromUrl(url).map(PublishedDate::instant));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/story/3000000218734/x", "https://example.org/2024/13/45/x",
      "https://example.org/news/2023/02/29/not-a-leap-year", "https://example.org/2024/08-31/mixed",
      "https://20240831.example.org/story", "https://example.org/id/120240831/x"})
  void ignoresUrlNumbersThatAreNotDates(String url) {
    assertTrue(DateParser.fromUrl(url).isEmpty());
  }
}
