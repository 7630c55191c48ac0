package org.geotrends.jobs.io;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress of a stage after ingest (stories, mentions, network, trends, terms), a line every
 * {@value ProgressLine#EVERY_SECONDS} s on standard error once it has run that long. Such a stage
 * is a series of Spark jobs whose number is not known ahead, so the line says what Spark has
 * done (jobs, tasks, rows read) and how far its current step is, with that step's time left;
 * ingest has its own line with files and bytes ({@code IngestProgress}). While it runs, the
 * stage's Spark jobs carry the job group {@code geotrends-<stage>} (Spark UI, event log).
 */
public final class StageProgress extends SparkListener implements AutoCloseable {

  /** Spark's local property for a job's group (SparkContext.SPARK_JOB_GROUP_ID, not public in Java). */
  static final String JOB_GROUP = "spark.jobGroup.id";

  private final SparkContext sc;
  private final String stage;
  private final PrintStream out;
  private final LongSupplier clock;
  private final long startMillis;
  private final ScheduledExecutorService timer;

  private long jobs;
  private long tasksDone;
  private long rowsRead;
  /** Spark steps (stages) running: id to {tasks, tasks done, start millis}. */
  private final Map<Integer, long[]> steps = new HashMap<>();
  private long lastLineMillis = -1;

  /** Starts printing for {@code stage} until closed. */
  public static StageProgress start(SparkContext sc, String stage, PrintStream out) {
    return new StageProgress(sc, stage, out, System::currentTimeMillis, true);
  }

  StageProgress(SparkContext sc, String stage, PrintStream out, LongSupplier clock, boolean timed) {
    this.sc = sc;
    this.stage = stage;
    this.out = out;
    this.clock = clock;
    this.startMillis = clock.getAsLong();
    // the Spark UI and event log then say which stage each Spark job belongs to
    sc.setLocalProperty(JOB_GROUP, "geotrends-" + stage);
    sc.addSparkListener(this);
    if (timed) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "geotrends-progress");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    } else {
      timer = null;
    }
  }

  /** Prints a line when one is due. */
  synchronized void tick() {
    long now = clock.getAsLong();
    long elapsed = now - startMillis;
    if (!ProgressLine.due(elapsed, lastLineMillis)) {
      return;
    }
    lastLineMillis = elapsed;
    out.println(line(now));
  }

  /** The line as of {@code now}: the running step with the most tasks left stands for the rest. */
  synchronized String line(long now) {
    long[] step = null;
    for (long[] s : steps.values()) {
      if (step == null || s[0] - s[1] > step[0] - step[1]) {
        step = s;
      }
    }
    return ProgressLine.formatStage(stage, now - startMillis, jobs, tasksDone, rowsRead,
        step == null ? 0 : step[1], step == null ? 0 : step[0], step == null ? 0 : now - step[2]);
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart start) {
    jobs++;
  }

  @Override
  public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    steps.put(submitted.stageInfo().stageId(),
        new long[] {submitted.stageInfo().numTasks(), 0, clock.getAsLong()});
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
    steps.remove(completed.stageInfo().stageId());
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    if (!end.taskInfo().successful()) {
      return;
    }
    tasksDone++;
    long[] step = steps.get(end.stageId());
    if (step != null) {
      step[1]++;
    }
    if (end.taskMetrics() != null) {
      rowsRead += end.taskMetrics().inputMetrics().recordsRead();
    }
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
    sc.removeSparkListener(this);
    sc.setLocalProperty(JOB_GROUP, null);
  }
}
