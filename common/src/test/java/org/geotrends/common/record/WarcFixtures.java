package org.geotrends.common.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC and ARC files byte by byte, so each test states exactly what it feeds. */
public final class WarcFixtures {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzipPerRecord;
  private int counter;

  public WarcFixtures(boolean gzipPerRecord) {
    this.gzipPerRecord = gzipPerRecord;
  }

  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** An HTTP response message with the given head and body. */
  public static byte[] http(String statusLine, String contentType, byte[] body, String... extraHeaders) {
    StringBuilder head = new StringBuilder(statusLine).append("\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    for (String h : extraHeaders) {
      head.append(h).append("\r\n");
    }
    boolean chunked = String.join(" ", extraHeaders).contains("chunked");
    if (!chunked) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    return concat(ascii(head.toString()), body);
  }

  public static byte[] chunked(byte[] body, int chunkSize) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += chunkSize) {
      int n = Math.min(chunkSize, body.length - i);
      b.writeBytes(ascii(Integer.toHexString(n) + "\r\n"));
      b.write(body, i, n);
      b.writeBytes(ascii("\r\n"));
    }
    b.writeBytes(ascii("0\r\n\r\n"));
    return b.toByteArray();
  }

  public static byte[] gzip(byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  /** zlib-wrapped ({@code nowrap} false) or raw deflate, as servers send {@code Content-Encoding: deflate}. */
  public static byte[] deflate(byte[] data, boolean nowrap) {
    java.util.zip.Deflater d = new java.util.zip.Deflater(6, nowrap);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(b, d)) {
      z.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      d.end();
    }
    return b.toByteArray();
  }

  /**
   * A valid Brotli stream (RFC 7932) holding {@code data} in uncompressed meta-blocks: the
   * decoder has a real stream to decode, and the tests need no Brotli encoder.
   */
  public static byte[] brotli(byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    long bits = 0; // WBITS = 16: one 0 bit
    int nbits = 1;
    for (int at = 0; at < data.length; at += 65536) {
      int n = Math.min(65536, data.length - at);
      // ISLAST 0, MNIBBLES 4 (code 0), MLEN-1 in 16 bits, ISUNCOMPRESSED 1
      bits |= ((long) (n - 1) << 3 | 1L << 19) << nbits;
      nbits += 20;
      while (nbits > 0) { // flush and pad to a byte boundary
        b.write((int) (bits & 0xff));
        bits >>>= 8;
        nbits -= 8;
      }
      bits = 0;
      nbits = 0;
      b.write(data, at, n);
    }
    b.write(0b11); // ISLAST 1, ISLASTEMPTY 1
    return b.toByteArray();
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  public WarcFixtures warcinfo() {
    return record("warcinfo", null, "application/warc-fields", ascii("software: geotrends-tests\r\n"));
  }

  public WarcFixtures response(String url, byte[] httpMessage) {
    return record("response", url, "application/http; msgtype=response", httpMessage);
  }

  public WarcFixtures request(String url) {
    return record("request", url, "application/http; msgtype=request",
        ascii("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"));
  }

  public WarcFixtures resource(String url, String contentType, byte[] block) {
    return record("resource", url, contentType, block);
  }

  public WarcFixtures metadata(String url) {
    return record("metadata", url, "application/warc-fields", ascii("via: test\r\n"));
  }

  /** Appends one record with a correct Content-Length. */
  public WarcFixtures record(String type, String url, String contentType, byte[] block) {
    StringBuilder h = new StringBuilder("WARC/1.1\r\n")
        .append("WARC-Type: ").append(type).append("\r\n")
        .append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").append(String.format("%012d", ++counter)).append(">\r\n")
        .append("WARC-Date: 2024-09-01T10:00:00Z\r\n");
    if (url != null) {
      h.append("WARC-Target-URI: ").append(url).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(block.length).append("\r\n\r\n");
    return raw(concat(concat(ascii(h.toString()), block), ascii("\r\n\r\n")));
  }

  /** Appends bytes as they are (gzipped as one member when the file is per-record gzip). */
  public WarcFixtures raw(byte[] bytes) {
    out.writeBytes(gzipPerRecord ? gzip(bytes) : bytes);
    return this;
  }

  public byte[] bytes() {
    return out.toByteArray();
  }
}
