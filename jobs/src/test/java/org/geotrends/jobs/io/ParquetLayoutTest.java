package org.geotrends.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geotrends.jobs.SparkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every table looks like on disk: zstd, UTC microsecond timestamps, few sorted files. */
class ParquetLayoutTest extends SparkTest {
  static final StructType SCHEMA = new StructType()
      .add("url", DataTypes.StringType)
      .add("published_at", DataTypes.TimestampType)
      .add("pub_month", DataTypes.StringType);
  static final TableSpec ARTICLES = new TableSpec("articles", SCHEMA, "pub_month");
  static final TableSpec MENTIONS = new TableSpec("mentions",
      new StructType(java.util.Arrays.copyOf(SCHEMA.fields(), 2)));

  @TempDir
  Path dir;

  @AfterEach
  void defaults() {
    spark().conf().set(ParquetLayout.OUTPUT_FILES, "0");
  }

  /** 60 rows over three months, newest first, spread over 12 tasks as an ingest of 12 files. */
  Dataset<Row> articles() {
    List<Row> rows = new ArrayList<>();
    Instant t = Instant.parse("2024-10-31T12:00:00Z");
    for (int i = 0; i < 60; i++) {
      Instant at = t.minusSeconds(i * 36L * 3600);
      rows.add(RowFactory.create("https://news.example/" + i, Timestamp.from(at),
          at.toString().substring(0, 7)));
    }
    return spark().createDataFrame(rows, SCHEMA).repartition(12);
  }

  TableWriter writer() {
    return new TableWriter(dir.toString(), TableWriter.Mode.OVERWRITE,
        spark().sparkContext().hadoopConfiguration());
  }

  @Test
  void eachMonthFolderGetsOneFileOfSmallDataNotOneFilePerTask() throws IOException {
    spark().conf().set("spark.sql.adaptive.enabled", "true");
    try {
      writer().write(articles(), ARTICLES);
    } finally {
      spark().conf().set("spark.sql.adaptive.enabled", "false");
    }

    List<Path> months = folders(dir.resolve("articles"));
    assertEquals(List.of("pub_month=2024-08", "pub_month=2024-09", "pub_month=2024-10"),
        months.stream().map(p -> p.getFileName().toString()).toList());
    for (Path month : months) {
      assertEquals(1, parquetFiles(month).size(), month.toString());
    }
    assertDataFrameNoOrderEquals(articles(),
        spark().read().parquet(dir.resolve("articles").toString()).select("url", "published_at", "pub_month"));
  }

  @Test
  void aTableIsNotWrittenFromDataWithOtherColumns() {
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> writer().write(articles().select("published_at", "url", "pub_month"), ARTICLES));
    assertEquals("not the columns of the articles table: column 1: published_at timestamp where the table has "
        + "url string; column 2: url string where the table has published_at timestamp", e.getMessage());
    org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(dir.resolve("articles")));
  }

  @Test
  void outputFilesBoundsTheWriterTasks() throws IOException {
    ParquetLayout.setOutputFiles(spark(), 3);
    Dataset<Row> unpartitioned = articles().drop("pub_month");

    writer().write(unpartitioned, MENTIONS);

    assertEquals(3, parquetFiles(dir.resolve("mentions")).size());
    assertDataFrameNoOrderEquals(unpartitioned, spark().read().parquet(dir.resolve("mentions").toString()));
  }

  @Test
  void filesAreZstdWithUtcMicrosecondTimestampsSortedByPublicationTime() throws IOException {
    writer().write(articles(), ARTICLES);

    List<Path> files = parquetFiles(dir.resolve("articles"));
    org.junit.jupiter.api.Assertions.assertTrue(files.size() >= 3);
    Configuration conf = spark().sparkContext().hadoopConfiguration();
    for (Path file : files) {
      ParquetMetadata footer;
      try (ParquetFileReader reader = ParquetFileReader.open(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))) {
        footer = reader.getFooter();
      }
      LogicalTypeAnnotation type = footer.getFileMetaData().getSchema().getType("published_at")
          .getLogicalTypeAnnotation();
      assertEquals(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS), type, file.toString());
      for (ColumnChunkMetaData column : footer.getBlocks().get(0).getColumns()) {
        assertEquals(CompressionCodecName.ZSTD, column.getCodec(), column.getPath().toString());
      }
      List<Timestamp> times = spark().read().parquet(file.toString()).select("published_at")
          .collectAsList().stream().map(r -> r.getTimestamp(0)).toList();
      for (int i = 1; i < times.size(); i++) {
        org.junit.jupiter.api.Assertions.assertFalse(times.get(i).before(times.get(i - 1)),
            "rows out of order in " + file);
      }
    }
  }

  @Test
  void aNegativeFileCountIsAUserError() {
    org.junit.jupiter.api.Assertions.assertThrows(UserError.class,
        () -> ParquetLayout.setOutputFiles(spark(), -1));
  }

  static List<Path> folders(Path table) throws IOException {
    try (Stream<Path> s = Files.list(table)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  static List<Path> parquetFiles(Path table) throws IOException {
    try (Stream<Path> s = Files.walk(table)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
  }
}
