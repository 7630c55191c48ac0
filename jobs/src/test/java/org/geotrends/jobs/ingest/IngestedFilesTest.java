package org.geotrends.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.geotrends.jobs.io.InputFiles.InputFile;
import org.geotrends.jobs.io.TableWriter.Mode;
import org.geotrends.jobs.io.UserError;
import org.junit.jupiter.api.Test;

/** The ingested-files manifest and which inputs a run reads, without Spark. */
class IngestedFilesTest {
  static final Instant T0 = Instant.parse("2024-08-01T10:00:00Z");
  static final Instant T1 = Instant.parse("2024-08-02T10:00:00Z");

  static final InputFile A = new InputFile("file:/crawl/a.warc.gz", 100, T0.toEpochMilli());
  static final InputFile B = new InputFile("file:/crawl/b.warc.gz", 200, T0.toEpochMilli());
  static final InputFile C = new InputFile("file:/crawl/c.warc.gz", 300, T0.toEpochMilli());

  static IngestCounts counts(long articles, long rejects, long skipped) {
    return new IngestCounts(1, articles + rejects + skipped, articles, rejects, skipped,
        rejects == 0 ? Map.of() : Map.of("no_body", rejects),
        skipped == 0 ? Map.of() : Map.of("request", skipped),
        Map.of("warc", articles + rejects + skipped));
  }

  static final IngestedFiles.Entry A_DONE = IngestedFiles.Entry.of(A, T1, counts(5, 2, 7));
  static final IngestedFiles.Entry B_DONE = IngestedFiles.Entry.of(B, T1, counts(1, 0, 3));

  @Test
  void appendReadsOnlyTheFilesNotIngestedBefore() {
    IngestedFiles.Plan plan = IngestedFiles.plan(Mode.APPEND, List.of(A, B, C), List.of(A_DONE, B_DONE));

    assertEquals(List.of("file:/crawl/c.warc.gz"), plan.paths());
    assertEquals(2, plan.alreadyIngested());
  }

  @Test
  void overwriteReadsEveryFileAndForgetsTheEarlierOnes() {
    IngestedFiles.Plan plan = IngestedFiles.plan(Mode.OVERWRITE, List.of(B, C), List.of(A_DONE, B_DONE));

    assertEquals(List.of(B.path(), C.path()), plan.paths());
    assertEquals(0, plan.alreadyIngested());
    assertEquals(List.of(B.path(), C.path()),
        plan.after(Map.of(), T1).stream().map(IngestedFiles.Entry::path).toList());
  }

  @Test
  void refusesAFileWhoseSizeOrTimeChangedUnderTheSamePath() {
    InputFile grown = new InputFile(A.path(), 150, T0.toEpochMilli());
    InputFile touched = new InputFile(B.path(), 200, T1.toEpochMilli());

    UserError e = assertThrows(UserError.class,
        () -> IngestedFiles.plan(Mode.APPEND, List.of(grown, touched, C), List.of(A_DONE, B_DONE)));
    assertEquals("2 input files changed since ingested, e.g. file:/crawl/a.warc.gz (100 bytes, "
        + "modified 2024-08-01T10:00:00Z; now 150 bytes, modified 2024-08-01T10:00:00Z): give "
        + "changed files a new name, or use --mode overwrite", e.getMessage());
  }

  @Test
  void theManifestAfterAnAppendHoldsOldAndNewFilesWithTheirCounts() {
    IngestedFiles.Plan plan = IngestedFiles.plan(Mode.APPEND, List.of(A, C), List.of(A_DONE));
    // C held no record at all: it is still recorded, with zero counts
    List<IngestedFiles.Entry> after = plan.after(Map.of(), T1);

    assertEquals(List.of(A_DONE, IngestedFiles.Entry.of(C, T1, IngestCounts.none(1))), after);
    IngestCounts total = IngestCounts.sum(after.stream().map(IngestedFiles.Entry::counts).toList());
    assertEquals(2, total.files());
    assertEquals(14, total.read());
    assertEquals(Map.of("no_body", 2L), total.rejectsByReason());
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    byte[] bytes = IngestedFiles.toBytes(List.of(A_DONE, B_DONE));
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertEquals("{\"path\":\"file:/crawl/a.warc.gz\",\"size\":100,\"modified_at\":\"2024-08-01T10:00:00Z\","
        + "\"ingested_at\":\"2024-08-02T10:00:00Z\",\"records_read\":14,\"articles\":5,\"rejects\":2,"
        + "\"skipped\":7,\"rejects_by_reason\":{\"no_body\":2},\"skipped_by_type\":{\"request\":7},"
        + "\"records_by_input_format\":{\"warc\":14}}", text.lines().findFirst().orElseThrow());
    assertEquals(List.of(A_DONE, B_DONE), IngestedFiles.parse(new BufferedReader(new StringReader(text))));
  }

  @Test
  void refusesAManifestLineWhoseCountsDoNotAddUp() {
    String line = "{\"path\":\"file:/a\",\"size\":1,\"modified_at\":\"2024-08-01T10:00:00Z\","
        + "\"ingested_at\":\"2024-08-01T10:00:00Z\",\"records_read\":3,\"articles\":1,\"rejects\":1,\"skipped\":0}";

    assertThrows(IllegalArgumentException.class,
        () -> IngestedFiles.parse(new BufferedReader(new StringReader(line))));
  }
}
