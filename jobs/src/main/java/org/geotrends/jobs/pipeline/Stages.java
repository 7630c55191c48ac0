package org.geotrends.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.geotrends.common.actors.ActorMatcher;
import org.geotrends.common.actors.Gazetteer;
import org.geotrends.common.actors.SentenceSplitter;
import org.geotrends.common.terms.TermExtractor;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.common.lang.LanguageCoverage;
import org.geotrends.common.lang.Languages;
import org.geotrends.common.stories.MinHash;
import org.geotrends.jobs.export.GraphExport;
import org.geotrends.jobs.ingest.ArticlesTable;
import org.geotrends.jobs.ingest.IngestCounts;
import org.geotrends.jobs.ingest.IngestJob;
import org.geotrends.jobs.ingest.IngestRun;
import org.geotrends.jobs.ingest.RejectsTable;
import org.geotrends.jobs.ingest.IngestedFiles;
import org.geotrends.jobs.io.RunSummary;
import org.geotrends.jobs.io.TableAppend;
import org.geotrends.jobs.io.TableWriter;
import org.geotrends.jobs.io.UserError;
import org.geotrends.jobs.mentions.MentionsJob;
import org.geotrends.jobs.mentions.MentionsTable;
import org.geotrends.jobs.network.ActorNodesTable;
import org.geotrends.jobs.network.CoMentionsTable;
import org.geotrends.jobs.network.NetworkJob;
import org.geotrends.jobs.stories.StoriesJob;
import org.geotrends.jobs.stories.StoriesTable;
import org.geotrends.jobs.terms.BurstArticlesTable;
import org.geotrends.jobs.terms.BurstTermsTable;
import org.geotrends.jobs.terms.PairTermsTable;
import org.geotrends.jobs.terms.TermsJob;
import org.geotrends.jobs.trends.TrendsJob;
import org.geotrends.jobs.trends.TrendsTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages against one output folder: each reads the tables of the stage before it
 * (so a stage can be re-run alone, e.g. the network with another window, without re-reading
 * the crawl), writes its own tables atomically, and records its figures in the run summary.
 */
public final class Stages {
  private static final Logger LOG = LoggerFactory.getLogger(Stages.class);

  private final SparkSession spark;
  private final String output;
  private final TableWriter writer;
  private final RunSummary summary;

  /**
   * @param mode for every table; in {@code APPEND} mode ingest adds to its tables and the later
   *     stages replace theirs, computed from the full tables
   */
  public Stages(SparkSession spark, String output, TableWriter.Mode mode, RunSummary summary) {
    this.spark = spark;
    this.output = output;
    this.writer = new TableWriter(output,
        mode == TableWriter.Mode.APPEND ? TableWriter.Mode.OVERWRITE : mode, conf());
    this.summary = summary;
    // a timestamp's day is its UTC day (--day utc) whatever the cluster's default zone
    spark.conf().set("spark.sql.session.timeZone", "UTC");
  }

  private Configuration conf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  /** Reads a table written by an earlier stage, with its declared schema. */
  public Dataset<Row> table(String name, StructType schema) {
    Path path = new Path(output, name);
    try {
      if (!path.getFileSystem(conf()).exists(path)) {
        throw new UserError("no " + name + " table in " + output + ": run the stage that writes it first");
      }
    } catch (IOException e) {
      throw new UserError("cannot read " + path + ": " + e.getMessage());
    }
    return spark.read().schema(schema).parquet(path.toString());
  }

  /**
   * Reads the files of {@code plan} (decided before Spark started) into the articles and rejects
   * tables and records them in the ingested-files manifest: replacing both (overwrite, error),
   * or adding to them as one unit (append; nothing at all when every input was read before).
   */
  public IngestRun ingest(IngestedFiles.Plan plan, CrawlFileIngester.Options options) {
    Instant start = Instant.now();
    Map<String, IngestCounts> byFile = Map.of();
    List<IngestedFiles.Entry> manifest;
    if (plan.mode() == TableWriter.Mode.APPEND) {
      manifest = plan.after(byFile, start);
      if (!plan.toRead().isEmpty()) {
        TableAppend append = TableAppend.begin(output, conf());
        try {
          byFile = IngestJob.runByFile(spark, plan.paths(), append, options);
          manifest = plan.after(byFile, start);
          append.writeFile(IngestedFiles.FILE_NAME, IngestedFiles.toBytes(manifest));
        } catch (RuntimeException e) {
          append.abort();
          throw e;
        }
        append.commit();
      } else {
        LOG.info("ingest: all {} input files were ingested before; tables unchanged",
            plan.alreadyIngested());
      }
    } else {
      writer.checkWritable(ArticlesTable.NAME, RejectsTable.NAME);
      // no manifest may describe tables it did not see written, should this run fail midway
      IngestedFiles.delete(output, conf());
      byFile = IngestJob.runByFile(spark, plan.paths(), writer, options);
      manifest = plan.after(byFile, start);
      IngestedFiles.write(output, manifest, conf());
    }
    Map<String, IngestCounts> read = byFile;
    IngestRun run = new IngestRun(plan.mode(),
        IngestCounts.sum(manifest.stream().map(IngestedFiles.Entry::counts).toList()),
        IngestCounts.sum(plan.paths().stream()
            .map(f -> read.getOrDefault(f, IngestCounts.none(1))).toList()),
        plan.alreadyIngested());
    summary.stage("ingest", run.toSummary(), start);
    return run;
  }

  /**
   * Finds the syndicated copies among the articles: writes {@code stories} and rewrites
   * {@code articles} with {@code story_id} filled (see {@link StoriesJob}).
   */
  public Map<String, Object> stories(StoriesJob.Options options) {
    writer.checkWritable(StoriesTable.NAME);
    Instant start = Instant.now();
    Dataset<Row> articles = table(ArticlesTable.NAME, ArticlesTable.SCHEMA);
    MinHash minHash = options.minHash();
    Dataset<Row> signatures = StoriesJob.signatures(articles, minHash).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> buckets = StoriesJob.buckets(signatures, minHash).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> similar = null;
    try {
      Dataset<Row> candidates = StoriesJob.candidates(buckets, options.maxBucket())
          .persist(StorageLevel.MEMORY_AND_DISK());
      similar = StoriesJob.similarPairs(candidates, signatures, options.threshold())
          .persist(StorageLevel.MEMORY_AND_DISK());
      Row sizes = StoriesJob.bucketSizes(buckets).agg(
          sum(when(col("size").gt(options.maxBucket()), 1).otherwise(0)),
          sum(when(col("size").gt(options.maxBucket()), col("size")).otherwise(0))).first();
      long candidatePairs = candidates.count();
      candidates.unpersist();
      long similarPairs = similar.count();
      long tooShort = signatures.where(col("signature").isNull()).count();
      StoriesJob.Links links = StoriesJob.links(similar, options.maxRounds());
      writer.write(StoriesJob.stories(articles, links.storyIds()), StoriesTable.NAME);
      // the new articles table is written in full from the old one before the old one goes
      writer.replace(StoriesJob.withStoryIds(articles, links.storyIds()), ArticlesTable.NAME,
          ArticlesTable.PARTITION_COLUMN);
      Row totals = table(StoriesTable.NAME, StoriesTable.SCHEMA)
          .agg(sum("articles"), count(lit(1)), max("articles")).first();
      long articleCount = nullToZero(totals.get(0));
      Map<String, Object> figures = new LinkedHashMap<>();
      long storyCount = totals.getLong(1);
      figures.put("articles", articleCount);
      figures.put("stories", storyCount);
      figures.put("copies", articleCount - storyCount);
      figures.put("largest_story", nullToZero(totals.get(2)));
      figures.put("articles_too_short", tooShort);
      figures.put("candidate_pairs", candidatePairs);
      figures.put("similar_pairs", similarPairs);
      figures.put("buckets_dropped_over_max", nullToZero(sizes.get(0)));
      figures.put("bucket_entries_dropped", nullToZero(sizes.get(1)));
      figures.put("link_rounds", links.rounds());
      figures.put("placed_after_max_rounds", links.unresolved());
      LOG.info("stories: {}", figures);
      summary.stage("stories", figures, start);
      return figures;
    } finally {
      signatures.unpersist();
      buckets.unpersist();
      if (similar != null) {
        similar.unpersist();
      }
    }
  }

  public Map<String, Object> mentions(Gazetteer gazetteer) {
    writer.checkWritable(MentionsTable.NAME);
    Instant start = Instant.now();
    Dataset<Row> articles = table(ArticlesTable.NAME, ArticlesTable.SCHEMA);
    ActorMatcher matcher = new ActorMatcher(gazetteer);
    Dataset<Row> matches = MentionsJob.matches(articles,
            JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(matcher))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      writer.write(MentionsJob.mentions(matches), MentionsTable.NAME);
      Row totals = matches.agg(
          sum(when(col("resolved"), 1).otherwise(0)).as("mentions"),
          sum(when(not(col("resolved")), 1).otherwise(0)).as("unresolved"),
          countDistinct(when(col("resolved"), col("article_id"))).as("articles_with_mentions"),
          countDistinct(when(col("resolved"), col("actor_id"))).as("actors")).first();
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("articles", articles.select("article_id").distinct().count());
      figures.put("articles_with_mentions", totals.getLong(2));
      figures.put("mentions", nullToZero(totals.get(0)));
      figures.put("unresolved_mentions", nullToZero(totals.get(1)));
      figures.put("actors_mentioned", totals.getLong(3));
      figures.put("mentions_by_kind", counts(matches.where(col("resolved")), "match_kind"));
      figures.put("gazetteer_actors", gazetteer.size());
      LanguageCoverage coverage = LanguageCoverage.of(
          counts(ArticlesTable.firstCaptures(articles).select("language"), "language"), Languages.defaults(),
          gazetteer.coveredLanguages());
      figures.put("articles_by_language", coverage.articlesByLanguage());
      figures.put("covered_language_share", coverage.coveredShare());
      figures.put("uncovered_languages", coverage.uncovered());
      if (coverage.warns()) {
        figures.put("coverage_warning", coverage.warning());
        LOG.warn(coverage.warning());
      }
      LOG.info("mentions: {}", figures);
      summary.stage("mentions", figures, start);
      return figures;
    } finally {
      matches.unpersist();
    }
  }

  public Map<String, Object> network(NetworkJob.Options options, Gazetteer names) {
    writer.checkWritable(CoMentionsTable.NAME, ActorNodesTable.NAME);
    Instant start = Instant.now();
    Dataset<Row> articles = table(ArticlesTable.NAME, ArticlesTable.SCHEMA);
    Dataset<Row> mentions = table(MentionsTable.NAME, MentionsTable.SCHEMA).persist();
    try {
      writer.write(NetworkJob.coMentions(articles, mentions, options), CoMentionsTable.NAME);
      // Node metrics on the pairs as written: reading them back is cheaper than counting again.
      Dataset<Row> written = table(CoMentionsTable.NAME, CoMentionsTable.SCHEMA);
      writer.write(NetworkJob.actorNodes(articles, mentions, written, options), ActorNodesTable.NAME);
    } finally {
      mentions.unpersist();
    }
    Dataset<Row> edges = table(CoMentionsTable.NAME, CoMentionsTable.SCHEMA);
    Dataset<Row> nodes = table(ActorNodesTable.NAME, ActorNodesTable.SCHEMA);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("count", options.count().column());
    figures.put("edges_by_granularity", counts(edges, "granularity"));
    figures.put("nodes_by_granularity", counts(nodes, "granularity"));
    figures.put("windows_by_granularity", countsDistinct(nodes, "granularity", "window_start"));
    figures.put("graph", new GraphExport(options.granularities().get(0), names::nameOf)
        .write(edges, nodes, output, conf()));
    LOG.info("network: {}", figures);
    summary.stage("network", figures, start);
    return figures;
  }

  public Map<String, Object> trends(TrendsJob.Options options) {
    writer.checkWritable(TrendsTable.NAME);
    Instant start = Instant.now();
    Dataset<Row> articles = table(ArticlesTable.NAME, ArticlesTable.SCHEMA);
    Dataset<Row> mentions = table(MentionsTable.NAME, MentionsTable.SCHEMA);
    writer.write(TrendsJob.trends(articles, mentions, options), TrendsTable.NAME);
    Dataset<Row> trends = table(TrendsTable.NAME, TrendsTable.SCHEMA);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("count", options.count().column());
    figures.put("rows_by_granularity", counts(trends, "granularity"));
    figures.put("actors", trends.select("actor_id").distinct().count());
    figures.put("bursts_by_granularity", counts(trends.where(col("is_burst")), "granularity"));
    LOG.info("trends: {}", figures);
    summary.stage("trends", figures, start);
    return figures;
  }

  /**
   * The words and articles behind each pair-window and each burst: {@code pair_terms},
   * {@code burst_terms}, {@code burst_articles} (reads the trends table for its bursts).
   */
  public Map<String, Object> terms(TermsJob.Options options, Gazetteer gazetteer) {
    writer.checkWritable(PairTermsTable.NAME, BurstTermsTable.NAME, BurstArticlesTable.NAME);
    Instant start = Instant.now();
    Dataset<Row> articles = table(ArticlesTable.NAME, ArticlesTable.SCHEMA);
    Dataset<Row> mentions = table(MentionsTable.NAME, MentionsTable.SCHEMA);
    Dataset<Row> trends = table(TrendsTable.NAME, TrendsTable.SCHEMA);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    TermExtractor extractor = new TermExtractor(gazetteer.aliases().stream().map(a -> a.text()).toList());
    Dataset<Row> sentences = TermsJob.sentences(articles, mentions, jsc.broadcast(extractor),
        jsc.broadcast(SentenceSplitter.defaults())).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Object> figures = new LinkedHashMap<>();
    TermsJob.Tables t = TermsJob.tables(sentences, articles, trends, options);
    try {
      writer.write(t.pairTerms(), PairTermsTable.NAME);
      writer.write(t.burstTerms(), BurstTermsTable.NAME);
      writer.write(t.burstArticles(), BurstArticlesTable.NAME);
      Row s = sentences.agg(count(lit(1)), sum(when(functions.size(col("actors")).geq(1), 1).otherwise(0)),
          sum(when(functions.size(col("actors")).geq(2), 1).otherwise(0))).first();
      figures.put("sentences", s.getLong(0));
      figures.put("sentences_with_actors", nullToZero(s.get(1)));
      figures.put("sentences_with_pairs", nullToZero(s.get(2)));
    } finally {
      t.unpersist();
      sentences.unpersist();
    }
    Dataset<Row> pairTerms = table(PairTermsTable.NAME, PairTermsTable.SCHEMA);
    Dataset<Row> burstTerms = table(BurstTermsTable.NAME, BurstTermsTable.SCHEMA);
    Dataset<Row> burstArticles = table(BurstArticlesTable.NAME, BurstArticlesTable.SCHEMA);
    figures.put("pair_terms", pairTerms.count());
    figures.put("pair_windows_with_terms", pairTerms.select("granularity", "window_start", "publisher", "actor_a",
        "actor_b").distinct().count());
    figures.put("burst_terms", burstTerms.count());
    figures.put("bursts_with_terms", burstTerms.select("granularity", "period_start", "publisher", "actor_id")
        .distinct().count());
    figures.put("burst_articles_by_kind", counts(burstArticles, "kind"));
    // the graph again, now with each edge's top terms (when the network stage wrote its tables)
    if (exists(CoMentionsTable.NAME) && exists(ActorNodesTable.NAME)) {
      figures.put("graph", new GraphExport(options.granularities().get(0), gazetteer::nameOf)
          .write(table(CoMentionsTable.NAME, CoMentionsTable.SCHEMA), table(ActorNodesTable.NAME,
              ActorNodesTable.SCHEMA), pairTerms, output, conf()));
    }
    LOG.info("terms: {}", figures);
    summary.stage("terms", figures, start);
    return figures;
  }

  private boolean exists(String name) {
    Path path = new Path(output, name);
    try {
      return path.getFileSystem(conf()).exists(path);
    } catch (IOException e) {
      throw new UserError("cannot read " + path + ": " + e.getMessage());
    }
  }

  /** Writes the run summary. */
  public void finish() {
    summary.write(conf());
  }


  private static long nullToZero(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Map<String, Long> counts(Dataset<Row> rows, String column) {
    Map<String, Long> m = new TreeMap<>();
    for (Row r : rows.groupBy(column).agg(count(lit(1))).collectAsList()) {
      m.put(String.valueOf(r.get(0)), r.getLong(1));
    }
    return m;
  }

  private static Map<String, Long> countsDistinct(Dataset<Row> rows, String column, String distinct) {
    Map<String, Long> m = new TreeMap<>();
    for (Row r : rows.groupBy(column).agg(countDistinct(distinct)).collectAsList()) {
      m.put(String.valueOf(r.get(0)), r.getLong(1));
    }
    return m;
  }
}
