package org.geotrends.common.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geotrends.common.eval.AnnotatedFolder.AnnotatedPage;

/**
 * One JSON line per annotated page with a publishing date: the page file, its URL and crawl
 * date, the annotated date, and the date geotrends found. The date benchmark
 * ({@code common/bench/run-date-benchmark.sh}) runs other extractors on the same lines.
 */
public final class DatePages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DatePages() {
  }

  /** Writes the lines for every annotated page under {@code folder} to {@code out}. */
  public static void write(Path folder, PrintStream out) throws IOException {
    for (AnnotatedPage page : AnnotatedFolder.read(folder)) {
      if (page.publishingDate() == null) {
        continue;
      }
      out.println(line(page, Evaluation.evaluate(page)));
    }
  }

  static String line(AnnotatedPage page, PageResult r) throws JsonProcessingException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", page.file().toAbsolutePath().toString());
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

  /** Prints the lines for the folder given as the only argument. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    write(Path.of(args.length > 0 ? args[0] : "../shared/data/fundus"), out);
  }
}
