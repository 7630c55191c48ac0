package org.geotrends.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The yardstick for fixed costs: start a local Spark session, write a one-row Parquet table,
 * stop. A command's time over this one's is what geotrends adds to Spark's own start-up.
 * Run it as the local jar runs (same JVM, same master):
 * {@code java -cp jobs/target/test-classes:jobs/target/geotrends-local.jar
 * org.geotrends.jobs.bench.TinyTableBaseline}.
 */
public final class TinyTableBaseline {

  private TinyTableBaseline() {
  }

  public static void main(String[] args) throws Exception {
    Path out = Files.createTempDirectory("tiny-table");
    try (SparkSession spark = SparkSession.builder().master("local[*]").appName("tiny table")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate()) {
      StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType);
      Dataset<Row> one = spark.createDataFrame(List.of(RowFactory.create(1L, "one row")), schema);
      one.write().mode("overwrite").parquet(out.resolve("tiny").toString());
      System.out.println("wrote one row to " + out.resolve("tiny"));
    } finally {
      try (var files = Files.walk(out)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
