package org.geotrends.common.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.geotrends.common.lang.Language;
import org.geotrends.common.lang.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Country names, demonyms and capitals in the languages crawls are written in, with their
 * inflected forms, matched in text of that language; and the false friends that must not match.
 * Every sentence is written for this test.
 */
class MultilingualMatchingTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(Gazetteer.defaults());
  private static final LocalDate DAY = LocalDate.of(2024, 8, 31);

  private static String found(String language, String text) {
    List<Mention> ms = MATCHER.match(text, DAY, language);
    return ms.isEmpty() ? "-" : ms.stream().map(m -> m.actorId() + ":" + m.alias()).collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      // German: genitive -s, dative plural -n, declined adjectives, capitals
      "de; Die Beziehungen Russlands zur Türkei und Irans Rolle in Syrien; RUS:Russlands TUR:Türkei IRN:Irans SYR:Syrien",
      "de; Die russische Regierung in Moskau und die türkischen Truppen; RUS:russische RUS:Moskau TUR:türkischen",
      "de; Deutschland, Frankreich und die Vereinigten Staaten; DEU:Deutschland FRA:Frankreich USA:Vereinigten Staaten",
      "de; in den Niederlanden und in Teheran; NLD:Niederlanden IRN:Teheran",
      // German capitalises every noun: a capitalised word beside a name makes no person's name
      "de; Washingtons Regierung und Kubas Führung; USA:Washingtons CUB:Kubas",
      // French: articles with apostrophes, agreement of demonyms
      "fr; La Russie, la Turquie, l'Iran et la Syrie; RUS:Russie TUR:Turquie IRN:Iran SYR:Syrie",
      "fr; les autorités turques et le régime syrien, à Téhéran et à Damas; TUR:turques SYR:syrien IRN:Téhéran SYR:Damas",
      "fr; aux États-Unis et en Allemagne; USA:États-Unis DEU:Allemagne",
      // Spanish
      "es; Rusia, Turquía, Siria e Irán; RUS:Rusia TUR:Turquía SYR:Siria IRN:Irán",
      "es; las tropas turcas y el gobierno sirio; TUR:turcas SYR:sirio",
      // Polish: case forms of names and capitals, declined adjectives, irregular stems
      "pl; Rosji, z Rosją, w Iranie, z Turcją, w Syrii; RUS:Rosji RUS:Rosją IRN:Iranie TUR:Turcją SYR:Syrii",
      "pl; do Moskwy, w Teheranie, rosyjskiego rządu; RUS:Moskwy IRN:Teheranie RUS:rosyjskiego",
      "pl; w Niemczech i w Stanach Zjednoczonych; DEU:Niemczech USA:Stanach Zjednoczonych",
      // Turkish: case endings after an apostrophe, derived words without one
      "tr; Rusya'nın, Suriye'ye, İran'a ve Türkiye'de; RUS:Rusya SYR:Suriye IRN:İran TUR:Türkiye",
      "tr; Suriyeliler ve Ruslar Tahran'da, Moskova'dan; SYR:Suriyeliler RUS:Ruslar IRN:Tahran RUS:Moskova",
      "tr; ABD ve Almanya; USA:ABD DEU:Almanya",
      // Russian and Ukrainian: cases of names, capitals and adjectives
      "ru; в России, с Ираном, в Сирии, с Турцией; RUS:России IRN:Ираном SYR:Сирии TUR:Турцией",
      "ru; в Москве, российские военные и США; RUS:Москве RUS:российские USA:США",
      "uk; Росії, з Іраном, Туреччини, у Сирії; RUS:Росії IRN:Іраном TUR:Туреччини SYR:Сирії",
      // Persian: letter variants fold, attached endings
      "fa; ایران و روسیه و ترکیه و سوریه; IRN:ایران RUS:روسیه TUR:ترکیه SYR:سوریه",
      "fa; ایرانی‌ها در تهران; IRN:ایرانی‌ها IRN:تهران",
      // Arabic: clitics and the article
      "ar; بروسيا والسورية للعراق بالروسية; RUS:روسيا SYR:السورية IRQ:لعراق RUS:الروسية",
      // Italian, Portuguese, Dutch, Czech, Hebrew, Hungarian, Finnish, Greek
      "it; la Russia e l'Iran, gli Stati Uniti e i russi; RUS:Russia IRN:Iran USA:Stati Uniti RUS:russi",
      "pt; a Rússia, o Irã e a Turquia; RUS:Rússia IRN:Irã TUR:Turquia",
      "nl; Rusland, Turkije en de Verenigde Staten; RUS:Rusland TUR:Turkije USA:Verenigde Staten",
      "cs; v Rusku, s Íránem, z Turecka; RUS:Rusku IRN:Íránem TUR:Turecka",
      "he; ברוסיה ובאיראן; RUS:רוסיה IRN:איראן",
      "hu; Oroszországban és Iránnal; RUS:Oroszországban IRN:Iránnal",
      "fi; Venäjällä ja Iranissa; RUS:Venäjällä IRN:Iranissa",
      "el; η Ρωσία και της Τουρκίας; RUS:Ρωσία TUR:Τουρκίας",
      // scripts without spaces: Korean names no longer fold to their first letters
      "ko; 미국과 러시아; USA:미국과 RUS:러시아",
      "ko; 몽골; MNG:몽골",
      "ja; ロシアとイラン; RUS:ロシア IRN:イラン",
  })
  void findsCountriesInTheLanguageOfTheText(String language, String text, String expected) {
    assertEquals(expected, found(language, text));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      // another language's names and their inflected forms do not count in English text
      "en; Laundry experts Kair recommend it; -",
      "en; Coach Mauricio Pochettino said; -",
      "en; Island nations ask for help; -",
      "en; Georgian PM Irakli Kobakhidze; GEO:Georgian",
      // nor a German genitive on a Turkish name, or French Inde plus s
      "de; Das Fass ist leer, indes nicht; -",
      // Turkish company suffix AŞ is not the Indonesian AS
      "tr; Holding AŞ açıkladı; -",
      // nor the Dutch VS (versus) in text of unknown language
      "; Lakers VS Celtics; -",
  })
  void namesOfOneLanguageDoNotCountInAnother(String language, String text, String expected) {
    assertEquals(expected, found(language, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // Georgia the US state: its context in the sentence, or a US name next to it
      "Atlanta, Georgia is hot.; -",
      "Gov. Brian Kemp said Georgia will appeal the ruling.; -",
      "Georgia Power shares rose 2 percent.; -",
      "Voters in Georgia, Arizona and Pennsylvania decide the race.; -",
      "Fulton County in Georgia counted the ballots.; -",
      "Georgia and Russia fought a war in 2008.; GEO:Georgia RUS:Russia",
      "Tbilisi says Georgia wants to join the EU.; GEO:Tbilisi GEO:Georgia ORG:EU:EU",
      // hyphenated surnames and names that hold a country's name
      "Kevin Holland-Moritz scored twice. Holland-Moritz said he was happy.; -",
      "Agence France-Presse reported it first.; -",
      "the Russia-Africa summit and the Iran-Iraq war; RUS:Russia IRN:Iran IRQ:Iraq",
      "Tokyo wants to revise the Japan-U.S. Status of Forces Agreement; JPN:Tokyo JPN:Japan USA:U.S.",
      "Tom Holland stars in the film.; -",
      // in a title-case headline capitalised neighbours say nothing
      "Netanyahu Rejects Israel-Gaza Ceasefire Deal; ISR:Netanyahu ISR:Israel",
      "Jordan Reopens Border Crossing With Syria; JOR:Jordan SYR:Syria",
      // Paris in agreements and clubs, capitals as sports clubs
      "The Paris climate agreement binds France.; FRA:France",
      "Paris Saint-Germain beat Real Madrid.; -",
      "Talks in Paris Monday ended without a deal.; FRA:Paris",
      "Dynamo Moscow and Spartak Moscow drew.; -",
      "Deutsche Bank reported a profit.; -",
      // ordinary words
      "Lake Chad is shrinking, Chad Smith drums.; -",
      "The Jordan River and the Niger Delta; -",
      "Roast turkey for Thanksgiving. Turkey dinner prices rose before Thanksgiving.; -",
  })
  void ambiguousNamesNeedTheirContext(String text, String expected) {
    assertEquals(expected, found("en", text));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      // a lower-case "as" is no "AS" (Roma): trap values with capitals need them in the text
      "en; Oil rose as Moscow cut output and Tehran open to talks; RUS:Moscow IRN:Tehran",
      // German compounds and nouns: no hyphenated surname, no person's name
      "de; Putins Ukraine-Krieg und Frankreichs Hauptstadt Paris; RUS:Putins UKR:Ukraine FRA:Frankreichs FRA:Paris",
      "de; Die Deutsche Telekom und der Deutschen Presse-Agentur zufolge; -",
      // Arabic: the article is written onto demonyms, not onto any word
      "ar; الدعم المالي والقطر; -",
      "ar; الروس والسوريين; RUS:الروس SYR:السوريين",
      // Korean separates words; katakana names are whole katakana runs
      "ko; 교통수단과 인도적 지원; -",
      "ja; タイムとタイトル; -",
      "ja; タイの首都; THA:タイ",
      // Persian possessive ش makes other words; Greek final sigma folds
      "fa; چینش کابینه; -",
      "el; ΡΩΣΙΑΣ και Ρωσίας; RUS:ΡΩΣΙΑΣ RUS:Ρωσίας",
      // two-word and irregular stems; Serbian forms in the alias's own script
      "pl; z Korei Północnej, w Maroku, z Marokiem; PRK:Korei Północnej MAR:Maroku MAR:Marokiem",
      "sr; са Ираном и Irana; IRN:Ираном IRN:Irana",
      // an English name that is another place in German
      "de; Atlanta im US-Bundesstaat Georgia; USA:US",
  })
  void reviewedEdgeCases(String language, String text, String expected) {
    assertEquals(expected, found(language, text));
  }

  @Test
  void theCoveredLanguagesHaveNamesForNearlyEveryState() {
    Gazetteer g = Gazetteer.defaults();
    Map<String, Long> states = g.aliases().stream()
        .filter(a -> a.kind() == AliasKind.NAME && a.actorId().indexOf(':') < 0)
        .collect(Collectors.groupingBy(Alias::language,
            Collectors.collectingAndThen(Collectors.mapping(Alias::actorId, Collectors.toSet()), s -> (long) s.size())));
    // a language the gazetteer names at all, it names nearly fully; a file may hold date words only (lt)
    int named = 0;
    for (Language l : Languages.defaults().all()) {
      long n = states.getOrDefault(l.code(), 0L);
      assertTrue(n == 0 || n >= 190, l.code() + " names only " + n + " states");
      named += n > 0 ? 1 : 0;
    }
    assertTrue(named >= 30, named + " languages with names");
    assertEquals(0L, states.getOrDefault("lt", 0L));
  }

  @Test
  void withoutALanguageEveryAliasCounts() {
    assertEquals("RUS:Rosji IRN:Iranie", found(null, "Rosji i Iranie"));
    assertEquals("RUS:Rosji IRN:Iranie", found("sw", "Rosji i Iranie")); // a language geotrends has no names in
    // Lithuanian has a language file (date words) but no names: its text blocks no alias either
    assertEquals("RUS:Rosji IRN:Iranie", found("lt", "Rosji i Iranie"));
    // while text of a language with names does block Polish ones
    assertEquals("-", found("de", "Rosji i Iranie"));
  }

  @Test
  void aLanguageCountsAsCoveredOnlyWhereTheGazetteerHasNamesInIt() {
    // names in Polish and German only: Czech text blocks nothing, German text blocks the Polish name
    Gazetteer g = Gazetteer.of(List.of(new Actor("RUS", "Russia", "state")),
        List.of(Alias.of("RUS", "Rosja", AliasKind.NAME, "pl"), Alias.of("RUS", "Russland", AliasKind.NAME, "de")));
    ActorMatcher m = new ActorMatcher(g);
    assertEquals(List.of("Rosji"), m.match("Rosji", DAY, "cs").stream().map(Mention::alias).toList());
    assertEquals(List.of("Rosji"), m.match("Rosji", DAY, "pl").stream().map(Mention::alias).toList());
    assertEquals(List.of(), m.match("Rosji", DAY, "de"));
  }
}
