package org.geotrends.jobs.ingest;

import java.util.Collection;
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

  /** Nothing read: a file that held no record, or a run with no new file. */
  public static IngestCounts none(long files) {
    return new IngestCounts(files, 0, 0, 0, 0, Map.of(), Map.of(), Map.of());
  }

  /**
   * Builds the counts of each file from rows of (file, kind, input_format, reason, skip_type,
   * records); a file without rows is absent (see {@link #none}).
   */
  static Map<String, IngestCounts> byFile(List<Row> groups) {
    Map<String, List<Row>> rowsByFile = new TreeMap<>();
    for (Row g : groups) {
      rowsByFile.computeIfAbsent(g.getString(0), f -> new java.util.ArrayList<>()).add(g);
    }
    Map<String, IngestCounts> out = new TreeMap<>();
    rowsByFile.forEach((file, rows) -> out.put(file, from(1, rows)));
    return out;
  }

  private static IngestCounts from(long files, List<Row> groups) {
    long articles = 0;
    long rejects = 0;
    long skipped = 0;
    Map<String, Long> reasons = new TreeMap<>();
    Map<String, Long> types = new TreeMap<>();
    Map<String, Long> formats = new TreeMap<>();
    for (Row g : groups) {
      String kind = g.getString(1);
      long n = g.getLong(5);
      formats.merge(g.getString(2), n, Long::sum);
      switch (kind) {
        case Outcomes.ARTICLE -> articles += n;
        case Outcomes.REJECT -> {
          rejects += n;
          reasons.merge(g.getString(3), n, Long::sum);
        }
        default -> {
          skipped += n;
          types.merge(g.getString(4), n, Long::sum);
        }
      }
    }
    return new IngestCounts(files, articles + rejects + skipped, articles, rejects, skipped,
        reasons, types, formats);
  }

  /** The counts of several files (or runs) together. */
  public static IngestCounts sum(Collection<IngestCounts> parts) {
    long files = 0;
    long articles = 0;
    long rejects = 0;
    long skipped = 0;
    Map<String, Long> reasons = new TreeMap<>();
    Map<String, Long> types = new TreeMap<>();
    Map<String, Long> formats = new TreeMap<>();
    for (IngestCounts c : parts) {
      files += c.files;
      articles += c.articles;
      rejects += c.rejects;
      skipped += c.skipped;
      c.rejectsByReason.forEach((k, v) -> reasons.merge(k, v, Long::sum));
      c.skippedByType.forEach((k, v) -> types.merge(k, v, Long::sum));
      c.readByFormat.forEach((k, v) -> formats.merge(k, v, Long::sum));
    }
    return new IngestCounts(files, articles + rejects + skipped, articles, rejects, skipped,
        reasons, types, formats);
  }

  /** Reads back what {@link #toSummary()} wrote (the per-file counts of the ingested-files manifest). */
  public static IngestCounts fromSummary(Map<String, Object> m) {
    long articles = number(m.get("articles"));
    long rejects = number(m.get("rejects"));
    long skipped = number(m.get("skipped"));
    if (number(m.get("records_read")) != articles + rejects + skipped) {
      throw new IllegalArgumentException("records_read is not articles + rejects + skipped: " + m);
    }
    return new IngestCounts(number(m.get("files")), articles + rejects + skipped, articles,
        rejects, skipped, longs(m.get("rejects_by_reason")), longs(m.get("skipped_by_type")),
        longs(m.get("records_by_input_format")));
  }

  private static long number(Object o) {
    if (o instanceof Number n) {
      return n.longValue();
    }
    throw new IllegalArgumentException("not a count: " + o);
  }

  private static Map<String, Long> longs(Object o) {
    Map<String, Long> out = new TreeMap<>();
    if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), number(v)));
    } else if (o != null) {
      throw new IllegalArgumentException("not a map of counts: " + o);
    }
    return out;
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
