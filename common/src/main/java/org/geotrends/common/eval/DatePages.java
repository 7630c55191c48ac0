package org.geotrends.common.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.geotrends.common.eval.AnnotatedFolder.AnnotatedPage;
import org.geotrends.common.extract.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One JSON line per annotated page with a publishing date: the page file, its URL and crawl
 * date, the annotated date, and the date geotrends found. The date benchmark
 * ({@code common/bench/run-date-benchmark.sh}) runs other extractors on the same lines.
 *
 * <p>With a folder for stripped pages, each page is first stripped of its metadata (JSON-LD
 * scripts and {@code <meta>} tags), written there, and both extractors read that copy: a test
 * of what is left when a page's metadata is missing (URL, {@code <time>} elements, bylines).
 */
public final class DatePages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DatePages() {
  }

  /**
   * Writes the lines for every annotated page under {@code folder} to {@code out}.
   *
   * @param stripped where to write pages stripped of metadata, or null to read the pages as they are
   */
  public static void write(Path folder, Path stripped, PrintStream out) throws IOException {
    for (AnnotatedPage page : AnnotatedFolder.read(folder)) {
      if (page.publishingDate() == null) {
        continue;
      }
      String html = TextDecoder.decode(page.bytes(), null).text();
      Path file = page.file().toAbsolutePath();
      if (stripped != null) {
        html = withoutMetadata(html);
        file = stripped.resolve(page.country() + "_" + page.file().getFileName()).toAbsolutePath();
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
          gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
      }
      out.println(line(page, file, Evaluation.evaluate(page, html)));
    }
  }

  /** The page without JSON-LD scripts and {@code <meta>} tags. */
  static String withoutMetadata(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script[type~=(?i)application/ld\\+json], meta").remove();
    return doc.outerHtml();
  }

  static String line(AnnotatedPage page, Path file, PageResult r) throws JsonProcessingException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.toString());
    m.put("publisher", page.publisherKey());
    m.put("url", page.url());
    m.put("crawled_at", page.crawledAt() == null ? null : page.crawledAt().toString());
    m.put("expected", page.publishingDate());
    m.put("published_local", r.published() == null ? null : r.published().localText());
    m.put("published_at", r.publishedAt() == null ? null : r.publishedAt().toString());
    m.put("date_source", r.dateSource());
    m.put("local_day_ok", r.localDayMatch());
    m.put("utc_day_ok", r.utcDayMatch());
    return JSON.writeValueAsString(m);
  }

  /** Usage: {@code DatePages FOLDER [STRIPPED_DIR]}; prints the lines to stdout. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path stripped = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : null;
    write(Path.of(args.length > 0 ? args[0] : "../shared/data/fundus"), stripped, out);
  }
}
