package org.geotrends.jobs.network;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.CoverageFixture;

/**
 * Both tables of the network stage, computed together for tests. The pipeline does not do
 * this: it writes {@code co_mentions} first and builds {@code actor_nodes} on the written table,
 * so that the pairs are not counted twice.
 */
public record NetworkTables(Dataset<Row> coMentions, Dataset<Row> actorNodes) {

  /** The networks of {@link CoverageFixture} computed so far in this JVM, by options. */
  private static final Map<NetworkJob.Options, Rows> COVERAGE = new ConcurrentHashMap<>();

  private record Rows(List<Row> edges, StructType edgeSchema, List<Row> nodes, StructType nodeSchema) {
  }

  /**
   * The network of {@link CoverageFixture} under {@code options}, computed once per test JVM
   * (NetworkJobTest and GraphExportTest read the same ones) and kept as rows: a test queries it,
   * it does not run the job's plan again.
   */
  public static NetworkTables ofCoverageFixture(SparkSession spark, NetworkJob.Options options) {
    Rows rows = COVERAGE.computeIfAbsent(options, o -> {
      NetworkTables n = of(CoverageFixture.articles(spark), CoverageFixture.mentions(spark), o);
      return new Rows(n.coMentions().collectAsList(), n.coMentions().schema(),
          n.actorNodes().collectAsList(), n.actorNodes().schema());
    });
    return new NetworkTables(spark.createDataFrame(rows.edges(), rows.edgeSchema()),
        spark.createDataFrame(rows.nodes(), rows.nodeSchema()));
  }

  /** Both tables for every granularity of {@code options}. */
  public static NetworkTables of(Dataset<Row> articles, Dataset<Row> mentions,
      NetworkJob.Options options) {
    Dataset<Row> edges = NetworkJob.coMentions(articles, mentions, options);
    return new NetworkTables(edges, NetworkJob.actorNodes(articles, mentions, edges, options));
  }
}
