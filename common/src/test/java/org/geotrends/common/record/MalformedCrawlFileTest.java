package org.geotrends.common.record;

import static org.geotrends.common.record.CrawlFileReaderTest.HTML;
import static org.geotrends.common.record.CrawlFileReaderTest.describe;
import static org.geotrends.common.record.CrawlFileReaderTest.read;
import static org.geotrends.common.record.WarcFixtures.ascii;
import static org.geotrends.common.record.WarcFixtures.concat;
import static org.geotrends.common.record.WarcFixtures.gzip;
import static org.geotrends.common.record.WarcFixtures.http;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records with bad headers are read as far as they go; a corrupt record costs only itself. */
class MalformedCrawlFileTest {

  /** One response record with the given WARC version line, date and extra header lines. */
  static byte[] response(String version, String date, String url, String contentType, byte[] http) {
    String head = version + "\r\n"
        + "WARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:12345678-0000-0000-0000-000000000001>\r\n"
        + (date == null ? "" : "WARC-Date: " + date + "\r\n")
        + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + http.length + "\r\n\r\n";
    return concat(concat(ascii(head), http), ascii("\r\n\r\n"));
  }

  static byte[] okPage() {
    return http("HTTP/1.1 200 OK", "text/html; charset=utf-8", HTML);
  }

  @Test
  void readsARecordWhoseDateIsNoDateWithoutACrawlDate() {
    byte[] warc = concat(
        response("WARC/0.18", "2008-10-294T05:21:46-0700", "http://example.org/a",
            "application/http;msgtype=response", okPage()),
        response("WARC/0.18", "2008-10-29T05:21:46-0700", "http://example.org/b",
            "application/http;msgtype=response", okPage()));

    List<ReadResult> results = read(warc, "clueweb.warc");

    assertEquals(List.of("page http://example.org/a", "page http://example.org/b"), describe(results));
    assertNull(((Page) results.get(0)).crawledAt());
    assertEquals(Instant.parse("2008-10-29T12:21:46Z"), ((Page) results.get(1)).crawledAt());
  }

  @Test
  void readsTheTruncatedDatesThatWarc11Allows() {
    byte[] warc = concat(
        response("WARC/1.1", "2019-08-15T01:02Z", "https://example.org/a",
            "application/http; msgtype=response", okPage()),
        response("WARC/1.1", "2019-08-15", "https://example.org/b",
            "application/http; msgtype=response", okPage()));

    List<ReadResult> results = read(warc, "w.warc");

    assertEquals(Instant.parse("2019-08-15T01:02:00Z"), ((Page) results.get(0)).crawledAt());
    assertEquals(Instant.parse("2019-08-15T00:00:00Z"), ((Page) results.get(1)).crawledAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"WARC/0.17", "WARC/0.18", "WARC/1.0", "WARC/1.1"})
  void readsEveryWarcVersion(String version) {
    byte[] warc = response(version, "2009-03-01T10:00:00Z", "http://example.org/a",
        "application/http; msgtype=response", okPage());

    assertEquals(List.of("page http://example.org/a"), describe(read(gzip(warc), "v.warc.gz")));
  }

  @Test
  void readsRecordsWithAMalformedContentTypeTargetOrStatusLine() {
    byte[] warc = concat(concat(concat(
        response("WARC/1.0", "2024-01-01T00:00:00Z", "https://example.org/a b",
            "application/http;;msgtype=response;", okPage()),
        // a status line without a reason phrase and with LF line ends
        response("WARC/1.0", "2024-01-01T00:00:00Z", "<https://example.org/b>",
            "application/http; msgtype=response",
            concat(ascii("HTTP/1.1 200\nContent-Type: text/html\n\n"), HTML))),
        // no status code at all: what can be read is the page
        response("WARC/1.0", "2024-01-01T00:00:00Z", "https://example.org/c",
            "application/http; msgtype=response",
            concat(ascii("HTTP/1.1 OK\r\nContent-Type: text/html\r\n\r\n"), HTML))),
        response("WARC/1.0", "2024-01-01T00:00:00Z", "https://example.org/d",
            "application/http; msgtype=response",
            http("HTTP/1.1 200 OK", "text/html; charset=\"utf-8;", HTML)));

    List<ReadResult> results = read(warc, "lenient.warc");

    assertEquals(List.of("page https://example.org/a b", "page https://example.org/b",
        "page https://example.org/c", "page https://example.org/d"), describe(results));
    for (ReadResult r : results) {
      assertArrayEquals(HTML, ((Page) r).content());
    }
  }

  @Test
  void resumesAtTheNextGzipMemberAfterACorruptOne() {
    WarcFixtures good = new WarcFixtures(true)
        .warcinfo()
        .response("https://example.org/a", okPage());
    int badOffset = good.bytes().length;
    byte[] bad = gzip(response("WARC/1.1", "2024-01-01T00:00:00Z", "https://example.org/x",
        "application/http; msgtype=response", okPage()));
    bad[bad.length / 2] ^= 0x55; // corrupt the deflate data
    bad[bad.length / 2 + 1] ^= 0x55;
    byte[] warc = good.bytes();
    byte[] tail = new WarcFixtures(true).response("https://example.org/b", okPage()).bytes();
    List<ReadResult> results = read(concat(concat(warc, bad), tail), "corrupt.warc.gz");

    List<String> described = describe(results);
    assertEquals("page https://example.org/a", described.get(1));
    assertEquals("page https://example.org/b", described.get(described.size() - 1));
    assertEquals(4, described.size(), described + " " + results);
    assertEquals(badOffset, results.get(2).source().offset());
    assertEquals(badOffset + bad.length, results.get(3).source().offset());
  }

  @Test
  void resumesAtTheNextWarcLineAfterABadContentLength() {
    byte[] first = response("WARC/1.0", "2024-01-01T00:00:00Z", "https://example.org/a",
        "application/http; msgtype=response", okPage());
    byte[] bad = ascii("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxyz\r\n\r\n");
    byte[] last = response("WARC/1.0", "2024-01-01T00:00:00Z", "https://example.org/b",
        "application/http; msgtype=response", okPage());

    List<ReadResult> results = read(concat(concat(first, bad), last), "x.warc");

    assertEquals(List.of("page https://example.org/a", "reject malformed_record",
        "page https://example.org/b"), describe(results));
    assertEquals(first.length, results.get(1).source().offset());
    assertEquals(first.length + bad.length, results.get(2).source().offset());
  }

  @Test
  void readsEveryRecordOfAnArcFileWithBadLengthsAsOneResultEach() {
    String page = "HTTP/1.0 200 OK\nContent-Type: text/html\n\n" + new String(HTML);
    String version = "1 0 geotrends\nURL IP-address Archive-date Content-type Archive-length\n";
    String arc = "filedesc://t.arc 127.0.0.1 20090301000000 text/plain " + version.length() + "\n"
        + version + "\n"
        + "http://example.org/a 127.0.0.1 20090301000000 text/html -1\n\n"
        + "http://example.org/b 127.0.0.1 200903010000001234 text/html " + page.length() + "\n"
        + page + "\n"
        + "http://example.org/c 127.0.0.1 20090301000000 text/html abc\n\n";

    List<String> results = describe(read(ascii(arc), "t.arc"));

    assertEquals(List.of("skip warcinfo", "reject malformed_record", "page http://example.org/b",
        "reject malformed_record"), results);
  }

  @Test
  void passesOverAFewBytesOfPaddingBetweenRecordsWithoutARecordOfTheirOwn() {
    byte[] first = response("WARC/1.0", "2024-01-01T00:00:00Z", "https://example.org/a",
        "application/http; msgtype=response", okPage());
    byte[] last = response("WARC/1.0", "2024-01-01T00:00:00Z", "https://example.org/b",
        "application/http; msgtype=response", okPage());
    byte[] padded = concat(concat(first, new byte[] {0, 0, '\r', '\n'}), last);

    List<ReadResult> results = read(padded, "padded.warc");

    assertEquals(List.of("page https://example.org/a", "page https://example.org/b"), describe(results));
    assertEquals(first.length + 4, results.get(1).source().offset());
  }

  @Test
  void readsABodyOneByteShorterThanItsHttpContentLength() {
    byte[] head = ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
        + (HTML.length + 1) + "\r\n\r\n");
    byte[] warc = response("WARC/1.0", "2024-01-01T00:00:00Z", "https://example.org/a",
        "application/http; msgtype=response", concat(head, HTML));

    List<ReadResult> results = read(warc, "dechunked.warc");

    assertEquals(List.of("page https://example.org/a"), describe(results));
    assertArrayEquals(HTML, ((Page) results.get(0)).content());
  }
}
