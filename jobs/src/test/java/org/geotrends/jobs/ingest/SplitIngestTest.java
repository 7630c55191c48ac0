package org.geotrends.jobs.ingest;

import static org.geotrends.common.record.WarcFixtures.ascii;
import static org.geotrends.common.record.WarcFixtures.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.common.record.FileSplit;
import org.geotrends.common.record.ReadLimits;
import org.geotrends.common.record.WarcFixtures;
import org.geotrends.jobs.Fixtures;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.io.TableWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WARC.gz or a JSON-lines file read in several parts gives the tables and counts of the file read whole. */
class SplitIngestTest extends SparkTest {

  /** 40 pages, images, requests and a member cut in the middle, gzip record by record. */
  static byte[] warc() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(new WarcFixtures(true).warcinfo().bytes());
    for (int i = 0; i < 40; i++) {
      String body = Fixtures.words(30, "Ankara and Damascus talk again about " + i + ".");
      byte[] page = ascii(Fixtures.htmlArticle("Talks, round " + i,
          "2024-06-" + (10 + i % 18) + "T12:00:00Z", body));
      out.writeBytes(new WarcFixtures(true)
          .request("https://news.example.org/" + i)
          .response("https://news.example.org/" + i, http("HTTP/1.1 200 OK", "text/html", page))
          .response("https://news.example.org/" + i + ".png",
              http("HTTP/1.1 200 OK", "image/png", new byte[] {1, 2, 3}))
          .bytes());
      if (i == 20) {
        byte[] cut = new WarcFixtures(true)
            .response("https://news.example.org/cut", http("HTTP/1.1 200 OK", "text/html", page))
            .bytes();
        out.writeBytes(Arrays.copyOf(cut, cut.length / 2));
      }
    }
    return out.toByteArray();
  }

  @Test
  void aFileReadInPartsGivesTheSameTablesAsTheWholeFile(@TempDir Path tmp) {
    byte[] bytes = warc();
    Path file = tmp.resolve("in/crawl.warc.gz");
    Fixtures.write(file, bytes);
    List<String> files = List.of(file.toString());
    long splitBytes = bytes.length / 4 + 1;

    List<FileSplit> tasks = IngestJob.tasks(spark(), files, IngestJob.sizes(spark(), files), splitBytes);
    assertEquals(4, tasks.size());
    org.apache.spark.rdd.RDD<Row> rdd = IngestJob.outcomes(spark(), tasks,
        CrawlFileIngester.Options.DEFAULT, null).rdd();
    assertEquals(4, rdd.getNumPartitions(), "one task per part");
    for (org.apache.spark.Partition p : rdd.partitions()) {
      org.junit.jupiter.api.Assertions.assertTrue(rdd.preferredLocations(p).isEmpty(), "a part may run on any free core");
    }

    Map<String, IngestCounts> whole = ingest(files, tmp.resolve("whole"), 0);
    Map<String, IngestCounts> parts = ingest(files, tmp.resolve("parts"), splitBytes);

    IngestCounts w = whole.get(file.toString());
    assertEquals(40, w.articles());
    assertEquals(Map.of("malformed_record", 1L), w.rejectsByReason(), "the member cut short runs into the next one");
    assertEquals(1 + 40 + 40 + 40 + 1, w.read());
    assertEquals(whole, parts, "counts per file, not per part");
    for (String table : List.of("articles", "rejects")) {
      assertEquals(rows(tmp.resolve("whole"), table), rows(tmp.resolve("parts"), table), table);
    }
  }

  @Test
  void aJsonLinesFileReadInPartsGivesTheSameTablesAsTheWholeFile(@TempDir Path tmp) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines.append("{\"url\":\"https://wire.example.org/").append(i).append("\",\"title\":\"Talks, round ")
          .append(i).append("\",\"published\":\"2024-06-").append(10 + i % 18).append("T12:00:00Z\",\"body\":\"")
          .append(Fixtures.words(30, "Ankara and Damascus talk again about " + i + ".")).append("\"}\n");
      if (i == 20) {
        lines.append("\n{\"title\": \"a line cut short\n");
      }
    }
    byte[] bytes = ascii(lines.toString());
    Path file = tmp.resolve("in/export.jsonl");
    Fixtures.write(file, bytes);
    List<String> files = List.of(file.toString());
    long splitBytes = bytes.length / 5 + 1;
    assertEquals(5, IngestJob.tasks(spark(), files, IngestJob.sizes(spark(), files), splitBytes).size());

    Map<String, IngestCounts> whole = ingest(files, tmp.resolve("whole"), 0);
    Map<String, IngestCounts> parts = ingest(files, tmp.resolve("parts"), splitBytes);

    assertEquals(40, whole.get(file.toString()).articles());
    assertEquals(whole, parts, "counts per file, not per part");
    for (String table : List.of("articles", "rejects")) {
      assertEquals(rows(tmp.resolve("whole"), table), rows(tmp.resolve("parts"), table), table);
    }
  }

  private Map<String, IngestCounts> ingest(List<String> files, Path out, long splitBytes) {
    return IngestJob.runByFile(spark(), files,
        new TableWriter(out.toString(), TableWriter.Mode.OVERWRITE, spark().sparkContext().hadoopConfiguration()),
        new CrawlFileIngester.Options(ReadLimits.DEFAULT, CrawlFileIngester.Options.DEFAULT.minBodyWords(), splitBytes));
  }

  private List<String> rows(Path out, String table) {
    List<String> rows = spark().read().parquet(out.resolve(table).toString()).collectAsList().stream()
        .map(Row::toString).sorted().toList();
    assertTrue(!rows.isEmpty());
    return rows;
  }
}
