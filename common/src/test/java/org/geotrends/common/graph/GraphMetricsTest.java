package org.geotrends.common.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphMetricsTest {

  static Map<String, GraphMetrics.NodeMetrics> byId(List<GraphMetrics.NodeMetrics> metrics) {
    return metrics.stream().collect(Collectors.toMap(GraphMetrics.NodeMetrics::id, Function.identity()));
  }

  @Test
  void ranksThePathMiddleAsTheClosedFormSays() {
    // A - B - C: rB = 0.05 + 0.85 * 2 rA, rA = 0.05 + 0.85 * rB / 2 (d = 0.85, n = 3)
    Map<String, GraphMetrics.NodeMetrics> m = byId(GraphMetrics.compute(List.of("A", "B", "C"),
        List.of(new Edge("A", "B", 1), new Edge("B", "C", 1))));

    assertEquals(0.135 / 0.2775, m.get("B").pagerank(), 1e-9);
    assertEquals(0.05 + 0.425 * 0.135 / 0.2775, m.get("A").pagerank(), 1e-9);
    assertEquals(m.get("A").pagerank(), m.get("C").pagerank(), 1e-12);
    assertEquals(2, m.get("B").degree());
    assertEquals(2.0, m.get("B").weightedDegree());
  }

  @Test
  void spreadsTheRankOfIsolatedNodesSoRanksSumToOne() {
    List<GraphMetrics.NodeMetrics> m = GraphMetrics.compute(List.of("A", "B", "C", "D"),
        List.of(new Edge("A", "B", 3)));

    assertEquals(1.0, m.stream().mapToDouble(GraphMetrics.NodeMetrics::pagerank).sum(), 1e-9);
    Map<String, GraphMetrics.NodeMetrics> ids = byId(m);
    assertEquals(0, ids.get("D").degree());
    assertEquals("D", ids.get("D").community());
    assertEquals(ids.get("A").pagerank(), ids.get("B").pagerank(), 1e-12);
  }

  @Test
  void findsTwoTrianglesJoinedByAWeakEdge() {
    Map<String, GraphMetrics.NodeMetrics> m = byId(GraphMetrics.compute(
        List.of("IRN", "RUS", "SYR", "TUR", "USA", "GBR"),
        List.of(new Edge("RUS", "SYR", 5), new Edge("SYR", "TUR", 5), new Edge("RUS", "TUR", 5),
            new Edge("USA", "GBR", 5), new Edge("GBR", "IRN", 5), new Edge("IRN", "USA", 5),
            new Edge("TUR", "USA", 1))));

    assertEquals("RUS", m.get("SYR").community());
    assertEquals("RUS", m.get("TUR").community());
    assertEquals("GBR", m.get("IRN").community());
    assertEquals("GBR", m.get("USA").community());
  }

  @Test
  void weighsRanksByEdgeWeight() {
    Map<String, GraphMetrics.NodeMetrics> m = byId(GraphMetrics.compute(List.of("A", "B", "C"),
        List.of(new Edge("A", "B", 10), new Edge("A", "C", 1))));

    assertEquals(11.0, m.get("A").weightedDegree());
    assertEquals(true, m.get("B").pagerank() > m.get("C").pagerank());
  }

  @Test
  void refusesAnEdgeToAnUnknownNode() {
    assertThrows(IllegalArgumentException.class,
        () -> GraphMetrics.compute(List.of("A"), List.of(new Edge("A", "B", 1))));
  }

  @Test
  void handlesAnEmptyGraph() {
    assertEquals(List.of(), GraphMetrics.compute(List.of(), List.of()));
  }
}
