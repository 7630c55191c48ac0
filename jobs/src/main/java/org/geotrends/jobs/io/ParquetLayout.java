package org.geotrends.jobs.io;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * How every table lands in Parquet, so that pandas, polars, DuckDB and Spark read it right and
 * fast:
 * <ul>
 *   <li>timestamps as {@code TIMESTAMP_MICROS} UTC instants (Spark's default, INT96, is read as
 *       a zone-less time by most readers and carries no min/max statistics);</li>
 *   <li>zstd compression (smaller than snappy at about the same read speed);</li>
 *   <li>a bounded number of files: by default Spark's adaptive execution rebalances the rows
 *       into files of about {@code spark.sql.adaptive.advisoryPartitionSizeInBytes} each, so a
 *       crawl of 10,000 files does not write 10,000 small files into every month folder; with
 *       {@value #OUTPUT_FILES} = N, exactly N writer tasks;</li>
 *   <li>rows sorted by {@value #SORT_COLUMN} within each file, so that row-group statistics
 *       let a reader skip everything outside a date range.</li>
 * </ul>
 */
public final class ParquetLayout {
  /** Session setting behind {@code --output-files}: writer tasks per table, 0 = sized by data. */
  public static final String OUTPUT_FILES = "spark.geotrends.outputFiles";
  static final String SORT_COLUMN = "published_at";
  static final String COMPRESSION = "zstd";

  private ParquetLayout() {
  }

  /** Sets {@code --output-files} for every table this session writes (0 = sized by data). */
  public static void setOutputFiles(SparkSession spark, int files) {
    checkOutputFiles(files);
    spark.conf().set(OUTPUT_FILES, Integer.toString(files));
  }

  /** Fails on a negative {@code --output-files}; the command line calls it before Spark starts. */
  public static void checkOutputFiles(int files) {
    if (files < 0) {
      throw new UserError("--output-files must be 0 (sized by the data) or more, not " + files);
    }
  }

  /** A writer of {@code data}, laid out as above, partitioned by {@code partitionBy}. */
  public static DataFrameWriter<Row> writer(Dataset<Row> data, String... partitionBy) {
    SparkSession spark = data.sparkSession();
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    return laidOut(data, outputFiles(spark), partitionBy).write()
        .option("compression", COMPRESSION)
        .partitionBy(partitionBy);
  }

  /** The rows of {@code data} spread over writer tasks and sorted as the writer wants them. */
  static Dataset<Row> laidOut(Dataset<Row> data, int files, String... partitionBy) {
    Column[] keys = Arrays.stream(partitionBy).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> spread;
    if (files > 0) {
      spread = keys.length == 0 ? data.repartition(files) : data.repartition(files, keys);
    } else if (adaptive(data.sparkSession())) {
      spread = data.hint("rebalance", (Object[]) keys);
    } else {
      spread = data; // Spark resolves the hint only under adaptive execution, and warns otherwise
    }
    // the partition columns first: Spark's writer needs them grouped, and does not sort again
    List<Column> order = new ArrayList<>(Arrays.asList(keys));
    if (Arrays.asList(data.columns()).contains(SORT_COLUMN)) {
      order.add(col(SORT_COLUMN));
    }
    return order.isEmpty() ? spread : spread.sortWithinPartitions(order.toArray(Column[]::new));
  }

  private static boolean adaptive(SparkSession spark) {
    return Boolean.parseBoolean(spark.conf().get("spark.sql.adaptive.enabled", "true"));
  }

  static int outputFiles(SparkSession spark) {
    return Integer.parseInt(spark.conf().get(OUTPUT_FILES, "0"));
  }
}
