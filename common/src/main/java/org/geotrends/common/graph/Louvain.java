package org.geotrends.common.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Community detection by the Louvain method (Blondel et al. 2008): move nodes to the
 * neighbouring community with the largest modularity gain until none improves, then merge each
 * community into one node and repeat. Nodes are visited in id order, so results are
 * deterministic.
 */
final class Louvain {

  private Louvain() {
  }

  /** Community number of each node; isolated nodes are communities of their own. */
  static int[] communities(List<Map<Integer, Double>> adjacency, double[] strength) {
    int n = adjacency.size();
    int[] membership = new int[n];
    for (int i = 0; i < n; i++) {
      membership[i] = i;
    }
    List<Map<Integer, Double>> graph = adjacency;
    double[] degree = strength.clone();
    while (true) {
      int[] level = oneLevel(graph, degree);
      int count = renumber(level);
      if (count == graph.size()) {
        break; // no node moved: done
      }
      for (int i = 0; i < n; i++) {
        membership[i] = level[membership[i]];
      }
      // aggregate: one node per community, self-loops carry the inner weight
      List<Map<Integer, Double>> merged = new ArrayList<>();
      for (int c = 0; c < count; c++) {
        merged.add(new HashMap<>());
      }
      double[] mergedDegree = new double[count];
      for (int i = 0; i < graph.size(); i++) {
        mergedDegree[level[i]] += degree[i];
        for (Map.Entry<Integer, Double> e : graph.get(i).entrySet()) {
          merged.get(level[i]).merge(level[e.getKey()], e.getValue(), Double::sum);
        }
      }
      graph = merged;
      degree = mergedDegree;
    }
    return membership;
  }

  /** One pass of local moves; returns each node's community (a node id). */
  private static int[] oneLevel(List<Map<Integer, Double>> graph, double[] degree) {
    int n = graph.size();
    double total = 0; // 2m
    for (double d : degree) {
      total += d;
    }
    int[] community = new int[n];
    double[] communityDegree = new double[n];
    for (int i = 0; i < n; i++) {
      community[i] = i;
      communityDegree[i] = degree[i];
    }
    if (total == 0) {
      return community;
    }
    boolean moved = true;
    int passes = 0;
    while (moved && passes++ < 100) {
      moved = false;
      for (int i = 0; i < n; i++) {
        int current = community[i];
        Map<Integer, Double> weightTo = new HashMap<>();
        for (Map.Entry<Integer, Double> e : graph.get(i).entrySet()) {
          if (e.getKey() != i) {
            weightTo.merge(community[e.getKey()], e.getValue(), Double::sum);
          }
        }
        communityDegree[current] -= degree[i];
        int best = current;
        double bestGain = gain(weightTo.getOrDefault(current, 0.0), communityDegree[current], degree[i], total);
        for (Map.Entry<Integer, Double> e : new java.util.TreeMap<>(weightTo).entrySet()) {
          double g = gain(e.getValue(), communityDegree[e.getKey()], degree[i], total);
          if (g > bestGain + 1e-12) {
            best = e.getKey();
            bestGain = g;
          }
        }
        communityDegree[best] += degree[i];
        if (best != current) {
          community[i] = best;
          moved = true;
        }
      }
    }
    return community;
  }

  /** Modularity gain (up to a constant) of putting a node into a community. */
  private static double gain(double weightToCommunity, double communityDegree, double nodeDegree,
      double total) {
    return weightToCommunity - communityDegree * nodeDegree / total;
  }

  /** Renumbers community ids to 0..k-1 in order of first appearance; returns k. */
  private static int renumber(int[] community) {
    Map<Integer, Integer> ids = new HashMap<>();
    for (int i = 0; i < community.length; i++) {
      Integer id = ids.get(community[i]);
      if (id == null) {
        id = ids.size();
        ids.put(community[i], id);
      }
      community[i] = id;
    }
    return ids.size();
  }
}
