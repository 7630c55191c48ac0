package org.geotrends.jobs.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which story each article belongs to, given the pairs of articles found similar: articles are
 * taken in time order (publication time, undated last, ties by article id); an article similar
 * to an earlier article that opened a story is a copy of the earliest such article, any other
 * article opens a story of its own. A story is therefore a star around its first article: every
 * copy is similar to that first article itself, so chains of small edits (A~B, B~C, C not like
 * A) cannot merge unrelated texts into one giant story. The story id is the first article's id.
 *
 * <p>This is the rule in memory, for one small set of articles: {@link StoriesJobTest} checks
 * {@link StoriesJob#links}, which applies it at scale in rounds over the similar pairs, against it.
 */
public final class StoryLinks {

  /** An article to place: its id and publication time (null when undated). */
  public record Item(String articleId, Instant publishedAt) {
  }

  /** Time order: publication time, undated last, ties by article id. */
  public static final Comparator<Item> ORDER = Comparator
      .comparing(Item::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Item::articleId);

  private StoryLinks() {
  }

  /**
   * The story id of every item, by article id.
   *
   * @param similar pairs of article ids found similar, in either order; ids not among
   *     {@code items} are ignored
   */
  public static Map<String, String> link(Collection<Item> items, Collection<List<String>> similar) {
    Map<String, List<String>> neighbours = new HashMap<>();
    for (List<String> pair : similar) {
      neighbours.computeIfAbsent(pair.get(0), k -> new ArrayList<>()).add(pair.get(1));
      neighbours.computeIfAbsent(pair.get(1), k -> new ArrayList<>()).add(pair.get(0));
    }
    List<Item> ordered = new ArrayList<>(items);
    ordered.sort(ORDER);
    Map<String, Item> byId = new HashMap<>();
    for (Item i : ordered) {
      byId.put(i.articleId(), i);
    }
    Map<String, String> story = new LinkedHashMap<>();
    for (Item x : ordered) {
      Item first = null;
      for (String n : neighbours.getOrDefault(x.articleId(), List.of())) {
        Item other = byId.get(n);
        // placed already = earlier in time order; an original's story id is its own id
        boolean earlierOriginal = other != null && n.equals(story.get(n));
        if (earlierOriginal && (first == null || ORDER.compare(other, first) < 0)) {
          first = other;
        }
      }
      story.put(x.articleId(), first == null ? x.articleId() : first.articleId());
    }
    return story;
  }
}
