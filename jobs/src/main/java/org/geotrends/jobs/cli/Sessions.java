package org.geotrends.jobs.cli;

import org.apache.spark.sql.SparkSession;

/** Opens the Spark session for a command; master and resources come from the launcher. */
final class Sessions {
  private Sessions() {
  }

  static SparkSession open(String command) {
    return SparkSession.builder()
        .appName("geotrends " + command)
        // tables store UTC; month and week boundaries must not depend on the machine's zone
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
