package org.geotrends.common.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.geotrends.common.eval.AnnotatedFolder.AnnotatedPage;
import org.geotrends.common.extract.HtmlExtractor;
import org.geotrends.common.extract.TextDecoder;
import org.jsoup.Jsoup;

/**
 * Measures single-thread throughput of {@link HtmlExtractor} against a bare
 * {@code Jsoup.parse(html).body().text()} over the same decoded pages in the same run, after
 * a warm-up of each. Decoding and reading files are outside the timed loops.
 */
public final class ExtractionBenchmark {

  private static final int WARMUP_ROUNDS = 2;
  /** Each side is timed for at least this long, in whole passes over the pages. */
  private static final long MIN_NANOS = 4_000_000_000L;

  private ExtractionBenchmark() {
  }

  /** Runs the benchmark over the annotated pages under {@code folder} and returns a report. */
  public static String run(Path folder) {
    return run(folder, MIN_NANOS);
  }

  /** As {@link #run(Path)}, timing each side for at least {@code minNanos}. */
  static String run(Path folder, long minNanos) {
    List<AnnotatedPage> annotated;
    try {
      annotated = AnnotatedFolder.read(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read annotated folder " + folder, e);
    }
    List<Page> pages = new ArrayList<>();
    long bytes = 0;
    for (AnnotatedPage a : annotated) {
      String html = TextDecoder.decode(a.bytes(), null).text();
      pages.add(new Page(html, a.url(), a.crawledAt()));
      bytes += html.getBytes(StandardCharsets.UTF_8).length;
    }
    ToIntFunction<Page> baseline = p -> Jsoup.parse(p.html()).body().text().length();
    ToIntFunction<Page> extractor = p -> {
      String body = HtmlExtractor.extract(p.html(), p.url(), p.crawledAt()).body();
      return body == null ? 0 : body.length();
    };
    Timing base = time(pages, baseline, minNanos);
    Timing ours = time(pages, extractor, minNanos);
    double mb = bytes / 1e6;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "pages: %d, %.1f MB of HTML (UTF-8), single thread, %d warm-up passes%n",
        pages.size(), mb, WARMUP_ROUNDS));
    sb.append(line("jsoup parse + body().text()", base, pages.size(), mb));
    sb.append(line("HtmlExtractor.extract", ours, pages.size(), mb));
    sb.append(String.format(Locale.ROOT, "HtmlExtractor speed / baseline speed: %.2f%n",
        (pages.size() * ours.passes / ours.seconds()) / (pages.size() * base.passes / base.seconds())));
    return sb.toString();
  }

  private record Page(String html, String url, java.time.Instant crawledAt) {
  }

  private record Timing(int passes, long nanos, long checksum) {
    double seconds() {
      return nanos / 1e9;
    }
  }

  private static Timing time(List<Page> pages, ToIntFunction<Page> work, long minNanos) {
    long checksum = 0;
    for (int r = 0; r < WARMUP_ROUNDS; r++) {
      for (Page p : pages) {
        checksum += work.applyAsInt(p);
      }
    }
    int passes = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      for (Page p : pages) {
        checksum += work.applyAsInt(p);
      }
      passes++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < minNanos);
    return new Timing(passes, elapsed, checksum);
  }

  private static String line(String name, Timing t, int pages, double mb) {
    return String.format(Locale.ROOT, "%-30s %8.1f pages/s %8.2f MB/s  (%d passes in %.1f s)%n",
        name, pages * t.passes() / t.seconds(), mb * t.passes() / t.seconds(), t.passes(), t.seconds());
  }

  /** Prints the benchmark for the folder given as the only argument. */
  public static void main(String[] args) {
    System.out.println(run(Path.of(args.length > 0 ? args[0] : "../shared/data/fundus")));
  }
}
