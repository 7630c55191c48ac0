package org.geotrends.jobs.window;

import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.to_date;

import java.util.Locale;
import org.apache.spark.sql.Column;

/**
 * The time windows of the network and trends stages, over days (the publisher's local day or
 * the UTC day, see {@link DayBasis}); weeks are ISO-8601 weeks (Monday to Sunday); quarters
 * start in January, April, July and October.
 */
public enum Granularity {
  DAY("day", "1 day"),
  WEEK("week", "1 week"),
  MONTH("month", "1 month"),
  QUARTER("quarter", "3 months"),
  YEAR("year", "1 year");

  private final String truncUnit;
  private final String step;

  Granularity(String truncUnit, String step) {
    this.truncUnit = truncUnit;
    this.step = step;
  }

  /** The value of the {@code granularity} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The start (a DATE) of the window holding {@code day} (a DATE column, or a timestamp read
   * in the session's zone, UTC).
   */
  public Column windowStart(Column day) {
    return to_date(date_trunc(truncUnit, day));
  }

  /** A Spark SQL interval literal for one window, for calendars ({@code sequence}). */
  public String step() {
    return step;
  }

  public static Granularity parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
