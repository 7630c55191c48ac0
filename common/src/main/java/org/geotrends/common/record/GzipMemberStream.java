package org.geotrends.common.record;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a multi-member gzip stream (WARC files gzip each record separately) and
 * remembers where each member starts in the compressed file, so that a record found at an
 * uncompressed position can be traced to the offset of its member, as CDX indexes do.
 *
 * <p>A member cut short or corrupt does not spoil the members before it: the bytes decoded
 * so far are returned first, and the error is raised by the next read.
 */
final class GzipMemberStream extends InputStream {

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream in;
  private final Inflater inflater = new Inflater(true);
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  /** Compressed bytes consumed before {@code buffer[0]}. */
  private long bufferStart;
  private long uncompressed;
  private boolean inMember;
  private boolean eof;
  private IOException pending;
  /** Uncompressed start of each member -> compressed start; members already passed are pruned. */
  private final TreeMap<Long, Long> members = new TreeMap<>();

  GzipMemberStream(InputStream in) {
    this.in = in;
  }

  /** The compressed offset of the member holding the uncompressed position {@code position}. */
  long memberOffset(long position) {
    Map.Entry<Long, Long> e = members.floorEntry(position);
    members.headMap(e == null ? 0L : e.getKey(), false).clear();
    return e == null ? 0 : e.getValue();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] out, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int produced = 0;
    try {
      while (produced == 0) {
        if (pending != null) {
          IOException e = pending;
          pending = null;
          eof = true;
          throw e;
        }
        if (eof) {
          return -1;
        }
        if (!inMember && !startMember()) {
          eof = true;
          return -1;
        }
        produced = inflate(out, off, len);
      }
    } catch (IOException e) {
      if (produced > 0) {
        pending = e;
        return produced;
      }
      throw e;
    }
    uncompressed += produced;
    return produced;
  }

  /** Reads a member header; false at a clean end of file. */
  private boolean startMember() throws IOException {
    if (!fill()) {
      return false;
    }
    long start = bufferStart + pos;
    if (readByte() != 0x1f || readByte() != 0x8b) {
      throw new ZipException("not a gzip member at offset " + start);
    }
    if (readByte() != 8) {
      throw new ZipException("unsupported gzip compression method at offset " + start);
    }
    int flags = readByte();
    skip(6); // mtime, extra flags, OS
    if ((flags & FEXTRA) != 0) {
      skip(readByte() | readByte() << 8);
    }
    if ((flags & FNAME) != 0) {
      while (readByte() != 0) {
        // file name
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (readByte() != 0) {
        // comment
      }
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    members.put(uncompressed, start);
    inflater.reset();
    inMember = true;
    return true;
  }

  private int inflate(byte[] out, int off, int len) throws IOException {
    try {
      while (true) {
        if (inflater.needsInput()) {
          if (!fill()) {
            throw new EOFException("gzip member cut short");
          }
          inflater.setInput(buffer, pos, limit - pos);
        }
        int before = inflater.getRemaining();
        int n = inflater.inflate(out, off, len);
        pos += before - inflater.getRemaining();
        if (inflater.finished()) {
          skip(8); // CRC-32 and size; the WARC layer checks record lengths
          inMember = false;
          return n;
        }
        if (n > 0) {
          return n;
        }
        if (inflater.needsDictionary()) {
          throw new ZipException("gzip member needs a preset dictionary");
        }
      }
    } catch (DataFormatException e) {
      throw new ZipException("corrupt gzip data: " + e.getMessage());
    }
  }

  private boolean fill() throws IOException {
    if (pos < limit) {
      return true;
    }
    bufferStart += limit;
    pos = 0;
    limit = 0;
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    limit = n;
    return true;
  }

  private int readByte() throws IOException {
    if (!fill()) {
      throw new EOFException("gzip header cut short");
    }
    return buffer[pos++] & 0xff;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      readByte();
    }
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
