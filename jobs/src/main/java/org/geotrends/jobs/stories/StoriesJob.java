package org.geotrends.jobs.stories;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.stories.MinHash;
import org.geotrends.common.stories.StoryText;
import org.geotrends.jobs.ingest.ArticlesTable;

/**
 * The stories stage: which articles are copies of one story published under other URLs.
 *
 * <ol>
 *   <li>{@link #signatures}: one MinHash signature per article (its first capture), over the word
 *   shingles of its body without dateline and credits ({@link StoryText});</li>
 *   <li>{@link #candidates}: pairs of articles that share a band bucket (locality-sensitive
 *   hashing: no all-pairs comparison); buckets with more than {@code maxBucket} articles are
 *   dropped and counted, so boilerplate shared by thousands of pages cannot explode;</li>
 *   <li>{@link #similarPairs}: the candidates whose signatures agree on at least
 *   {@code threshold} of their positions (estimated Jaccard similarity), oriented earlier → later;</li>
 *   <li>{@link #links}: each copy joins the earliest similar article that opened a story
 *   (the README's "Stories: syndicated copies", step 5, applied in rounds);</li>
 *   <li>{@link #stories} and {@link #withStoryIds}: the {@code stories} table and the articles
 *   with {@code story_id}.</li>
 * </ol>
 */
public final class StoriesJob {

  private StoriesJob() {
  }

  /** Settings of the stage. */
  public record Options(double threshold, int shingleWords, int bands, int rows, long maxBucket,
      int maxRounds) implements Serializable {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final long DEFAULT_MAX_BUCKET = 500;
    public static final int DEFAULT_MAX_ROUNDS = 20;
    public static final Options DEFAULT = new Options(DEFAULT_THRESHOLD, MinHash.DEFAULT_SHINGLE_WORDS,
        MinHash.DEFAULT_BANDS, MinHash.DEFAULT_ROWS, DEFAULT_MAX_BUCKET, DEFAULT_MAX_ROUNDS);

    public MinHash minHash() {
      return new MinHash(shingleWords, bands, rows);
    }
  }

  static final StructType SIGNATURES = StructType.fromDDL(
      "article_id STRING, published_at TIMESTAMP, signature BINARY");
  static final StructType BUCKETS = StructType.fromDDL("band INT, bucket BIGINT, article_id STRING");
  static final StructType STORY_IDS = StructType.fromDDL("article_id STRING, story_id STRING");

  /** Time order of articles: dated first by time, then undated; ties by article id. */
  static Column orderKey(String prefix) {
    return struct(col(prefix + "published_at").isNull().as("undated"),
        col(prefix + "published_at").as("published_at"), col(prefix + "article_id").as("article_id"));
  }

  /**
   * (article_id, published_at, signature) of each article's first capture; the signature is
   * null when the body has fewer words than one shingle (such an article is a story of its own).
   */
  public static Dataset<Row> signatures(Dataset<Row> articles, MinHash minHash) {
    return ArticlesTable.firstCaptures(articles)
        .select("article_id", "published_at", "body")
        .map(new Sign(minHash), Encoders.row(SIGNATURES));
  }

  /** The pairs (a, b), a < b by id, that share a band bucket of 2 to {@code maxBucket} articles. */
  public static Dataset<Row> candidates(Dataset<Row> buckets, long maxBucket) {
    Dataset<Row> kept = bucketSizes(buckets)
        .where(col("size").between(2, maxBucket)).select("band", "bucket");
    Dataset<Row> members = buckets.join(kept, scala(List.of("band", "bucket")));
    Dataset<Row> x = members.as("x");
    Dataset<Row> y = members.as("y");
    return x.join(y, col("x.band").equalTo(col("y.band")).and(col("x.bucket").equalTo(col("y.bucket")))
            .and(col("x.article_id").lt(col("y.article_id"))))
        .select(col("x.article_id").as("a"), col("y.article_id").as("b"))
        .distinct();
  }

  /** (band, bucket, article_id) for every band of every signature. */
  public static Dataset<Row> buckets(Dataset<Row> signatures, MinHash minHash) {
    return signatures.where(col("signature").isNotNull())
        .flatMap(new Band(minHash), Encoders.row(BUCKETS));
  }

  /** Members per (band, bucket). */
  public static Dataset<Row> bucketSizes(Dataset<Row> buckets) {
    return buckets.groupBy("band", "bucket").agg(count(lit(1)).as("size"));
  }

  /**
   * The candidate pairs whose estimated similarity reaches {@code threshold}, as
   * (earlier_id, later_id, similarity, earlier_key) with earlier before later in time order.
   */
  public static Dataset<Row> similarPairs(Dataset<Row> candidates, Dataset<Row> signatures,
      double threshold) {
    UserDefinedFunction similarity = udf(
        (UDF2<byte[], byte[], Double>) (p, q) -> MinHash.similarity(ints(p), ints(q)),
        DataTypes.DoubleType);
    Dataset<Row> sa = signatures.select(col("article_id").as("a"), col("published_at").as("a_published_at"),
        col("signature").as("a_signature"), col("article_id").as("a_article_id"));
    Dataset<Row> sb = signatures.select(col("article_id").as("b"), col("published_at").as("b_published_at"),
        col("signature").as("b_signature"), col("article_id").as("b_article_id"));
    Dataset<Row> scored = candidates.join(sa, "a").join(sb, "b")
        .withColumn("similarity", similarity.apply(col("a_signature"), col("b_signature")))
        .where(col("similarity").geq(threshold))
        .withColumn("a_key", orderKey("a_"))
        .withColumn("b_key", orderKey("b_"));
    Column aFirst = col("a_key").lt(col("b_key"));
    return scored.select(
        when(aFirst, col("a")).otherwise(col("b")).as("earlier_id"),
        when(aFirst, col("b")).otherwise(col("a")).as("later_id"),
        col("similarity"),
        when(aFirst, col("a_key")).otherwise(col("b_key")).as("earlier_key"));
  }

  /**
   * Story ids up to this many rows are sent to every task of the joins that add them to the
   * articles (about 100 bytes a row), so that the articles, bodies and all, are not shuffled.
   */
  static final long BROADCAST_MAX_ROWS = 250_000;

  /** The story of each article in {@link #links}, and how many rounds it took. */
  public record Links(Dataset<Row> storyIds, int rounds, long unresolved) {

    /** No story links: when there are no similar pairs, no rounds need planning or running. */
    public static Links none(SparkSession spark) {
      return new Links(broadcast(spark.createDataFrame(List.of(), STORY_IDS)), 0, 0);
    }
  }

  /**
   * The story of every article in {@code similar} (pairs from {@link #similarPairs}), as
   * (article_id, story_id). Articles are placed in rounds: one that is later than no similar
   * article opens a story; an article is placed once every similar article before the earliest
   * story-opening one among its neighbours is placed (it then joins that one), or once all of
   * them are placed and none opened a story (it then opens its own). The result is the order-
   * independent rule that the tests' {@code StoryLinks} applies in memory; a round settles a whole
   * front of articles, so a story with a thousand copies needs one round, not a thousand. After
   * {@code maxRounds} the articles still open join the earliest story-opening neighbour placed
   * so far, or open their own (counted as {@code unresolved}: never a copy of a non-neighbour).
   */
  public static Links links(Dataset<Row> similar, int maxRounds) {
    // materialised once: every round reads the edges again
    Dataset<Row> edges = similar.select("earlier_id", "later_id", "earlier_key").localCheckpoint();
    Dataset<Row> later = edges.select(col("later_id").as("article_id")).distinct();
    Dataset<Row> placed = edges.select(col("earlier_id").as("article_id")).distinct()
        .join(later, scala(List.of("article_id")), "left_anti")
        .select(col("article_id"), col("article_id").as("story_id"))
        .localCheckpoint();
    int rounds = 0;
    while (rounds < maxRounds) {
      Dataset<Row> fronts = fronts(edges, placed);
      Dataset<Row> settled = fronts
          .where(col("first_open").isNull()
              .or(col("first_original").isNotNull().and(col("first_original").lt(col("first_open")))))
          .select(col("later_id").as("article_id"),
              coalesce(col("first_original.article_id"), col("later_id")).as("story_id"))
          .localCheckpoint();
      if (settled.isEmpty()) {
        break;
      }
      rounds++;
      placed = placed.unionByName(settled).localCheckpoint();
    }
    Dataset<Row> open = fronts(edges, placed)
        .select(col("later_id").as("article_id"),
            coalesce(col("first_original.article_id"), col("later_id")).as("story_id"))
        .localCheckpoint();
    long unresolved = open.count();
    Dataset<Row> storyIds = placed.unionByName(open);
    boolean small = placed.count() + unresolved <= BROADCAST_MAX_ROWS;
    return new Links(small ? broadcast(storyIds) : storyIds, rounds, unresolved);
  }

  /**
   * For each article not placed yet: its earliest neighbour not placed yet ({@code first_open})
   * and its earliest placed neighbour that opened a story ({@code first_original}).
   */
  private static Dataset<Row> fronts(Dataset<Row> edges, Dataset<Row> placed) {
    Dataset<Row> p = placed.select(col("article_id").as("p_id"), col("story_id").as("p_story"));
    return edges.join(placed.select(col("article_id").as("later_id")), scala(List.of("later_id")), "left_anti")
        .join(p, col("earlier_id").equalTo(col("p_id")), "left")
        .groupBy("later_id")
        .agg(min(when(col("p_id").isNull(), col("earlier_key"))).as("first_open"),
            min(when(col("p_story").equalTo(col("p_id")), col("earlier_key"))).as("first_original"));
  }

  /**
   * The {@code stories} table: every article (its first capture) in the story of
   * {@code storyIds}, or in its own.
   */
  public static Dataset<Row> stories(Dataset<Row> articles, Dataset<Row> storyIds) {
    Dataset<Row> first = ArticlesTable.firstCaptures(articles).drop("story_id");
    Dataset<Row> placed = first.join(storyIds, scala(List.of("article_id")), "left")
        .withColumn("story_id", ArticlesTable.storyOrSelf());
    Dataset<Row> sizes = placed.groupBy("story_id")
        .agg(count(lit(1)).as("articles"), countDistinct("publisher").as("publishers"));
    return StoriesTable.SPEC.select(sizes.join(first.select(col("article_id").as("story_id"),
            col("published_at").as("first_published_at"), col("title")), "story_id")
        .withColumn("first_article_id", col("story_id")));
  }

  /** Every row of {@code articles} (all captures) with the {@code story_id} of its article. */
  public static Dataset<Row> withStoryIds(Dataset<Row> articles, Dataset<Row> storyIds) {
    return ArticlesTable.SPEC.select(articles.drop("story_id")
        .join(storyIds, scala(List.of("article_id")), "left")
        .withColumn("story_id", ArticlesTable.storyOrSelf()));
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(names).toSeq();
  }

  static byte[] bytes(int[] signature) {
    ByteBuffer b = ByteBuffer.allocate(signature.length * Integer.BYTES);
    b.asIntBuffer().put(signature);
    return b.array();
  }

  static int[] ints(byte[] bytes) {
    int[] out = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(out);
    return out;
  }

  /** One article's signature. */
  private static final class Sign implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final MinHash minHash;

    Sign(MinHash minHash) {
      this.minHash = minHash;
    }

    @Override
    public Row call(Row r) {
      int[] signature = minHash.signature(StoryText.words(r.getString(2)));
      return RowFactory.create(r.getString(0), r.get(1), signature == null ? null : bytes(signature));
    }
  }

  /** One article's band keys. */
  private static final class Band implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final MinHash minHash;

    Band(MinHash minHash) {
      this.minHash = minHash;
    }

    @Override
    public Iterator<Row> call(Row r) {
      long[] keys = minHash.bandKeys(ints(r.getAs("signature")));
      List<Row> out = new ArrayList<>(keys.length);
      for (int b = 0; b < keys.length; b++) {
        out.add(RowFactory.create(b, keys[b], r.<String>getAs("article_id")));
      }
      return out.iterator();
    }
  }
}
