package org.geotrends.common.record;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Cuts large crawl files into parts that tasks read independently, as Hadoop's splittable
 * record readers do. WARC and ARC files qualify, plain or gzip-compressed record by record
 * (one gzip member per record, as crawlers write them), and plain JSON-lines files; a file
 * compressed as a whole, zstd, HTML, text and JSON documents are read whole.
 *
 * <p>A part {@code [start, end)} reads the records that start in it: it begins at the first
 * record start at or after {@code start} (a gzip member that inflates to a record line, a
 * record line in a plain WARC/ARC file, the line after the first newline in a JSON-lines file)
 * and stops at the first record at or after {@code end} that the next part would begin with.
 * Every record is thus read by exactly one part.
 */
public final class FileSplits {

  /** Split size when none is given: 256 MiB. */
  public static final long DEFAULT_SPLIT_BYTES = 256L << 20;
  /** How far the first gzip member may reach for a file to count as gzip record by record. */
  private static final int FIRST_MEMBER_LIMIT = 64 << 20;

  private FileSplits() {
  }

  /**
   * The parts of a file of {@code size} bytes: one whole-file split when it is not splittable,
   * {@code splitBytes} is 0 or the file is no larger than it; else parts of {@code splitBytes}
   * (the last one up to the end of the file).
   */
  public static List<FileSplit> plan(String file, long size, long splitBytes, Optional<Layout> layout) {
    if (splitBytes <= 0 || size <= splitBytes || layout.isEmpty()) {
      return List.of(FileSplit.whole(file));
    }
    List<FileSplit> parts = new ArrayList<>();
    long count = (size + splitBytes - 1) / splitBytes;
    for (long i = 0; i < count; i++) {
      long start = i * splitBytes;
      long end = i == count - 1 ? size : start + splitBytes;
      parts.add(new FileSplit(file, layout.get().format(), layout.get().gzip(), start, end));
    }
    return parts;
  }

  /** How a splittable file is laid out. */
  public record Layout(InputFormat format, boolean gzip) {
  }

  /**
   * Whether the file that {@code in} holds (from its first byte, as stored) can be split, and
   * how: a plain WARC, ARC or JSON-lines file, or a WARC or ARC file whose first gzip member
   * ends within 64 MiB and is followed by another member. Reads at most the first member and a few bytes more; does not
   * close {@code in}.
   */
  public static Optional<Layout> layout(InputStream in, String file) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(8);
    byte[] magic = buffered.readNBytes(4);
    buffered.reset();
    if (magic.length < 4 || ZstdFiles.isZstd(magic, magic.length)) {
      return Optional.empty();
    }
    boolean gzip = (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    byte[] head = new byte[2048];
    int length;
    if (gzip) {
      length = firstMember(buffered, head);
      if (length < 0) {
        return Optional.empty();
      }
    } else {
      length = buffered.readNBytes(head, 0, head.length);
    }
    Optional<InputFormat> format = FormatSniffer.sniff(head, length, file);
    return format.filter(f -> f == InputFormat.WARC || f == InputFormat.ARC || !gzip && f == InputFormat.JSONL)
        .map(f -> new Layout(f, gzip));
  }

  /**
   * Inflates the first gzip member into {@code head} (as far as it holds); the number of bytes
   * put there, or -1 when the member does not end within the limit, is corrupt, or is not
   * followed by a second member.
   */
  private static int firstMember(InputStream in, byte[] head) throws IOException {
    byte[] header = in.readNBytes(10);
    if (header.length < 10 || header[2] != 8) {
      return -1;
    }
    int flags = header[3] & 0xff;
    if ((flags & 4) != 0) { // FEXTRA
      int lo = in.read();
      int hi = in.read();
      in.skipNBytes(lo | hi << 8);
    }
    for (int field : new int[] {8, 16}) { // FNAME, FCOMMENT
      if ((flags & field) != 0) {
        for (int b; (b = in.read()) > 0; ) {
          // skip the zero-terminated field
        }
      }
    }
    if ((flags & 2) != 0) {
      in.skipNBytes(2);
    }
    Inflater inflater = new Inflater(true);
    try {
      byte[] buf = new byte[1 << 16];
      byte[] out = new byte[1 << 16];
      int got = 0;
      int lastInput = 0;
      long read = 0;
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          int n = in.read(buf);
          if (n < 0 || (read += n) > FIRST_MEMBER_LIMIT) {
            return -1;
          }
          inflater.setInput(buf, 0, n);
          lastInput = n;
        }
        int n = inflater.inflate(out);
        if (got < head.length) {
          int copy = Math.min(n, head.length - got);
          System.arraycopy(out, 0, head, got, copy);
          got += copy;
        }
      }
      // what the inflater did not use: the 8-byte trailer, then the next member's magic
      int left = inflater.getRemaining();
      byte[] rest = new byte[left];
      System.arraycopy(buf, lastInput - left, rest, 0, left);
      byte[] more = in.readNBytes(Math.max(0, 10 - left));
      byte[] tail = new byte[left + more.length];
      System.arraycopy(rest, 0, tail, 0, left);
      System.arraycopy(more, 0, tail, left, more.length);
      boolean second = tail.length >= 10 && (tail[8] & 0xff) == 0x1f && (tail[9] & 0xff) == 0x8b;
      return second ? got : -1;
    } catch (DataFormatException e) {
      return -1;
    } finally {
      inflater.end();
    }
  }
}
