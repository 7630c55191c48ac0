package org.geotrends.jobs.cli;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.geotrends.jobs.io.InputFiles;
import org.geotrends.jobs.io.OutputFolder;
import org.geotrends.jobs.io.ParquetLayout;
import org.geotrends.jobs.io.TableWriter;
import org.geotrends.jobs.io.UserError;
import picocli.CommandLine.Option;

/** {@code --output}, {@code --mode} and {@code --output-files}, shared by every stage that writes tables. */
final class OutputOptions {
  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Folder of the output tables (local path, hdfs://, s3a://).")
  String output;

  @Option(names = "--mode", defaultValue = "overwrite", paramLabel = "MODE",
      description = "What to do with existing tables: overwrite (default), error, or append "
          + "(ingest and pipeline: read only input files not ingested before, add them to the "
          + "tables, recompute the later stages).",
      converter = ModeConverter.class)
  TableWriter.Mode mode;

  @Option(names = "--output-files", defaultValue = "0", paramLabel = "N",
      description = "Writer tasks per table, so at most N files per table folder (per month "
          + "folder of articles). Default 0: sized by the data, files of about "
          + "spark.sql.adaptive.advisoryPartitionSizeInBytes each.")
  int outputFiles;

  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<TableWriter.Mode> {
    @Override
    public TableWriter.Mode convert(String value) {
      try {
        return TableWriter.Mode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a mode: use overwrite, error or append");
      }
    }
  }

  /**
   * Checks the output folder before Spark starts (see {@link OutputFolder}).
   *
   * @param appendable whether the command takes {@code --mode append}
   */
  void check(boolean appendable, List<String> writes, List<String> reads) {
    ParquetLayout.checkOutputFiles(outputFiles);
    if (mode == TableWriter.Mode.APPEND && !appendable) {
      throw new UserError("--mode append is for ingest and pipeline; use overwrite or error");
    }
    OutputFolder.check(output, mode, InputFiles.confBeforeSpark(), writes, reads);
  }

  /** Opens the command's Spark session, with the layout of the tables it writes. */
  SparkSession session(String command) {
    SparkSession spark = Sessions.open(command);
    ParquetLayout.setOutputFiles(spark, outputFiles);
    return spark;
  }
}
