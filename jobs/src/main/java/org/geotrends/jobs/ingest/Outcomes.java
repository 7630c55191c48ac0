package org.geotrends.jobs.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.record.Article;
import org.geotrends.common.record.Outcome;
import org.geotrends.common.record.Rejection;
import org.geotrends.common.record.Skip;

/**
 * The intermediate table of the ingest stage, the Spark encoding of {@link Outcome}: one row per
 * article, per rejection, and per (file, skip type) with a count, so that one pass over the input
 * feeds both output tables and the run summary. {@code records} is 1 for articles and
 * rejections; {@code file} is the input file as listed, so that counts can be kept per file (the
 * ingested-files manifest).
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

  /**
   * The row of one {@link Outcome} of {@code file}. {@code records} is how many records the row
   * stands for: 1 for an article or a rejection; for a skip, how many records of its type and
   * format the file held (skips are counted per file, not listed).
   */
  static Row toRow(String file, Outcome outcome, long records) {
    if (outcome instanceof Article a) {
      return RowFactory.create(file, ARTICLE, a.inputFormat(), records, null,
          ArticlesTable.toRow(a), null);
    }
    if (outcome instanceof Rejection r) {
      return RowFactory.create(file, REJECT, r.source().format().code(), records, null, null,
          RejectsTable.toRow(r));
    }
    Skip s = (Skip) outcome;
    return RowFactory.create(file, SKIP, s.source().format().code(), records, s.type(), null,
        null);
  }
}
