package org.geotrends.jobs.window;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which day an article belongs to, for windows ({@code --day}): the publisher's local day, as
 * the page wrote it ({@code published_local}), or the UTC day of {@code published_at}. An article
 * published in Tehran at 01:30 on the 2nd (22:00 UTC on the 1st) is in the 2nd's window by its
 * local day and in the 1st's by UTC. For a page that gives no offset both are the same day.
 */
public enum DayBasis {
  LOCAL,
  UTC;

  /** The option value. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DayBasis parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * The day of each row of {@code articles}, a DATE column. By local day, a row without
   * {@code published_local} (or a table written before that column existed) takes its UTC day.
   */
  public Column day(Dataset<Row> articles) {
    Column utc = to_date(col("published_at"));
    if (this == UTC || !List.of(articles.columns()).contains("published_local")) {
      return utc;
    }
    // published_local starts with its day: "2024-09-02", "2024-09-02T01:30:00+03:30"
    return coalesce(to_date(substring(col("published_local"), 1, 10)), utc);
  }
}
