package org.geotrends.jobs.terms;

import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;

/**
 * The {@code burst_terms} table: the terms most distinctive of an actor's sentences in a burst
 * period, against all sentences of the baseline periods before it (G2), per language.
 */
public final class BurstTermsTable {
  public static final String NAME = "burst_terms";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "granularity STRING NOT NULL",
      "period_start DATE NOT NULL",
      "publisher STRING",
      "actor_id STRING NOT NULL",
      "language STRING NOT NULL",
      "rank INT NOT NULL",
      "term STRING NOT NULL",
      "score DOUBLE NOT NULL",
      "burst_count BIGINT NOT NULL",
      "baseline_count BIGINT NOT NULL",
      "burst_sentences BIGINT NOT NULL"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private BurstTermsTable() {
  }
}
