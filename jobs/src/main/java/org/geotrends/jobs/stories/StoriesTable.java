package org.geotrends.jobs.stories;

import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;

/**
 * The {@code stories} table: one row per story, the first article and its copies published
 * under other URLs. An article that is no copy is a story of its own (a row with 1 article).
 */
public final class StoriesTable {
  public static final String NAME = "stories";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "story_id STRING NOT NULL",
      "first_published_at TIMESTAMP",
      "first_article_id STRING NOT NULL",
      "articles BIGINT NOT NULL",
      "publishers BIGINT NOT NULL",
      "title STRING"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private StoriesTable() {
  }
}
