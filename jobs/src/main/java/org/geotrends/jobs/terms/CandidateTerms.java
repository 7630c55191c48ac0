package org.geotrends.jobs.terms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.sketch.BloomFilter;

/**
 * The (language, term) keys that are candidates somewhere, as a broadcast Bloom filter: a test
 * that lets the background count skip the terms no pair or burst can use. It never misses a
 * candidate; a rare false positive only lets an unused term through.
 */
final class CandidateTerms {
  /** Share of other terms let through: a bigger filter would cost more to ship than it saves. */
  static final double FALSE_POSITIVES = 0.01;
  /** Filter size cap (about 12 MB): past it the filter lets more through, never fewer. */
  static final long MAX_ITEMS = 10_000_000L;
  private static final String SEPARATOR = "\u0001";

  private final Broadcast<BloomFilter> filter;

  private CandidateTerms(Broadcast<BloomFilter> filter) {
    this.filter = filter;
  }

  /** The keys of every {@code language}, {@code term} row of {@code counts}. */
  @SafeVarargs
  static CandidateTerms of(Dataset<Row>... counts) {
    Dataset<Row> keys = Arrays.stream(counts)
        .map(c -> c.select(concat(col("language"), lit(SEPARATOR), col("term")).as("key")))
        .reduce(Dataset::union)
        .orElseThrow();
    long rows = keys.count(); // rows, so at least the distinct keys
    // Spark's aggregation of an empty filter fails: an empty one is made here
    BloomFilter f = rows == 0 ? BloomFilter.create(1, FALSE_POSITIVES)
        : keys.stat().bloomFilter("key", Math.min(rows, MAX_ITEMS), FALSE_POSITIVES);
    return new CandidateTerms(JavaSparkContext.fromSparkContext(keys.sparkSession().sparkContext()).broadcast(f));
  }

  /** True when ({@code language}, {@code term}) may be a candidate key; always true when it is one. */
  Column contains(Column language, Column term) {
    Broadcast<BloomFilter> f = filter;
    return udf((UDF2<String, String, Boolean>) (l, t) -> f.value().mightContainString(l + SEPARATOR + t),
        DataTypes.BooleanType).apply(language, term);
  }
}
