package org.geotrends.common.graph;

/** An undirected weighted edge between two node ids. */
public record Edge(String a, String b, double weight) {
  public Edge {
    if (a.equals(b)) {
      throw new IllegalArgumentException("self-loop on " + a);
    }
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
  }
}
