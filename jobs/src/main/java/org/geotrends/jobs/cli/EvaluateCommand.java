package org.geotrends.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geotrends.common.eval.Evaluation;
import org.geotrends.common.eval.EvaluationReport;
import org.geotrends.common.eval.ExtractionBenchmark;
import org.geotrends.jobs.io.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code geotrends evaluate}: measures HTML extraction against annotated pages (Fundus layout:
 * {@code <country>/<Publisher>_*.html.gz}, {@code <Publisher>.json}, {@code meta.info}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Measure extraction on a folder of annotated pages: body precision, recall and "
        + "F1 (word 4-gram shingles), title exact match, date same-day accuracy, empty bodies.")
final class EvaluateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FOLDER", description = "Annotated pages (e.g. ../shared/data/fundus).")
  Path folder;

  @Option(names = "--benchmark",
      description = "Also time extraction against a bare jsoup parse of the same pages.")
  boolean benchmark;

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      throw new UserError("not a folder: " + folder);
    }
    EvaluationReport report = Evaluation.evaluate(folder);
    if (report.pages().isEmpty()) {
      throw new UserError("no annotated pages under " + folder);
    }
    System.out.println(report);
    if (benchmark) {
      System.out.println(ExtractionBenchmark.run(folder));
    }
    return 0;
  }
}
