package org.geotrends.jobs.terms;

import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;

/**
 * The {@code burst_articles} table: the few articles that show best what a burst
 * ({@code kind = burst}, {@code actor_b} null) or a pair-window with terms ({@code kind = pair})
 * was about: those whose sentence holds the most of its top terms (summed G2), with that sentence.
 */
public final class BurstArticlesTable {
  public static final String NAME = "burst_articles";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "kind STRING NOT NULL",
      "granularity STRING NOT NULL",
      "window_start DATE NOT NULL",
      "publisher STRING",
      "actor_a STRING NOT NULL",
      "actor_b STRING",
      "rank INT NOT NULL",
      "article_id STRING NOT NULL",
      "title STRING",
      "article_publisher STRING",
      "published_at TIMESTAMP",
      "url STRING",
      "sentence STRING NOT NULL",
      "score DOUBLE NOT NULL"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private BurstArticlesTable() {
  }
}
