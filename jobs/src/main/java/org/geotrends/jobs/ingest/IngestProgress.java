package org.geotrends.jobs.ingest;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.geotrends.common.record.FileSplit;
import org.geotrends.jobs.io.ProgressLine;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Progress of the ingest stage, a line every {@value ProgressLine#EVERY_SECONDS} s on standard
 * error once it has run that long: files whose parts are all read, records and bytes read. The
 * tasks count records and bytes in accumulators; the driver sees finished tasks' totals at
 * their end and running tasks' partial counts with the executors' heartbeats.
 */
final class IngestProgress extends SparkListener implements AutoCloseable {

  private final SparkContext sc;
  private final PrintStream out;
  private final LongAccumulator records;
  private final LongAccumulator bytes;
  /** Names of the parts read to the end ({@link #partKey}). */
  private final CollectionAccumulator<String> parts;
  private final Map<String, Integer> partsOfFile = new HashMap<>();
  private final long bytesTotal;
  private final long startMillis = System.currentTimeMillis();
  private final ScheduledExecutorService timer;

  private final Set<String> partsDone = new HashSet<>();
  private final Map<String, Integer> donePerFile = new HashMap<>();
  private long filesDone;
  private long finishedRecords;
  private long finishedBytes;
  private final Map<Long, long[]> running = new HashMap<>();
  private final Set<Long> ended = new HashSet<>();
  private long lastLineMillis = -1;

  IngestProgress(SparkContext sc, List<FileSplit> tasks, Map<String, Long> sizes, PrintStream out) {
    this.sc = sc;
    this.out = out;
    this.records = sc.longAccumulator("geotrends.ingest.records");
    this.bytes = sc.longAccumulator("geotrends.ingest.bytes");
    this.parts = sc.collectionAccumulator("geotrends.ingest.parts");
    long total = 0;
    for (FileSplit t : tasks) {
      partsOfFile.merge(t.file(), 1, Integer::sum);
      long size = sizes.getOrDefault(t.file(), 0L);
      total += t.isWhole() ? size : Math.min(size, t.end()) - t.start();
    }
    this.bytesTotal = total;
    sc.addSparkListener(this);
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "geotrends-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  /** The counters the tasks add to. */
  Counters counters() {
    return new Counters(records, bytes, parts);
  }

  /** What a task needs to report its progress (serialised with it). */
  record Counters(LongAccumulator records, LongAccumulator bytes,
      CollectionAccumulator<String> parts) implements java.io.Serializable {
  }

  static String partKey(FileSplit split) {
    return split.start() + "@" + split.file();
  }

  private static String fileOf(String partKey) {
    return partKey.substring(partKey.indexOf('@') + 1);
  }

  private synchronized void tick() {
    long elapsed = System.currentTimeMillis() - startMillis;
    if (!ProgressLine.due(elapsed, lastLineMillis)) {
      return;
    }
    lastLineMillis = elapsed;
    long r = finishedRecords;
    long b = finishedBytes;
    for (long[] partial : running.values()) {
      r += partial[0];
      b += partial[1];
    }
    out.println(ProgressLine.format("ingest", filesDone, partsOfFile.size(), r, b, bytesTotal, elapsed));
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    running.remove(end.taskInfo().taskId());
    ended.add(end.taskInfo().taskId());
    for (AccumulableInfo info : CollectionConverters.asJava(end.taskInfo().accumulables())) {
      if (info.update().isEmpty()) {
        continue;
      }
      Object update = info.update().get();
      if (info.id() == records.id()) {
        finishedRecords += ((Number) update).longValue();
      } else if (info.id() == bytes.id()) {
        finishedBytes += ((Number) update).longValue();
      } else if (info.id() == parts.id() && update instanceof java.util.List<?> keys) {
        for (Object key : keys) {
          if (partsDone.add(key.toString())) {
            String file = fileOf(key.toString());
            if (donePerFile.merge(file, 1, Integer::sum).equals(partsOfFile.get(file))) {
              filesDone++;
            }
          }
        }
      }
    }
  }

  @Override
  public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
        : CollectionConverters.asJava(update.accumUpdates())) {
      Long taskId = (Long) task._1();
      if (ended.contains(taskId)) {
        continue; // a heartbeat that crossed the task's end
      }
      long[] partial = running.computeIfAbsent(taskId, id -> new long[2]);
      for (AccumulableInfo info : CollectionConverters.asJava(task._4())) {
        if (info.update().isEmpty()) {
          continue;
        }
        if (info.id() == records.id()) {
          partial[0] = ((Number) info.update().get()).longValue();
        } else if (info.id() == bytes.id()) {
          partial[1] = ((Number) info.update().get()).longValue();
        }
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    sc.removeSparkListener(this);
  }
}
