package org.geotrends.jobs.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.io.TableSpec;
import org.geotrends.common.record.Rejection;

/** The {@code rejects} table: one row per input record that did not become an article. */
public final class RejectsTable {

  public static final String NAME = "rejects";

  public static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
      "source_file STRING NOT NULL",
      "source_offset BIGINT NOT NULL",
      "input_format STRING NOT NULL",
      "url STRING",
      "reason STRING NOT NULL",
      "detail STRING"));

  public static final TableSpec SPEC = new TableSpec(NAME, SCHEMA);

  private RejectsTable() {
  }

  public static Row toRow(Rejection r) {
    return RowFactory.create(r.source().file(), r.source().offset(), r.source().format().code(),
        r.url(), r.reason().code(), r.detail());
  }
}
