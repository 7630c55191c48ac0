package org.geotrends.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** What {@link TableSpec#check} lets through to a table, and how it names what does not fit. */
class TableSpecTest {
  static final TableSpec SPEC = new TableSpec("things",
      StructType.fromDDL("id STRING NOT NULL, tags ARRAY<STRING>, n BIGINT NOT NULL, month STRING"), "month");

  @Test
  void acceptsTheTablesColumnsWhateverSparkInferredOfTheirNullability() {
    SPEC.check(new StructType()
        .add("id", DataTypes.StringType, true)
        .add("tags", DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add("n", DataTypes.LongType, true)
        .add("month", DataTypes.StringType, false));
  }

  @Test
  void namesTheTableAndEveryColumnOutOfOrderOfAnotherTypeOrMissing() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SPEC.check(StructType.fromDDL("id STRING, n INT, tags ARRAY<STRING>")));
    assertEquals("not the columns of the things table: column 2: n int where the table has tags array<string>; "
        + "column 3: tags array<string> where the table has n bigint; column 4: missing month string",
        e.getMessage());
  }

  @Test
  void namesAColumnTheTableDoesNotHave() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SPEC.check(
        StructType.fromDDL("id STRING, tags ARRAY<STRING>, n BIGINT, month STRING, resolved BOOLEAN")));
    assertEquals("not the columns of the things table: column 5: unexpected resolved boolean", e.getMessage());
  }

  @Test
  void aPartitionColumnMustBeAColumn() {
    assertThrows(IllegalArgumentException.class,
        () -> new TableSpec("things", StructType.fromDDL("id STRING"), "month"));
  }
}
