package org.geotrends.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geotrends.common.extract.PageExtractor;
import org.geotrends.common.record.FileSplits;
import org.geotrends.common.record.ReadLimits;
import org.geotrends.jobs.Fixtures;
import org.geotrends.jobs.network.NetworkJob;
import org.geotrends.jobs.stories.StoriesJob;
import org.geotrends.jobs.terms.TermsJob;
import org.geotrends.jobs.trends.TrendsJob;
import org.geotrends.jobs.io.UserError;
import org.geotrends.jobs.window.DayBasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without Spark: option errors, help, and the extract command. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void reportsAMissingOptionInOneLineWithExitCode2() {
    int code = Main.execute("ingest", "--input", "seeds");

    assertEquals(2, code);
    assertEquals("geotrends ingest: Missing required option: '--output=DIR' (see 'geotrends ingest --help')\n",
        stderr());
  }

  @Test
  void suggestsTheCommandAMistypedOneWasMeantToBe() {
    int code = Main.execute("pipline", "--input", "seeds");

    assertEquals(2, code);
    assertTrue(stderr().contains("; did you mean pipeline"), stderr());
    assertEquals(1, stderr().lines().count());
  }

  @Test
  void suggestsTheOptionAMistypedOneWasMeantToBe() {
    int code = Main.execute("ingest", "--inptu", "seeds", "--output", "x");

    assertEquals(2, code);
    assertTrue(stderr().contains("; did you mean --input"), stderr());
  }

  @Test
  void versionNamesGeotrendsSparkJwarcAndTheGazetteer() {
    int code = Main.execute("--version");

    assertEquals(0, code);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("geotrends "), lines.get(0));
    assertTrue(lines.get(1).matches("Spark 4\\.\\d+\\.\\d+.*"), lines.get(1));
    assertTrue(lines.get(2).matches("jwarc \\d+\\.\\d+\\.\\d+.*"), lines.get(2));
    assertTrue(lines.get(3).matches("gazetteer default, data sha256 [0-9a-f]{12}"), lines.get(3));
  }

  /** The help text of each option of {@code command}, its wrapped lines joined, by option name. */
  Map<String, String> helpByOption(String command) {
    assertEquals(0, Main.execute(command, "--help"));
    Map<String, String> entries = new LinkedHashMap<>();
    String current = null;
    for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
      Matcher m = Pattern.compile("^ {1,6}(?:-\\w, )?(--[a-z-]+)").matcher(line);
      if (m.find()) {
        current = m.group(1);
        entries.put(current, line.strip());
      } else if (current != null && line.startsWith("        ")) {
        entries.merge(current, line.strip(), (a, b) -> a + " " + b);
      } else {
        current = null;
      }
    }
    out.reset();
    return entries;
  }

  @Test
  void helpShowsTheLibrarysDefaults() {
    Map<String, String> pipeline = helpByOption("pipeline");
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("--max-page-bytes", ReadLimits.DEFAULT.maxPageBytes());
    defaults.put("--min-words", PageExtractor.DEFAULT_MIN_BODY_WORDS);
    defaults.put("--split-size", (FileSplits.DEFAULT_SPLIT_BYTES >> 20) + "m");
    defaults.put("--similarity", StoriesJob.Options.DEFAULT.threshold());
    defaults.put("--shingle-words", StoriesJob.Options.DEFAULT.shingleWords());
    defaults.put("--bands", StoriesJob.Options.DEFAULT.bands());
    defaults.put("--band-rows", StoriesJob.Options.DEFAULT.rows());
    defaults.put("--max-bucket", StoriesJob.Options.DEFAULT.maxBucket());
    defaults.put("--max-link-rounds", StoriesJob.Options.DEFAULT.maxRounds());
    defaults.put("--min-articles", NetworkJob.Options.DEFAULT_MIN_ARTICLES);
    defaults.put("--baseline-periods", TrendsJob.DEFAULT_BASELINE_PERIODS);
    defaults.put("--min-history", TrendsJob.DEFAULT_MIN_HISTORY);
    defaults.put("--burst-alpha", TrendsJob.DEFAULT_BURST_ALPHA);
    defaults.put("--burst-prior-weight", TrendsJob.PRIOR_WEIGHT);
    defaults.put("--min-burst-articles", TrendsJob.DEFAULT_MIN_BURST_ARTICLES);
    TermsJob.Options terms = new TermsJob.Options(List.of(), false, DayBasis.LOCAL, 6);
    defaults.put("--terms-top", terms.top());
    defaults.put("--terms-min-count", terms.minCount());
    defaults.put("--terms-min-sentences", terms.minSentences());
    defaults.put("--terms-articles", terms.articles());
    defaults.forEach((option, value) -> {
      String help = pipeline.get(option);
      assertTrue(help != null && help.matches(".*\\bdefault:? " + Pattern.quote(String.valueOf(value)) + "[),;].*"),
          option + " should show the default " + value + ": " + help);
    });
  }

  @Test
  void shortensTheDefaultHistoryToAShortBaselineButNotAGivenOne() {
    StageOptions.Windows windows = new StageOptions.Windows();
    windows.granularities = List.of("month");
    StageOptions.Trends trends = new StageOptions.Trends();
    trends.baselinePeriods = 2;
    StageOptions.Count count = new StageOptions.Count();
    count.count = "stories";

    assertEquals(2, trends.options(windows, count).minHistory());
    trends.minHistory = 3;
    UserError e = assertThrows(UserError.class, () -> trends.options(windows, count));
    assertEquals("need 1 <= --min-history <= --baseline-periods", e.getMessage());
  }

  @Test
  void windowsByTheLocalDayUnlessToldOtherwise() {
    StageOptions.Windows windows = new StageOptions.Windows();
    windows.granularities = List.of("day");
    StageOptions.Network network = new StageOptions.Network();
    network.minArticles = 1;
    StageOptions.Count count = new StageOptions.Count();
    count.count = "stories";
    assertEquals(DayBasis.LOCAL, network.options(windows, count).day());
    windows.day = "UTC";
    assertEquals(DayBasis.UTC, network.options(windows, count).day());
  }

  @Test
  void reportsAnInvalidDayInOneLine() {
    int code = Main.execute("network", "--output", "out", "--day", "tehran");

    assertEquals(2, code);
    assertEquals("geotrends network: --day must be local or utc, not tehran\n", stderr());
  }

  @Test
  void reportsAnInvalidCountInOneLine() {
    int code = Main.execute("trends", "--output", "out", "--count", "pages");

    assertEquals(2, code);
    assertEquals("geotrends trends: --count must be articles or stories, not pages\n", stderr());
  }

  @Test
  void reportsAnInvalidSimilarityInOneLine() {
    int code = Main.execute("stories", "--output", "out", "--similarity", "1.5");

    assertEquals(2, code);
    assertEquals("geotrends stories: --similarity must be in (0, 1]\n", stderr());
  }

  @Test
  void reportsAnInvalidModeInOneLine() {
    int code = Main.execute("ingest", "--input", "seeds", "--output", "out", "--mode", "replace");

    assertEquals(2, code);
    assertTrue(stderr().contains("'replace' is not a mode: use overwrite, error or append"), stderr());
    assertEquals(1, stderr().lines().count(), stderr());
  }

  @Test
  void reportsAnUnknownCommandInOneLine() {
    assertEquals(2, Main.execute("ingset"));
    assertEquals(1, stderr().lines().count(), stderr());
  }

  @Test
  void reportsAMissingFileOfExtractInOneLine() {
    assertEquals(2, Main.execute("extract", "no/such/file.warc"));
    assertEquals("geotrends extract: no such file: no/such/file.warc\n", stderr());
  }

  @Test
  void reportsAMissingInputInOneLineBeforeSparkStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    String missing = tmp.resolve("no-such-crawl").toString();

    assertEquals(2, Main.execute("pipeline", "--input", missing, "--output", tmp.toString()));
    assertEquals("geotrends pipeline: input not found or empty: " + missing + "\n", stderr());
  }

  @Test
  void reportsABadGranularityInOneLine() {
    assertEquals(2, Main.execute("network", "--output", "out", "--granularity", "fortnight"));
    assertEquals("geotrends network: 'fortnight' is not a granularity: use day, week, month, quarter or year\n",
        stderr());
  }

  @Test
  void refusesAnOutputThatIsAFileBeforeSparkStarts(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("out.txt"), "not a folder");

    assertEquals(2, Main.execute("ingest", "--input", Fixtures.seeds().toString(), "--output", file.toString()));
    assertEquals("geotrends ingest: output is a file, not a folder: " + file + "\n", stderr());
  }

  @Test
  void refusesAnOutputBelowAFileBeforeSparkStarts(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("out.txt"), "not a folder");
    String output = file.resolve("tables").toString();

    assertEquals(2, Main.execute("pipeline", "--input", Fixtures.seeds().toString(), "--output", output));
    assertTrue(stderr().startsWith("geotrends pipeline: cannot create output folder " + output), stderr());
    assertEquals(1, stderr().lines().count(), stderr());
  }

  @Test
  void createsAMissingOutputFolderAndRefusesExistingTablesInErrorMode(@TempDir Path tmp) throws Exception {
    Path output = tmp.resolve("new/out");
    Files.createDirectories(output.resolve("trends"));

    assertEquals(2, Main.execute("pipeline", "--input", Fixtures.seeds().toString(),
        "--output", output.toString(), "--mode", "error"));
    assertEquals("geotrends pipeline: table exists: " + output.resolve("trends")
        + " (use --mode overwrite to replace it)\n", stderr());
    try (Stream<Path> left = Files.list(output)) {
      assertEquals(List.of("trends"), left.map(p -> p.getFileName().toString()).toList(),
          "nothing written, no probe left behind");
    }
  }

  @Test
  void refusesAppendForAStageThatReplacesItsTable(@TempDir Path tmp) {
    assertEquals(2, Main.execute("trends", "--output", tmp.toString(), "--mode", "append"));
    assertEquals("geotrends trends: --mode append is for ingest and pipeline; use overwrite or error\n",
        stderr());
  }

  @Test
  void refusesANegativeOutputFileCountBeforeSparkStarts(@TempDir Path tmp) {
    assertEquals(2, Main.execute("trends", "--output", tmp.toString(), "--output-files", "-2"));
    assertEquals("geotrends trends: --output-files must be 0 (sized by the data) or more, not -2\n",
        stderr());
  }

  @Test
  void reportsAMissingInputTableOfAStageBeforeSparkStarts(@TempDir Path tmp) {
    assertEquals(2, Main.execute("network", "--output", tmp.toString()));
    assertEquals("geotrends network: no articles table in " + tmp
        + ": run the stage that writes it first\n", stderr());
  }

  @Test
  void refusesToAppendAFileThatChangedSinceItWasIngested(@TempDir Path tmp) throws Exception {
    Path input = Files.writeString(tmp.resolve("a.txt"), "changed text");
    Path output = Files.createDirectories(tmp.resolve("out"));
    String path = "file:" + input;
    Files.writeString(output.resolve("ingested-files.jsonl"), "{\"path\":\"" + path + "\",\"size\":3,"
        + "\"modified_at\":\"2024-01-01T00:00:00Z\",\"ingested_at\":\"2024-01-02T00:00:00Z\","
        + "\"records_read\":1,\"articles\":1,\"rejects\":0,\"skipped\":0}\n");

    assertEquals(2, Main.execute("ingest", "--input", input.toString(), "--output", output.toString(),
        "--mode", "append"));
    assertTrue(stderr().startsWith("geotrends ingest: 1 input file changed since ingested, e.g. " + path
        + " (3 bytes, modified 2024-01-01T00:00:00Z; now 12 bytes, modified "), stderr());
    assertTrue(stderr().endsWith("give changed files a new name, or use --mode overwrite\n"), stderr());
  }

  @Test
  void refusesToAppendToTablesWithoutAManifest(@TempDir Path tmp) throws Exception {
    Path output = Files.createDirectories(tmp.resolve("out/articles"));

    assertEquals(2, Main.execute("ingest", "--input", Fixtures.seeds().toString(),
        "--output", output.getParent().toString(), "--mode", "append"));
    assertEquals("geotrends ingest: no ingested-files.jsonl in " + output.getParent() + " to append to "
        + "(tables from an older or failed run): use --mode overwrite once\n", stderr());
  }

  @Test
  void printsHelpWithExitCode0() {
    assertEquals(0, Main.execute("ingest", "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--max-page-bytes"));
  }

  @Test
  void extractsTheSeedsAsJsonLinesWithoutSpark() throws Exception {
    int code = Main.execute("extract", Fixtures.seeds().toString());

    assertEquals(0, code, stderr());
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("Russia, Iran, Turkey, Syria to possibly meet for Ankara-Damascus talks",
        first.get("title").asText());
    assertEquals("2024-08-31T23:45:00Z", first.get("published_at").asText());
    assertEquals("2024-08-31T23:45:00", first.get("published_local").asText());
    assertTrue(first.get("utc_offset_minutes").isNull());
    assertEquals("text", first.get("input_format").asText());
    assertTrue(stderr().contains("articles=2"), stderr());
  }

  @Test
  void extractPrintsRejectsAsTheRejectsTableDoes(@TempDir Path dir) throws Exception {
    Path notAnArticle = dir.resolve("empty.html");
    Files.writeString(notAnArticle, "<html><body><p>ok</p></body></html>");

    int code = Main.execute("extract", "--rejects", notAnArticle.toString());

    assertEquals(0, code, stderr());
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1, lines.size(), lines.toString());
    JsonNode reject = new ObjectMapper().readTree(lines.get(0));
    assertEquals("file:" + notAnArticle.toAbsolutePath(), reject.get("source_file").asText());
    assertEquals(0, reject.get("source_offset").asLong());
    assertEquals("html", reject.get("input_format").asText());
    assertTrue(reject.get("reason").asText().matches("[a-z_]+"), reject.toString());
  }

  @Test
  void helpKeepsEveryWordOfEveryOptionDescriptionWhole() {
    picocli.CommandLine cli = Main.commandLine();
    for (picocli.CommandLine command : cli.getSubcommands().values()) {
      String help = command.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
      for (picocli.CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
        for (String line : option.description()) {
          for (String word : line.split("\\s+")) {
            assertTrue(help.contains(word),
                command.getCommandName() + " " + option.longestName() + ": '" + word + "' broken");
          }
        }
      }
    }
  }
}
