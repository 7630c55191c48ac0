package org.geotrends.jobs.cli;

import org.geotrends.jobs.io.TableWriter;
import picocli.CommandLine.Option;

/** {@code --output} and {@code --mode}, shared by every stage that writes tables. */
final class OutputOptions {
  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Folder of the output tables (local path, hdfs://, s3a://).")
  String output;

  @Option(names = "--mode", defaultValue = "overwrite", paramLabel = "MODE",
      description = "What to do with existing tables: overwrite (default) or error.",
      converter = ModeConverter.class)
  TableWriter.Mode mode;

  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<TableWriter.Mode> {
    @Override
    public TableWriter.Mode convert(String value) {
      try {
        return TableWriter.Mode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a mode: use overwrite or error");
      }
    }
  }
}
