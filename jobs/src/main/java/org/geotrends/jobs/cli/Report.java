package org.geotrends.jobs.cli;

import java.io.PrintStream;
import java.util.Map;
import org.geotrends.jobs.ingest.IngestCounts;
import org.geotrends.jobs.ingest.IngestRun;
import org.geotrends.jobs.io.TableWriter;

/** The short human-readable summary a command prints when it ends. */
final class Report {
  private Report() {
  }

  static void ingest(IngestRun run, PrintStream out) {
    IngestCounts c = run.total();
    out.printf("ingest: %d files, %d records read: %d articles, %d rejected, %d skipped%n",
        c.files(), c.read(), c.articles(), c.rejects(), c.skipped());
    line(out, "  rejected", c.rejectsByReason());
    line(out, "  skipped", c.skippedByType());
    line(out, "  by format", c.readByFormat());
    if (run.mode() == TableWriter.Mode.APPEND) {
      IngestCounts r = run.read();
      out.printf("  this run: %d new files read, %d already ingested: %d records, %d articles, "
          + "%d rejected, %d skipped%n", r.files(), run.alreadyIngested(), r.read(), r.articles(),
          r.rejects(), r.skipped());
    }
  }

  @SuppressWarnings("unchecked")
  static void mentions(Map<String, Object> f, PrintStream out) {
    out.printf("mentions: %s mentions of %s actors in %s of %s articles (%s unresolved: "
            + "office holders in undated articles)%n", f.get("mentions"), f.get("actors_mentioned"),
        f.get("articles_with_mentions"), f.get("articles"), f.get("unresolved_mentions"));
    Map<String, Long> languages = (Map<String, Long>) f.get("articles_by_language");
    if (languages != null) {
      line(out, String.format("  articles by language (%.0f%% in languages the gazetteer covers)",
          100 * (Double) f.get("covered_language_share")), languages);
      if (f.get("coverage_warning") != null) {
        out.println("  warning: " + f.get("coverage_warning"));
      }
    }
  }

  static void stories(Map<String, Object> f, PrintStream out) {
    out.printf("stories: %s articles in %s stories: %s articles are syndicated copies of another "
            + "(largest story: %s articles)%n", f.get("articles"), f.get("stories"), f.get("copies"),
        f.get("largest_story"));
  }

  static void stage(String name, Map<String, Object> figures, PrintStream out) {
    out.println(name + ": " + figures);
  }

  private static void line(PrintStream out, String label, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder(label).append(':');
    counts.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
    out.println(b);
  }
}
