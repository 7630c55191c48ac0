package org.geotrends.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void estimatesTheTimeLeftFromTheShareOfBytesRead() {
    // a quarter read in 60 s: three quarters left take 180 s
    assertEquals("ingest: 3 of 10 files, 120,000 records (2,000/s), 1.0 GB of 4.0 GB read, 25%, ETA 3 min 0 s",
        ProgressLine.format("ingest", 3, 10, 120_000, 1_000_000_000L, 4_000_000_000L, 60_000));
    assertEquals("ingest: 0 of 1 files, 0 records (0/s), 0.0 MB of 250.0 MB read, 0%, ETA unknown",
        ProgressLine.format("ingest", 0, 1, 0, 0, 250_000_000L, 31_000));
  }

  @Test
  void aStageAfterIngestReportsSparksWorkAndItsCurrentStep() {
    // 130 of 400 tasks of the step in 40 s: 270 left take about 83 s
    assertEquals("network: 2 min 0 s, 6 Spark jobs, 1,210 tasks done, 3,400,000 rows read (28,333/s); "
            + "its current step 130 of 400 tasks, 32%, ETA 1 min 23 s",
        ProgressLine.formatStage("network", 120_000, 6, 1210, 3_400_000, 130, 400, 40_000));
    assertEquals("trends: 31 s, 2 Spark jobs, 0 tasks done, 0 rows read (0/s); its current step "
            + "0 of 8 tasks, 0%, ETA unknown",
        ProgressLine.formatStage("trends", 31_000, 2, 0, 0, 0, 8, 31_000));
    assertEquals("terms: 45 s, 9 Spark jobs, 90 tasks done, 10 rows read (0/s)",
        ProgressLine.formatStage("terms", 45_000, 9, 90, 10, 0, 0, 0));
  }

  @Test
  void writesDurationsInTheirLargestUnits() {
    assertEquals("59 s", ProgressLine.duration(59));
    assertEquals("1 min 0 s", ProgressLine.duration(60));
    assertEquals("2 h 3 min", ProgressLine.duration(2 * 3600 + 3 * 60 + 59));
    assertEquals("0 s", ProgressLine.eta(500, 500, 10_000));
    assertEquals("10 s", ProgressLine.eta(500, 1000, 10_000));
  }

  @Test
  void isQuietForTheFirstThirtySecondsThenEveryThirty() {
    assertFalse(ProgressLine.due(29_999, -1));
    assertTrue(ProgressLine.due(30_000, -1));
    assertFalse(ProgressLine.due(59_000, 30_000));
    assertTrue(ProgressLine.due(60_000, 30_000));
  }
}
