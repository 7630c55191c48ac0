package org.geotrends.jobs.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Opens the Spark session for a command; master and resources come from the launcher. */
final class Sessions {

  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  private Sessions() {
  }

  static SparkSession open(String command) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName("geotrends " + command)
        // tables store UTC; month and week boundaries must not depend on the machine's zone
        .config("spark.sql.session.timeZone", "UTC");
    SparkConf given = new SparkConf();
    if (!given.contains(SHUFFLE_PARTITIONS)) {
      String partitions = localShufflePartitions(given.get("spark.master", ""),
          Runtime.getRuntime().availableProcessors());
      if (partitions != null) {
        builder.config(SHUFFLE_PARTITIONS, partitions);
      }
    }
    return builder.getOrCreate();
  }

  /**
   * The shuffle partitions for a local master when the user set none: four per core instead of
   * Spark's 200. Every shuffle of a stage otherwise writes 200 files per map task; on one
   * machine that was a quarter of the seeds pipeline's CPU time. Tasks run on the local cores
   * only, so more partitions would not run at once. Null (Spark's default) for a cluster
   * master, whose size the launcher knows.
   */
  static String localShufflePartitions(String master, int cores) {
    if (!master.startsWith("local")) {
      return null;
    }
    return Integer.toString(Math.max(1, cores) * 4);
  }
}
