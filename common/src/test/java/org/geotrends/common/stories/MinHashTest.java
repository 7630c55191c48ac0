package org.geotrends.common.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private static List<String> words(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add("w" + i);
    }
    return out;
  }

  @Test
  void sameWordsGiveTheSameSignatureInEveryInstance() {
    int[] a = new MinHash(3, 8, 4).signature(words(0, 50));
    int[] b = new MinHash(3, 8, 4).signature(words(0, 50));
    assertEquals(32, a.length);
    assertArrayEquals(a, b);
    assertEquals(1.0, MinHash.similarity(a, b));
  }

  @Test
  void estimatesJaccardSimilarity() {
    // single-word shingles {w0..w199} and {w100..w299}: 100 shared of 300, J = 1/3;
    // 256 positions give a standard error of sqrt(J(1-J)/256) = 0.029
    MinHash h = new MinHash(1, 64, 4);
    double s = MinHash.similarity(h.signature(words(0, 200)), h.signature(words(100, 300)));
    assertEquals(1 / 3.0, s, 0.1);
  }

  @Test
  void shinglesKeepWordOrder() {
    // two-word shingles {a b, b c} and {c b, b a} share nothing
    MinHash h = new MinHash(2, 32, 4);
    assertEquals(0.0, MinHash.similarity(h.signature(List.of("a", "b", "c")),
        h.signature(List.of("c", "b", "a"))));
  }

  @Test
  void textShorterThanOneShingleHasNoSignature() {
    assertNull(new MinHash(5, 4, 4).signature(List.of("a", "b", "c", "d")));
  }

  @Test
  void bandKeysDependOnTheBandsPositionsAndIndex() {
    MinHash h = new MinHash(1, 3, 2);
    int[] zeros = new int[6];
    long[] k = h.bandKeys(zeros);
    assertNotEquals(k[0], k[1]); // equal values in different bands are different buckets
    int[] secondBandChanged = {0, 0, 0, 7, 0, 0};
    long[] k2 = h.bandKeys(secondBandChanged);
    assertEquals(k[0], k2[0]);
    assertNotEquals(k[1], k2[1]);
    assertEquals(k[2], k2[2]);
    assertThrows(IllegalArgumentException.class, () -> h.bandKeys(new int[5]));
  }
}
