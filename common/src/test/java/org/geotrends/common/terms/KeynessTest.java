package org.geotrends.common.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.geotrends.common.terms.Keyness.Candidate;
import org.geotrends.common.terms.Keyness.Scored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeynessTest {

  /** Expected: SciPy 1.14.1 {@code chi2_contingency([[a, n1-a], [b, n2-b]], lambda_="log-likelihood", correction=False)}. */
  @ParameterizedTest
  @CsvSource({
    "10, 1000, 20, 100000, 54.60499697653614",
    "3, 50, 1, 400, 9.07078513873759",
    "5, 100, 50, 1000, 0.0"})
  void logLikelihoodMatchesScipy(long a, long n1, long b, long n2, double expected) {
    assertEquals(expected, Keyness.g2(a, n1, b, n2), 1e-9);
  }

  @Test
  void termsRarerInTheTargetDoNotScore() {
    assertEquals(0.0, Keyness.g2(1, 1000, 50, 1000));
  }

  @Test
  void ranksByScoreAndDropsRareTerms() {
    List<Scored> top = Keyness.top(List.of(
        new Candidate("pipeline", 10, 20), new Candidate("gas", 3, 1), new Candidate("once", 1, 0),
        new Candidate("said", 5, 500)), 1000, 100000, 5, 2);
    assertEquals(54.60499697653614, top.get(0).score(), 1e-9);
    assertEquals(new Scored("pipeline", 1, top.get(0).score(), 10, 20), top.get(0));
    assertEquals(List.of("pipeline", "gas"), top.stream().map(Scored::term).toList());
  }

  @Test
  void aPhraseStandsForItsWords() {
    // every "grain" is in "grain deal": only the phrase; "deal" is also said alone: both stay
    List<Scored> top = Keyness.top(List.of(
        new Candidate("grain", 6, 0), new Candidate("grain deal", 6, 0), new Candidate("deal", 9, 3)),
        500, 50000, 5, 2);
    assertEquals(List.of("deal", "grain deal"), top.stream().map(Scored::term).sorted().toList());
    assertEquals(1, top.get(0).rank());
  }
}
