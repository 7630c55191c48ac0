package org.geotrends.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.geotrends.common.lang.LanguageCoverage;
import org.geotrends.jobs.export.GraphExport;

/**
 * What each stage after ingest did, as {@link Stages} returns it (ingest has
 * {@link org.geotrends.jobs.ingest.IngestRun}): typed fields for the report a command prints,
 * and {@link #toSummary()}, the stage's section of {@code run-summary.json}, whose keys the
 * notebooks and CI read.
 */
public sealed interface StageFigures {

  /** The stage's section of {@code run-summary.json} (its keys are part of the output). */
  Map<String, Object> toSummary();

  /** The stories stage: syndicated copies found with MinHash (see {@code StoriesJob}). */
  record Stories(long articles, long stories, long largestStory, long articlesTooShort,
      long candidatePairs, long similarPairs, long bucketsDroppedOverMax, long bucketEntriesDropped,
      int linkRounds, long placedAfterMaxRounds) implements StageFigures {

    /** Articles that are a copy of an earlier article of their story. */
    public long copies() {
      return articles - stories;
    }

    @Override
    public Map<String, Object> toSummary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", articles);
      m.put("stories", stories);
      m.put("copies", copies());
      m.put("largest_story", largestStory);
      m.put("articles_too_short", articlesTooShort);
      m.put("candidate_pairs", candidatePairs);
      m.put("similar_pairs", similarPairs);
      m.put("buckets_dropped_over_max", bucketsDroppedOverMax);
      m.put("bucket_entries_dropped", bucketEntriesDropped);
      m.put("link_rounds", linkRounds);
      m.put("placed_after_max_rounds", placedAfterMaxRounds);
      return m;
    }
  }

  /** The mentions stage; {@code coverage} is how many articles are in languages the gazetteer names. */
  record Mentions(long articles, long articlesWithMentions, long mentions, long unresolvedMentions,
      long actorsMentioned, Map<String, Long> mentionsByKind, int gazetteerActors,
      LanguageCoverage coverage) implements StageFigures {

    @Override
    public Map<String, Object> toSummary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", articles);
      m.put("articles_with_mentions", articlesWithMentions);
      m.put("mentions", mentions);
      m.put("unresolved_mentions", unresolvedMentions);
      m.put("actors_mentioned", actorsMentioned);
      m.put("mentions_by_kind", mentionsByKind);
      m.put("gazetteer_actors", gazetteerActors);
      m.put("articles_by_language", coverage.articlesByLanguage());
      m.put("covered_language_share", coverage.coveredShare());
      m.put("uncovered_languages", coverage.uncovered());
      if (coverage.warns()) {
        m.put("coverage_warning", coverage.warning());
      }
      return m;
    }
  }

  /** The network stage; {@code count} is what the pair measures count (articles or stories). */
  record Network(String count, Map<String, Long> edgesByGranularity, Map<String, Long> nodesByGranularity,
      Map<String, Long> windowsByGranularity, GraphExport.Written graph) implements StageFigures {

    @Override
    public Map<String, Object> toSummary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", count);
      m.put("edges_by_granularity", edgesByGranularity);
      m.put("nodes_by_granularity", nodesByGranularity);
      m.put("windows_by_granularity", windowsByGranularity);
      m.put("graph", graph.toSummary());
      return m;
    }
  }

  /** The trends stage. */
  record Trends(String count, Map<String, Long> rowsByGranularity, long actors,
      Map<String, Long> burstsByGranularity) implements StageFigures {

    @Override
    public Map<String, Object> toSummary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", count);
      m.put("rows_by_granularity", rowsByGranularity);
      m.put("actors", actors);
      m.put("bursts_by_granularity", burstsByGranularity);
      return m;
    }
  }

  /** The terms stage; {@code graph} is null when the network stage has not written its tables. */
  record Terms(long sentences, long sentencesWithActors, long sentencesWithPairs, long pairTerms,
      long pairWindowsWithTerms, long burstTerms, long burstsWithTerms,
      Map<String, Long> burstArticlesByKind, GraphExport.Written graph) implements StageFigures {

    @Override
    public Map<String, Object> toSummary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sentences", sentences);
      m.put("sentences_with_actors", sentencesWithActors);
      m.put("sentences_with_pairs", sentencesWithPairs);
      m.put("pair_terms", pairTerms);
      m.put("pair_windows_with_terms", pairWindowsWithTerms);
      m.put("burst_terms", burstTerms);
      m.put("bursts_with_terms", burstsWithTerms);
      m.put("burst_articles_by_kind", burstArticlesByKind);
      if (graph != null) {
        m.put("graph", graph.toSummary());
      }
      return m;
    }
  }
}
