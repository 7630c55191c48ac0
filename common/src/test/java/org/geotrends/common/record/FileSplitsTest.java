package org.geotrends.common.record;

import static org.geotrends.common.record.CrawlFileReaderTest.HTML;
import static org.geotrends.common.record.WarcFixtures.ascii;
import static org.geotrends.common.record.WarcFixtures.concat;
import static org.geotrends.common.record.WarcFixtures.gzip;
import static org.geotrends.common.record.WarcFixtures.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parts of a file read together what the whole file reads, each record exactly once. */
class FileSplitsTest {

  /** A payload whose text holds a record line and a whole fake WARC header. */
  static final byte[] TRAP = ascii("<html><body><pre>\r\nWARC/1.0\r\nWARC-Type: response\r\n"
      + "Content-Length: 5\r\n\r\nhello\r\n\r\nWARC/1.1\r\n</pre></body></html>");

  /**
   * Every kind of record, a payload with {@code WARC/} lines in it, and (gzip only) a member cut
   * short and a member of garbage between good records.
   */
  static byte[] file(boolean gzip) {
    WarcFixtures w = new WarcFixtures(gzip)
        .warcinfo()
        .request("https://example.org/a")
        .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML))
        .response("https://example.org/trap", http("HTTP/1.1 200 OK", "text/plain", TRAP))
        .resource("https://example.org/trap2", "text/html", TRAP)
        .response("https://example.org/logo.png", http("HTTP/1.1 200 OK", "image/png", new byte[] {1, 2}));
    byte[] bytes = w.bytes();
    if (gzip) {
      byte[] cut = new WarcFixtures(true)
          .response("https://example.org/cut", http("HTTP/1.1 200 OK", "text/html", HTML)).bytes();
      bytes = concat(bytes, Arrays.copyOf(cut, cut.length / 2));
      bytes = concat(bytes, new WarcFixtures(true)
          .response("https://example.org/b", http("HTTP/1.1 200 OK", "text/html", HTML)).bytes());
      byte[] garbage = gzip(ascii("not a record at all, just some text"));
      bytes = concat(bytes, garbage);
    }
    return concat(bytes, new WarcFixtures(gzip)
        .metadata("https://example.org/b")
        .response("https://example.org/c", http("HTTP/1.1 200 OK", "text/html", HTML))
        .bytes());
  }

  static List<String> read(byte[] file, FileSplit split) {
    return read(file, split, ReadLimits.DEFAULT);
  }

  static List<String> read(byte[] file, FileSplit split, ReadLimits limits) {
    byte[] from = Arrays.copyOfRange(file, (int) split.readFrom(), file.length);
    List<String> out = new ArrayList<>();
    try (RecordIterator it = CrawlFileReader.open(new ByteArrayInputStream(from), split, limits)) {
      it.forEachRemaining(r -> out.add(CrawlFileReaderTest.describe(r) + " @" + r.source().offset()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  static List<String> readParts(byte[] file, long... cuts) {
    return readParts(file, ReadLimits.DEFAULT, cuts);
  }

  /** The file read in the parts between {@code cuts}, in the layout that it is sniffed to have. */
  static List<String> readParts(byte[] file, ReadLimits limits, long... cuts) {
    Optional<FileSplits.Layout> layout = layout(file);
    List<String> out = new ArrayList<>();
    long start = 0;
    for (int i = 0; i <= cuts.length; i++) {
      long end = i < cuts.length ? cuts[i] : file.length;
      out.addAll(read(file, new FileSplit("f", layout.orElseThrow().format(), layout.get().gzip(), start, end),
          limits));
      start = end;
    }
    return out;
  }

  static Optional<FileSplits.Layout> layout(byte[] file) {
    try {
      return FileSplits.layout(new ByteArrayInputStream(file), "f.warc");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void twoPartsCutAnywhereReadWhatTheWholeFileReads(boolean gzip) {
    byte[] file = file(gzip);
    List<String> whole = read(file, FileSplit.whole("f.warc"));
    assertEquals(gzip ? 11 : 8, whole.size(), whole.toString());

    // every third byte: cuts inside member headers, record headers, payloads and trailers
    for (int cut = 1; cut < file.length; cut += 3) {
      assertEquals(whole, readParts(file, cut), "cut at " + cut);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void manyPartsCutAtRandomReadWhatTheWholeFileReads(boolean gzip) {
    byte[] file = file(gzip);
    List<String> whole = read(file, FileSplit.whole("f.warc"));
    Random random = new Random(13);
    for (int round = 0; round < 100; round++) {
      long[] cuts = random.longs(2 + random.nextInt(5), 1, file.length).sorted().distinct().toArray();
      assertEquals(whole, readParts(file, cuts), "cuts at " + Arrays.toString(cuts));
    }
  }

  @Test
  void aPartStartsAtTheFirstMemberThatIsARecordAndStopsAtTheNextPartsStart() {
    WarcFixtures w = new WarcFixtures(true).warcinfo();
    int second = w.bytes().length;
    byte[] file = w.response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html", HTML))
        .response("https://example.org/b", http("HTTP/1.1 200 OK", "text/html", HTML)).bytes();
    int third = second + (file.length - second) / 2;
    FileSplits.Layout layout = layout(file).orElseThrow();

    // a cut one byte into the second member: the first part ends with it, the second begins after
    assertEquals(List.of("skip warcinfo @0", "page https://example.org/a @" + second),
        read(file, new FileSplit("f", layout.format(), true, 0, second + 1)));
    assertEquals(List.of("page https://example.org/b @" + third),
        read(file, new FileSplit("f", layout.format(), true, second + 1, file.length)));
    // a cut right at a member: that member is the second part's
    assertEquals(List.of("skip warcinfo @0"),
        read(file, new FileSplit("f", layout.format(), true, 0, second)));
    // a part in which no record starts is empty
    assertEquals(List.of(), read(file, new FileSplit("f", layout.format(), true, third + 1, third + 5)));
  }

  @Test
  void aRecordLineInsideAPlainPayloadIsNotAPartStart() {
    byte[] file = file(false);
    String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
    int fake = text.indexOf("\r\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5") + 2;
    assertTrue(fake > 2);
    List<String> part = read(file, new FileSplit("f", InputFormat.WARC, false, fake, file.length));
    assertEquals("page https://example.org/trap2", part.get(0).substring(0, part.get(0).indexOf(" @")),
        "the part begins at the record after the one holding the fake header");
  }

  /** JSON lines: a blank line, a line over 100 bytes, a last line without its newline. */
  static final byte[] JSON_LINES = ascii("{\"title\":\"a\",\"body\":\"one\"}\n"
      + "\n"
      + "{\"title\":\"b\",\"body\":\"" + "x".repeat(150) + "\"}\n"
      + "{\"title\":\"c\"}\n"
      + "{}\n"
      + "{\"title\":\"d\",\"body\":\"four\"}");

  @Test
  void jsonLinesPartsCutAnywhereReadEachLineOnceWithItsOffset() {
    ReadLimits limits = new ReadLimits(100);
    List<String> whole = read(JSON_LINES, FileSplit.whole("f.jsonl"), limits);
    // offsets: 27 + 1 (blank line) = 28; 28 + 174 = 202; 202 + 14 = 216; 216 + 3 = 219
    assertEquals(List.of("page null @0", "reject too_large @28", "page null @202", "page null @216",
        "page null @219"), whole);
    assertEquals(Optional.of(new FileSplits.Layout(InputFormat.JSONL, false)), layout(JSON_LINES));
    for (int cut = 1; cut < JSON_LINES.length; cut++) {
      assertEquals(whole, readParts(JSON_LINES, limits, cut), "cut at " + cut);
    }
    Random random = new Random(7);
    for (int round = 0; round < 100; round++) {
      long[] cuts = random.longs(2 + random.nextInt(5), 1, JSON_LINES.length).sorted().distinct().toArray();
      assertEquals(whole, readParts(JSON_LINES, limits, cuts), "cuts at " + Arrays.toString(cuts));
    }
  }

  @Test
  void tellsSplittableLayoutsFromOthers() {
    byte[] perRecord = file(true);
    byte[] plain = file(false);
    byte[] wholeGzip = gzip(plain);
    assertEquals(Optional.of(new FileSplits.Layout(InputFormat.WARC, true)), layout(perRecord));
    assertEquals(Optional.of(new FileSplits.Layout(InputFormat.WARC, false)), layout(plain));
    assertEquals(Optional.empty(), layout(wholeGzip), "one member for the whole file");
    assertEquals(Optional.empty(), layout(gzip(HTML)));
    assertEquals(Optional.empty(), layout(HTML));
    assertEquals(Optional.empty(), layout(gzip(JSON_LINES)), "gzip JSON lines: one member");
    assertEquals(Optional.empty(), layout(ascii("[{\"title\":\"a\"},\n{\"title\":\"b\"}]\n")),
        "a JSON document is read whole");
    assertEquals(Optional.empty(), layout(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0, 0, 0}));
    byte[] arc = ascii("filedesc://x.arc 0.0.0.0 20240101000000 text/plain 10\n1 0 test\n\n\n");
    assertEquals(Optional.of(new FileSplits.Layout(InputFormat.ARC, true)),
        layout(concat(gzip(arc), gzip(arc))));
  }

  @Test
  void plansPartsOfTheSplitSizeOnlyForLargeSplittableFiles() {
    Optional<FileSplits.Layout> warc = Optional.of(new FileSplits.Layout(InputFormat.WARC, true));
    assertEquals(List.of(new FileSplit("f", InputFormat.WARC, true, 0, 100),
            new FileSplit("f", InputFormat.WARC, true, 100, 200),
            new FileSplit("f", InputFormat.WARC, true, 200, 250)),
        FileSplits.plan("f", 250, 100, warc));
    assertEquals(List.of(new FileSplit("f", InputFormat.WARC, true, 0, 100),
            new FileSplit("f", InputFormat.WARC, true, 100, 200)),
        FileSplits.plan("f", 200, 100, warc));
    assertEquals(List.of(FileSplit.whole("f")), FileSplits.plan("f", 100, 100, warc));
    assertEquals(List.of(FileSplit.whole("f")), FileSplits.plan("f", 250, 0, warc), "0: never split");
    assertEquals(List.of(FileSplit.whole("f")), FileSplits.plan("f", 250, 100, Optional.empty()));
  }
}
