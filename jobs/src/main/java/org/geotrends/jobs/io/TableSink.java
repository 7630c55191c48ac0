package org.geotrends.jobs.io;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where a stage writes its tables: {@link TableWriter} replaces whole tables, {@link TableAppend}
 * adds rows to several tables at once.
 */
public interface TableSink {

  /**
   * Writes {@code data} as the Parquet table {@code table}, partitioned by its partition columns,
   * once {@link TableSpec#check} has found it has the table's columns.
   */
  void write(Dataset<Row> data, TableSpec table);

  /** Fails before any work when the tables cannot be written (see {@link TableWriter.Mode#ERROR}). */
  default void checkWritable(String... tables) {
  }
}
