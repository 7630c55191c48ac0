package org.geotrends.common.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void scoresIdenticalTextsAsPerfect() {
    Shingles.Score s = Shingles.compare("One two three four five.", "one  two, three four five");
    assertEquals(1.0, s.f1(), 1e-9);
  }

  @Test
  void countsExtraTextAgainstPrecisionOnly() {
    // reference: 6 words = 3 shingles; extraction adds 2 words = 2 more shingles
    Shingles.Score s = Shingles.compare("a b c d e f x y", "a b c d e f");
    assertEquals(3 / 5.0, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void scoresAMissingBodyAsZero() {
    assertEquals(0.0, Shingles.compare("", "a b c d").f1(), 1e-9);
  }

  @Test
  void splitsUnspacedScriptsIntoCharacters() {
    assertEquals(List.of("停", "戦", "abc", "合"), Shingles.tokens("停戦 abc 合"));
  }
}
