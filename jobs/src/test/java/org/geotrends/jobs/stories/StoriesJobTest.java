package org.geotrends.jobs.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.stories.MinHash;
import org.geotrends.jobs.SparkTest;
import org.geotrends.jobs.ingest.ArticlesTable;
import org.junit.jupiter.api.Test;

class StoriesJobTest extends SparkTest {

  static final StructType PAIRS = StructType.fromDDL("a STRING, b STRING");

  /** A body of {@code n} words w{from}..w{from+n-1}, in 5 paragraphs. */
  static String body(int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i > 0 && i % (n / 5) == 0 ? "\n\n" : i > 0 ? " " : "").append("w").append(from + i);
    }
    return b.toString();
  }

  static Row article(String id, String published, String publisher, String body) {
    Object[] v = new Object[ArticlesTable.SCHEMA.size()];
    v[ArticlesTable.SCHEMA.fieldIndex("article_id")] = id;
    v[ArticlesTable.SCHEMA.fieldIndex("publisher")] = publisher;
    v[ArticlesTable.SCHEMA.fieldIndex("title")] = "title of " + id;
    v[ArticlesTable.SCHEMA.fieldIndex("published_at")] =
        published == null ? null : Timestamp.from(Instant.parse(published));
    v[ArticlesTable.SCHEMA.fieldIndex("body")] = body;
    v[ArticlesTable.SCHEMA.fieldIndex("source_file")] = "f";
    v[ArticlesTable.SCHEMA.fieldIndex("source_offset")] = 0L;
    v[ArticlesTable.SCHEMA.fieldIndex("pub_month")] = published == null ? "undated" : published.substring(0, 7);
    return RowFactory.create(v);
  }

  /**
   * One-word shingles. A: w0..w199. B: w0..w149 and 50 new words (J(A, B) = 150 / 250 = 0.6).
   * C: w50..w149, B's 50 new words and 50 more (J(B, C) = 150 / 250 = 0.6, J(A, C) = 100 / 300
   * = 0.33): a chain A~B~C where C is not like A. D: A with a dateline and a credit line,
   * undated. E: unrelated. S: too short for a signature.
   */
  Dataset<Row> chain() {
    String a = body(0, 200);
    String b = body(0, 150) + "\n\n" + body(1000, 50);
    String c = body(50, 100) + "\n\n" + body(1000, 50) + "\n\n" + body(2000, 50);
    String d = "ANKARA (AA) – " + a + "\n\n© AFP";
    List<Row> rows = List.of(
        article("A", "2024-05-01T08:00:00Z", "P1", a),
        article("B", "2024-05-01T09:00:00Z", "P2", b),
        article("C", "2024-05-01T10:00:00Z", "P3", c),
        article("D", null, "P4", d),
        article("E", "2024-05-01T07:00:00Z", "P1", body(5000, 200)),
        article("S", "2024-05-01T07:00:00Z", "P1", "too short"));
    return spark().createDataFrame(rows, ArticlesTable.SCHEMA);
  }

  static final StoriesJob.Options OPTIONS = new StoriesJob.Options(0.5, 1, 64, 2, 100, 20);

  /** The chain's story ids under {@link #OPTIONS}, computed once for the tests that read them. */
  private static Dataset<Row> chainStoryIds;

  Dataset<Row> chainStoryIds() {
    if (chainStoryIds == null) {
      Dataset<Row> ids = storyIdRows(chain(), OPTIONS);
      chainStoryIds = spark().createDataFrame(ids.collectAsList(), ids.schema());
    }
    return chainStoryIds;
  }

  static Dataset<Row> storyIdRows(Dataset<Row> articles, StoriesJob.Options options) {
    MinHash h = options.minHash();
    Dataset<Row> sigs = StoriesJob.signatures(articles, h);
    Dataset<Row> similar = StoriesJob.similarPairs(
        StoriesJob.candidates(StoriesJob.buckets(sigs, h), options.maxBucket()), sigs, options.threshold());
    return StoriesJob.links(similar, options.maxRounds()).storyIds();
  }

  /** Every article's story: its own unless {@code storyIds} places it in another. */
  static Map<String, String> storyIds(Dataset<Row> articles, Dataset<Row> storyIds) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : StoriesJob.withStoryIds(articles, storyIds).select("article_id", "story_id").collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void copiesJoinTheirFirstArticleAndAChainDoesNotCollapse() {
    // B copies A; C is like B (a copy) but not like A, so it opens its own story; D (undated,
    // dateline and credit added) copies A; E and the too-short S stand alone
    assertEquals(Map.of("A", "A", "B", "A", "C", "C", "D", "A", "E", "E", "S", "S"),
        storyIds(chain(), chainStoryIds()));
  }

  @Test
  void fewStoryIdsJoinTheArticlesWithoutShufflingThem() {
    Dataset<Row> ids = storyIdRows(chain(), OPTIONS);
    String plan = StoriesJob.withStoryIds(chain(), ids).queryExecution().executedPlan().toString();
    org.junit.jupiter.api.Assertions.assertTrue(plan.contains("BroadcastHashJoin"), plan);
    assertEquals(storyIds(chain(), chainStoryIds()), storyIds(chain(), ids));
  }

  @Test
  void writesOneRowPerStoryWithItsFirstArticle() {
    Timestamp may1 = Timestamp.from(Instant.parse("2024-05-01T00:00:00Z"));
    List<Row> expected = List.of(
        RowFactory.create("A", hours(may1, 8), "A", 3L, 3L, "title of A"),
        RowFactory.create("C", hours(may1, 10), "C", 1L, 1L, "title of C"),
        RowFactory.create("E", hours(may1, 7), "E", 1L, 1L, "title of E"),
        RowFactory.create("S", hours(may1, 7), "S", 1L, 1L, "title of S"));
    Dataset<Row> stories = StoriesJob.stories(chain(), chainStoryIds());
    assertDataFrameNoOrderEquals(spark().createDataFrame(expected, stories.schema()), stories);
  }

  static Timestamp hours(Timestamp day, int hours) {
    return Timestamp.from(day.toInstant().plusSeconds(hours * 3600L));
  }

  @Test
  void dropsBucketsLargerThanTheLimit() {
    // four identical bodies share all 64 buckets: with at most 3 a bucket, none is a candidate
    List<Row> rows = new ArrayList<>();
    for (String id : List.of("p", "q", "r", "s")) {
      rows.add(article(id, "2024-05-01T08:00:00Z", "P1", body(0, 100)));
    }
    Dataset<Row> articles = spark().createDataFrame(rows, ArticlesTable.SCHEMA);
    assertEquals(Map.of("p", "p", "q", "q", "r", "r", "s", "s"),
        storyIds(articles, storyIdRows(articles, new StoriesJob.Options(0.5, 1, 64, 2, 3, 20))));
    assertEquals(Map.of("p", "p", "q", "p", "r", "p", "s", "p"),
        storyIds(articles, storyIdRows(articles, new StoriesJob.Options(0.5, 1, 64, 2, 4, 20))));
  }

  @Test
  void rewritesEveryCaptureWithItsArticlesStory() {
    Dataset<Row> articles = chain().unionByName(chain().where("article_id = 'B'")
        .withColumn("source_file", org.apache.spark.sql.functions.lit("g")));
    Dataset<Row> storyIds = spark().createDataFrame(List.of(RowFactory.create("B", "A")),
        StructType.fromDDL("article_id STRING, story_id STRING"));
    assertEquals(List.of("[B,A,f]", "[B,A,g]"),
        StoriesJob.withStoryIds(articles, storyIds).where("article_id = 'B'")
            .selectExpr("article_id", "story_id", "source_file").orderBy("source_file")
            .collectAsList().stream().map(Row::toString).collect(Collectors.toList()));
    assertEquals(ArticlesTable.SCHEMA.fieldNames().length,
        StoriesJob.withStoryIds(articles, storyIds).schema().size());
  }

  /** The rounds on Spark place articles exactly as the in-memory rule does, on random graphs. */
  @Test
  void linksAgreeWithTheInMemoryRuleOnRandomSimilarityGraphs() {
    Random random = new Random(12);
    for (int trial = 0; trial < 2; trial++) {
      List<StoryLinks.Item> items = new ArrayList<>();
      List<Row> keyed = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Instant t = random.nextInt(8) == 0 ? null : Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(20) * 3600L);
        items.add(new StoryLinks.Item("x" + i, t));
      }
      List<List<String>> pairs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        for (int j = i + 1; j < 40; j++) {
          if (random.nextInt(10) == 0) {
            pairs.add(List.of("x" + i, "x" + j));
          }
        }
      }
      Map<String, String> expected = new TreeMap<>(StoryLinks.link(items, pairs));
      List<Row> edges = new ArrayList<>();
      Map<String, StoryLinks.Item> byId = new TreeMap<>();
      items.forEach(i -> byId.put(i.articleId(), i));
      for (List<String> p : pairs) {
        StoryLinks.Item x = byId.get(p.get(0));
        StoryLinks.Item y = byId.get(p.get(1));
        StoryLinks.Item first = StoryLinks.ORDER.compare(x, y) < 0 ? x : y;
        StoryLinks.Item second = first == x ? y : x;
        edges.add(RowFactory.create(first.articleId(), second.articleId(), 1.0,
            RowFactory.create(first.publishedAt() == null,
                first.publishedAt() == null ? null : Timestamp.from(first.publishedAt()), first.articleId())));
      }
      Dataset<Row> similar = spark().createDataFrame(edges, StructType.fromDDL(
          "earlier_id STRING, later_id STRING, similarity DOUBLE, "
              + "earlier_key STRUCT<undated: BOOLEAN, published_at: TIMESTAMP, article_id: STRING>"));
      StoriesJob.Links links = StoriesJob.links(similar, 50);
      Map<String, String> actual = new TreeMap<>();
      for (StoryLinks.Item i : items) {
        actual.put(i.articleId(), i.articleId());
      }
      for (Row r : links.storyIds().collectAsList()) {
        actual.put(r.getString(0), r.getString(1));
      }
      assertEquals(expected, actual, "trial " + trial);
      assertEquals(0, links.unresolved());
    }
  }
}
