package org.geotrends.common.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.geotrends.common.extract.PageExtractor;
import org.geotrends.common.record.CrawlFileReader;
import org.geotrends.common.record.FileSplit;
import org.geotrends.common.record.FileSplits;
import org.geotrends.common.record.Outcome;
import org.geotrends.common.record.Page;
import org.geotrends.common.record.ReadLimits;
import org.geotrends.common.record.ReadResult;
import org.geotrends.common.record.RecordIterator;
import org.geotrends.common.record.RejectReason;
import org.geotrends.common.record.Rejection;
import org.geotrends.common.record.Skip;

/**
 * Reads one crawl file and extracts every page in it, lazily: one record in memory at a time.
 * Used by the Spark ingest job (one task per file) and by the {@code extract} command alike.
 */
public final class CrawlFileIngester {

  private CrawlFileIngester() {
  }

  /**
   * Settings of one ingest run.
   *
   * @param splitBytes WARC/ARC files larger than this are read in parts of this size by
   *     several tasks ({@link FileSplits}); 0 reads every file whole
   */
  public record Options(ReadLimits limits, int minBodyWords, long splitBytes)
      implements java.io.Serializable {
    public static final Options DEFAULT = new Options(ReadLimits.DEFAULT,
        PageExtractor.DEFAULT_MIN_BODY_WORDS, FileSplits.DEFAULT_SPLIT_BYTES);
  }

  /** An iterator over what each record of {@code in} became; closing it closes {@code in}. */
  public static CloseableIterator ingest(InputStream in, String file, Options options) {
    RecordIterator records = CrawlFileReader.open(in, file, options.limits());
    return new CloseableIterator(records, options);
  }

  /**
   * As {@link #ingest(InputStream, String, Options)} for one part of a file: {@code in} holds
   * the file's bytes from {@link FileSplit#readFrom()} on.
   */
  public static CloseableIterator ingest(InputStream in, FileSplit split, Options options) {
    return new CloseableIterator(CrawlFileReader.open(in, split, options.limits()), options);
  }

  /** What each record of one file became, in file order. */
  public static final class CloseableIterator implements Iterator<Outcome>, AutoCloseable {
    private final RecordIterator records;
    private final Options options;

    private CloseableIterator(RecordIterator records, Options options) {
      this.records = records;
      this.options = options;
    }

    @Override
    public boolean hasNext() {
      return records.hasNext();
    }

    @Override
    public Outcome next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult read = records.next();
      if (read instanceof Skip skip) {
        return skip;
      }
      if (read instanceof Rejection rejection) {
        return rejection;
      }
      Page page = (Page) read;
      try {
        return PageExtractor.extract(page, options.minBodyWords());
      } catch (RuntimeException | StackOverflowError e) {
        // An extractor bug on one page must not cost the other pages of the file.
        return new Rejection(page.source(), page.url(), RejectReason.EXTRACTION_FAILED,
            e.toString());
      }
    }

    @Override
    public void close() {
      try {
        records.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
