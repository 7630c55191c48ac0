package org.geotrends.common.record;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one crawl file of any supported format and streams its records. The format is sniffed
 * from the content (gzip is looked through); WARC and ARC (plain, gzip or zstd) go to jwarc,
 * with offsets of the gzip members for gzip files; JSON lines are read line by line, a
 * JSON array export object by object; an HTML page or text dump is one record. A file that is
 * not a crawl file (empty, binary, project documentation, JSON that is not articles) is one
 * {@link Skip} of type {@link SkipType#NOT_A_CRAWL_FILE}, its name logged.
 */
public final class CrawlFileReader {

  private static final Logger LOG = LoggerFactory.getLogger(CrawlFileReader.class);

  private static final int HEAD_BYTES = 2048;
  private static final int MARK_LIMIT = 1 << 20;

  private CrawlFileReader() {
  }

  /**
   * Starts reading {@code in}, which must be the file's bytes as stored (gzip included; other
   * codecs already removed). The iterator owns {@code in} and closes it.
   */
  public static RecordIterator open(InputStream in, String file, ReadLimits limits) {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    InputFormat guess = FormatSniffer.fromName(file);
    try {
      if (isZstd(buffered)) {
        // offsets in a zstd file are those of the decompressed stream
        buffered = new BufferedInputStream(ZstdFiles.open(buffered), 1 << 16);
      }
      boolean gzip = isGzip(buffered);
      byte[] head = new byte[HEAD_BYTES];
      int length = peek(buffered, gzip, head);
      if (length == 0) {
        close(buffered);
        return single(notACrawlFile(file, guess));
      }
      Optional<InputFormat> format = FormatSniffer.sniff(head, length, file);
      if (format.isEmpty()) {
        close(buffered);
        return single(notACrawlFile(file, guess)); // an image, a PDF, an office file
      }
      InputStream content = gzip && format.get() != InputFormat.WARC && format.get() != InputFormat.ARC
          ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16) : buffered;
      return switch (format.get()) {
        case WARC, ARC -> new WarcFileReader(buffered, file, format.get(), limits);
        case JSONL -> new JsonLinesReader(content, file, limits);
        case JSON -> new JsonDocumentReader(content, file, limits);
        case HTML -> single(SinglePage.read(content, file, format.get(), limits));
        case TEXT -> {
          ReadResult page = SinglePage.read(content, file, format.get(), limits);
          yield single(page instanceof Page p && ProjectDocuments.isDocumentation(file, p.content())
              ? notACrawlFile(file, InputFormat.TEXT) : page);
        }
      };
    } catch (EOFException | ZipException e) {
      close(buffered);
      return single(new Rejection(new SourceRef(file, 0, guess), null, RejectReason.TRUNCATED,
          "cannot read the start of the file: " + e.getMessage()));
    } catch (IOException | LinkageError e) {
      close(buffered);
      return single(new Rejection(new SourceRef(file, 0, guess), null, RejectReason.UNREADABLE,
          e.toString()));
    }
  }

  /**
   * Starts reading one part of a WARC, ARC or plain JSON-lines file (see {@link FileSplits}): {@code in} holds the
   * stored file's bytes from {@link FileSplit#readFrom()} on. A whole-file split is read as
   * {@link #open} reads it. The iterator owns {@code in} and closes it.
   */
  public static RecordIterator open(InputStream in, FileSplit split, ReadLimits limits) {
    if (split.isWhole()) {
      return open(in, split.file(), limits);
    }
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    return split.format() == InputFormat.JSONL
        ? new JsonLinesReader(buffered, split, limits)
        : new WarcFileReader(buffered, split, limits);
  }

  private static Skip notACrawlFile(String file, InputFormat format) {
    LOG.info("{}: not a crawl file (empty, binary, documentation or JSON that is not articles)",
        file);
    return new Skip(new SourceRef(file, 0, format), SkipType.NOT_A_CRAWL_FILE);
  }

  /** A reader that yields one result and is done. */
  static RecordIterator single(ReadResult result) {
    return new RecordIterator() {
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public ReadResult next() {
        if (done) {
          throw new java.util.NoSuchElementException();
        }
        done = true;
        return result;
      }

      @Override
      public void close() {
        done = true;
      }
    };
  }

  /** A zstd frame, or the skippable frame holding the dictionary of a {@code .warc.zst}. */
  private static boolean isZstd(BufferedInputStream in) throws IOException {
    in.mark(4);
    byte[] magic = in.readNBytes(4);
    in.reset();
    return ZstdFiles.isZstd(magic, magic.length);
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b;
  }

  /** Reads the first bytes of the (decompressed) content and rewinds. */
  private static int peek(BufferedInputStream in, boolean gzip, byte[] head) throws IOException {
    in.mark(MARK_LIMIT);
    try {
      if (!gzip) {
        return in.readNBytes(head, 0, head.length);
      }
      GZIPInputStream unzip = new GZIPInputStream(new FilterInputStream(in) {
        @Override
        public void close() {
          // keep the underlying stream open: we rewind it
        }
      }, 512);
      int n = 0;
      try (unzip) {
        for (int r; n < head.length && (r = unzip.read(head, n, head.length - n)) != -1; ) {
          n += r;
        }
      } catch (EOFException | ZipException e) {
        if (n == 0) {
          throw e; // nothing readable; a later cut is reported by the format's reader
        }
      }
      return n;
    } finally {
      in.reset();
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more can be read from it anyway
    }
  }
}
