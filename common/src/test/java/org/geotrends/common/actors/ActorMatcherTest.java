package org.geotrends.common.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorMatcherTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(Gazetteer.defaults());
  private static final LocalDate DAY = LocalDate.of(2024, 8, 31);

  /** Mentions as "ID:alias as written" joined with spaces; "-" for none. */
  private static String found(String text, LocalDate day) {
    List<Mention> ms = MATCHER.match(text, day, null);
    return ms.isEmpty() ? "-" : ms.stream().map(m -> m.actorId() + ":" + m.alias()).collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // names, variants, folding
      "Türkiye and Turkiye and Turkey; TUR:Türkiye TUR:Turkiye TUR:Turkey",
      "the Islamic Republic of Iran said; IRN:Islamic Republic of Iran",
      "the Syrian Arab Republic and the Russian Federation; SYR:Syrian Arab Republic RUS:Russian Federation",
      "the UK, Britain and the United Kingdom; GBR:UK GBR:Britain GBR:United Kingdom",
      "the US, the USA, the U.S. and the United States; USA:US USA:USA USA:U.S. USA:United States",
      "Erdoğan met Erdogan; TUR:Erdoğan TUR:Erdogan",
      "al-Assad, Al-Asad and Assad; SYR:al-Assad SYR:Al-Asad SYR:Assad",
      // demonyms, capitals, institutions
      "Russian, Turkish, Syrian and Iranian troops; RUS:Russian TUR:Turkish SYR:Syrian IRN:Iranian",
      "Moscow, Ankara, Damascus, Tehran and Teheran; RUS:Moscow TUR:Ankara SYR:Damascus IRN:Tehran IRN:Teheran",
      "the Kremlin, the White House, the Pentagon, the IRGC and the Knesset; RUS:Kremlin USA:White House USA:Pentagon IRN:IRGC ISR:Knesset",
      "a Persian diplomat; IRN:Persian",
      // possessives, hyphenated compounds, apostrophes
      "Russia's and Russia’s role; RUS:Russia RUS:Russia",
      "Russian-Iranian and Syria-Turkey talks; RUS:Russian IRN:Iranian SYR:Syria TUR:Turkey",
      "the Russia-Iran-Turkey-Syria format; RUS:Russia IRN:Iran TUR:Turkey SYR:Syria",
      "Côte d’Ivoire and Cote d'Ivoire; CIV:Côte d’Ivoire CIV:Cote d'Ivoire",
      // longest match
      "the United States said; USA:United States",
      "New Mexico and Mexico; MEX:Mexico",
      "South Sudan and Sudan; SSD:South Sudan SDN:Sudan",
      "Guinea-Bissau, Papua New Guinea, Equatorial Guinea, New Guinea and Guinea; GNB:Guinea-Bissau PNG:Papua New Guinea GNQ:Equatorial Guinea GIN:Guinea",
      "Dominica and the Dominican Republic; DMA:Dominica DOM:Dominican Republic",
      "Niger and Nigeria, Nigerien and Nigerian; NER:Niger NGA:Nigeria NER:Nigerien NGA:Nigerian",
      "Northern Ireland and Ireland; IRL:Ireland",
      // case rules
      "a turkey for dinner; -",
      "fine china and China; CHN:China",
      "let us go to the US; USA:US",
      "Us and us; -",
      "TURKEY IN TALKS; TUR:TURKEY",
      // traps
      "Turkish delight and a Turkish bath; -",
      "Michael Jordan and Jordan Peterson visited Jordan; JOR:Jordan",
      "In Jordan, officials met; JOR:Jordan",
      "Chad Smith played; -",
      "troops left Chad; TCD:Chad",
      "George Washington and Denzel Washington; -",
      "the Washington Post reported; -",
      "talks in Washington ended; USA:Washington",
      "Atlanta, Georgia and Georgia, U.S. and the state of Georgia; USA:U.S.",
      "Georgia and Armenia; GEO:Georgia ARM:Armenia",
      "Latin America and America; USA:America",
      "the Persian Gulf; -",
      "an interview with Russia Today; -",
      "the Niger Delta; -",
      // Congo rule: bare Congo is the DRC
      "Congo, the DRC, the Republic of Congo and the Democratic Republic of the Congo; COD:Congo COD:DRC COG:Republic of Congo COD:Democratic Republic of the Congo",
      // Cyrillic and CJK: no break
      "Россия и Казахстан; RUS:Россия KAZ:Казахстан",
      "俄罗斯和伊朗会谈; RUS:俄罗斯 IRN:伊朗",
      // organisations
      "NATO, the EU, the UN, Hezbollah, Hamas and the SDF; ORG:NATO:NATO ORG:EU:EU ORG:UN:UN ORG:HEZBOLLAH:Hezbollah ORG:HAMAS:Hamas ORG:SDF:SDF",
  })
  void findsEnglishAndOtherScripts(String text, String expected) {
    assertEquals(expected, found(text, DAY));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "روسيا وتركيا; RUS:روسيا TUR:تركيا",
      "وروسيا ولسوريا وبإيران; RUS:روسيا SYR:سوريا IRN:إيران",
      "والسورية والروسي; SYR:السورية RUS:الروسي",
      "للعراق; IRQ:لعراق",
      "الجمهورية العربية السورية; SYR:الجمهورية العربية السورية",
      "الولايات المتحدة وأمريكا; USA:الولايات المتحدة USA:أمريكا",
      "الكرملين والبيت الأبيض; RUS:الكرملين USA:البيت الأبيض",
      "موسكو ودمشق وطهران وأنقرة; RUS:موسكو SYR:دمشق IRN:طهران TUR:أنقرة",
      "الإيرانيين والأتراك; IRN:الإيرانيين TUR:الأتراك",
      "حزب الله; ORG:HEZBOLLAH:حزب الله",
      "سوريالية; -",
  })
  void findsArabicWithCliticPrefixes(String text, String expected) {
    assertEquals(expected, found(text, DAY));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Rusia, Turquía, Siria e Irán; RUS:Rusia TUR:Turquía SYR:Siria IRN:Irán",
      "el gobierno ruso y la delegación rusa; RUS:ruso RUS:rusa",
      "los rusos y los turcos; RUS:rusos TUR:turcos",
      "soldados sirios e iraníes; SYR:sirios IRN:iraníes",
      "la economía siria; SYR:siria",
      "EE.UU. y Estados Unidos; USA:EE.UU. USA:Estados Unidos",
      "Moscú y Damasco; RUS:Moscú SYR:Damasco",
      "la OTAN y la ONU; ORG:NATO:OTAN ORG:UN:ONU",
      "Guinea Ecuatorial y Papúa Nueva Guinea; GNQ:Guinea Ecuatorial PNG:Papúa Nueva Guinea",
      "un jarrón de china; -",
  })
  void findsSpanish(String text, String expected) {
    assertEquals(expected, found(text, DAY));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = ';', value = {
      "President Raisi; 2024-05-19; IRN:Raisi",
      "President Raisi; 2024-05-20; -",
      "Bashar al-Assad; 2024-12-08; SYR:Bashar al-Assad",
      "Bashar al-Assad; 2024-12-09; -",
      "Cavusoglu; 2023-06-03; TUR:Cavusoglu",
      "Cavusoglu; 2023-06-14; -",
      "Fidan; 2023-06-01; -",
      "Fidan; 2023-06-14; TUR:Fidan",
      "Lavrov; 2010-01-01; RUS:Lavrov",
      "Bogdanov; 2024-08-31; RUS:Bogdanov",
      "Israel Katz; 2021-01-01; ISR:Israel",
      "Hafez al-Assad; 1990-01-01; -",
  })
  void officeHoldersCountOnlyWithinTheirTerm(String text, String day, String expected) {
    assertEquals(expected, found(text, LocalDate.parse(day)));
  }

  @Test
  void officeHoldersInUndatedTextsAreUnresolved() {
    List<Mention> ms = MATCHER.match("Lavrov met Erdogan in Russia.", null, null);
    assertEquals(List.of("RUS:false", "TUR:false", "RUS:true"),
        ms.stream().map(m -> m.actorId() + ":" + m.resolved()).toList());
    assertEquals(AliasKind.MINISTER, ms.get(0).matchKind());
    assertEquals(AliasKind.LEADER, ms.get(1).matchKind());
  }

  @Test
  void reportsOffsetsInTheOriginalText() {
    String text = "Say  Erdog\u0306an\u2019s  and\tال\u0640سورية."; // decomposed ğ, tatweel, double spaces
    List<Mention> ms = MATCHER.match(text, DAY, null);
    assertEquals(2, ms.size());
    for (Mention m : ms) {
      assertEquals(m.alias(), text.substring(m.start(), m.end()));
    }
    assertEquals("Erdog\u0306an", ms.get(0).alias());
    assertEquals("ال\u0640سورية", ms.get(1).alias());
  }

  @Test
  void countsSentences() {
    List<Mention> ms = MATCHER.match(
        "Mr. Lavrov flew to the U.S. on Jan. 5 with J. Smith. Then Iran replied! Syria? \"Turkey.\" Russia", DAY, null);
    assertEquals(List.of("RUS:0", "USA:0", "IRN:1", "SYR:2", "TUR:3", "RUS:4"),
        ms.stream().map(m -> m.actorId() + ":" + m.sentenceIndex()).toList());
  }

  @Test
  void survivesSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(MATCHER);
    }
    ActorMatcher copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ActorMatcher) in.readObject();
    }
    String text = "Moscow and وروسيا met in Ankara; Lavrov too.";
    assertEquals(MATCHER.match(text, DAY, null), copy.match(text, DAY, null));
    // broadcast to every executor: a few MB at most (31 languages, about 16,000 folded forms)
    assertTrue(bytes.size() < 3_000_000, "serialised matcher is " + bytes.size() + " bytes");
  }

  @Test
  void emptyAndMentionlessTexts() {
    assertTrue(MATCHER.match("", DAY, null).isEmpty());
    assertTrue(MATCHER.match(null, DAY, null).isEmpty());
    assertFalse(MATCHER.match("Nothing here but the weather.", DAY, null).iterator().hasNext());
  }
}
