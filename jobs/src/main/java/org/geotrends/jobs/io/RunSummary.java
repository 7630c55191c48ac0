package org.geotrends.jobs.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.geotrends.common.extract.ArticleAssembler;

/**
 * {@code run-summary.json}: what a run read, wrote and rejected, per stage, with timings and
 * versions, so a run can be audited without opening a table.
 */
public final class RunSummary {
  public static final String FILE_NAME = "run-summary.json";

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Object> stages = new LinkedHashMap<>();
  private final Instant started = Instant.now();

  public RunSummary(String command, List<String> inputs, String output, String sparkVersion) {
    root.put("command", command);
    root.put("inputs", inputs);
    root.put("output", output);
    root.put("geotrends_version", Versions.geotrends());
    root.put("spark_version", sparkVersion);
    root.put("extractor_version", ArticleAssembler.EXTRACTOR_VERSION);
    root.put("started_at", started.toString());
    root.put("stages", stages);
  }

  /**
   * Keeps the stages of an earlier summary in {@code output} (when a stage is re-run alone, the
   * summary still describes the whole output folder); its own stage is replaced when it ends.
   */
  @SuppressWarnings("unchecked")
  public RunSummary keepEarlierStages(Configuration conf) {
    Path path = new Path(String.valueOf(root.get("output")), FILE_NAME);
    try {
      if (path.getFileSystem(conf).exists(path)) {
        try (java.io.InputStream in = path.getFileSystem(conf).open(path)) {
          Map<String, Object> earlier = new ObjectMapper().readValue(in, Map.class);
          Object earlierStages = earlier.get("stages");
          if (earlierStages instanceof Map<?, ?> m) {
            stages.putAll((Map<String, Object>) m);
          }
          if (earlier.get("inputs") != null) {
            root.put("inputs", earlier.get("inputs"));
          }
        }
      }
    } catch (IOException e) {
      // an unreadable old summary is replaced, not fatal: the tables are what matter
      stages.clear();
    }
    return this;
  }

  /** Records one stage's figures and how long it took since {@code stageStart}. */
  public void stage(String name, Map<String, Object> figures, Instant stageStart) {
    Map<String, Object> section = new LinkedHashMap<>(figures);
    section.put("seconds", Duration.between(stageStart, Instant.now()).toMillis() / 1000.0);
    stages.put(name, section);
  }

  /** Writes the summary to {@code <output>/run-summary.json}, replacing an older one. */
  public void write(Configuration conf) {
    root.put("finished_at", Instant.now().toString());
    Path path = new Path(String.valueOf(root.get("output")), FILE_NAME);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (OutputStream out = path.getFileSystem(conf).create(path, true)) {
      json.writeValue(out, root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
