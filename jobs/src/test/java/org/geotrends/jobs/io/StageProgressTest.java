package org.geotrends.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Assertions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.geotrends.jobs.SparkTest;
import org.junit.jupiter.api.Test;

class StageProgressTest extends SparkTest {

  @Test
  void saysWhatSparkHasDoneOnceTheStageHasRunThirtySeconds() throws Exception {
    Path table = Files.createTempDirectory("progress").resolve("t");
    spark().range(0, 1000, 1, 4).write().parquet(table.toString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    AtomicLong clock = new AtomicLong(1_000_000);
    try (StageProgress progress = new StageProgress(spark().sparkContext(), "network", out, clock::get, false)) {
      spark().read().parquet(table.toString()).where("id % 2 = 0").count();
      spark().sparkContext().listenerBus().waitUntilEmpty();
      clock.addAndGet(29_000);
      progress.tick();
      assertEquals("", bytes.toString(StandardCharsets.UTF_8), "quiet for the first 30 s");
      clock.addAndGet(1_000);
      progress.tick();
      String line = bytes.toString(StandardCharsets.UTF_8).strip();
      Assertions.assertTrue(line.matches("network: 30 s, [1-9] Spark jobs, [1-9]\\d* tasks done, 1,000 rows read \\(33/s\\)"),
          line);
      clock.addAndGet(10_000);
      progress.tick();
      assertEquals(1, bytes.toString(StandardCharsets.UTF_8).strip().lines().count(), "then every 30 s");
    }
  }

  @Test
  void labelsTheStagesSparkJobsWithItsJobGroupUntilClosed() throws Exception {
    java.util.List<String> groups = new java.util.concurrent.CopyOnWriteArrayList<>();
    org.apache.spark.scheduler.SparkListener listener = new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
        groups.add(String.valueOf(start.properties().getProperty(StageProgress.JOB_GROUP)));
      }
    };
    spark().sparkContext().addSparkListener(listener);
    try {
      try (StageProgress progress = new StageProgress(spark().sparkContext(), "terms", System.err, () -> 0L, false)) {
        spark().range(10).count();
      }
      spark().range(10).count();
      spark().sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark().sparkContext().removeSparkListener(listener);
    }
    assertEquals("geotrends-terms", groups.get(0));
    assertEquals("null", groups.get(groups.size() - 1), "no group once the stage is done");
  }
}
