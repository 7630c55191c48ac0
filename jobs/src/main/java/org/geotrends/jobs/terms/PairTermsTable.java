package org.geotrends.jobs.terms;

import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;

/**
 * The {@code pair_terms} table: the terms most distinctive of the sentences that mention both
 * actors of a pair in a window, against all sentences of that window (G2), per language.
 */
public final class PairTermsTable {
  public static final String NAME = "pair_terms";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "granularity STRING NOT NULL",
      "window_start DATE NOT NULL",
      "publisher STRING",
      "actor_a STRING NOT NULL",
      "actor_b STRING NOT NULL",
      "language STRING NOT NULL",
      "rank INT NOT NULL",
      "term STRING NOT NULL",
      "score DOUBLE NOT NULL",
      "pair_count BIGINT NOT NULL",
      "background_count BIGINT NOT NULL",
      "pair_sentences BIGINT NOT NULL"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private PairTermsTable() {
  }
}
