package org.geotrends.common.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Node metrics of an undirected weighted graph: degree, weighted degree, PageRank and a
 * community label. One window of co-mentions has at most a few hundred actors, so the graph
 * is handled in memory; Spark distributes the windows.
 */
public final class GraphMetrics {

  /** PageRank's damping factor, as in the original paper and most tools. */
  public static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 500;
  private static final double TOLERANCE = 1e-10;

  /** The metrics of one node. */
  public record NodeMetrics(String id, int degree, double weightedDegree, double pagerank,
      String community) {
  }

  private GraphMetrics() {
  }

  /**
   * Metrics for every node in {@code nodes} (isolated nodes included) given {@code edges}
   * among them. Communities are labelled by their smallest member id, so labels are stable
   * across runs and readable ("IRN" for the community holding Iran).
   */
  public static List<NodeMetrics> compute(Collection<String> nodes, Collection<Edge> edges) {
    List<String> ids = new ArrayList<>(new TreeSet<>(nodes));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    int n = ids.size();
    List<Map<Integer, Double>> adjacency = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      adjacency.add(new LinkedHashMap<>());
    }
    for (Edge e : edges) {
      Integer a = index.get(e.a());
      Integer b = index.get(e.b());
      if (a == null || b == null) {
        throw new IllegalArgumentException("edge " + e + " has a node not in the node list");
      }
      adjacency.get(a).merge(b, e.weight(), Double::sum);
      adjacency.get(b).merge(a, e.weight(), Double::sum);
    }
    double[] strength = new double[n];
    for (int i = 0; i < n; i++) {
      for (double w : adjacency.get(i).values()) {
        strength[i] += w;
      }
    }
    double[] rank = pagerank(adjacency, strength);
    int[] community = Louvain.communities(adjacency, strength);
    Map<Integer, String> labels = new HashMap<>();
    for (int i = 0; i < n; i++) {
      labels.merge(community[i], ids.get(i), (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    List<NodeMetrics> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new NodeMetrics(ids.get(i), adjacency.get(i).size(), strength[i], rank[i],
          labels.get(community[i])));
    }
    return out;
  }

  /**
   * Weighted PageRank by power iteration; a node without edges spreads its rank evenly over
   * all nodes (the usual treatment of dangling nodes), so ranks sum to 1.
   */
  static double[] pagerank(List<Map<Integer, Double>> adjacency, double[] strength) {
    int n = adjacency.size();
    double[] rank = new double[n];
    if (n == 0) {
      return rank;
    }
    java.util.Arrays.fill(rank, 1.0 / n);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        if (strength[i] == 0) {
          dangling += rank[i];
        }
      }
      double[] next = new double[n];
      java.util.Arrays.fill(next, (1 - DAMPING) / n + DAMPING * dangling / n);
      for (int i = 0; i < n; i++) {
        if (strength[i] == 0) {
          continue;
        }
        for (Map.Entry<Integer, Double> e : adjacency.get(i).entrySet()) {
          next[e.getKey()] += DAMPING * rank[i] * e.getValue() / strength[i];
        }
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        change += Math.abs(next[i] - rank[i]);
      }
      rank = next;
      if (change < TOLERANCE) {
        break;
      }
    }
    return rank;
  }
}
