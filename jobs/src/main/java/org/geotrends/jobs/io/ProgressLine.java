package org.geotrends.jobs.io;

import java.util.Locale;

/**
 * The progress line of a long stage: files done of total, records and their rate, bytes read
 * and the time left, estimated from the share of input bytes read so far. Pure formatting: the
 * caller measures and decides when to print ({@link #due}).
 */
public final class ProgressLine {

  /** Seconds between lines; a stage that ends sooner prints none. */
  public static final long EVERY_SECONDS = 30;

  private ProgressLine() {
  }

  /** Whether a line is due {@code elapsedMillis} into a stage whose last line was at {@code lastMillis} (-1: none yet). */
  public static boolean due(long elapsedMillis, long lastMillis) {
    long every = EVERY_SECONDS * 1000;
    return lastMillis < 0 ? elapsedMillis >= every : elapsedMillis - lastMillis >= every;
  }

  /**
   * For example {@code ingest: 3 of 10 files, 120,000 records (4,000/s), 1.2 of 4.0 GB read,
   * 30%, ETA 1 min 10 s}.
   */
  public static String format(String stage, long filesDone, long filesTotal, long records,
      long bytesDone, long bytesTotal, long elapsedMillis) {
    double seconds = Math.max(elapsedMillis, 1) / 1000.0;
    StringBuilder line = new StringBuilder(stage).append(": ")
        .append(String.format(Locale.ROOT, "%,d of %,d files, %,d records (%,d/s), ",
            filesDone, filesTotal, records, Math.round(records / seconds)))
        .append(bytes(bytesDone)).append(" of ").append(bytes(bytesTotal)).append(" read");
    if (bytesTotal > 0) {
      long percent = Math.min(100, bytesDone * 100 / bytesTotal);
      line.append(", ").append(percent).append('%');
    }
    line.append(", ETA ").append(eta(bytesDone, bytesTotal, elapsedMillis));
    return line.toString();
  }

  /**
   * The progress line of a stage after ingest, whose work is known only one Spark step at a
   * time: for example {@code network: 2 min 0 s, 6 Spark jobs, 1,210 tasks done, 3,400,000 rows
   * read (28,333/s); its current step 130 of 400 tasks, 32%, ETA 1 min 4 s}. The step's time
   * left is estimated from its tasks done so far ("unknown" before the first).
   */
  public static String formatStage(String stage, long elapsedMillis, long jobs, long tasksDone,
      long rowsRead, long stepTasksDone, long stepTasks, long stepElapsedMillis) {
    double seconds = Math.max(elapsedMillis, 1) / 1000.0;
    StringBuilder line = new StringBuilder(stage).append(": ")
        .append(duration(elapsedMillis / 1000))
        .append(String.format(Locale.ROOT, ", %,d Spark jobs, %,d tasks done, %,d rows read (%,d/s)",
            jobs, tasksDone, rowsRead, Math.round(rowsRead / seconds)));
    if (stepTasks > 0) {
      line.append(String.format(Locale.ROOT, "; its current step %,d of %,d tasks, %d%%, ETA ",
              stepTasksDone, stepTasks, Math.min(100, stepTasksDone * 100 / stepTasks)))
          .append(eta(stepTasksDone, stepTasks, stepElapsedMillis));
    }
    return line.toString();
  }

  /** The time left if the rest of the bytes are read at the rate so far; "unknown" before any. */
  static String eta(long bytesDone, long bytesTotal, long elapsedMillis) {
    if (bytesDone <= 0 || bytesTotal <= 0) {
      return "unknown";
    }
    long left = Math.max(0, bytesTotal - bytesDone);
    long seconds = Math.round(elapsedMillis / 1000.0 * left / bytesDone);
    return duration(seconds);
  }

  /** {@code 45 s}, {@code 2 min 5 s}, {@code 3 h 20 min}. */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min " + seconds % 60 + " s";
    }
    return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
  }

  /** Bytes in MB below a gigabyte, else GB, one decimal (decimal units). */
  static String bytes(long n) {
    return n < 1_000_000_000L ? String.format(Locale.ROOT, "%.1f MB", n / 1e6)
        : String.format(Locale.ROOT, "%.1f GB", n / 1e9);
  }
}
