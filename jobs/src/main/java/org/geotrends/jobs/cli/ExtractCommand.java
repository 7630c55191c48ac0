package org.geotrends.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.geotrends.jobs.ingest.ArticlesTable;
import org.geotrends.jobs.ingest.RejectsTable;
import org.geotrends.jobs.io.UserError;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
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

  /** The rejected record in the rejects table's columns, reason as its lower-case code. */
  static Map<String, Object> rejectColumns(Rejection r) {
    return asJson(RejectsTable.SCHEMA, RejectsTable.toRow(r));
  }

  /**
   * The article in the articles table's columns, less {@code story_id} (the stories stage fills
   * it) and the partition column {@code pub_month}.
   */
  static Map<String, Object> columns(Article a) {
    return asJson(ArticlesTable.SCHEMA, ArticlesTable.toRow(a), "story_id", ArticlesTable.PARTITION_COLUMN);
  }

  /** A table row as JSON values: timestamps as ISO-8601 instants, arrays as lists. */
  private static Map<String, Object> asJson(StructType schema, Row row, String... leftOut) {
    List<String> skip = List.of(leftOut);
    Map<String, Object> m = new LinkedHashMap<>();
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (skip.contains(names[i])) {
        continue;
      }
      Object v = row.get(i);
      if (v instanceof Timestamp t) {
        v = t.toInstant().toString();
      } else if (v instanceof Object[] array) {
        v = Arrays.asList(array);
      }
      m.put(names[i], v);
    }
    return m;
  }
}
