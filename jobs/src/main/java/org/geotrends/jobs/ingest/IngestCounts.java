package org.geotrends.jobs.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * What the ingest stage did with every record it read. By construction each record is counted
 * once, as an article, a rejection or a skip: {@code read == articles + rejects + skipped}.
 */
public record IngestCounts(
    long files,
    long read,
    long articles,
    long rejects,
    long skipped,
    Map<String, Long> rejectsByReason,
    Map<String, Long> skippedByType,
    Map<String, Long> readByFormat) {

  /** Builds the counts from rows of (kind, input_format, reason, skip_type, records). */
  static IngestCounts from(long files, List<Row> groups) {
    long articles = 0;
    long rejects = 0;
    long skipped = 0;
    Map<String, Long> reasons = new TreeMap<>();
    Map<String, Long> types = new TreeMap<>();
    Map<String, Long> formats = new TreeMap<>();
    for (Row g : groups) {
      String kind = g.getString(0);
      long n = g.getLong(4);
      formats.merge(g.getString(1), n, Long::sum);
      switch (kind) {
        case Outcomes.ARTICLE -> articles += n;
        case Outcomes.REJECT -> {
          rejects += n;
          reasons.merge(g.getString(2), n, Long::sum);
        }
        default -> {
          skipped += n;
          types.merge(g.getString(3), n, Long::sum);
        }
      }
    }
    return new IngestCounts(files, articles + rejects + skipped, articles, rejects, skipped,
        reasons, types, formats);
  }

  /** The ingest section of {@code run-summary.json}. */
  public Map<String, Object> toSummary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", files);
    m.put("records_read", read);
    m.put("articles", articles);
    m.put("rejects", rejects);
    m.put("skipped", skipped);
    m.put("rejects_by_reason", rejectsByReason);
    m.put("skipped_by_type", skippedByType);
    m.put("records_by_input_format", readByFormat);
    return m;
  }
}
