package org.geotrends.common.record;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipException;

/**
 * Streams a JSON-lines file, or one part of a plain one: one {@link Page} per non-blank line,
 * its offset the line's byte offset in the uncompressed stream. A line over the page limit is rejected and skipped without
 * being held in memory. Parsing the JSON is the extractor's job.
 */
final class JsonLinesReader extends PrefetchingRecordIterator {

  private final InputStream in;
  private final String file;
  private final ReadLimits limits;
  private long position;
  /** Lines that start at or after this offset are the next part's. */
  private final long end;

  JsonLinesReader(InputStream in, String file, ReadLimits limits) {
    this.in = in;
    this.file = file;
    this.limits = limits;
    this.end = Long.MAX_VALUE;
  }

  /**
   * One part of a plain JSON-lines file ({@link FileSplits}): {@code in} holds the file from
   * {@link FileSplit#readFrom()} on, one byte before the part's start, so that a line beginning
   * right at the start is seen to follow a newline. The part reads the lines that begin in
   * {@code [start, end)}; the line in progress at its start is the previous part's.
   */
  JsonLinesReader(InputStream in, FileSplit split, ReadLimits limits) {
    this.in = in;
    this.file = split.file();
    this.limits = limits;
    this.end = split.end();
    this.position = split.readFrom();
    if (split.start() > 0) {
      skipToNextLine();
    }
  }

  private void skipToNextLine() {
    try {
      int b;
      while ((b = in.read()) != -1) {
        position++;
        if (b == '\n') {
          return;
        }
      }
      position = Long.MAX_VALUE; // no line begins in this part
    } catch (IOException e) {
      // the first line of the part reports it
    }
  }

  @Override
  protected ReadResult readNext() {
    while (true) {
      if (position >= end) {
        finish();
        return null;
      }
      long start = position;
      byte[] buffer = new byte[256];
      int length = 0;
      boolean tooLarge = false;
      int b;
      try {
        while ((b = in.read()) != -1 && b != '\n') {
          position++;
          if (length == limits.maxPageBytes()) {
            tooLarge = true;
            continue;
          }
          if (length == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.min(limits.maxPageBytes(), buffer.length * 2));
          }
          buffer[length++] = (byte) b;
        }
        if (b == '\n') {
          position++;
        }
      } catch (EOFException | ZipException e) {
        finish();
        return new Rejection(new SourceRef(file, start, InputFormat.JSONL), null,
            RejectReason.TRUNCATED, "compressed file cut short: " + e.getMessage());
      } catch (IOException e) {
        finish();
        return new Rejection(new SourceRef(file, start, InputFormat.JSONL), null,
            RejectReason.UNREADABLE, e.toString());
      }
      if (b == -1) {
        finish();
        if (length == 0 && !tooLarge) {
          return null;
        }
      }
      SourceRef source = new SourceRef(file, start, InputFormat.JSONL);
      if (tooLarge) {
        return new Rejection(source, null, RejectReason.TOO_LARGE,
            "JSON line longer than " + limits.maxPageBytes() + " bytes");
      }
      if (isBlank(buffer, length)) {
        if (isFinished()) {
          return null;
        }
        continue;
      }
      return new Page(source, null, null, "application/json", "UTF-8",
          java.util.Arrays.copyOf(buffer, length));
    }
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    finish();
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
