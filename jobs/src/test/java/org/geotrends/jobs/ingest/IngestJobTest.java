package org.geotrends.jobs.ingest;

import static org.geotrends.common.record.WarcFixtures.ascii;
import static org.geotrends.common.record.WarcFixtures.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.junit.jupiter.api.Assertions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.common.record.WarcFixtures;
import org.geotrends.jobs.Fixtures;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.io.InputFiles;
import org.geotrends.jobs.io.TableSink;
import org.geotrends.jobs.io.TableWriter;
import org.geotrends.jobs.io.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest extends SparkTest {

  static final String BODY = Fixtures.words(30, "Ankara and Damascus talk again.");

  /** Seeds, an HTML page, a WARC with every kind of record and a cut tail, JSON lines, junk. */
  static Path crawl(Path dir) {
    Fixtures.copySeeds(dir.resolve("dumps"));
    Fixtures.write(dir.resolve("pages/story.html"),
        Fixtures.htmlArticle("Talks resume in Ankara", "2024-05-02T08:30:00+03:00", BODY));
    byte[] page = ascii(Fixtures.htmlArticle("Envoys meet in Damascus", "2024-06-10T12:00:00Z", BODY));
    byte[] warc = new WarcFixtures(true)
        .warcinfo()
        .request("https://news.example.org/a")
        .response("https://news.example.org/a", http("HTTP/1.1 200 OK", "text/html", page))
        .response("https://news.example.org/a.png", http("HTTP/1.1 200 OK", "image/png", new byte[] {1}))
        .response("https://news.example.org/index", http("HTTP/1.1 200 OK", "text/html",
            ascii("<html><head><title>Index</title></head><body><a href=/a>a</a></body></html>")))
        .bytes();
    byte[] cut = new WarcFixtures(true)
        .response("https://news.example.org/b", http("HTTP/1.1 200 OK", "text/html", page))
        .bytes();
    Fixtures.write(dir.resolve("warc/crawl.warc.gz"), WarcFixtures.concat(warc, Arrays.copyOf(cut, cut.length - 20)));
    Fixtures.write(dir.resolve("export/articles.jsonl"),
        "{\"url\":\"https://other.example.net/x\",\"title\":\"Tehran hosts a summit\","
            + "\"text\":\"" + BODY + "\",\"date_publish\":\"2024-07-01 09:00:00\"}\n"
            + "{\"url\": broken\n");
    Fixtures.write(dir.resolve("junk/empty.html"), new byte[0]);
    Fixtures.write(dir.resolve("junk/README.md"), "# Crawl\n\n- `warc/`: the crawl\n- `dumps/`: pages\n");
    Fixtures.write(dir.resolve("junk/crawler.json"), "{\n  \"depth\": 2,\n  \"seeds\": [\"a\", \"b\"]\n}\n");
    return dir;
  }

  @Test
  void accountsForEveryRecordAsArticleRejectOrSkip(@TempDir Path tmp) {
    Path input = crawl(tmp.resolve("in"));
    String output = tmp.resolve("out").toString();

    IngestCounts c = run(spark(), files(input.toString()),
        new TableWriter(output, TableWriter.Mode.OVERWRITE, spark().sparkContext().hadoopConfiguration()),
        CrawlFileIngester.Options.DEFAULT);

    assertEquals(8, c.files());
    assertEquals(5, c.articles(), "2 seeds, 1 HTML page, 1 WARC response, 1 JSON line");
    assertEquals(Map.of("malformed_json", 1L, "no_body", 1L, "truncated", 1L), c.rejectsByReason());
    assertEquals(Map.of("warcinfo", 1L, "request", 1L, "non_html", 1L, "not_a_crawl_file", 3L),
        c.skippedByType(), "empty.html, README.md and crawler.json once each");
    assertEquals(14, c.read());

    Dataset<Row> articles = spark().read().parquet(output + "/articles");
    Dataset<Row> rejects = spark().read().parquet(output + "/rejects");
    assertEquals(c.articles(), articles.count());
    assertEquals(c.rejects(), rejects.count());
    List<String> months = articles.select("pub_month").distinct().orderBy("pub_month")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(List.of("2023-06", "2024-05", "2024-06", "2024-07", "2024-08"), months);
  }

  @Test
  void writesTheSeedsWithTheirTitlesDatesAndTraceColumns(@TempDir Path tmp) {
    String output = tmp.resolve("out").toString();

    run(spark(), files(Fixtures.seeds().toString()),
        new TableWriter(output, TableWriter.Mode.OVERWRITE, spark().sparkContext().hadoopConfiguration()),
        CrawlFileIngester.Options.DEFAULT);

    List<Row> rows = spark().read().parquet(output + "/articles")
        .selectExpr("title", "cast(published_at as string)", "byline", "source_agency",
            "input_format", "source_offset", "size(tags)", "pub_month", "date_source")
        .orderBy("published_at").collectAsList();
    assertEquals(2, rows.size());
    assertEquals("[Quadripartite meeting on Syria to be held in Astana: Russian Deputy FM,"
        + "2023-06-14 13:46:00,Al Mayadeen English,Agencies,text,0,7,2023-06,text]", rows.get(0).toString());
    assertEquals("[Russia, Iran, Turkey, Syria to possibly meet for Ankara-Damascus talks,"
        + "2024-08-31 23:45:00,Al Mayadeen English,Agencies,text,0,6,2024-08,text]", rows.get(1).toString());
    Assertions.assertTrue(Files.exists(Path.of(output, "articles", "pub_month=2024-08")));
    assertFalse(Files.exists(Path.of(output, "_staging")), "staging is cleaned up");
  }

  @Test
  void refusesToReplaceATableInErrorMode(@TempDir Path tmp) {
    String output = tmp.resolve("out").toString();
    TableWriter overwrite = new TableWriter(output, TableWriter.Mode.OVERWRITE,
        spark().sparkContext().hadoopConfiguration());
    run(spark(), files(Fixtures.seeds().toString()), overwrite, CrawlFileIngester.Options.DEFAULT);

    TableWriter error = new TableWriter(output, TableWriter.Mode.ERROR, spark().sparkContext().hadoopConfiguration());
    UserError e = assertThrows(UserError.class, () -> run(spark(),
        files(Fixtures.seeds().toString()), error, CrawlFileIngester.Options.DEFAULT));
    Assertions.assertTrue(e.getMessage().startsWith("table exists: "), e.getMessage());
  }

  /** Ingests {@code files}; returns their counts summed, each file counted once. */
  static IngestCounts run(SparkSession spark, List<String> files, TableSink writer,
      CrawlFileIngester.Options options) {
    Map<String, IngestCounts> byFile = IngestJob.runByFile(spark, files, writer, options);
    return IngestCounts.sum(files.stream()
        .map(f -> byFile.getOrDefault(f, IngestCounts.none(1))).toList());
  }

  static List<String> files(String... inputs) {
    return InputFiles.list(List.of(inputs), InputFiles.confBeforeSpark());
  }
}
