package org.geotrends.jobs.io;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a table so that readers never see half of it: Spark writes into a staging folder
 * under {@code <output>/_staging/}, and only a finished table is moved into place, replacing
 * the previous one. A failed run leaves the previous table as it was. Files are laid out by
 * {@link ParquetLayout}.
 */
public final class TableWriter implements TableSink {

  /**
   * What to do when a table exists already. {@code APPEND} is the incremental ingest (see
   * {@link TableAppend}); the stages after it replace their tables.
   */
  public enum Mode {
    OVERWRITE, ERROR, APPEND;

    public static Mode parse(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT));
    }
  }

  private final String output;
  private final Mode mode;
  private final Configuration conf;

  public TableWriter(String output, Mode mode, Configuration conf) {
    this.output = output;
    this.mode = mode;
    this.conf = conf;
  }

  /** Fails before any work when {@code mode} is ERROR and one of {@code tables} exists. */
  @Override
  public void checkWritable(String... tables) {
    if (mode != Mode.ERROR) {
      return;
    }
    for (String table : tables) {
      Path path = new Path(output, table);
      try {
        if (path.getFileSystem(conf).exists(path)) {
          throw new UserError("table exists: " + path + " (use --mode overwrite to replace it)");
        }
      } catch (IOException e) {
        throw new UserError("cannot check output " + path + ": " + e.getMessage());
      }
    }
  }

  /** Writes {@code data} as Parquet to {@code <output>/<table>}, partitioned as the table is. */
  @Override
  public void write(Dataset<Row> data, TableSpec table) {
    write(data, table, mode);
  }

  /**
   * Replaces a table of this output with a new version of itself, whatever the mode: for a stage
   * that adds a column to a table an earlier stage wrote (the stories stage fills
   * {@code articles.story_id}). {@code data} may read the table it replaces: it is written in
   * full before the old table goes.
   */
  public void replace(Dataset<Row> data, TableSpec table) {
    write(data, table, Mode.OVERWRITE);
  }

  private void write(Dataset<Row> data, TableSpec table, Mode mode) {
    table.check(data.schema());
    Path target = new Path(output, table.name());
    Path staging = new Path(new Path(output, "_staging"), table.name() + "-" + UUID.randomUUID());
    ParquetLayout.writer(data, table.partitionColumns().toArray(String[]::new))
        .mode(SaveMode.ErrorIfExists).parquet(staging.toString());
    try {
      FileSystem fs = target.getFileSystem(conf);
      if (fs.exists(target)) {
        if (mode == Mode.ERROR) {
          fs.delete(staging, true);
          throw new UserError("table exists: " + target + " (use --mode overwrite to replace it)");
        }
        fs.delete(target, true);
      }
      if (!fs.rename(staging, target)) {
        throw new IOException("rename " + staging + " -> " + target + " failed");
      }
      deleteIfEmpty(fs, staging.getParent());
    } catch (IOException e) {
      throw new IllegalStateException("cannot move table " + table.name() + " into place: " + e.getMessage(), e);
    }
  }

  /** Removes the staging root once no other table is being staged in it. */
  static void deleteIfEmpty(FileSystem fs, Path dir) throws IOException {
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
      fs.delete(dir, false);
    }
  }
}
