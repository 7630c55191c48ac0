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
 * a warm-up of each. Decoding and reading files are outside the timed loops. The two sides
 * take turns, one pass over all pages each, and each side's fastest pass counts: on a shared
 * machine the slower passes measure the neighbours, not the code.
 */
public final class ExtractionBenchmark {

  private static final int WARMUP_ROUNDS = 2;
  private static final int TIMED_ROUNDS = 7;

  private ExtractionBenchmark() {
  }

  /** Runs the benchmark over the annotated pages under {@code folder} and returns a report. */
  public static String run(Path folder) {
    return run(folder, WARMUP_ROUNDS, TIMED_ROUNDS);
  }

  /** As {@link #run(Path)}, with the given numbers of warm-up and timed passes per side. */
  static String run(Path folder, int warmupRounds, int timedRounds) {
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
    for (int r = 0; r < warmupRounds; r++) {
      pass(pages, baseline);
      pass(pages, extractor);
    }
    long base = Long.MAX_VALUE;
    long ours = Long.MAX_VALUE;
    for (int r = 0; r < timedRounds; r++) {
      base = Math.min(base, pass(pages, baseline));
      ours = Math.min(ours, pass(pages, extractor));
    }
    double mb = bytes / 1e6;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "pages: %d, %.1f MB of HTML (UTF-8), single thread, "
        + "%d warm-up passes, fastest of %d timed passes per side%n", pages.size(), mb, warmupRounds, timedRounds));
    sb.append(line("jsoup parse + body().text()", base, pages.size(), mb));
    sb.append(line("HtmlExtractor.extract", ours, pages.size(), mb));
    sb.append(String.format(Locale.ROOT, "HtmlExtractor speed / baseline speed: %.2f%n", (double) base / ours));
    return sb.toString();
  }

  private record Page(String html, String url, java.time.Instant crawledAt) {
  }

  /** Nanoseconds of one pass of {@code work} over all pages. */
  private static long pass(List<Page> pages, ToIntFunction<Page> work) {
    long checksum = 0;
    long start = System.nanoTime();
    for (Page p : pages) {
      checksum += work.applyAsInt(p);
    }
    long nanos = System.nanoTime() - start;
    if (checksum < 0) {
      throw new IllegalStateException("unreachable: keeps the work from being optimised away");
    }
    return nanos;
  }

  private static String line(String name, long nanos, int pages, double mb) {
    double seconds = nanos / 1e9;
    return String.format(Locale.ROOT, "%-30s %8.1f pages/s %8.2f MB/s  (fastest pass %.2f s)%n",
        name, pages / seconds, mb / seconds, seconds);
  }

  /** Prints the benchmark for the folder given as the only argument. */
  public static void main(String[] args) {
    System.out.println(run(Path.of(args.length > 0 ? args[0] : "../shared/data/fundus")));
  }
}
