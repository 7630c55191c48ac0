package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geotrends.common.record.PublishedDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bylines in the languages of the news sites, one date per language, read to the day and time. */
class DateWordsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "de | Veröffentlicht am 2. September 2024, 01:30 Uhr | 2024-09-02T01:30:00",
      "fr | Publié le 2 septembre 2024 à 01h30            | 2024-09-02T01:30:00",
      "es | Publicado el 2 de septiembre de 2024          | 2024-09-02",
      "it | Pubblicato il 2 settembre 2024 alle 01:30     | 2024-09-02T01:30:00",
      "pt | Publicado em 2 de setembro de 2024 às 01:30   | 2024-09-02T01:30:00",
      "nl | Gepubliceerd op 2 september 2024 om 01:30     | 2024-09-02T01:30:00",
      "pl | Opublikowano 2 września 2024, godz. 01:30     | 2024-09-02T01:30:00",
      "cs | Publikováno 2. září 2024 v 1:30               | 2024-09-02T01:30:00",
      "ru | Опубликовано 2 сентября 2024 г., 01:30        | 2024-09-02T01:30:00",
      "uk | Опубліковано 2 вересня 2024 року, 01:30       | 2024-09-02T01:30:00",
      "tr | Yayınlanma: 2 Eylül 2024 01:30                | 2024-09-02T01:30:00",
      "fa | منتشر شده در ۲ سپتامبر ۲۰۲۴                    | 2024-09-02",
      "ar | نشر في 2 سبتمبر 2024                           | 2024-09-02",
      "ar | الجزائر، 2 أوت 2024                            | 2024-08-02",
      "zh | 发布时间：2024年9月2日 01:30                     | 2024-09-02T01:30:00",
      "ja | 2024年9月2日 1:30 公開                          | 2024-09-02T01:30:00",
      "ko | 입력 2024.09.02 01:30                          | 2024-09-02T01:30:00",
      "id | Diterbitkan 2 September 2024, 01:30 WIB       | 2024-09-02T01:30:00",
      "sv | Publicerad 2 september 2024 kl. 01.30         | 2024-09-02",
      "da | Publiceret 2. september 2024 kl. 01:30        | 2024-09-02T01:30:00",
      "no | Publisert 2. september 2024 kl. 01:30         | 2024-09-02T01:30:00",
      "fi | Julkaistu 2. syyskuuta 2024 klo 01:30         | 2024-09-02T01:30:00",
      "hu | Közzétéve: 2024. szeptember 2. 01:30          | 2024-09-02T01:30:00",
      "ro | Publicat pe 2 septembrie 2024, ora 01:30      | 2024-09-02T01:30:00",
      "el | Δημοσιεύθηκε 2 Σεπτεμβρίου 2024, 01:30        | 2024-09-02T01:30:00",
      "sl | Objavljeno 2. septembra 2024 ob 01:30         | 2024-09-02T01:30:00",
      "sr | Објављено 2. септембар 2024.                  | 2024-09-02",
      "sq | Publikuar më 2 shtator 2024                   | 2024-09-02",
      "hi | प्रकाशित: 2 सितंबर 2024                         | 2024-09-02",
      "lv | Publicēts 2. septembrī, 2024                  | 2024-09-02",
      "ms | Diterbitkan pada 2 Ogos 2024                  | 2024-08-02",
  })
  void readsADateInTheLanguageOfThePage(String language, String byline, String local) {
    assertEquals(local, DateParser.findInText(byline).map(PublishedDate::localText).orElse(null), language);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "févr. | 2", "Sept | 9", "dic | 12", "Okt. | 10", "listopada | 11", "listopad | 11", "ma | -1",
      "oktobar | 10", "qershor | 6", "जुलाई | 7", "جويلية | 7", "בספטמבר | 9"})
  void mapsNamesAndUnambiguousAbbreviationsToMonths(String word, int month) {
    assertEquals(month, DateWords.month(word));
  }
}
