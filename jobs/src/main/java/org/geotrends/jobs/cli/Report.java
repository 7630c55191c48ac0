package org.geotrends.jobs.cli;

import java.io.PrintStream;
import java.util.Map;
import org.geotrends.jobs.ingest.IngestCounts;

/** The short human-readable summary a command prints when it ends. */
final class Report {
  private Report() {
  }

  static void ingest(IngestCounts c, PrintStream out) {
    out.printf("ingest: %d files, %d records read: %d articles, %d rejected, %d skipped%n",
        c.files(), c.read(), c.articles(), c.rejects(), c.skipped());
    line(out, "  rejected", c.rejectsByReason());
    line(out, "  skipped", c.skippedByType());
    line(out, "  by format", c.readByFormat());
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
