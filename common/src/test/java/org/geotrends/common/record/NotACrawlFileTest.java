package org.geotrends.common.record;

import static org.geotrends.common.record.CrawlFileReaderTest.describe;
import static org.geotrends.common.record.CrawlFileReaderTest.read;
import static org.geotrends.common.record.WarcFixtures.ascii;
import static org.geotrends.common.record.WarcFixtures.gzip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.geotrends.common.extract.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A folder as users have it: each file that is not a crawl file is one skip, never an article. */
class NotACrawlFileTest {

  static final String README = """
      # geotrends sample data

      Crawls used by the `ingest` examples.

      ## Layout

      - `warc/`: WARC files from the test crawl
      - `seeds/`: text dumps, see [the design](DESIGN.md)

      ```
      java -jar geotrends-local.jar ingest --input warc
      ```
      """;

  static final String LICENSE = """
      Sample Data Licence

      Copyright (c) 2026 The geotrends authors

      Anyone may use, copy and share these files, with or without changes, provided this
      notice is kept with every copy. The files come as they are, without any promise that
      they fit a purpose; the authors answer for no harm that comes from using them.
      """;

  static final String NOTES = """
      Things to check before the next crawl

      The proxy drops connections after an hour, so the crawler restarts itself.
      Ask the archive team which seeds they want kept for the spring collection.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "README", "notes.txt", "docs/intro.txt"})
  void skipsMarkdownDocumentationWhateverItsName(String name) {
    assertEquals(List.of("skip not_a_crawl_file"), describe(read(ascii(README), name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"LICENSE", "COPYING.txt", "terms.txt"})
  void skipsALicenceWhateverItsName(String name) {
    assertEquals(List.of("skip not_a_crawl_file"), describe(read(ascii(LICENSE), name)));
  }

  @Test
  void skipsPlainProseNamedLikeProjectDocumentation() {
    assertEquals(List.of("skip not_a_crawl_file"), describe(read(ascii(NOTES), "CHANGELOG")));
    assertEquals(List.of("page null"), describe(read(ascii(NOTES), "notes.txt")));
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.ANKARA_DAMASCUS_2024, Seeds.ASTANA_2023})
  void readsTheSeedTextDumpsAsPagesEvenNamedReadme(String seed) {
    byte[] dump = Seeds.bytes(seed);
    assertEquals(List.of("page null"), describe(read(dump, seed)));
    assertEquals(List.of("page null"), describe(read(dump, "README.txt")));
  }

  @Test
  void skipsPdfOfficeAndImageFiles() {
    byte[] pdf = ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    for (byte[] file : List.of(pdf, docx, jpeg, gzip(pdf))) {
      assertEquals(List.of("skip not_a_crawl_file"), describe(read(file, "attachment")));
    }
  }

  @Test
  void skipsAPrettyPrintedJsonFileThatIsNoArticleOnce() {
    String config = "{\n  \"name\": \"crawler\",\n  \"seeds\": [\n    \"https://example.org\"\n  ],\n"
        + "  \"depth\": 2\n}\n";

    assertEquals(List.of("skip not_a_crawl_file"), describe(read(ascii(config), "crawler.json")));
  }

  @Test
  void readsAPrettyPrintedArticleObjectAsOneRecord() {
    String article = "{\n  \"title\": \"Talks resume\",\n  \"text\": \"The talks resumed on Monday.\"\n}\n";

    List<ReadResult> results = read(ascii(article), "article.json");

    assertEquals(List.of("page null"), describe(results));
    assertEquals(InputFormat.JSON, results.get(0).source().format());
  }

  @Test
  void readsAJsonArrayExportObjectByObjectWithTheirOffsets() {
    String first = "{\"title\": \"A\", \"text\": \"First story.\"}";
    String json = "[\n  " + first + ",\n  {\"title\": \"B\", \"maintext\": \"Second story.\"},\n  42\n]\n";

    List<ReadResult> results = read(ascii(json), "export.json");

    assertEquals(List.of("page null", "page null", "reject malformed_json"), describe(results));
    assertEquals(4, results.get(0).source().offset());
    assertEquals(4 + first.length() + 4, results.get(1).source().offset());
  }

  @Test
  void skipsAJsonArrayThatHoldsNoArticles() {
    assertEquals(List.of("skip not_a_crawl_file"), describe(read(ascii("[1, 2, 3]"), "numbers.json")));
    assertEquals(List.of("skip not_a_crawl_file"), describe(read(ascii("[]"), "empty.json")));
  }

  @Test
  void stillReadsJsonLines() {
    String jsonl = "{\"title\": \"A\", \"text\": \"x\"}\n{\"title\": \"B\", \"text\": \"y\"}\n";
    assertEquals(List.of("page null", "page null"), describe(read(ascii(jsonl), "export.json")));
  }
}
