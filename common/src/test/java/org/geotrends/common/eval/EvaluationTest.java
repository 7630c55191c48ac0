package org.geotrends.common.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.geotrends.common.record.PublishedDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the evaluation over a tiny folder laid out like the fundus test data. */
class EvaluationTest {

  private static final String P1 = "The city council approved the new budget on Tuesday after a long debate "
      + "about public transport, schools and the repair of old bridges.";
  private static final String P2 = "The mayor said the plan would be reviewed in the spring, once the first "
      + "figures from the new tax on tourist stays are available.";

  @TempDir
  Path folder;

  @BeforeEach
  void writeFolder() throws IOException {
    Path cc = Files.createDirectories(folder.resolve("xx"));
    Files.writeString(cc.resolve("meta.info"), """
        {"Gazette_2024_01_10.html.gz": {"url": "https://gazette.example/a", "crawl_date": "2024-01-10 08:00:00.000000"},
         "Gazette_2025_03_02.html.gz": {"url": "https://gazette.example/b", "crawl_date": "2025-03-02 08:00:00.000000"},
         "Gazette_2025_04_01.html.gz": {"url": "https://gazette.example/missing", "crawl_date": "2025-04-01 08:00:00"}}
        """);
    // V1 annotates the older page, V2 the newer one; the third page is not on disk.
    Files.writeString(cc.resolve("Gazette.json"), """
        {"V2": {"title": "Council backs budget", "publishing_date": "2025-03-01 23:30:00+01:00",
                "body": {"summary": [], "sections": [{"headline": [], "paragraphs": ["%s", "%s"]}]}},
         "V1": {"title": "Old headline", "publishing_date": "2024-01-09 10:00:00",
                "body": {"summary": [], "sections": [{"headline": [], "paragraphs": ["%s"]}]}}}
        """.formatted(P1, P2, P1));
    gzip(cc.resolve("Gazette_2024_01_10.html.gz"), "<html><head><title>Wrong headline</title>"
        + "<meta property=\"article:published_time\" content=\"2024-01-09T10:00:00Z\"></head>"
        + "<body><article><h1>Wrong headline</h1><p>" + P1 + "</p></article></body></html>");
    gzip(cc.resolve("Gazette_2025_03_02.html.gz"), "<html><head>"
        + "<meta property=\"og:title\" content=\"Council backs budget\">"
        + "<meta property=\"article:published_time\" content=\"2025-03-01T22:30:00Z\"></head>"
        + "<body><article><h1>Council backs budget</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>");
  }

  private static void gzip(Path file, String html) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void pairsEachPageWithTheVersionValidAtItsCrawlDate() throws IOException {
    List<AnnotatedFolder.AnnotatedPage> pages = AnnotatedFolder.read(folder);
    assertEquals(2, pages.size());
    assertEquals("V1", pages.get(0).version());
    assertEquals("Old headline", pages.get(0).title());
    assertEquals("V2", pages.get(1).version());
    assertEquals(P1 + "\n\n" + P2, pages.get(1).body());
  }

  @Test
  void measuresBodyTitleAndDate() {
    EvaluationReport report = Evaluation.evaluate(folder);
    EvaluationReport.Figures all = report.overall();
    assertEquals(2, all.pages());
    assertEquals(1.0, all.f1(), 1e-9);
    assertEquals(0.5, all.titleExact(), 1e-9);
    // V1 writes no offset (read as UTC); V2 writes 23:30+01:00, the page 22:30Z: the UTC day
    // matches, the publisher's local day (1 March) too, since the page gives the same day in UTC
    assertEquals(1.0, all.utcDay(), 1e-9);
    assertEquals(1.0, all.localDay(), 1e-9);
    assertTrue(report.emptyBodies().isEmpty());
    assertEquals(List.of("xx/Gazette"), List.copyOf(report.perPublisher().keySet()));
  }

  @Test
  void printsAReadableReport() {
    String text = Evaluation.evaluate(folder).toString();
    assertTrue(text.contains("title  exact match 0.500"), text);
    assertTrue(text.contains("xx/Gazette"), text);
    assertTrue(text.contains("got [Wrong headline] want [Old headline]"), text);
  }

  @Test
  void comparesTheUtcDayOfTheInstants() {
    assertTrue(Evaluation.sameUtcDay(Instant.parse("2025-03-01T22:30:00Z"), "2025-03-01 23:30:00+01:00"));
    assertTrue(Evaluation.sameUtcDay(Instant.parse("2025-03-01T00:30:00Z"), "2025-03-01 01:30:00+01:00"));
    assertFalse(Evaluation.sameUtcDay(Instant.parse("2025-03-01T23:30:00Z"), "2025-03-02 01:30:00+01:00"));
    assertTrue(Evaluation.sameUtcDay(Instant.parse("2025-03-01T10:00:00Z"), "2025-03-01"));
    assertFalse(Evaluation.sameUtcDay(null, "2025-03-01"));
  }

  @Test
  void comparesThePublishersLocalDayAsWritten() {
    // 01:30 in Tehran on the 2nd is 22:00 UTC on the 1st: the local day is the 2nd
    PublishedDate tehran = PublishedDate.of(OffsetDateTime.parse("2024-09-02T01:30:00+03:30"));
    assertTrue(Evaluation.sameLocalDay(tehran, "2024-09-02 01:30:00+03:30"));
    assertFalse(Evaluation.sameLocalDay(tehran, "2024-09-01 22:00:00+00:00"));
    assertTrue(Evaluation.sameLocalDay(PublishedDate.ofDay(LocalDate.parse("2024-09-02")), "2024-09-02"));
    assertFalse(Evaluation.sameLocalDay(null, "2024-09-02"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "東京で地震\u3000津波注意報 | 東京で地震 津波注意報",
      "Ein bisschen Fortschritt\u200B | Ein bisschen Fortschritt",
      "Helikopter\u00ADlandeplatz | Helikopterlandeplatz",
      "Swift\u2019s \u2018Best Work\u2019 | Swift's 'Best Work'",
      "\u201EExtreme Gefahr\u201C | \"Extreme Gefahr\"",
      "Wait\u2026 what | Wait... what",
      "two\u00A0\u00A0\tspaces | two spaces"})
  void comparesTitlesAsTheSameTextWhateverItsEncoding(String page, String annotated) {
    assertEquals(Evaluation.normalizeTitle(annotated), Evaluation.normalizeTitle(page));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Starmer defiant | Starmer Defiant",
      "\"Quoted\" headline | Quoted headline",
      "Interimstrainer | MSV-Interimstrainer"})
  void keepsTitlesThatDifferInTheirWordsApart(String a, String b) {
    assertNotEquals(Evaluation.normalizeTitle(a), Evaluation.normalizeTitle(b));
  }

  @Test
  void benchmarksBothExtractorsOnTheSamePages() {
    String report = ExtractionBenchmark.run(folder, 0, 1);
    assertTrue(report.contains("pages: 2"), report);
    assertTrue(report.contains("HtmlExtractor.extract"), report);
    assertTrue(report.contains("jsoup parse"), report);
  }
}
