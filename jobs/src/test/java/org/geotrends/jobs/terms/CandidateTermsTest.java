package org.geotrends.jobs.terms;

import static org.apache.spark.sql.functions.col;
import org.junit.jupiter.api.Assertions;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.SparkTest;
import org.junit.jupiter.api.Test;

/** The filter the background count goes through: every candidate key passes, few others do. */
class CandidateTermsTest extends SparkTest {
  private static final StructType KEYS = StructType.fromDDL("language STRING, term STRING");

  @Test
  void everyCandidatePassesAndFewOthers() {
    List<Row> pairs = new ArrayList<>();
    List<Row> bursts = new ArrayList<>();
    List<Row> others = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      pairs.add(RowFactory.create("en", "pair term " + i));
      bursts.add(RowFactory.create(i % 2 == 0 ? "de" : "", "wort " + i));
      others.add(RowFactory.create("en", "other term " + i));
      // the same term in another language is another key
      others.add(RowFactory.create("fr", "pair term " + i));
    }
    Dataset<Row> pairCounts = spark().createDataFrame(pairs, KEYS);
    Dataset<Row> burstCounts = spark().createDataFrame(bursts, KEYS);
    CandidateTerms candidates = CandidateTerms.of(pairCounts, burstCounts);

    Dataset<Row> all = pairCounts.union(burstCounts);
    assertDataFrameNoOrderEquals(all, all.where(candidates.contains(col("language"), col("term"))));
    long passed = spark().createDataFrame(others, KEYS)
        .where(candidates.contains(col("language"), col("term"))).count();
    Assertions.assertTrue(passed < 200, passed + " of 4,000 other keys passed");
  }

  @Test
  void noCandidatesLetsNothingThrough() {
    Dataset<Row> none = spark().createDataFrame(List.of(), KEYS);
    CandidateTerms candidates = CandidateTerms.of(none);
    Dataset<Row> some = spark().createDataFrame(List.of(RowFactory.create("en", "grain")), KEYS);
    assertDataFrameNoOrderEquals(none, some.where(candidates.contains(col("language"), col("term"))));
  }
}
