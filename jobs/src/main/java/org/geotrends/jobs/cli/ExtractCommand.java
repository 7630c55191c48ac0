package org.geotrends.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.common.record.Article;
import org.geotrends.common.record.Outcome;
import org.geotrends.common.record.Rejection;
import org.geotrends.common.record.Skip;
import org.geotrends.jobs.io.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code geotrends extract}: the ingest stage's extraction on local files, without Spark.
 * Prints one JSON object per article to stdout (the articles columns); rejections go to stderr.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract articles from local crawl files without Spark; print one JSON object "
        + "per article (articles table columns) to stdout, rejected records (rejects table "
        + "columns) to stderr.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders (recursive).")
  List<Path> paths;

  @Option(names = "--rejects", description = "Also print rejected records as JSON to stdout.")
  boolean printRejects;

  @Mixin
  IngestCommand.ReadOptions read;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    CrawlFileIngester.Options options = read.options();
    List<Path> files = files();
    Map<String, Long> counts = new TreeMap<>();
    PrintStream out = System.out;
    for (Path file : files) {
      InputStream in = Files.newInputStream(file);
      try (CrawlFileIngester.CloseableIterator results =
          CrawlFileIngester.ingest(in, sourceFile(file), options)) {
        while (results.hasNext()) {
          Outcome outcome = results.next();
          if (outcome instanceof Article article) {
            counts.merge("articles", 1L, Long::sum);
            out.println(json.writeValueAsString(columns(article)));
          } else if (outcome instanceof Rejection rejection) {
            counts.merge("rejected " + rejection.reason().code(), 1L, Long::sum);
            String line = json.writeValueAsString(rejectColumns(rejection));
            (printRejects ? out : System.err).println(line);
          } else if (outcome instanceof Skip skip) {
            counts.merge("skipped " + skip.type(), 1L, Long::sum);
          }
        }
      }
    }
    System.err.println("extract: " + files.size() + " files; " + counts);
    return 0;
  }

  private List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UserError("no such file: " + p);
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** A local file named as the tables name it: Hadoop's form of its absolute path. */
  static String sourceFile(Path file) {
    return "file:" + file.toAbsolutePath().normalize();
  }

  /** The rejected record as the rejects table names its columns, reason as its lower-case code. */
  static Map<String, Object> rejectColumns(Rejection r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source_file", r.source().file());
    m.put("source_offset", r.source().offset());
    m.put("input_format", r.source().format().code());
    m.put("url", r.url());
    m.put("reason", r.reason().code());
    m.put("detail", r.detail());
    return m;
  }

  /** The article as the articles table names its columns. */
  static Map<String, Object> columns(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article_id", a.articleId());
    m.put("url", a.url());
    m.put("domain", a.domain());
    m.put("publisher", a.publisher());
    m.put("title", a.title());
    m.put("summary", a.summary());
    m.put("byline", a.byline());
    m.put("source_agency", a.sourceAgency());
    m.put("section", a.section());
    m.put("tags", a.tags());
    m.put("published_at", a.publishedAt() == null ? null : a.publishedAt().toString());
    m.put("published_local", a.publishedLocal());
    m.put("utc_offset_minutes", a.utcOffsetMinutes());
    m.put("date_source", a.dateSource());
    m.put("language", a.language());
    m.put("body", a.body());
    m.put("word_count", a.wordCount());
    m.put("content_hash", a.contentHash());
    m.put("input_format", a.inputFormat());
    m.put("source_file", a.sourceFile());
    m.put("source_offset", a.sourceOffset());
    m.put("crawled_at", a.crawledAt() == null ? null : a.crawledAt().toString());
    m.put("extractor_version", a.extractorVersion());
    return m;
  }
}
