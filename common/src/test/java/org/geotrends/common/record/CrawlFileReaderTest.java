package org.geotrends.common.record;

import static org.geotrends.common.record.WarcFixtures.ascii;
import static org.geotrends.common.record.WarcFixtures.chunked;
import static org.geotrends.common.record.WarcFixtures.gzip;
import static org.geotrends.common.record.WarcFixtures.http;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlFileReaderTest {

  static final byte[] HTML = ascii("<!doctype html><html><head><title>T</title></head>"
      + "<body><p>Hello</p></body></html>");

  static List<ReadResult> read(byte[] file, String name) {
    return read(file, name, ReadLimits.DEFAULT);
  }

  static List<ReadResult> read(byte[] file, String name, ReadLimits limits) {
    List<ReadResult> results = new ArrayList<>();
    try (RecordIterator it = CrawlFileReader.open(new ByteArrayInputStream(file), name, limits)) {
      it.forEachRemaining(results::add);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return results;
  }

  static String describe(ReadResult r) {
    if (r instanceof Page p) {
      return "page " + p.url();
    }
    if (r instanceof Skip s) {
      return "skip " + s.type();
    }
    Rejection j = (Rejection) r;
    return "reject " + j.reason().code();
  }

  static List<String> describe(List<ReadResult> results) {
    return results.stream().map(CrawlFileReaderTest::describe).toList();
  }

  @Test
  void turnsHtmlResponsesIntoPagesAndCountsEveryOtherRecordAsSkipped() {
    byte[] warc = new WarcFixtures(true)
        .warcinfo()
        .request("https://example.org/a")
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html; charset=utf-8", HTML))
        .response("https://example.org/logo.png", http("HTTP/1.1 200 OK", "image/png", new byte[] {1, 2, 3}))
        .metadata("https://example.org/a")
        .response("https://example.org/old", http("HTTP/1.1 301 Moved", "text/html", ascii("moved"),
            "Location: https://example.org/a"))
        .response("https://example.org/missing", http("HTTP/1.1 404 Not Found", "text/html", HTML))
        .record("revisit", "https://example.org/a", "application/http; msgtype=response",
            ascii("HTTP/1.1 200 OK\r\n\r\n"))
        .bytes();

    List<ReadResult> results = read(warc, "crawl.warc.gz");

    assertEquals(List.of("skip warcinfo", "skip request", "page https://example.org/a",
        "skip non_html", "skip metadata", "skip http_redirect", "skip http_not_ok", "skip revisit"),
        describe(results));
    Page page = (Page) results.get(2);
    assertArrayEquals(HTML, page.content());
    assertEquals("text/html", page.contentType());
    assertEquals("utf-8", page.charset());
    assertEquals("2024-09-01T10:00:00Z", page.crawledAt().toString());
    assertEquals(InputFormat.WARC, page.source().format());
  }

  @Test
  void keepsTheCompressedOffsetOfEachGzipMember() {
    WarcFixtures one = new WarcFixtures(true).warcinfo();
    int firstMember = one.bytes().length;
    byte[] warc = one.response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML)).bytes();

    List<ReadResult> results = read(warc, "crawl.warc.gz");

    assertEquals(0, results.get(0).source().offset());
    assertEquals(firstMember, results.get(1).source().offset());
  }

  @Test
  void removesChunkedTransferAndGzipContentEncodings() {
    byte[] body = chunked(gzip(HTML), 7);
    byte[] warc = new WarcFixtures(false)
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", body,
            "Transfer-Encoding: chunked", "Content-Encoding: gzip"))
        .bytes();

    Page page = (Page) read(warc, "crawl.warc").get(0);

    assertArrayEquals(HTML, page.content());
  }

  @Test
  void readsResourceAndConversionRecordsAsPages() {
    byte[] warc = new WarcFixtures(false)
        .resource("file:///saved/page.html", "text/html", HTML)
        .record("conversion", "https://example.org/a", "text/plain", ascii("Some converted text"))
        .resource("https://example.org/data.bin", "application/octet-stream", new byte[] {0, 1})
        .bytes();

    List<ReadResult> results = read(warc, "x.warc");

    assertEquals(List.of("page file:///saved/page.html", "page https://example.org/a", "skip non_html"),
        describe(results));
    assertEquals("text/plain", ((Page) results.get(1)).contentType());
  }

  @Test
  void keepsTheRecordsBeforeATruncationAndRejectsTheRest() {
    byte[] whole = new WarcFixtures(true)
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML))
        .response("https://example.org/b", http("HTTP/1.1 200 OK", "text/html", HTML))
        .bytes();
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);

    List<ReadResult> results = read(cut, "cut.warc.gz");

    assertEquals(List.of("page https://example.org/a", "reject truncated"), describe(results));
    assertTrue(results.get(1).source().offset() > 0, "the rejection points past the good record");
  }

  @Test
  void rejectsARecordWithAContentLengthLongerThanTheFile() {
    byte[] whole = new WarcFixtures(false)
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML))
        .bytes();
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);

    List<String> results = describe(read(cut, "cut.warc"));

    assertEquals(1, results.size());
    assertEquals(List.of("reject truncated"), results);
  }

  @Test
  void rejectsAMalformedWarcHeaderAtItsOwnOffsetAndReadsTheNextRecord() {
    WarcFixtures good = new WarcFixtures(false)
        .warcinfo()
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML));
    int badOffset = good.bytes().length;
    byte[] warc = good.raw(ascii("WARC/1.1\r\nthis is not a header line\r\n\r\n"))
        .response("https://example.org/b", http("HTTP/1.1 200 OK", "text/html", HTML))
        .bytes();

    List<ReadResult> results = read(warc, "bad.warc");

    assertEquals(List.of("skip warcinfo", "page https://example.org/a", "reject malformed_record",
        "page https://example.org/b"), describe(results));
    Rejection r = (Rejection) results.get(2);
    assertEquals(badOffset, r.source().offset());
    assertTrue(r.detail().startsWith("cannot read the record at offset " + badOffset), r.detail());
  }

  @Test
  void rejectsAFileThatIsNotWarcAfterItsFirstLine() {
    List<ReadResult> results = read(ascii("WARC/1.1\r\nno colon here\r\n\r\n"), "bad.warc");

    assertEquals(List.of("reject malformed_record"), describe(results));
    assertEquals(0, results.get(0).source().offset());
  }

  @Test
  void readsArcFiles() {
    String page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + new String(HTML);
    String version = "1 0 geotrends\nURL IP-address Archive-date Content-type Archive-length\n";
    String header = "filedesc://test.arc 127.0.0.1 20240901100000 text/plain " + version.length()
        + "\n" + version + "\n";
    String record = "https://example.org/a 127.0.0.1 20240901100000 text/html "
        + ascii(page).length + "\n" + page + "\n";

    List<ReadResult> results = read(gzip(ascii(header + record)), "test.arc.gz");

    List<String> described = describe(results);
    assertTrue(described.contains("page https://example.org/a"), described.toString());
    Page p = (Page) results.get(described.indexOf("page https://example.org/a"));
    assertEquals(InputFormat.ARC, p.source().format());
    assertArrayEquals(HTML, p.content());
  }

  @Test
  void sniffsHtmlFromContentWhateverTheName() {
    List<ReadResult> results = read(gzip(HTML), "download.bin.gz");

    Page page = assertInstanceOf(Page.class, results.get(0));
    assertEquals(InputFormat.HTML, page.source().format());
    assertEquals("text/html", page.contentType());
    assertArrayEquals(HTML, page.content());
  }

  @Test
  void readsATextDumpAsOnePlainTextPage() {
    Page page = (Page) read(ascii("Site\n\nHeadline\n\nSome text.\n"), "dump.txt").get(0);

    assertEquals(InputFormat.TEXT, page.source().format());
    assertEquals("text/plain", page.contentType());
  }

  @Test
  void readsJsonLinesWithTheByteOffsetOfEachLine() {
    String first = "{\"title\":\"a\"}\n";
    byte[] file = ascii(first + "\n{\"title\":\"b\"}\n");

    List<ReadResult> results = read(file, "export.jsonl");

    assertEquals(2, results.size(), "blank lines are not records");
    assertEquals(0, results.get(0).source().offset());
    assertEquals(first.length() + 1, results.get(1).source().offset());
    assertEquals(InputFormat.JSONL, results.get(1).source().format());
  }

  @Test
  void rejectsAJsonLineOverTheLimitAndReadsTheNextOne() {
    byte[] file = ascii("{\"body\":\"" + "x".repeat(200) + "\"}\n{\"title\":\"b\"}\n");

    List<String> results = describe(read(file, "export.jsonl", new ReadLimits(100)));

    assertEquals(List.of("reject too_large", "page null"), results);
  }

  @Test
  void skipsAnEmptyFileOnceAsNotACrawlFile() {
    assertEquals(List.of("skip not_a_crawl_file"), describe(read(new byte[0], "empty.html")));
  }

  @Test
  void skipsBinaryFilesOnceAsNotACrawlFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
    assertEquals(List.of("skip not_a_crawl_file"), describe(read(png, "image.html")));
  }

  @Test
  void rejectsAPageOverTheSizeLimitWithoutReadingIt() {
    byte[] big = ascii("<html><body>" + "a".repeat(5000) + "</body></html>");
    assertEquals(List.of("reject too_large"), describe(read(big, "big.html", new ReadLimits(1000))));
  }

  @Test
  void rejectsATruncatedGzipPage() {
    byte[] zipped = gzip(ascii("<html><body>" + "some words ".repeat(2000) + "</body></html>"));
    byte[] cut = Arrays.copyOf(zipped, zipped.length / 2);

    assertEquals(List.of("reject truncated"), describe(read(cut, "page.html.gz")));
  }
}
