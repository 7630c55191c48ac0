package org.geotrends.common.actors;

import java.io.Serializable;
import java.util.Arrays;
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

  /**
   * Builds the trie; {@code keys} maps each folded alias to the alias indices it stands for.
   * Breadth-first over the sorted keys: a node is a range of keys sharing a prefix, its children
   * the runs of keys with the same next char, so no per-node maps are needed.
   */
  static AliasTrie build(Map<String, int[]> keys) {
    String[] k = new TreeMap<>(keys).keySet().toArray(new String[0]);
    int nodes = 1;
    for (int i = 0; i < k.length; i++) {
      nodes += k[i].length() - (i == 0 ? 0 : commonPrefix(k[i - 1], k[i]));
    }
    int[] edgeStart = new int[nodes + 1];
    int[] valueStart = new int[nodes + 1];
    char[] edgeChar = new char[nodes - 1];
    int[] edgeTarget = new int[nodes - 1];
    int[] values = new int[keys.values().stream().mapToInt(v -> v.length).sum()];
    // the queue of nodes to lay out: key range [lo, hi) and depth
    int[] lo = new int[nodes];
    int[] hi = new int[nodes];
    int[] depth = new int[nodes];
    hi[0] = k.length;
    int next = 1;
    int e = 0;
    int v = 0;
    for (int node = 0; node < nodes; node++) {
      int from = lo[node];
      int d = depth[node];
      valueStart[node] = v;
      if (from < hi[node] && k[from].length() == d) {
        int[] vals = keys.get(k[from]);
        System.arraycopy(vals, 0, values, v, vals.length);
        v += vals.length;
        from++;
      }
      edgeStart[node] = e;
      while (from < hi[node]) {
        char c = k[from].charAt(d);
        int to = from + 1;
        while (to < hi[node] && k[to].charAt(d) == c) {
          to++;
        }
        edgeChar[e] = c;
        edgeTarget[e] = next;
        e++;
        lo[next] = from;
        hi[next] = to;
        depth[next] = d + 1;
        next++;
        from = to;
      }
    }
    edgeStart[nodes] = e;
    valueStart[nodes] = v;
    int[] rootDirect = new int[DIRECT];
    Arrays.fill(rootDirect, -1);
    for (int i = edgeStart[0]; i < edgeStart[1]; i++) {
      if (edgeChar[i] < DIRECT) {
        rootDirect[edgeChar[i]] = edgeTarget[i];
      }
    }
    return new AliasTrie(edgeStart, edgeChar, edgeTarget, rootDirect, valueStart, values);
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
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

  /** Number of keys (nodes with values). */
  int keys() {
    int k = 0;
    for (int node = 0; node + 1 < valueStart.length; node++) {
      k += hasValues(node) ? 1 : 0;
    }
    return k;
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
