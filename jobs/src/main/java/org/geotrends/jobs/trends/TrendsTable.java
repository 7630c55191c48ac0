package org.geotrends.jobs.trends;

import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;

/** The {@code trends} table: one row per actor and period, periods without mentions included. */
public final class TrendsTable {
  public static final String NAME = "trends";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "granularity STRING NOT NULL",
      "period_start DATE NOT NULL",
      "publisher STRING",
      "actor_id STRING NOT NULL",
      "articles BIGINT NOT NULL",
      "stories BIGINT NOT NULL",
      "mentions BIGINT NOT NULL",
      "total_articles BIGINT NOT NULL",
      "total_stories BIGINT NOT NULL",
      "share DOUBLE NOT NULL",
      "share_low DOUBLE",
      "share_high DOUBLE",
      "baseline DOUBLE",
      "zscore DOUBLE",
      "p_value DOUBLE",
      "q_value DOUBLE",
      "is_burst BOOLEAN NOT NULL"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private TrendsTable() {
  }
}
