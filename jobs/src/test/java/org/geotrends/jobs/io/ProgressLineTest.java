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
