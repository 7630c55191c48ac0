package org.geotrends.common.actors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One automaton over all folded aliases: a trie in flat arrays (compact, cheap to serialise).
 * The matcher runs it from word starts only (aliases never begin inside a word), so the
 * Aho–Corasick failure links are not needed: walking from each word start finds every alias
 * starting there, and the longest one is taken.
 *
 * <p>Node 0 is the root. Edges of node {@code n} are {@code [edgeStart[n], edgeStart[n+1])} in
 * {@code edgeChar}/{@code edgeTarget}, sorted by char; the root also has a direct table for the
 * chars below U+0800 (Latin, Greek, Cyrillic, Arabic), which is where most walks begin.
 */
final class AliasTrie implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int DIRECT = 0x800;

  private final int[] edgeStart;
  private final char[] edgeChar;
  private final int[] edgeTarget;
  private final int[] rootDirect;
  /** Values (alias indices) of node n: {@code values[valueStart[n], valueStart[n+1])}. */
  private final int[] valueStart;
  private final int[] values;

  private AliasTrie(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] rootDirect,
      int[] valueStart, int[] values) {
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;
    this.rootDirect = rootDirect;
    this.valueStart = valueStart;
    this.values = values;
  }

  /** Builds the trie; {@code keys} maps each folded alias to the alias indices it stands for. */
  static AliasTrie build(Map<String, int[]> keys) {
    // pointer trie first, then flattened breadth-first
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    List<int[]> nodeValues = new ArrayList<>();
    children.add(new TreeMap<>());
    nodeValues.add(null);
    for (Map.Entry<String, int[]> e : keys.entrySet()) {
      int node = 0;
      for (char c : e.getKey().toCharArray()) {
        Integer next = children.get(node).get(c);
        if (next == null) {
          next = children.size();
          children.add(new TreeMap<>());
          nodeValues.add(null);
          children.get(node).put(c, next);
        }
        node = next;
      }
      nodeValues.set(node, e.getValue());
    }
    int n = children.size();
    int[] order = new int[n]; // new id → old id
    int[] newId = new int[n];
    int head = 0;
    int tail = 1;
    while (head < tail) {
      int old = order[head];
      newId[old] = head++;
      for (int child : children.get(old).values()) {
        order[tail++] = child;
      }
    }
    int[] edgeStart = new int[n + 1];
    int[] valueStart = new int[n + 1];
    int edges = n - 1;
    char[] edgeChar = new char[edges];
    int[] edgeTarget = new int[edges];
    int valueCount = nodeValues.stream().mapToInt(v -> v == null ? 0 : v.length).sum();
    int[] values = new int[valueCount];
    int e = 0;
    int v = 0;
    for (int id = 0; id < n; id++) {
      int old = order[id];
      edgeStart[id] = e;
      for (Map.Entry<Character, Integer> edge : children.get(old).entrySet()) {
        edgeChar[e] = edge.getKey();
        edgeTarget[e] = newId[edge.getValue()];
        e++;
      }
      valueStart[id] = v;
      int[] vals = nodeValues.get(old);
      if (vals != null) {
        System.arraycopy(vals, 0, values, v, vals.length);
        v += vals.length;
      }
    }
    edgeStart[n] = e;
    valueStart[n] = v;
    int[] rootDirect = new int[DIRECT];
    Arrays.fill(rootDirect, -1);
    for (int i = edgeStart[0]; i < edgeStart[1]; i++) {
      if (edgeChar[i] < DIRECT) {
        rootDirect[edgeChar[i]] = edgeTarget[i];
      }
    }
    return new AliasTrie(edgeStart, edgeChar, edgeTarget, rootDirect, valueStart, values);
  }

  /** The node reached from {@code node} by {@code c}, or -1. */
  int next(int node, char c) {
    if (node == 0 && c < DIRECT) {
      return rootDirect[c];
    }
    int lo = edgeStart[node];
    int hi = edgeStart[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChar[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTarget[mid];
      }
    }
    return -1;
  }

  boolean hasValues(int node) {
    return valueStart[node + 1] > valueStart[node];
  }

  int valuesFrom(int node) {
    return valueStart[node];
  }

  int valuesTo(int node) {
    return valueStart[node + 1];
  }

  int value(int i) {
    return values[i];
  }
}
