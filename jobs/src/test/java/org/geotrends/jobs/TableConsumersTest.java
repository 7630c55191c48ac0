package org.geotrends.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataTypes;
import org.geotrends.jobs.io.TableSpec;
import org.geotrends.jobs.network.CoMentionsTable;
import org.geotrends.jobs.pipeline.Stages;
import org.junit.jupiter.api.Test;

/**
 * The Python and shell consumers of the tables read each table's columns from its Parquet
 * schema; the few lists they keep (table names, date columns, measures) must agree with the
 * {@code *Table} specs, which this test reads them against.
 */
class TableConsumersTest {

  static String source(String path) throws IOException {
    Path fromModule = Path.of("..").resolve(path);
    return Files.readString(Files.exists(fromModule) ? fromModule : Path.of(path));
  }

  /** The quoted words of the Python tuple or list {@code NAME = (...)} or {@code [...]}. */
  static List<String> pythonList(String source, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + " = [(\\[]([^)\\]]*)[)\\]]").matcher(source);
    assertTrue(m.find(), "no " + name + " list");
    return words(m.group(1), "\"([^\"]+)\"");
  }

  static List<String> words(String text, String regex) {
    Matcher w = Pattern.compile(regex).matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (w.find()) {
      out.add(w.group(1));
    }
    return out;
  }

  static Set<String> tableNames() {
    return Stages.TABLES.stream().map(TableSpec::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void compareOutputsComparesEveryTable() throws IOException {
    assertEquals(tableNames(), new TreeSet<>(pythonList(source(".ci/compare_outputs.py"), "TABLES")));
  }

  @Test
  void theNotebooksKnowEveryTableTheirDateColumnsAndMeasures() throws IOException {
    String nb = source("notebooks/geotrends_nb.py");
    assertEquals(tableNames(), new TreeSet<>(pythonList(nb, "TABLES")));
    Set<String> dateColumns = Stages.TABLES.stream()
        .flatMap(t -> Arrays.stream(t.schema().fields()))
        .filter(f -> f.dataType().equals(DataTypes.DateType))
        .map(f -> f.name()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(dateColumns, new TreeSet<>(pythonList(nb, "DATE_COLUMNS")));
    List<String> coMentions = Arrays.asList(CoMentionsTable.SCHEMA.fieldNames());
    for (String measure : pythonList(nb, "MEASURES")) {
      assertTrue(coMentions.contains(measure), measure + " is not a co_mentions column");
    }
  }

  @Test
  void theCiChecksEveryTable() throws IOException {
    Matcher m = Pattern.compile("(?m)^for table in ([a-z_ ]+); do").matcher(source(".ci/run"));
    assertTrue(m.find(), "no 'for table in ...' loop in .ci/run");
    assertEquals(tableNames(), new TreeSet<>(Arrays.asList(m.group(1).strip().split(" +"))));
  }
}
