package org.geotrends.jobs.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.geotrends.jobs.io.InputFiles.InputFile;
import org.geotrends.jobs.io.TableAppend;
import org.geotrends.jobs.io.TableWriter;
import org.geotrends.jobs.io.UserError;

/**
 * {@code ingested-files.jsonl}: one JSON line per input file in the {@code articles} and
 * {@code rejects} tables, with the size and modification time it had when it was read and what
 * it gave. Ingest writes it on every run; {@code --mode append} reads it to read only new files.
 * A file is known by its full path (as listed: {@code file:/…}, {@code s3a://…}).
 */
public final class IngestedFiles {
  public static final String FILE_NAME = "ingested-files.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private IngestedFiles() {
  }

  /** One ingested file. */
  public record Entry(String path, long size, Instant modifiedAt, Instant ingestedAt, IngestCounts counts) {

    static Entry of(InputFile file, Instant ingestedAt, IngestCounts counts) {
      return new Entry(file.path(), file.size(), Instant.ofEpochMilli(file.modifiedMillis()),
          ingestedAt, counts);
    }

    Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", path);
      m.put("size", size);
      m.put("modified_at", modifiedAt.toString());
      m.put("ingested_at", ingestedAt.toString());
      Map<String, Object> c = counts.toSummary();
      c.remove("files");
      m.putAll(c);
      return m;
    }

    static Entry fromJson(Map<String, Object> m) {
      Map<String, Object> c = new LinkedHashMap<>(m);
      c.put("files", 1);
      return new Entry(String.valueOf(m.get("path")), ((Number) m.get("size")).longValue(),
          Instant.parse(String.valueOf(m.get("modified_at"))),
          Instant.parse(String.valueOf(m.get("ingested_at"))), IngestCounts.fromSummary(c));
    }

    boolean sameAs(InputFile f) {
      return size == f.size() && modifiedAt.toEpochMilli() == f.modifiedMillis();
    }
  }

  /**
   * What a run reads: every input ({@code overwrite}, {@code error}), or the inputs not in the
   * manifest ({@code append}); {@code earlier} is the manifest the run adds to.
   */
  public record Plan(TableWriter.Mode mode, List<InputFile> toRead, List<Entry> earlier,
      long alreadyIngested) {

    public List<String> paths() {
      return toRead.stream().map(InputFile::path).toList();
    }

    /** The manifest after this run, sorted by path. */
    public List<Entry> after(Map<String, IngestCounts> byFile, Instant now) {
      Map<String, Entry> all = new TreeMap<>();
      earlier.forEach(e -> all.put(e.path(), e));
      for (InputFile f : toRead) {
        all.put(f.path(), Entry.of(f, now, byFile.getOrDefault(f.path(), IngestCounts.none(1))));
      }
      return new ArrayList<>(all.values());
    }
  }

  /**
   * Decides, before Spark starts, which inputs a run reads. In append mode it first finishes or
   * drops an append an earlier run left half done ({@link TableAppend#recover}).
   *
   * @throws UserError in append mode, when an input changed since it was ingested, or when the
   *     output has an articles table but no manifest
   */
  public static Plan plan(String output, TableWriter.Mode mode, List<InputFile> inputs,
      Configuration conf) {
    if (mode != TableWriter.Mode.APPEND) {
      return plan(mode, inputs, List.of());
    }
    TableAppend.recover(output, conf);
    Path manifest = new Path(output, FILE_NAME);
    Path articles = new Path(output, ArticlesTable.NAME);
    try {
      FileSystem fs = manifest.getFileSystem(conf);
      if (!fs.exists(manifest)) {
        if (fs.exists(articles)) {
          throw new UserError("no " + FILE_NAME + " in " + output + " to append to (tables from an "
              + "older or failed run): use --mode overwrite once");
        }
        return plan(mode, inputs, List.of());
      }
      try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(manifest),
          StandardCharsets.UTF_8))) {
        return plan(mode, inputs, parse(in));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UserError u) {
        throw u;
      }
      throw new UserError("cannot read " + manifest + ": " + e.getMessage());
    }
  }

  /**
   * The plan for {@code inputs} given the files already ingested: in append mode the inputs
   * not among them; an input whose size or modification time changed is refused, since its
   * earlier rows cannot be told from the new ones.
   */
  static Plan plan(TableWriter.Mode mode, List<InputFile> inputs, List<Entry> earlier) {
    if (mode != TableWriter.Mode.APPEND) {
      return new Plan(mode, inputs, List.of(), 0);
    }
    Map<String, Entry> known = new TreeMap<>();
    earlier.forEach(e -> known.put(e.path(), e));
    List<InputFile> toRead = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    long already = 0;
    for (InputFile f : inputs) {
      Entry e = known.get(f.path());
      if (e == null) {
        toRead.add(f);
      } else if (e.sameAs(f)) {
        already++;
      } else {
        changed.add(f.path() + " (" + e.size() + " bytes, modified " + e.modifiedAt() + "; now "
            + f.size() + " bytes, modified " + Instant.ofEpochMilli(f.modifiedMillis()) + ")");
      }
    }
    if (!changed.isEmpty()) {
      throw new UserError(changed.size() + " input file" + (changed.size() == 1 ? "" : "s")
          + " changed since ingested, e.g. " + changed.get(0)
          + ": give changed files a new name, or use --mode overwrite");
    }
    return new Plan(mode, toRead, earlier, already);
  }

  static List<Entry> parse(BufferedReader in) throws IOException {
    List<Entry> out = new ArrayList<>();
    for (String line; (line = in.readLine()) != null; ) {
      if (!line.isBlank()) {
        out.add(Entry.fromJson(JSON.readValue(line, new TypeReference<Map<String, Object>>() { })));
      }
    }
    return out;
  }

  /** The manifest's bytes: one JSON object per line. */
  public static byte[] toBytes(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Entry e : entries) {
        out.write(JSON.writeValueAsBytes(e.toJson()));
        out.write('\n');
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Removes the manifest (before tables are replaced, so that none describes other tables). */
  public static void delete(String output, Configuration conf) {
    Path path = new Path(output, FILE_NAME);
    try {
      path.getFileSystem(conf).delete(path, false);
    } catch (IOException e) {
      throw new IllegalStateException("cannot delete " + path + ": " + e.getMessage(), e);
    }
  }

  /** Writes the manifest of a run that replaced the tables. */
  public static void write(String output, List<Entry> entries, Configuration conf) {
    Path path = new Path(output, FILE_NAME);
    try (OutputStream out = path.getFileSystem(conf).create(path, true)) {
      out.write(toBytes(entries));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
