package org.geotrends.jobs.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryLinksTest {

  private static StoryLinks.Item item(String id, String time) {
    return new StoryLinks.Item(id, time == null ? null : Instant.parse(time));
  }

  @Test
  void aChainOfEditsDoesNotMergeTheEndsIntoOneStory() {
    // A~B, B~C, C not similar to A: C is not a copy of A, and B is a copy, so C opens a story;
    // D, similar to C only, is a copy of C
    List<StoryLinks.Item> items = List.of(item("A", "2024-01-01T00:00:00Z"),
        item("B", "2024-01-01T01:00:00Z"), item("C", "2024-01-01T02:00:00Z"),
        item("D", "2024-01-01T03:00:00Z"));
    Map<String, String> story = StoryLinks.link(items,
        List.of(List.of("B", "A"), List.of("C", "B"), List.of("D", "C")));
    assertEquals(Map.of("A", "A", "B", "A", "C", "C", "D", "C"), story);
  }

  @Test
  void aCopyJoinsTheEarliestSimilarOriginal() {
    // C is similar to both originals A and B (A and B not similar): it joins A, the earlier
    List<StoryLinks.Item> items = List.of(item("C", "2024-01-03T00:00:00Z"),
        item("B", "2024-01-02T00:00:00Z"), item("A", "2024-01-01T00:00:00Z"));
    assertEquals(Map.of("A", "A", "B", "B", "C", "A"),
        StoryLinks.link(items, List.of(List.of("C", "B"), List.of("A", "C"))));
  }

  @Test
  void undatedArticlesComeLastAndTiesGoByArticleId() {
    List<StoryLinks.Item> items = List.of(item("u", null), item("b", "2024-01-01T00:00:00Z"),
        item("a", "2024-01-01T00:00:00Z"));
    assertEquals(Map.of("a", "a", "b", "a", "u", "a"),
        StoryLinks.link(items, List.of(List.of("u", "b"), List.of("b", "a"), List.of("u", "a"))));
  }

  @Test
  void articlesWithoutSimilarPairsAreTheirOwnStories() {
    List<StoryLinks.Item> items = List.of(item("x", null), item("y", "2024-01-01T00:00:00Z"));
    assertEquals(Map.of("x", "x", "y", "y"), StoryLinks.link(items, List.of(List.of("y", "zz"))));
  }
}
