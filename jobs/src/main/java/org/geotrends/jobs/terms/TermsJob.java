package org.geotrends.jobs.terms;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.geotrends.common.actors.SentenceSplitter;
import org.geotrends.common.terms.Keyness;
import org.geotrends.common.terms.TermExtractor;
import org.geotrends.jobs.ingest.ArticlesTable;
import org.geotrends.jobs.window.ActorPairs;
import org.geotrends.jobs.window.DayBasis;
import org.geotrends.jobs.window.Granularity;
import org.geotrends.jobs.window.Windowing;

/**
 * The terms stage. One pass splits every article with a mention into the sentences the mentions
 * index, and turns each into its terms ({@link TermExtractor}); everything else is counting on
 * small keys: terms per pair-window (sentences that mention both actors), per burst (the actor's
 * sentences in the burst period, against all sentences of the baseline periods before it) and,
 * for the terms that are candidates of one of those ({@link CandidateTerms}), per window (the
 * background). {@link Keyness} picks each one's top terms in a group of its candidate terms; the
 * articles whose sentences hold most of them follow.
 */
public final class TermsJob {
  private static final String PAIR = "pair";
  private static final String BURST = "burst";

  private TermsJob() {
  }

  /** Settings of the stage. */
  public record Options(List<Granularity> granularities, boolean byPublisher, DayBasis day, int baselinePeriods,
      int top, long minCount, long minSentences, int articles) implements Serializable {

    public static final int DEFAULT_TOP = 20;
    public static final long DEFAULT_MIN_COUNT = 2;
    public static final long DEFAULT_MIN_SENTENCES = 3;
    public static final int DEFAULT_ARTICLES = 3;

    /** Twenty terms seen twice or more, pairs with three sentences or more, three articles each. */
    public Options(List<Granularity> granularities, boolean byPublisher, DayBasis day, int baselinePeriods) {
      this(granularities, byPublisher, day, baselinePeriods, DEFAULT_TOP, DEFAULT_MIN_COUNT, DEFAULT_MIN_SENTENCES,
          DEFAULT_ARTICLES);
    }
  }

  /**
   * The three tables, and the intermediate results they share (persisted: each table would
   * compute them again), to unpersist once the tables are written.
   */
  public record Tables(Dataset<Row> pairTerms, Dataset<Row> burstTerms, Dataset<Row> burstArticles,
      List<Dataset<Row>> shared) {

    public void unpersist() {
      shared.forEach(Dataset::unpersist);
    }
  }

  /**
   * One row per sentence of every first capture with a mention (text only where an actor is),
   * with the article's columns that place it in windows ({@link Windowing#withWindows}).
   */
  static final StructType SENTENCES = StructType.fromDDL(
      "article_id STRING, language STRING, field STRING, sentence_index INT, actors ARRAY<STRING>, "
          + "terms ARRAY<STRING>, text STRING, story_id STRING, publisher STRING, published_at TIMESTAMP, "
          + "published_local STRING");

  public static Dataset<Row> sentences(Dataset<Row> articles, Dataset<Row> mentions,
      Broadcast<TermExtractor> extractor, Broadcast<SentenceSplitter> splitter) {
    Dataset<Row> byArticle = mentions.groupBy("article_id").agg(collect_list(
        struct(col("field"), col("sentence_index"), col("actor_id"), col("start"), col("end"))).as("mentions"));
    Column local = java.util.Arrays.asList(articles.columns()).contains("published_local")
        ? col("published_local") : lit(null).cast("string").as("published_local"); // as DayBasis allows
    return ArticlesTable.firstCaptures(articles)
        .select(col("article_id"), col("language"), col("title"), col("body"), col("story_id"), col("publisher"),
            col("published_at"), local)
        .join(byArticle, "article_id")
        .select("article_id", "language", "title", "body", "mentions", "story_id", "publisher", "published_at",
            "published_local")
        .flatMap(new SplitArticle(extractor, splitter), Encoders.row(SENTENCES));
  }

  /** All three tables from the sentences, the articles and the trends table (its bursts). */
  public static Tables tables(Dataset<Row> sentences, Dataset<Row> articles, Dataset<Row> trends, Options options) {
    Dataset<Row> pairTerms = null;
    Dataset<Row> burstTerms = null;
    Dataset<Row> targets = null;
    List<Dataset<Row>> shared = new ArrayList<>();
    for (Granularity g : options.granularities()) {
      Windowing w = new Windowing(g, options.byPublisher(), options.day());
      // each sentence carries its article's window columns: placed by a projection of the cached
      // sentences, cheaper to repeat than to cache a second time
      Dataset<Row> windowed = w.withWindows(sentences)
          .select("article_id", "language", "field", "sentence_index", "actors", "terms", "text", "window_start",
              "publisher");

      // pairs: every sentence that mentions two actors or more, once per pair
      Dataset<Row> pairSentences = windowed.where(size(col("actors")).geq(2))
          .withColumn("pair", explode(ActorPairs.of("actors")))
          .select(lit(PAIR).as("kind"), col("window_start"), col("publisher"), col("pair.a").as("actor_a"),
              col("pair.b").as("actor_b"), col("language"), col("article_id"), col("field"), col("sentence_index"),
              col("terms"), col("text"));
      // bursts: the actor's sentences in the burst period against the periods before it
      Dataset<Row> bursts = trends.where(col("is_burst").and(col("granularity").equalTo(g.code())))
          .select(col("period_start").as("window_start"),
              expr("coalesce(publisher, '')").as("publisher"), col("actor_id").as("actor_a"));
      Dataset<Row> burstSentences = windowed.where(size(col("actors")).geq(1))
          .withColumn("actor_a", explode(col("actors")))
          .join(broadcast(bursts), Windowing.joinKeys("actor_a"))
          .select(lit(BURST).as("kind"), col("window_start"), col("publisher"), col("actor_a"),
              lit("").as("actor_b"), col("language"), col("article_id"), col("field"), col("sentence_index"),
              col("terms"), col("text"));
      Dataset<Row> pairCounts = persist(shared, candidates(pairSentences, options));
      Dataset<Row> burstCounts = persist(shared, candidates(burstSentences, options));

      // the background needs the counts of candidate terms only: the others are dropped before
      // they are counted and shuffled (a false positive of the filter is counted, then unused)
      Column candidate = CandidateTerms.of(pairCounts, burstCounts).contains(col("language"), col("term"));
      Dataset<Row> background = persist(shared, windowed.select(col("window_start"), col("publisher"),
              col("language"), explode(col("terms")).as("term"))
          .where(candidate)
          .groupBy("window_start", "publisher", "language", "term").agg(count(lit(1)).as("background_count")));
      Dataset<Row> backgroundTotals = persist(shared, windowed.groupBy("window_start", "publisher", "language")
          .agg(sum(size(col("terms"))).as("background_total")));

      Dataset<Row> pairCandidates = pairCounts
          .join(background, Windowing.joinKeys("language", "term"))
          .join(backgroundTotals, Windowing.joinKeys("language"))
          // the reference is the rest of the window
          .withColumn("reference", col("background_count").minus(col("target")))
          .withColumn("reference_total", col("background_total").minus(col("target_total")));
      Dataset<Row> pairTop = persist(shared, top(pairCandidates, options, g));
      pairTerms = union(pairTerms, PairTermsTable.SPEC.select(pairTop
          .withColumn("publisher", Windowing.publisherColumn())
          .withColumnRenamed("target", "pair_count")
          .withColumnRenamed("target_sentences", "pair_sentences")));

      String span = g.step().replaceFirst("^1 ", options.baselinePeriods() + " ");
      Column before = col("b.window_start").geq(expr("k.window_start - interval " + span))
          .and(col("b.window_start").lt(col("k.window_start")))
          .and(col("b.publisher").equalTo(col("k.publisher")));
      Dataset<Row> keys = bursts.alias("k");
      Dataset<Row> reference = background.alias("b").join(broadcast(keys), before)
          .groupBy(col("k.window_start"), col("k.publisher"), col("k.actor_a"), col("b.language"), col("b.term"))
          .agg(sum("background_count").as("reference"));
      Dataset<Row> referenceTotals = backgroundTotals.alias("b").join(broadcast(keys), before)
          .groupBy(col("k.window_start"), col("k.publisher"), col("k.actor_a"), col("b.language"))
          .agg(sum("background_total").as("reference_total"));
      Dataset<Row> burstCandidates = burstCounts
          .join(reference, Windowing.joinKeys("actor_a", "language", "term"), "left")
          .join(referenceTotals, Windowing.joinKeys("actor_a", "language"))
          .na().fill(0L, new String[] {"reference"});
      Dataset<Row> burstTop = persist(shared, top(burstCandidates, options, g));
      burstTerms = union(burstTerms, BurstTermsTable.SPEC.select(burstTop
          .withColumn("publisher", Windowing.publisherColumn())
          .withColumnRenamed("window_start", "period_start")
          .withColumnRenamed("actor_a", "actor_id")
          .withColumnRenamed("target", "burst_count")
          .withColumnRenamed("reference", "baseline_count")
          .withColumnRenamed("target_sentences", "burst_sentences")));

      targets = union(targets, articlesOf(pairSentences.unionByName(burstSentences),
          pairTop.unionByName(burstTop, true), options).withColumn("granularity", lit(g.code())));
    }
    Dataset<Row> burstArticles = BurstArticlesTable.SPEC.select(targets.join(ArticlesTable.firstCaptures(articles)
            .select(col("article_id"), col("title"), col("publisher").as("article_publisher"), col("published_at"),
                col("url")), "article_id")
        .withColumn("publisher", Windowing.publisherColumn())
        .withColumn("actor_b", expr("nullif(actor_b, '')"))
        .withColumnRenamed("text", "sentence"));
    return new Tables(pairTerms, burstTerms, burstArticles, shared);
  }

  private static Dataset<Row> persist(List<Dataset<Row>> shared, Dataset<Row> d) {
    shared.add(d.persist(StorageLevel.MEMORY_AND_DISK()));
    return d;
  }

  private static Dataset<Row> union(Dataset<Row> all, Dataset<Row> more) {
    return all == null ? more : all.unionByName(more);
  }

  private static final String[] ITEM = {"kind", "window_start", "publisher", "actor_a", "actor_b", "language"};

  /** Target counts of each term of each item, with the item's totals, for items with enough sentences. */
  private static Dataset<Row> candidates(Dataset<Row> targetSentences, Options options) {
    Column[] item = java.util.Arrays.stream(ITEM).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Dataset<Row> totals = targetSentences.groupBy(item)
        .agg(count(lit(1)).as("target_sentences"), sum(size(col("terms"))).as("target_total"))
        .where(col("target_sentences").geq(options.minSentences()).and(col("target_total").gt(0)));
    Dataset<Row> counts = targetSentences.select(col("kind"), col("window_start"), col("publisher"), col("actor_a"),
            col("actor_b"), col("language"), explode(col("terms")).as("term"))
        .groupBy(col("kind"), col("window_start"), col("publisher"), col("actor_a"), col("actor_b"), col("language"),
            col("term"))
        .agg(count(lit(1)).as("target"))
        .where(col("target").geq(options.minCount()));
    return counts.join(totals, scala.jdk.javaapi.CollectionConverters.asScala(List.of(ITEM)).toSeq());
  }

  private static final StructType TOP = StructType.fromDDL(
      "kind STRING, window_start DATE, publisher STRING, actor_a STRING, actor_b STRING, language STRING, "
          + "rank INT, term STRING, score DOUBLE, target BIGINT, reference BIGINT, background_count BIGINT, "
          + "target_sentences BIGINT");

  /** The top terms of each item (Keyness in one group per item). */
  private static Dataset<Row> top(Dataset<Row> candidates, Options options, Granularity g) {
    if (!java.util.Arrays.asList(candidates.columns()).contains("background_count")) {
      candidates = candidates.withColumn("background_count", col("reference").plus(col("target")));
    }
    Dataset<Row> ordered = candidates.select(col("kind"), col("window_start"), col("publisher"), col("actor_a"),
        col("actor_b"), col("language"), col("term"), col("target"), col("reference"), col("target_total"),
        col("reference_total"), col("background_count"), col("target_sentences"));
    return ordered
        .groupByKey((MapFunction<Row, String>) r -> r.get(0) + "\u0001" + r.get(1) + "\u0001" + r.get(2) + "\u0001"
            + r.get(3) + "\u0001" + r.get(4) + "\u0001" + r.get(5), Encoders.STRING())
        .flatMapGroups(new TopTerms(options.top(), options.minCount()), Encoders.row(TOP))
        .withColumn("granularity", lit(g.code()));
  }

  /** Keyness over the candidate terms of one item. */
  private static final class TopTerms implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int k;
    private final long minCount;

    TopTerms(int k, long minCount) {
      this.k = k;
      this.minCount = minCount;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
      List<Keyness.Candidate> candidates = new ArrayList<>();
      java.util.Map<String, Long> background = new java.util.HashMap<>();
      Row first = null;
      while (rows.hasNext()) {
        Row r = rows.next();
        first = first == null ? r : first;
        candidates.add(new Keyness.Candidate(r.getString(6), r.getLong(7), r.getLong(8)));
        background.put(r.getString(6), r.getLong(11));
      }
      List<Row> out = new ArrayList<>();
      if (first == null || first.getLong(9) <= 0) {
        return out.iterator();
      }
      for (Keyness.Scored s : Keyness.top(candidates, first.getLong(9), first.getLong(10), k, minCount)) {
        out.add(RowFactory.create(first.get(0), first.get(1), first.get(2), first.get(3), first.get(4), first.get(5),
            s.rank(), s.term(), s.score(), s.target(), s.reference(), background.get(s.term()), first.get(12)));
      }
      return out.iterator();
    }
  }

  /**
   * The best articles of each item: each sentence scores the summed G2 of the item's top terms it
   * holds; an article counts with its best sentence; the {@code articles} best articles stay.
   * Sentences are scored without their text (exploded per term, it would be copied per term);
   * the text joins the few sentences kept.
   */
  private static Dataset<Row> articlesOf(Dataset<Row> targetSentences, Dataset<Row> top, Options options) {
    List<String> sentenceKey = List.of("kind", "window_start", "publisher", "actor_a", "actor_b", "article_id",
        "field", "sentence_index");
    Dataset<Row> terms = top.select(col("kind"), col("window_start"), col("publisher"), col("actor_a"),
        col("actor_b"), col("language"), col("term"), col("score"));
    Dataset<Row> scored = targetSentences
        .select(col("kind"), col("window_start"), col("publisher"), col("actor_a"), col("actor_b"), col("language"),
            col("article_id"), col("field"), col("sentence_index"), explode(expr("array_distinct(terms)"))
                .as("term"))
        .join(terms, scala.jdk.javaapi.CollectionConverters.asScala(
            List.of("kind", "window_start", "publisher", "actor_a", "actor_b", "language", "term")).toSeq())
        .groupBy(sentenceKey.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
        .agg(sum("score").as("score"));
    Column[] item = {col("kind"), col("window_start"), col("publisher"), col("actor_a"), col("actor_b")};
    Dataset<Row> best = scored
        .withColumn("n", row_number().over(Window.partitionBy(concat(item, col("article_id")))
            .orderBy(desc("score"), col("field").desc(), col("sentence_index"))))
        .where(col("n").equalTo(1));
    Dataset<Row> kept = best
        .withColumn("rank", row_number().over(Window.partitionBy(item).orderBy(desc("score"), col("article_id"))))
        .where(col("rank").leq(options.articles()));
    Dataset<Row> texts = targetSentences.select(concat(sentenceKey.stream().map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new), col("text")));
    return kept.join(texts, scala.jdk.javaapi.CollectionConverters.asScala(sentenceKey).toSeq())
        .select("kind", "window_start", "publisher", "actor_a", "actor_b", "rank", "article_id", "text", "score");
  }

  private static scala.collection.immutable.Seq<String> seq(List<String> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  private static Column[] concat(Column[] a, Column b) {
    Column[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }

  /** Splits the title and body of one article into sentences with their actors and terms. */
  private static final class SplitArticle implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<TermExtractor> extractor;
    private final Broadcast<SentenceSplitter> splitter;

    SplitArticle(Broadcast<TermExtractor> extractor, Broadcast<SentenceSplitter> splitter) {
      this.extractor = extractor;
      this.splitter = splitter;
    }

    @Override
    public Iterator<Row> call(Row article) {
      String id = article.getString(0);
      String language = article.getString(1);
      List<Row> mentions = article.getList(4);
      Object[] placing = {article.get(5), article.get(6), article.get(7), article.get(8)};
      List<Row> out = new ArrayList<>();
      add(out, id, language, "title", article.getString(2), mentions, placing);
      add(out, id, language, "body", article.getString(3), mentions, placing);
      return out.iterator();
    }

    private void add(List<Row> out, String id, String language, String field, String text, List<Row> mentions,
        Object[] placing) {
      if (text == null || text.isEmpty()) {
        return;
      }
      int[] starts = splitter.value().starts(text, language);
      List<TreeSet<String>> actors = new ArrayList<>();
      List<List<int[]>> spans = new ArrayList<>();
      for (int i = 0; i < starts.length; i++) {
        actors.add(new TreeSet<>());
        spans.add(new ArrayList<>());
      }
      for (Row m : mentions) {
        int index = m.getInt(1);
        if (!field.equals(m.getString(0)) || index < 0 || index >= starts.length) {
          continue;
        }
        actors.get(index).add(m.getString(2));
        spans.get(index).add(new int[] {m.getInt(3) - starts[index], m.getInt(4) - starts[index]});
      }
      String lang = language == null ? "" : language;
      for (int i = 0; i < starts.length; i++) {
        int end = i + 1 < starts.length ? starts[i + 1] : text.length();
        String sentence = text.substring(starts[i], end);
        List<String> terms = extractor.value().terms(sentence, spans.get(i), language);
        boolean named = !actors.get(i).isEmpty();
        out.add(RowFactory.create(id, lang, field, i, seq(new ArrayList<>(actors.get(i))), seq(terms),
            named ? sentence.strip() : null, placing[0], placing[1], placing[2], placing[3]));
      }
    }
  }
}
