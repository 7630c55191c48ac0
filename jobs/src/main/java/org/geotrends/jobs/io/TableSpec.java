package org.geotrends.jobs.io;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A table's name, columns and partition columns: the one list of its columns, which the jobs
 * {@link #select} and {@link TableWriter} {@link #check}s before writing. Each table declares
 * its own as {@code SPEC} in its {@code *Table} class.
 */
public record TableSpec(String name, StructType schema, List<String> partitionColumns) {

  public TableSpec {
    partitionColumns = List.copyOf(partitionColumns);
    for (String p : partitionColumns) {
      if (!Arrays.asList(schema.fieldNames()).contains(p)) {
        throw new IllegalArgumentException("partition column " + p + " is not a column of " + name);
      }
    }
  }

  public TableSpec(String name, StructType schema, String... partitionColumns) {
    this(name, schema, List.of(partitionColumns));
  }

  /** {@code data}'s columns of this table, in the table's order (the others are dropped). */
  public Dataset<Row> select(Dataset<Row> data) {
    return data.select(Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(Column[]::new));
  }

  /**
   * Fails, naming the table and each differing column, unless {@code data} has exactly this
   * table's columns in its order and types. Nullability is not compared: Spark infers it from
   * the plan (an outer join or a UDF makes a never-null column nullable), so it cannot promise
   * the schema's {@code NOT NULL}, and a Parquet file Spark reads back is all nullable anyway.
   */
  public void check(StructType data) {
    List<String> differences = new ArrayList<>();
    StructField[] want = schema.fields();
    StructField[] got = data.fields();
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? describe(want[i]) : null;
      String g = i < got.length ? describe(got[i]) : null;
      if (w == null) {
        differences.add("column " + (i + 1) + ": unexpected " + g);
      } else if (g == null) {
        differences.add("column " + (i + 1) + ": missing " + w);
      } else if (!w.equals(g)) {
        differences.add("column " + (i + 1) + ": " + g + " where the table has " + w);
      }
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException("not the columns of the " + name + " table: "
          + String.join("; ", differences));
    }
  }

  /** Name and type without nullability ({@code catalogString} leaves it out, nested too). */
  private static String describe(StructField f) {
    return f.name() + " " + f.dataType().catalogString();
  }
}
