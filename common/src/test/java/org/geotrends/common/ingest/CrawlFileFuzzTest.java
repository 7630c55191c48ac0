package org.geotrends.common.ingest;

import static org.geotrends.common.record.WarcFixtures.ascii;
import static org.geotrends.common.record.WarcFixtures.brotli;
import static org.geotrends.common.record.WarcFixtures.chunked;
import static org.geotrends.common.record.WarcFixtures.concat;
import static org.geotrends.common.record.WarcFixtures.deflate;
import static org.geotrends.common.record.WarcFixtures.gzip;
import static org.geotrends.common.record.WarcFixtures.http;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geotrends.common.extract.Seeds;
import org.geotrends.common.record.Outcome;
import org.geotrends.common.record.RejectReason;
import org.geotrends.common.record.Rejection;
import org.geotrends.common.record.WarcFixtures;
import org.junit.jupiter.api.Test;

/**
 * Feeds the reader, the ingester and the extractor crawl files mutated at random (cut,
 * bit-flipped, with a slice duplicated, spliced with another file, with bytes inserted or
 * removed), from a fixed seed so that a failure replays. Nothing may escape as an exception,
 * hang, or be counted twice: every record read is one article, rejection or skip.
 */
class CrawlFileFuzzTest {

  /** Override with {@code -Dfuzz.seed=…} and {@code -Dfuzz.seconds=…} for a longer hunt. */
  private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
  private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 15L));
  private static final int MAX_INPUTS = Integer.getInteger("fuzz.inputs", 4000);

  static Map<String, byte[]> corpus() {
    byte[] html = ascii("<!doctype html><html lang=\"en\"><head><title>Ankara and Damascus talk"
        + "</title><meta property=\"article:published_time\" content=\"2024-08-30T10:00:00Z\">"
        + "</head><body><article><h1>Ankara and Damascus talk</h1>"
        + "<p>" + "Turkish and Syrian officials met in Moscow on Friday to discuss the border. ".repeat(8)
        + "</p><p>" + "Iran sent an envoy to the talks, the ministry said. ".repeat(6)
        + "</p></article></body></html>");
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (boolean gz : new boolean[] {true, false}) {
      files.put(gz ? "crawl.warc.gz" : "crawl.warc", new WarcFixtures(gz)
          .warcinfo()
          .request("https://example.org/a")
          .response("https://example.org/a", http("HTTP/1.1 200 OK", "text/html; charset=utf-8", html))
          .response("https://example.org/b", http("HTTP/1.1 200 OK", "text/html", chunked(gzip(html), 64),
              "Transfer-Encoding: chunked", "Content-Encoding: gzip"))
          .response("https://example.org/c", http("HTTP/1.1 200 OK", "text/html", brotli(html),
              "Content-Encoding: br"))
          .response("https://example.org/d", http("HTTP/1.1 200 OK", "text/html", deflate(html, false),
              "Content-Encoding: deflate"))
          .response("https://example.org/e.png", http("HTTP/1.1 200 OK", "image/png", new byte[] {1, 2}))
          .metadata("https://example.org/a")
          .resource("file:///saved.html", "text/html", html)
          .bytes());
    }
    String page = "HTTP/1.0 200 OK\nContent-Type: text/html\n\n" + new String(html);
    String version = "1 0 test\nURL IP-address Archive-date Content-type Archive-length\n";
    String arc = "filedesc://t.arc 127.0.0.1 20090301000000 text/plain " + version.length() + "\n"
        + version + "\n"
        + "http://example.org/a 127.0.0.1 20090301000000 text/html " + ascii(page).length + "\n"
        + page + "\n";
    files.put("t.arc", ascii(arc));
    files.put("t.arc.gz", gzip(ascii(arc)));
    files.put("crawl.warc.zst", concat(Zstd.compress(new WarcFixtures(false).warcinfo().bytes()),
        Zstd.compress(new WarcFixtures(false).response("https://example.org/z",
            http("HTTP/1.1 200 OK", "text/html", html)).bytes())));
    files.put("page.html", html);
    files.put("page.html.gz", gzip(html));
    String json = "{\"url\": \"https://example.org/j\", \"title\": \"Talks\", \"text\": "
        + "\"Turkish and Syrian officials met in Moscow to talk about the border.\"}";
    files.put("export.jsonl", ascii(json + "\n" + json + "\n\n" + json + "\n"));
    files.put("export.json", ascii("[\n" + json + ",\n" + json + "\n]\n"));
    files.put(Seeds.ANKARA_DAMASCUS_2024, Seeds.bytes(Seeds.ANKARA_DAMASCUS_2024));
    files.put("README.md", ascii("# Data\n\n- `warc/`: crawls\n- see [notes](NOTES.md)\n"));
    return files;
  }

  /** One mutation of {@code data}, described in {@code what}. */
  static byte[] mutate(byte[] data, byte[] other, Random random, StringBuilder what) {
    int n = data.length;
    switch (random.nextInt(6)) {
      case 0 -> {
        int cut = random.nextInt(n + 1);
        what.append("cut at ").append(cut);
        return Arrays.copyOf(data, cut);
      }
      case 1 -> {
        byte[] m = data.clone();
        int flips = 1 + random.nextInt(8);
        what.append(flips).append(" bit flips");
        for (int i = 0; i < flips && n > 0; i++) {
          m[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
        }
        return m;
      }
      case 2 -> {
        int from = random.nextInt(n + 1);
        int len = random.nextInt(n - from + 1);
        what.append("duplicate ").append(from).append("+").append(len);
        return concat(concat(Arrays.copyOf(data, from + len), Arrays.copyOfRange(data, from, from + len)),
            Arrays.copyOfRange(data, from + len, n));
      }
      case 3 -> {
        int a = random.nextInt(n + 1);
        int b = random.nextInt(other.length + 1);
        what.append("splice ").append(a).append(" with other from ").append(b);
        return concat(Arrays.copyOf(data, a), Arrays.copyOfRange(other, b, other.length));
      }
      case 4 -> {
        int at = random.nextInt(n + 1);
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        what.append("insert ").append(noise.length).append(" at ").append(at);
        return concat(concat(Arrays.copyOf(data, at), noise), Arrays.copyOfRange(data, at, n));
      }
      default -> {
        int from = random.nextInt(n + 1);
        int len = random.nextInt(Math.min(256, n - from) + 1);
        what.append("remove ").append(from).append("+").append(len);
        return concat(Arrays.copyOf(data, from), Arrays.copyOfRange(data, from + len, n));
      }
    }
  }

  @Test
  void noMutatedCrawlFileMakesTheReaderOrExtractorThrowOrMiscount() {
    Map<String, byte[]> corpus = corpus();
    List<String> names = new ArrayList<>(corpus.keySet());
    Random random = new Random(SEED);
    int[] tried = {0};
    long[] records = {0};
    assertTimeoutPreemptively(BUDGET.plusSeconds(15), () -> {
      long end = System.nanoTime() + BUDGET.toNanos();
      while (tried[0] < MAX_INPUTS && System.nanoTime() < end) {
        String name = names.get(random.nextInt(names.size()));
        byte[] other = corpus.get(names.get(random.nextInt(names.size())));
        StringBuilder what = new StringBuilder(name).append(": ");
        byte[] input = corpus.get(name);
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
          input = mutate(input, other, random, what.append(r == 0 ? "" : ", "));
        }
        records[0] += ingest(name, input, what.toString());
        tried[0]++;
      }
    }, () -> "hung after " + tried[0] + " inputs");
    System.out.printf("fuzz: %d mutated inputs, %d records read, 0 exceptions (seed %d)%n",
        tried[0], records[0], SEED);
    assertTrue(tried[0] >= 25, "too few inputs tried: " + tried[0]);
  }

  /** Reads every record of one input; returns how many, after checking each one. */
  static long ingest(String name, byte[] input, String what) {
    long read = 0;
    try (CrawlFileIngester.CloseableIterator it = CrawlFileIngester.ingest(
        new ByteArrayInputStream(input), name, CrawlFileIngester.Options.DEFAULT)) {
      while (it.hasNext()) {
        Outcome outcome = it.next();
        read++;
        assertNotNull(outcome, what);
        if (outcome instanceof Rejection r && r.reason() == RejectReason.EXTRACTION_FAILED) {
          fail("extractor failed on " + what + ": " + r.detail());
        }
        if (read > input.length + 10) {
          fail("more records than bytes on " + what);
        }
      }
    } catch (RuntimeException | Error e) {
      throw new AssertionError("exception on " + what + ": " + e, e);
    }
    return read;
  }
}
