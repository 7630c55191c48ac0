package org.geotrends.jobs.mentions;

import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;

/**
 * The {@code mentions} table: one row per mention of an actor in an article's title or body;
 * {@code language} is the article's, which decided the names, inflections and clitics matched.
 */
public final class MentionsTable {
  public static final String NAME = "mentions";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "article_id STRING NOT NULL",
      "published_at TIMESTAMP",
      "actor_id STRING NOT NULL",
      "alias STRING NOT NULL",
      "match_kind STRING NOT NULL",
      "field STRING NOT NULL",
      "start INT NOT NULL",
      "`end` INT NOT NULL",
      "sentence_index INT NOT NULL",
      "language STRING"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private MentionsTable() {
  }
}
