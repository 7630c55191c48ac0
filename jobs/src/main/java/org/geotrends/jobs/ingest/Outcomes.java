package org.geotrends.jobs.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The intermediate table of the ingest stage: one row per article, per rejection, and per
 * (file, skip type) with a count, so that one pass over the input feeds both output tables and
 * the run summary. {@code records} is 1 for articles and rejections; {@code file} is the input
 * file as listed, so that counts can be kept per file (the ingested-files manifest).
 */
final class Outcomes {

  static final String ARTICLE = "article";
  static final String REJECT = "reject";
  static final String SKIP = "skip";

  static final StructType SCHEMA = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("input_format", DataTypes.StringType, false)
      .add("records", DataTypes.LongType, false)
      .add("skip_type", DataTypes.StringType, true)
      .add("article", ArticlesTable.SCHEMA, true)
      .add("reject", RejectsTable.SCHEMA, true);

  private Outcomes() {
  }

  static Row article(String file, String format, Row article) {
    return RowFactory.create(file, ARTICLE, format, 1L, null, article, null);
  }

  static Row reject(String file, String format, Row reject) {
    return RowFactory.create(file, REJECT, format, 1L, null, null, reject);
  }

  static Row skip(String file, String format, String type, long count) {
    return RowFactory.create(file, SKIP, format, count, type, null, null);
  }
}
