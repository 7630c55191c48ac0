package org.geotrends.common.record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A forward-only stream seen as a {@link SeekableByteChannel} that keeps the last bytes read,
 * so that a reader that stumbled on a corrupt record can step back to just after the record's
 * start and look for the next one. Seeking forward reads ahead; seeking back further than the
 * kept window fails with an {@link IOException}.
 *
 * <p>jwarc's {@code WarcReader.position(long)} uses this to start afresh (buffers and
 * decompressor reset) at a resynchronisation point.
 */
final class RewindableChannel implements SeekableByteChannel {

  private final InputStream in;
  /** Bytes {@code [start, start + length)} of the stream. */
  private final byte[] window;
  private long start;
  private int length;
  private long position;
  private boolean eof;
  private boolean open = true;

  /** Keeps at least {@code keep} bytes behind the furthest position read. */
  RewindableChannel(InputStream in, int keep) {
    this(in, keep, 0);
  }

  /**
   * As {@link #RewindableChannel(InputStream, int)} for a stream whose first byte is byte
   * {@code origin} of the file (a split read from the middle), so that positions are the file's.
   */
  RewindableChannel(InputStream in, int keep, long origin) {
    this.in = in;
    this.window = new byte[2 * keep];
    this.start = origin;
    this.position = origin;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    if (!ensure(position)) {
      return -1;
    }
    int offset = (int) (position - start);
    int n = Math.min(dst.remaining(), length - offset);
    dst.put(window, offset, n);
    position += n;
    return n;
  }

  /** The byte at {@code at}, or -1 past the end of the stream; moves nothing. */
  int byteAt(long at) throws IOException {
    if (at < start) {
      throw new IOException("position " + at + " is no longer buffered");
    }
    return ensure(at) ? window[(int) (at - start)] & 0xff : -1;
  }

  /** Makes {@code at} buffered, reading ahead as needed; false past the end of the stream. */
  private boolean ensure(long at) throws IOException {
    while (at >= start + length) {
      if (eof) {
        return false;
      }
      if (length == window.length) {
        int drop = window.length / 2;
        System.arraycopy(window, drop, window, 0, length - drop);
        start += drop;
        length -= drop;
      }
      int n = in.read(window, length, window.length - length);
      if (n < 0) {
        eof = true;
        return false;
      }
      length += n;
    }
    return true;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    if (newPosition < start) {
      throw new IOException("cannot step back to " + newPosition + ": only bytes from " + start
          + " are kept");
    }
    position = newPosition;
    return this;
  }

  @Override
  public long size() {
    throw new UnsupportedOperationException("the size of a stream is not known");
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    open = false;
    in.close();
  }
}
