package org.geotrends.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Instant;
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
import org.geotrends.jobs.io.StageProgress;
import org.geotrends.jobs.io.TableAppend;
import org.geotrends.jobs.io.TableSpec;
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

  /** Every table the stages write, in the order the pipeline writes them. */
  public static final List<TableSpec> TABLES = List.of(ArticlesTable.SPEC, RejectsTable.SPEC, StoriesTable.SPEC,
      MentionsTable.SPEC, CoMentionsTable.SPEC, ActorNodesTable.SPEC, TrendsTable.SPEC, PairTermsTable.SPEC,
      BurstTermsTable.SPEC, BurstArticlesTable.SPEC);

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
  public Dataset<Row> table(TableSpec table) {
    String name = table.name();
    Path path = new Path(output, name);
    try {
      if (!path.getFileSystem(conf()).exists(path)) {
        throw new UserError("no " + name + " table in " + output + ": run the stage that writes it first");
      }
    } catch (IOException e) {
      throw new UserError("cannot read " + path + ": " + e.getMessage());
    }
    return spark.read().schema(table.schema()).parquet(path.toString());
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
  public StageFigures.Stories stories(StoriesJob.Options options) {
    writer.checkWritable(StoriesTable.NAME);
    Instant start = Instant.now();
    try (StageProgress progress = StageProgress.start(spark.sparkContext(), "stories", System.err)) {
      Dataset<Row> articles = table(ArticlesTable.SPEC);
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
        // similar is counted (and so cached) while candidates is still cached: not computed twice
        long similarPairs = similar.count();
        candidates.unpersist();
        long tooShort = signatures.where(col("signature").isNull()).count();
        StoriesJob.Links links = similarPairs == 0
            ? StoriesJob.Links.none(spark) : StoriesJob.links(similar, options.maxRounds());
        writer.write(StoriesJob.stories(articles, links.storyIds()), StoriesTable.SPEC);
        // the new articles table is written in full from the old one before the old one goes
        writer.replace(StoriesJob.withStoryIds(articles, links.storyIds()), ArticlesTable.SPEC);
        Row totals = table(StoriesTable.SPEC)
            .agg(sum("articles"), count(lit(1)), max("articles")).first();
        StageFigures.Stories figures = new StageFigures.Stories(nullToZero(totals.get(0)), totals.getLong(1),
            nullToZero(totals.get(2)), tooShort, candidatePairs, similarPairs, nullToZero(sizes.get(0)),
            nullToZero(sizes.get(1)), links.rounds(), links.unresolved());
        record("stories", figures, start);
        return figures;
      } finally {
        signatures.unpersist();
        buckets.unpersist();
        if (similar != null) {
          similar.unpersist();
        }
      }
    }
  }

  public StageFigures.Mentions mentions(Gazetteer gazetteer) {
    writer.checkWritable(MentionsTable.NAME);
    Instant start = Instant.now();
    try (StageProgress progress = StageProgress.start(spark.sparkContext(), "mentions", System.err)) {
      Dataset<Row> articles = table(ArticlesTable.SPEC);
      ActorMatcher matcher = new ActorMatcher(gazetteer);
      Dataset<Row> matches = MentionsJob.matches(articles,
              JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(matcher))
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        writer.write(MentionsJob.mentions(matches), MentionsTable.SPEC);
        Row totals = matches.agg(
            sum(when(col("resolved"), 1).otherwise(0)).as("mentions"),
            sum(when(not(col("resolved")), 1).otherwise(0)).as("unresolved"),
            countDistinct(when(col("resolved"), col("article_id"))).as("articles_with_mentions"),
            countDistinct(when(col("resolved"), col("actor_id"))).as("actors")).first();
        // one row per article: the languages' counts add up to the number of articles
        Map<String, Long> languages = counts(ArticlesTable.firstCaptures(articles).select("language"), "language");
        LanguageCoverage coverage = LanguageCoverage.of(languages, Languages.defaults(),
            gazetteer.coveredLanguages());
        if (coverage.warns()) {
          LOG.warn(coverage.warning());
        }
        StageFigures.Mentions figures = new StageFigures.Mentions(
            languages.values().stream().mapToLong(Long::longValue).sum(), totals.getLong(2), nullToZero(totals.get(0)),
            nullToZero(totals.get(1)), totals.getLong(3), counts(matches.where(col("resolved")), "match_kind"),
            gazetteer.size(), coverage);
        record("mentions", figures, start);
        return figures;
      } finally {
        matches.unpersist();
      }
    }
  }

  public StageFigures.Network network(NetworkJob.Options options, Gazetteer names) {
    writer.checkWritable(CoMentionsTable.NAME, ActorNodesTable.NAME);
    Instant start = Instant.now();
    try (StageProgress progress = StageProgress.start(spark.sparkContext(), "network", System.err)) {
      Dataset<Row> articles = table(ArticlesTable.SPEC);
      Dataset<Row> mentions = table(MentionsTable.SPEC).persist();
      try {
        writer.write(NetworkJob.coMentions(articles, mentions, options), CoMentionsTable.SPEC);
        // Node metrics on the pairs as written: reading them back is cheaper than counting again.
        Dataset<Row> written = table(CoMentionsTable.SPEC);
        writer.write(NetworkJob.actorNodes(articles, mentions, written, options), ActorNodesTable.SPEC);
      } finally {
        mentions.unpersist();
      }
      Dataset<Row> edges = table(CoMentionsTable.SPEC);
      Dataset<Row> nodes = table(ActorNodesTable.SPEC);
      Map<String, Long> nodesByGranularity = new TreeMap<>();
      Map<String, Long> windowsByGranularity = new TreeMap<>();
      for (Row r : nodes.groupBy("granularity").agg(count(lit(1)), countDistinct("window_start")).collectAsList()) {
        nodesByGranularity.put(String.valueOf(r.get(0)), r.getLong(1));
        windowsByGranularity.put(String.valueOf(r.get(0)), r.getLong(2));
      }
      StageFigures.Network figures = new StageFigures.Network(options.count().column(),
          counts(edges, "granularity"), nodesByGranularity, windowsByGranularity,
          new GraphExport(options.granularities().get(0), names::nameOf).write(edges, nodes, output, conf()));
      record("network", figures, start);
      return figures;
    }
  }

  public StageFigures.Trends trends(TrendsJob.Options options) {
    writer.checkWritable(TrendsTable.NAME);
    Instant start = Instant.now();
    try (StageProgress progress = StageProgress.start(spark.sparkContext(), "trends", System.err)) {
      Dataset<Row> articles = table(ArticlesTable.SPEC);
      Dataset<Row> mentions = table(MentionsTable.SPEC);
      writer.write(TrendsJob.trends(articles, mentions, options), TrendsTable.SPEC);
      Dataset<Row> trends = table(TrendsTable.SPEC);
      Map<String, Long> rowsByGranularity = new TreeMap<>();
      Map<String, Long> burstsByGranularity = new TreeMap<>();
      for (Row r : trends.groupBy("granularity")
          .agg(count(lit(1)), count(when(col("is_burst"), 1))).collectAsList()) {
        rowsByGranularity.put(String.valueOf(r.get(0)), r.getLong(1));
        if (r.getLong(2) > 0) {
          burstsByGranularity.put(String.valueOf(r.get(0)), r.getLong(2));
        }
      }
      StageFigures.Trends figures = new StageFigures.Trends(options.count().column(),
          rowsByGranularity, trends.select("actor_id").distinct().count(), burstsByGranularity);
      record("trends", figures, start);
      return figures;
    }
  }

  /**
   * The words and articles behind each pair-window and each burst: {@code pair_terms},
   * {@code burst_terms}, {@code burst_articles} (reads the trends table for its bursts).
   */
  public StageFigures.Terms terms(TermsJob.Options options, Gazetteer gazetteer) {
    writer.checkWritable(PairTermsTable.NAME, BurstTermsTable.NAME, BurstArticlesTable.NAME);
    Instant start = Instant.now();
    try (StageProgress progress = StageProgress.start(spark.sparkContext(), "terms", System.err)) {
      Dataset<Row> articles = table(ArticlesTable.SPEC);
      Dataset<Row> mentions = table(MentionsTable.SPEC);
      Dataset<Row> trends = table(TrendsTable.SPEC);
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      TermExtractor extractor = new TermExtractor(gazetteer.aliases().stream().map(a -> a.text()).toList());
      Dataset<Row> sentences = TermsJob.sentences(articles, mentions, jsc.broadcast(extractor),
          jsc.broadcast(SentenceSplitter.defaults())).persist(StorageLevel.MEMORY_AND_DISK());
      Row s;
      TermsJob.Tables t = TermsJob.tables(sentences, articles, trends, options);
      try {
        writer.write(t.pairTerms(), PairTermsTable.SPEC);
        writer.write(t.burstTerms(), BurstTermsTable.SPEC);
        writer.write(t.burstArticles(), BurstArticlesTable.SPEC);
        s = sentences.agg(count(lit(1)), sum(when(functions.size(col("actors")).geq(1), 1).otherwise(0)),
            sum(when(functions.size(col("actors")).geq(2), 1).otherwise(0))).first();
      } finally {
        t.unpersist();
        sentences.unpersist();
      }
      Dataset<Row> pairTerms = table(PairTermsTable.SPEC);
      Dataset<Row> burstTerms = table(BurstTermsTable.SPEC);
      Dataset<Row> burstArticles = table(BurstArticlesTable.SPEC);
      // a struct is never null, so its distinct count includes keys with a null publisher
      Row pairs = pairTerms.agg(count(lit(1)),
          countDistinct(struct(col("granularity"), col("window_start"), col("publisher"), col("actor_a"),
              col("actor_b")))).first();
      Row bursts = burstTerms.agg(count(lit(1)),
          countDistinct(struct(col("granularity"), col("period_start"), col("publisher"), col("actor_id"))))
          .first();
      long pairTermCount = pairs.getLong(0);
      long pairWindows = pairs.getLong(1);
      long burstTermCount = bursts.getLong(0);
      long burstsWithTerms = bursts.getLong(1);
      Map<String, Long> burstArticlesByKind = counts(burstArticles, "kind");
      // the graph again, now with each edge's top terms (when the network stage wrote its tables)
      GraphExport.Written graph = null;
      if (exists(CoMentionsTable.NAME) && exists(ActorNodesTable.NAME)) {
        graph = new GraphExport(options.granularities().get(0), gazetteer::nameOf)
            .write(table(CoMentionsTable.SPEC), table(ActorNodesTable.SPEC), pairTerms, output, conf());
      }
      StageFigures.Terms figures = new StageFigures.Terms(s.getLong(0), nullToZero(s.get(1)),
          nullToZero(s.get(2)), pairTermCount, pairWindows, burstTermCount, burstsWithTerms,
          burstArticlesByKind, graph);
      record("terms", figures, start);
      return figures;
    }
  }

  private boolean exists(String name) {
    Path path = new Path(output, name);
    try {
      return path.getFileSystem(conf()).exists(path);
    } catch (IOException e) {
      throw new UserError("cannot read " + path + ": " + e.getMessage());
    }
  }

  /** Logs a stage's figures and records them in the run summary. */
  private void record(String stage, StageFigures figures, Instant start) {
    Map<String, Object> section = figures.toSummary();
    LOG.info("{}: {}", stage, section);
    summary.stage(stage, section, start);
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
}
