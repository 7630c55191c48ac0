package org.geotrends.common.stories;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of word shingles, and their locality-sensitive bands.
 *
 * <p>A text's shingles are its runs of {@code shingleWords} consecutive words (see
 * {@link StoryText#words}). Each of {@code bands * rows} hash functions keeps its minimum over
 * the shingles; two texts agree on one signature position with probability equal to the
 * Jaccard similarity of their shingle sets, so the share of equal positions estimates it. A band
 * is {@code rows} consecutive positions hashed into one key: two texts share a band key with
 * probability s^rows, and at least one of the {@code bands} keys with 1 - (1 - s^rows)^bands,
 * the S-curve that makes near-duplicates meet in a bucket and unrelated texts almost never.
 */
public final class MinHash implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The stories stage's defaults: 5-word shingles, 32 bands of 4 rows (S-curve midpoint near 0.4). */
  public static final int DEFAULT_SHINGLE_WORDS = 5;
  public static final int DEFAULT_BANDS = 32;
  public static final int DEFAULT_ROWS = 4;

  private final int shingleWords;
  private final int bands;
  private final int rows;
  private final long[] multipliers;
  private final long[] increments;

  /**
   * @param shingleWords words per shingle
   * @param bands number of bands (OR: a pair is a candidate when any band matches)
   * @param rows positions per band (AND: a band matches when all its positions do)
   */
  public MinHash(int shingleWords, int bands, int rows) {
    if (shingleWords < 1 || bands < 1 || rows < 1) {
      throw new IllegalArgumentException("shingle words, bands and rows must be at least 1");
    }
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    int n = bands * rows;
    multipliers = new long[n];
    increments = new long[n];
    // fixed seeds: the same text gets the same signature on every machine and in every run
    long state = 0x5EED_0F_57_0C1E5L;
    for (int i = 0; i < n; i++) {
      state = mix(state + GOLDEN);
      multipliers[i] = state | 1L; // odd: a bijection on 64-bit values
      state = mix(state + GOLDEN);
      increments[i] = state;
    }
  }

  public int size() {
    return bands * rows;
  }

  /**
   * The signature of {@code words}: for each hash function the smallest value (its high 32
   * bits) over all shingles; null when the text has fewer words than one shingle.
   */
  public int[] signature(List<String> words) {
    if (words.size() < shingleWords) {
      return null;
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = hash(words.get(i));
    }
    int n = size();
    long[] min = new long[n];
    Arrays.fill(min, Long.MAX_VALUE);
    for (int s = 0; s + shingleWords <= wordHashes.length; s++) {
      long h = 0;
      for (int w = 0; w < shingleWords; w++) {
        h = mix(h * 31 + wordHashes[s + w]);
      }
      for (int i = 0; i < n; i++) {
        // compare as unsigned, so that the high bits kept below order as the full values do
        long v = (multipliers[i] * h + increments[i]) >>> 1;
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    int[] signature = new int[n];
    for (int i = 0; i < n; i++) {
      signature[i] = (int) (min[i] >>> 31);
    }
    return signature;
  }

  /** One key per band: band {@code b}'s positions and its index, hashed to 64 bits. */
  public long[] bandKeys(int[] signature) {
    if (signature.length != size()) {
      throw new IllegalArgumentException("signature of " + signature.length + " values, expected " + size());
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        h = mix(h * 31 + signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** Share of equal positions: the estimated Jaccard similarity of the two shingle sets. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("signatures of different sizes: " + a.length + ", " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** SplitMix64's finaliser: every input bit moves every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** 64-bit FNV-1a over the UTF-16 units of {@code word}, then mixed. */
  static long hash(String word) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }
}
