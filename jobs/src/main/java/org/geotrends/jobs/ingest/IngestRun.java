package org.geotrends.jobs.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.geotrends.jobs.io.TableWriter;

/**
 * What one ingest run did: {@code total} describes the tables as they now are (every file in
 * the ingested-files manifest), {@code read} the files this run read; they differ only in
 * append mode, where {@code alreadyIngested} inputs were left out as read before.
 */
public record IngestRun(TableWriter.Mode mode, IngestCounts total, IngestCounts read,
    long alreadyIngested) {

  /** The ingest section of {@code run-summary.json}: the totals, and this run under {@code this_run}. */
  public Map<String, Object> toSummary() {
    Map<String, Object> m = total.toSummary();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("mode", mode.name().toLowerCase(java.util.Locale.ROOT));
    run.put("files_read", read.files());
    run.put("files_already_ingested", alreadyIngested);
    run.put("records_read", read.read());
    run.put("articles", read.articles());
    run.put("rejects", read.rejects());
    run.put("skipped", read.skipped());
    m.put("this_run", run);
    return m;
  }
}
