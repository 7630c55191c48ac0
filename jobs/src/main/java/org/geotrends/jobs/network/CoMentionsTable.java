package org.geotrends.jobs.network;

import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;

/** The {@code co_mentions} table: one row per pair of actors mentioned together in a window. */
public final class CoMentionsTable {
  public static final String NAME = "co_mentions";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "granularity STRING NOT NULL",
      "window_start DATE NOT NULL",
      "publisher STRING",
      "actor_a STRING NOT NULL",
      "actor_b STRING NOT NULL",
      "articles BIGINT NOT NULL",
      "stories BIGINT NOT NULL",
      "sentences BIGINT NOT NULL",
      "articles_a BIGINT NOT NULL",
      "articles_b BIGINT NOT NULL",
      "stories_a BIGINT NOT NULL",
      "stories_b BIGINT NOT NULL",
      "total_articles BIGINT NOT NULL",
      "total_stories BIGINT NOT NULL",
      "jaccard DOUBLE NOT NULL",
      "npmi DOUBLE NOT NULL",
      "lift DOUBLE NOT NULL"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private CoMentionsTable() {
  }
}
