package org.geotrends.jobs.network;

import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;

/** The {@code actor_nodes} table: one row per actor mentioned in a window, with graph metrics. */
public final class ActorNodesTable {
  public static final String NAME = "actor_nodes";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "granularity STRING NOT NULL",
      "window_start DATE NOT NULL",
      "publisher STRING",
      "actor_id STRING NOT NULL",
      "articles BIGINT NOT NULL",
      "stories BIGINT NOT NULL",
      "degree INT NOT NULL",
      "weighted_degree DOUBLE NOT NULL",
      "pagerank DOUBLE NOT NULL",
      "community STRING NOT NULL"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private ActorNodesTable() {
  }
}
