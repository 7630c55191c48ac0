package org.geotrends.jobs.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.io.compress.ZStandardCodec;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.common.record.FileSplit;
import org.geotrends.common.record.FormatSniffer;
import org.geotrends.common.record.Outcome;
import org.geotrends.common.record.RejectReason;
import org.geotrends.common.record.Rejection;
import org.geotrends.common.record.Skip;
import org.geotrends.common.record.SourceRef;
import org.geotrends.jobs.io.HadoopConf;

/**
 * The task body of the ingest stage: opens one file (or one part of a large WARC/ARC file,
 * see {@link org.geotrends.common.record.FileSplits}) through Hadoop (any file system, any
 * codec; gzip and zstd are left to the reader so that WARC offsets stay those of the stored
 * file and no native Hadoop library is needed) and
 * streams its {@link Outcomes} rows. Skips are counted per type and emitted at the end.
 */
final class ReadFile implements FlatMapFunction<FileSplit, Row> {
  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;
  private final CrawlFileIngester.Options options;
  private final IngestProgress.Counters counters;

  ReadFile(HadoopConf conf, CrawlFileIngester.Options options, IngestProgress.Counters counters) {
    this.conf = conf;
    this.options = options;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(FileSplit split) {
    String file = split.file();
    InputStream in;
    try {
      in = new Counting(open(split), counters);
    } catch (IOException | RuntimeException e) {
      Rejection r = new Rejection(new SourceRef(file, split.isWhole() ? 0 : split.start(),
          split.isWhole() ? FormatSniffer.fromName(file) : split.format()), null,
          RejectReason.UNREADABLE, e.toString());
      return List.of(Outcomes.toRow(file, r, 1)).iterator();
    }
    CrawlFileIngester.CloseableIterator results = CrawlFileIngester.ingest(in, split, options);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> results.close());
    }
    return new RowIterator(split, results, counters);
  }

  /** The stored bytes of the file from where {@code split} starts reading. */
  private InputStream open(FileSplit split) throws IOException {
    Path path = new Path(split.file());
    FileSystem fs = path.getFileSystem(conf.get());
    FSDataInputStream raw = fs.open(path);
    if (!split.isWhole()) {
      raw.seek(split.readFrom()); // parts are only made of WARC/ARC files (plain or gzip) and plain JSON lines
      return raw;
    }
    CompressionCodec codec = new CompressionCodecFactory(conf.get()).getCodec(path);
    if (codec == null || codec instanceof GzipCodec || codec instanceof ZStandardCodec) {
      return raw; // read by the record reader (pure Java gzip, jwarc's zstd: no native Hadoop libs)
    }
    return codec.createInputStream(raw);
  }

  /** Adds the stored bytes read to the progress counter. */
  private static final class Counting extends FilterInputStream {
    private final IngestProgress.Counters counters;

    Counting(InputStream in, IngestProgress.Counters counters) {
      super(in);
      this.counters = counters;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && counters != null) {
        counters.bytes().add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && counters != null) {
        counters.bytes().add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      if (skipped > 0 && counters != null) {
        counters.bytes().add(skipped);
      }
      return skipped;
    }
  }

  /** Maps results to rows; holds back skips and emits their counts after the last record. */
  private static final class RowIterator implements Iterator<Row> {
    private final FileSplit split;
    private final String file;
    private final IngestProgress.Counters counters;
    private final CrawlFileIngester.CloseableIterator results;
    /** The first skip of each (format, type) and how many there were, in order of appearance. */
    private final Map<List<String>, Skip> skips = new LinkedHashMap<>();
    private final Map<List<String>, Long> skipCounts = new HashMap<>();
    private Iterator<Row> skipRows;
    private Row next;

    RowIterator(FileSplit split, CrawlFileIngester.CloseableIterator results,
        IngestProgress.Counters counters) {
      this.split = split;
      this.file = split.file();
      this.results = results;
      this.counters = counters;
    }

    @Override
    public boolean hasNext() {
      while (next == null && results.hasNext()) {
        Outcome outcome = results.next();
        if (counters != null) {
          counters.records().add(1);
        }
        if (outcome instanceof Skip skip) {
          List<String> key = List.of(skip.source().format().code(), skip.type());
          skips.putIfAbsent(key, skip);
          skipCounts.merge(key, 1L, Long::sum);
        } else {
          next = Outcomes.toRow(file, outcome, 1);
        }
      }
      if (next != null) {
        return true;
      }
      if (skipRows == null) {
        results.close();
        if (counters != null) {
          counters.parts().add(IngestProgress.partKey(split));
        }
        List<Row> rows = new ArrayList<>();
        skips.forEach((key, skip) -> rows.add(Outcomes.toRow(file, skip, skipCounts.get(key))));
        skipRows = rows.iterator();
      }
      return skipRows.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (next != null) {
        Row r = next;
        next = null;
        return r;
      }
      return skipRows.next();
    }
  }
}
