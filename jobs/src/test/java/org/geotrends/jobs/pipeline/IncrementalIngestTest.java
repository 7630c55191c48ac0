package org.geotrends.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.jobs.Fixtures;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.ingest.ArticlesTable;
import org.geotrends.jobs.ingest.IngestRun;
import org.geotrends.jobs.ingest.IngestedFiles;
import org.geotrends.jobs.ingest.RejectsTable;
import org.geotrends.jobs.io.InputFiles;
import org.geotrends.jobs.io.RunSummary;
import org.geotrends.jobs.io.TableAppend;
import org.geotrends.jobs.io.TableWriter.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --mode append}: only new files are read, and the tables end as one run over all would. */
class IncrementalIngestTest extends SparkTest {

  static final String BODY = Fixtures.words(30, "Envoys from Ankara and Damascus met again.");

  /** The two seeds (text dumps), a news page and a JSON file that is not JSON (not a crawl file). */
  static Path crawl(Path dir) {
    Fixtures.copySeeds(dir.resolve("dumps"));
    Fixtures.write(dir.resolve("pages/story.html"),
        Fixtures.htmlArticle("Talks resume in Ankara", "2024-05-02T08:30:00+03:00", BODY));
    Fixtures.write(dir.resolve("export/broken.jsonl"), "{\"url\": broken\n");
    return dir;
  }

  IngestRun ingest(String output, Mode mode, String... inputs) {
    Stages stages = new Stages(spark(), output, mode,
        new RunSummary("ingest", List.of(inputs), output, spark().version()));
    IngestedFiles.Plan plan = IngestedFiles.plan(output, mode,
        InputFiles.listWithStatus(List.of(inputs), InputFiles.confBeforeSpark()),
        InputFiles.confBeforeSpark());
    IngestRun run = stages.ingest(plan, CrawlFileIngester.Options.DEFAULT);
    stages.finish();
    return run;
  }

  List<String> rows(String output, String table) {
    return spark().read().parquet(output + "/" + table).collectAsList().stream()
        .map(Row::toString).sorted().collect(Collectors.toList());
  }

  static List<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void appendingNewFilesGivesTheTablesOfOneRunOverAll(@TempDir Path tmp) throws Exception {
    Path in = crawl(tmp.resolve("in"));
    String once = tmp.resolve("once").toString();
    String twice = tmp.resolve("twice").toString();
    ingest(once, Mode.OVERWRITE, in.toString());

    ingest(twice, Mode.OVERWRITE, in.resolve("dumps").toString());
    IngestRun second = ingest(twice, Mode.APPEND, in.toString());

    assertEquals(2, second.read().files(), "the page and the JSON lines");
    assertEquals(2, second.alreadyIngested(), "the two seeds");
    assertEquals(1, second.read().articles());
    assertEquals(0, second.read().rejects());
    assertEquals(1, second.read().skipped(), "the JSON file that is no crawl file, counted once");
    assertEquals(4, second.total().files());
    assertEquals(3, second.total().articles());
    assertEquals(rows(once, ArticlesTable.NAME), rows(twice, ArticlesTable.NAME));
    assertEquals(rows(once, RejectsTable.NAME), rows(twice, RejectsTable.NAME));
    JsonNode a = new ObjectMapper().readTree(Path.of(once, RunSummary.FILE_NAME).toFile());
    JsonNode b = new ObjectMapper().readTree(Path.of(twice, RunSummary.FILE_NAME).toFile());
    for (String figure : List.of("files", "records_read", "articles", "rejects", "skipped",
        "rejects_by_reason", "skipped_by_type", "records_by_input_format")) {
      assertEquals(a.at("/stages/ingest/" + figure), b.at("/stages/ingest/" + figure), figure);
    }
    assertEquals(2, b.at("/stages/ingest/this_run/files_already_ingested").asInt());
    assertEquals("append", b.at("/stages/ingest/this_run/mode").asText());
    assertFalse(Files.exists(Path.of(twice, "_staging")), "staging is cleaned up");
  }

  @Test
  void aRerunOnTheSameFilesChangesNothing(@TempDir Path tmp) throws Exception {
    Path in = crawl(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    ingest(out.toString(), Mode.APPEND, in.toString());
    List<String> before = files(out);
    byte[] manifest = Files.readAllBytes(out.resolve(IngestedFiles.FILE_NAME));

    IngestRun again = ingest(out.toString(), Mode.APPEND, in.toString());

    assertEquals(0, again.read().files());
    assertEquals(4, again.alreadyIngested());
    assertEquals(3, again.total().articles());
    assertEquals(before, files(out));
    assertTrue(java.util.Arrays.equals(manifest, Files.readAllBytes(out.resolve(IngestedFiles.FILE_NAME))));
  }

  @Test
  void aFailedAppendLeavesTheTablesAsTheyWereAndIsCleanedUpNextRun(@TempDir Path tmp) throws Exception {
    Path in = crawl(tmp.resolve("in"));
    String out = tmp.resolve("out").toString();
    ingest(out, Mode.OVERWRITE, in.resolve("dumps").toString());
    List<String> articles = rows(out, ArticlesTable.NAME);

    // an append that staged its rows and died before committing
    TableAppend died = TableAppend.begin(out, spark().sparkContext().hadoopConfiguration());
    died.write(ArticlesTable.SPEC.select(spark().read().parquet(out + "/" + ArticlesTable.NAME)),
        ArticlesTable.SPEC);
    assertEquals(articles, rows(out, ArticlesTable.NAME));

    IngestRun next = ingest(out, Mode.APPEND, in.toString());
    assertEquals(2, next.read().files());
    assertEquals(3, rows(out, ArticlesTable.NAME).size(), "2 seeds and the page, no staged copy");
    assertFalse(Files.exists(Path.of(out, "_staging")));
  }

  @Test
  void anAppendCommittedButNotMovedIsFinishedByTheNextRun(@TempDir Path tmp) throws Exception {
    Path in = crawl(tmp.resolve("in"));
    String out = tmp.resolve("out").toString();
    ingest(out, Mode.OVERWRITE, in.resolve("dumps").toString());
    List<String> rejects = new java.util.ArrayList<>(rows(out, RejectsTable.NAME));
    TableAppend committed = TableAppend.begin(out, spark().sparkContext().hadoopConfiguration());
    committed.write(spark().read().parquet(out + "/" + RejectsTable.NAME).limit(0)
        .union(spark().createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(
            "file:/x.warc", 0L, "warc", null, "no_body", "staged")), RejectsTable.SCHEMA)),
        RejectsTable.SPEC);
    // the mark is written, then the run dies before moving anything
    Path staged = Files.list(Path.of(out, "_staging")).findFirst().orElseThrow();
    Files.createFile(staged.resolve("_COMMITTED"));

    TableAppend.recover(out, spark().sparkContext().hadoopConfiguration());

    rejects.add("[file:/x.warc,0,warc,null,no_body,staged]");
    assertEquals(rejects.stream().sorted().toList(), rows(out, RejectsTable.NAME));
    assertFalse(Files.exists(Path.of(out, "_staging")));
  }

  @Test
  void overwriteAfterAppendsStartsTheManifestAgain(@TempDir Path tmp) throws Exception {
    Path in = crawl(tmp.resolve("in"));
    String out = tmp.resolve("out").toString();
    ingest(out, Mode.APPEND, in.toString());

    IngestRun run = ingest(out, Mode.OVERWRITE, in.resolve("pages").toString());

    assertEquals(1, run.total().files());
    assertEquals(1, Files.readAllLines(Path.of(out, IngestedFiles.FILE_NAME)).size());
    assertEquals(1, rows(out, ArticlesTable.NAME).size());
  }
}
