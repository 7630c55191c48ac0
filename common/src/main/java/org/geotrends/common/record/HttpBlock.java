package org.geotrends.common.record;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;

/**
 * The HTTP response stored in a WARC/ARC record: status, media type and the payload with
 * transfer and content encodings removed. jwarc's lenient parser reads the head; when even
 * that fails (a status line without a code, a head with LF and CRLF mixed, no head at all),
 * the head is read line by line here, keeping every header that has a name and a value.
 *
 * <p>Content encodings are decoded here rather than by jwarc, for two cases jwarc does not
 * cover: {@code deflate} sent zlib-wrapped (RFC 9110) as well as raw, and a body labelled
 * {@code gzip} that the crawler stored already decoded.
 *
 * @param status the HTTP status code, or -1 when the head names none
 * @param type the payload's media type, or null when not stated or unreadable
 * @param encodings the content encodings, in the order they were applied
 * @param body the payload after transfer decoding, before content decoding
 */
record HttpBlock(int status, MediaType type, List<String> encodings, InputStream body) {

  /** Heads longer than this are not HTTP heads. */
  private static final int MAX_HEAD = 64 * 1024;
  private static final Pattern STATUS = Pattern.compile("^\\s*(?:HTTP/\\S*\\s+)?(\\d{3})(?:\\s|$)");

  /** Reads the head of the HTTP message in {@code block}; throws when there is none to be found. */
  static HttpBlock read(InputStream block) throws IOException {
    BufferedInputStream in = new BufferedInputStream(block, 8192);
    in.mark(MAX_HEAD + 8192);
    HttpResponse http = null;
    Exception cause = null;
    try {
      http = HttpResponse.parse(Channels.newChannel(in));
    } catch (IOException | RuntimeException e) {
      cause = e;
    }
    in.reset();
    in.mark(MAX_HEAD);
    byte[] head = in.readNBytes(MAX_HEAD);
    int end = headEnd(head);
    String firstLine = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
    boolean looksHttp = firstLine.regionMatches(true, 0, "HTTP", 0, 4)
        || STATUS.matcher(firstLine).find();
    if (end < 0 || !looksHttp) {
      if (http != null || firstLine.regionMatches(true, 0, "HTTP", 0, 4)) {
        throw new IOException("no end to the HTTP head"
            + (cause == null ? "" : " (" + cause.getMessage() + ")"));
      }
      in.reset(); // no head at all: old ARC records hold the page as it came
      return new HttpBlock(-1, null, List.of(), in);
    }
    in.reset();
    in.skipNBytes(end);
    // the head as jwarc read it, else line by line, keeping every header with a name and value
    List<String[]> headers = new ArrayList<>();
    int status;
    if (http != null) {
      status = http.status();
      http.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new String[] {name, v})));
    } else {
      String[] lines = new String(head, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n|\r");
      Matcher m = STATUS.matcher(lines[0]);
      status = m.find() ? Integer.parseInt(m.group(1)) : -1;
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
        }
      }
    }
    String contentType = null;
    List<String> encodings = new ArrayList<>();
    boolean chunked = false;
    long length = -1;
    for (String[] h : headers) {
      String name = h[0];
      String value = h[1];
      if (name.equalsIgnoreCase("Content-Type") && contentType == null) {
        contentType = value;
      } else if (name.equalsIgnoreCase("Content-Encoding")) {
        encodings.add(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked |= value.toLowerCase(Locale.ROOT).contains("chunked");
      } else if (name.equalsIgnoreCase("Content-Length") && value.matches("\\d{1,18}")) {
        length = Long.parseLong(value);
      }
    }
    InputStream body = in;
    if (chunked) {
      // jwarc removes the chunking once it is given a head it can parse
      byte[] cleanHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);
      body = Channels.newInputStream(HttpResponse.parse(Channels.newChannel(
          new SequenceInputStream(new ByteArrayInputStream(cleanHead), in))).body());
    } else if (length >= 0) {
      // a body shorter than its Content-Length ends with its record: a length off by a few
      // bytes (a body de-chunked by the crawler) costs nothing; a record cut short by the end
      // of the file is still caught by the WARC layer
      body = new BoundedInputStream(in, length);
    }
    return new HttpBlock(status, mediaType(contentType), encodings(encodings), body);
  }

  /** At most {@code limit} bytes of {@code in}; an earlier end is the end. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private long left;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      left = b < 0 ? 0 : left - 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return len == 0 ? 0 : -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      left = n < 0 ? 0 : left - n;
      return n;
    }
  }

  /** The offset just past the blank line that ends the head, or -1. */
  private static int headEnd(byte[] head) {
    for (int i = 0; i < head.length; i++) {
      if (head[i] == '\n') {
        if (i + 1 < head.length && head[i + 1] == '\n') {
          return i + 2;
        }
        if (i + 2 < head.length && head[i + 1] == '\r' && head[i + 2] == '\n') {
          return i + 3;
        }
      }
    }
    return -1;
  }

  /** A media type read leniently; null when absent or not a media type at all. */
  static MediaType mediaType(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return MediaType.parseLeniently(value);
    } catch (RuntimeException e) {
      int semicolon = value.indexOf(';');
      String base = (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
      try {
        return MediaType.parseLeniently(base);
      } catch (RuntimeException again) {
        return null;
      }
    }
  }

  private static List<String> encodings(List<String> headers) {
    List<String> all = new ArrayList<>();
    for (String h : headers) {
      for (String e : h.split(",")) {
        String token = e.strip().toLowerCase(Locale.ROOT);
        if (!token.isEmpty()) {
          all.add(token);
        }
      }
    }
    return all;
  }

  /** The payload with every content encoding removed, last applied first. */
  InputStream decoded() throws IOException {
    InputStream in = body;
    for (int i = encodings.size() - 1; i >= 0; i--) {
      in = decode(in, encodings.get(i));
    }
    return in;
  }

  private static InputStream decode(InputStream in, String encoding) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 8192);
    b.mark(2);
    int b0 = b.read();
    int b1 = b.read();
    b.reset();
    boolean gzipMagic = b0 == 0x1f && b1 == 0x8b;
    return switch (encoding) {
      case "identity", "none", "binary", "utf-8", "8bit", "7bit" -> b;
      // a body labelled gzip but stored decoded (some crawlers decode and keep the header)
      case "gzip", "x-gzip" -> gzipMagic ? new GZIPInputStream(b, 8192) : b;
      case "deflate", "x-deflate" -> {
        if (gzipMagic) {
          yield new GZIPInputStream(b, 8192);
        }
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        yield new InflaterInputStream(b, new Inflater(!zlib), 8192);
      }
      case "br" -> new BrotliInputStream(b);
      case "zstd" -> {
        try {
          yield new com.github.luben.zstd.ZstdInputStream(b);
        } catch (LinkageError e) {
          throw new IOException("no zstd decoder on this platform: " + e, e);
        }
      }
      default -> throw new IOException("unsupported Content-Encoding: " + encoding);
    };
  }
}
