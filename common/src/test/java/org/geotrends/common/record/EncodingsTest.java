package org.geotrends.common.record;

import static org.geotrends.common.record.CrawlFileReaderTest.HTML;
import static org.geotrends.common.record.CrawlFileReaderTest.describe;
import static org.geotrends.common.record.CrawlFileReaderTest.read;
import static org.geotrends.common.record.WarcFixtures.brotli;
import static org.geotrends.common.record.WarcFixtures.chunked;
import static org.geotrends.common.record.WarcFixtures.deflate;
import static org.geotrends.common.record.WarcFixtures.gzip;
import static org.geotrends.common.record.WarcFixtures.http;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every content and transfer encoding a crawl stores, and zstd-compressed WARC files. */
class EncodingsTest {

  static byte[] encoded(String encoding, byte[] body) {
    return switch (encoding) {
      case "br" -> brotli(body);
      case "deflate" -> deflate(body, false);
      case "raw-deflate" -> deflate(body, true);
      case "gzip", "x-gzip" -> gzip(body);
      case "zstd" -> Zstd.compress(body);
      case "identity" -> body;
      default -> throw new IllegalArgumentException(encoding);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"br", "deflate", "raw-deflate", "gzip", "x-gzip", "zstd", "identity"})
  void removesTheContentEncoding(String encoding) {
    String header = "Content-Encoding: " + (encoding.equals("raw-deflate") ? "deflate" : encoding);
    byte[] warc = new WarcFixtures(true)
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html",
            encoded(encoding, HTML), header))
        .response("https://example.org/b", http("HTTP/1.1 200 OK", "text/html",
            chunked(encoded(encoding, HTML), 5), header, "Transfer-Encoding: chunked"))
        .bytes();

    List<ReadResult> results = read(warc, "enc.warc.gz");

    assertEquals(List.of("page https://example.org/a", "page https://example.org/b"), describe(results));
    assertArrayEquals(HTML, ((Page) results.get(0)).content());
    assertArrayEquals(HTML, ((Page) results.get(1)).content());
  }

  @Test
  void readsABrotliBodyLargerThanOneMetaBlock() {
    byte[] big = ("<html><body>" + "<p>word</p>".repeat(10_000) + "</body></html>").getBytes();
    byte[] warc = new WarcFixtures(false)
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", brotli(big),
            "Content-Encoding: br"))
        .bytes();

    assertArrayEquals(big, ((Page) read(warc, "big.warc").get(0)).content());
  }

  @Test
  void takesABodyLabelledGzipButStoredDecodedAsItIs() {
    byte[] warc = new WarcFixtures(false)
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML,
            "Content-Encoding: gzip"))
        .bytes();

    assertArrayEquals(HTML, ((Page) read(warc, "x.warc").get(0)).content());
  }

  @Test
  void rejectsAnUnknownContentEncodingAsMalformedHttp() {
    byte[] warc = new WarcFixtures(false)
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML,
            "Content-Encoding: compress"))
        .bytes();

    assertEquals(List.of("reject malformed_http"), describe(read(warc, "x.warc")));
  }

  @Test
  void readsZstdCompressedWarcFilesWithDecompressedOffsets() {
    byte[] first = new WarcFixtures(false).warcinfo().bytes();
    byte[] second = new WarcFixtures(false)
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML)).bytes();
    ByteArrayOutputStream zst = new ByteArrayOutputStream();
    byte[] frame1 = Zstd.compress(first);
    zst.writeBytes(frame1);
    zst.writeBytes(Zstd.compress(second));

    List<ReadResult> results = read(zst.toByteArray(), "crawl.warc.zst");

    assertEquals(List.of("skip warcinfo", "page https://example.org/a"), describe(results));
    assertArrayEquals(HTML, ((Page) results.get(1)).content());
    assertEquals(0, results.get(0).source().offset());
    assertEquals(first.length, results.get(1).source().offset());
  }
}
