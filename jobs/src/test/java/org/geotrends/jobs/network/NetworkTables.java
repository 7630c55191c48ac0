package org.geotrends.jobs.network;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Both tables of the network stage, computed together for tests. The pipeline does not do
 * this: it writes {@code co_mentions} first and builds {@code actor_nodes} on the written table,
 * so that the pairs are not counted twice.
 */
public record NetworkTables(Dataset<Row> coMentions, Dataset<Row> actorNodes) {

  /** Both tables for every granularity of {@code options}. */
  public static NetworkTables of(Dataset<Row> articles, Dataset<Row> mentions,
      NetworkJob.Options options) {
    Dataset<Row> edges = NetworkJob.coMentions(articles, mentions, options);
    return new NetworkTables(edges, NetworkJob.actorNodes(articles, mentions, edges, options));
  }
}
