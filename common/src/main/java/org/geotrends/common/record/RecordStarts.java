package org.geotrends.common.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds where records start in a WARC or ARC file read through a {@link RewindableChannel}:
 * at gzip member boundaries in a per-record gzip file (a member counts only if it inflates to a
 * record line, since the two magic bytes of a member are common inside compressed data), at
 * {@code WARC/} (or ARC header) lines in a plain one.
 *
 * <p>Two strengths: <em>loose</em>, used to resynchronise after a corrupt record, accepts any
 * record line; <em>strict</em>, used to place split boundaries, also wants a plain WARC
 * record's header block to hold a {@code Content-Length} and, when the record is short enough
 * to look past, the next record (or the end of the file) right after its block, so that a
 * {@code WARC/1.0} line inside a payload is not taken for a record.
 */
final class RecordStarts {

  /** ARC v1 header line: URL, IP, date of 12+ digits, type, length (of any shape). */
  static final Pattern ARC_HEADER = Pattern.compile("\\S+ \\S+ \\d{12,} \\S*( \\S+)+");
  /** How far past a plain record's start the strict check looks for the next record. */
  private static final int LOOK_AHEAD = 256 * 1024;
  /** Longest WARC header block the strict check reads. */
  private static final int MAX_HEADER = 32 * 1024;

  private final RewindableChannel channel;
  private final InputFormat format;
  private final boolean gzip;

  RecordStarts(RewindableChannel channel, InputFormat format, boolean gzip) {
    this.channel = channel;
    this.format = format;
    this.gzip = gzip;
  }

  /** The first record start at or after {@code from}, or -1 when none is left in the file. */
  long next(long from, boolean strict) throws IOException {
    for (long at = from; ; at++) {
      int b = channel.byteAt(at);
      if (b < 0) {
        return -1;
      }
      if (gzip ? b == 0x1f : (b == 'W' || format == InputFormat.ARC)) {
        if (isStart(at, strict)) {
          return at;
        }
      }
    }
  }

  /** Whether a record starts at {@code at}. */
  boolean isStart(long at, boolean strict) throws IOException {
    if (gzip) {
      return isGzipMember(at) && inflatesToRecord(at, strict);
    }
    if (at > 0 && channel.byteAt(at - 1) != '\n' || !isRecordLine(at)) {
      return false;
    }
    return !strict || format == InputFormat.ARC || plainWarcRecordFits(at);
  }

  /** Whether the bytes at {@code at} are a gzip member header. */
  boolean isGzipMember(long at) throws IOException {
    return channel.byteAt(at) == 0x1f && channel.byteAt(at + 1) == 0x8b
        && channel.byteAt(at + 2) == 8 && channel.byteAt(at + 3) >= 0 && channel.byteAt(at + 3) < 0x20;
  }

  /** Whether the line at {@code at} starts a WARC record ({@code WARC/1.0}) or an ARC record. */
  boolean isRecordLine(long at) throws IOException {
    byte[] line = new byte[512];
    int n = 0;
    for (int b; n < line.length && (b = channel.byteAt(at + n)) >= 0 && b != '\n'; n++) {
      line[n] = (byte) b;
    }
    return isRecordLine(new String(line, 0, n, StandardCharsets.ISO_8859_1));
  }

  private boolean isRecordLine(String line) {
    String s = line.strip();
    if (format == InputFormat.ARC) {
      return ARC_HEADER.matcher(s).matches();
    }
    return s.startsWith("WARC/") && s.length() > 5 && Character.isDigit(s.charAt(5));
  }

  /**
   * Whether the gzip member at {@code at} decompresses to the start of a record. Loosely, any
   * output will do for ARC (whose records are read leniently); strictly, its first line must be
   * a record line.
   */
  private boolean inflatesToRecord(long at, boolean strict) throws IOException {
    int flags = channel.byteAt(at + 3);
    long p = at + 10;
    if ((flags & 4) != 0) { // FEXTRA
      p += 2 + (channel.byteAt(p) | channel.byteAt(p + 1) << 8);
    }
    for (int field : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
      if ((flags & field) != 0) {
        for (int n = 0; n < 1024 && channel.byteAt(p) > 0; n++) {
          p++;
        }
        p++;
      }
    }
    if ((flags & 2) != 0) { // FHCRC
      p += 2;
    }
    byte[] in = new byte[4096];
    int n = 0;
    for (int c; n < in.length && (c = channel.byteAt(p + n)) >= 0; n++) {
      in[n] = (byte) c;
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(in, 0, n);
      byte[] out = new byte[strict ? 512 : 16];
      int got = inflater.inflate(out);
      String start = new String(out, 0, got, StandardCharsets.ISO_8859_1);
      if (!strict) {
        return format == InputFormat.ARC ? got > 0 : start.startsWith("WARC/");
      }
      int eol = start.indexOf('\n');
      return eol > 0 && isRecordLine(start.substring(0, eol));
    } catch (DataFormatException e) {
      return false;
    } finally {
      inflater.end();
    }
  }

  /**
   * Whether the plain WARC record at {@code at} has a header block with a length and, if its end
   * is within {@value #LOOK_AHEAD} bytes, is followed by line ends and then the end of the file
   * or another record line whose header block has a length too.
   */
  private boolean plainWarcRecordFits(long at) throws IOException {
    long end = blockEnd(at);
    if (end < 0) {
      return false;
    }
    if (end - at > LOOK_AHEAD) {
      return true; // too long to look past without losing the start from the window
    }
    for (int i = 0; i < 4 && (channel.byteAt(end) == '\r' || channel.byteAt(end) == '\n'); i++) {
      end++;
    }
    return channel.byteAt(end) < 0
        || channel.byteAt(end) == 'W' && isRecordLine(end) && blockEnd(end) >= 0;
  }

  /**
   * The end of the block of the plain WARC record at {@code at} (header block plus
   * Content-Length), or -1 when its header block has no readable length.
   */
  private long blockEnd(long at) throws IOException {
    long p = at;
    long length = -1;
    StringBuilder line = new StringBuilder();
    while (true) {
      if (p - at > MAX_HEADER) {
        return -1;
      }
      int b = channel.byteAt(p++);
      if (b < 0) {
        return -1;
      }
      if (b != '\n') {
        line.append((char) b);
        continue;
      }
      String header = line.toString().strip();
      line.setLength(0);
      if (header.isEmpty()) {
        return length < 0 ? -1 : p + length;
      }
      int colon = header.indexOf(':');
      if (colon > 0 && header.substring(0, colon).strip().toLowerCase(Locale.ROOT)
          .equals("content-length")) {
        try {
          length = Long.parseLong(header.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
  }
}
