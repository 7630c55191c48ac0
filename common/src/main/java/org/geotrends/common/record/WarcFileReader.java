package org.geotrends.common.record;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcContinuation;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Streams a WARC or ARC file (plain or gzip; WARC 0.17 to 1.1) with jwarc in lenient
 * mode. HTML responses, resources and conversions become {@link Page}s with the HTTP transfer
 * and content encodings removed; every other record is a {@link Skip} by type.
 *
 * <p>Headers are read leniently: an unreadable WARC-Date costs the page its crawl date, a
 * malformed Content-Type or HTTP head is read as far as it goes. A record that cannot be
 * framed at all (bad header block, bad length, corrupt compressed data) becomes one
 * {@link Rejection} at its offset, and reading resumes at the next record: the next gzip member
 * in a compressed file, the next {@code WARC/} (or ARC header) line in a plain one.
 *
 * <p>Offsets are those of the gzip member holding the record in a compressed file, as in CDX
 * indexes (every record of a file compressed as a whole is at 0), else of the record.
 */
final class WarcFileReader extends PrefetchingRecordIterator {

  /** How far back the reader may step to resynchronise: well over a record head. */
  private static final int KEEP_BYTES = 1 << 20;
  /** Bytes between records that are padding, not a record of their own. */
  private static final int JUNK_BYTES = 64;

  private final RewindableChannel channel;
  private final String file;
  private final InputFormat format;
  private final ReadLimits limits;
  /** The part of the file to read: records starting in {@code [start, end)}. */
  private final FileSplit split;
  private RecordStarts starts;
  private WarcReader reader;
  private WarcCompression compression = WarcCompression.NONE;
  /** Start of the compressed member holding the current record. */
  private long memberStart;
  /** Position of the last record returned, -1 before the first. */
  private long lastRecord = -1;
  /** When not -1: find the next record after this position before reading on. */
  private long resyncAfter = -1;

  WarcFileReader(InputStream in, String file, InputFormat format, ReadLimits limits) {
    this.channel = new RewindableChannel(in, KEEP_BYTES);
    this.file = file;
    this.format = format;
    this.limits = limits;
    this.split = FileSplit.whole(file);
  }

  /**
   * Reads the records of {@code split} from {@code in}, whose first byte is the file's byte
   * {@link FileSplit#readFrom()}.
   */
  WarcFileReader(InputStream in, FileSplit split, ReadLimits limits) {
    this.channel = new RewindableChannel(in, KEEP_BYTES, split.readFrom());
    this.file = split.file();
    this.format = split.format();
    this.limits = limits;
    this.split = split;
  }

  /**
   * Whether the record (or unreadable bytes) at {@code position} belongs to the next part of
   * the file: at or past this part's end and where the next part starts reading.
   */
  private boolean pastEnd(long position) {
    try {
      return position >= split.end() && starts.isStart(position, true);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  protected ReadResult readNext() {
    if (reader == null) {
      try {
        if (split.start() > 0) {
          long first = new RecordStarts(channel, format, split.gzip()).next(split.start(), true);
          if (first < 0) {
            finish();
            return null; // no record starts in this part or after it
          }
          channel.position(first);
          memberStart = first;
        }
        reader = new WarcReader(channel);
        reader.setLenient(true);
        compression = reader.compression();
        if (compression == WarcCompression.ZSTD) {
          // CrawlFileReader decompresses zstd files; zstd within them is not a WARC file
          throw new IOException("zstd-compressed content inside a decompressed file");
        }
        starts = new RecordStarts(channel, format, compression == WarcCompression.GZIP);
      } catch (IOException | RuntimeException | LinkageError e) {
        finish();
        return new Rejection(new SourceRef(file, 0, format), null, RejectReason.UNREADABLE,
            "cannot start reading: " + e);
      }
    }
    while (true) {
      if (resyncAfter >= 0 && !resync()) {
        finish();
        return null;
      }
      WarcRecord record;
      try {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          finish();
          return null;
        }
        record = next.get();
      } catch (IOException | RuntimeException e) {
        long bad = reader.position();
        resyncAfter = bad;
        if (bad != lastRecord && pastEnd(bad)) {
          finish();
          return null;
        }
        if (bad == lastRecord || isJunk(bad)) {
          continue; // the tail of the record already counted, or padding between records
        }
        lastRecord = bad;
        return framingError(bad, e);
      }
      long position = reader.position();
      if (pastEnd(position)) {
        finish();
        return null;
      }
      lastRecord = position;
      SourceRef source = new SourceRef(file, offset(position), format);
      ReadResult result;
      try {
        result = toResult(record, source);
      } catch (RuntimeException e) {
        result = new Rejection(source, target(record), RejectReason.MALFORMED_RECORD, e.toString());
      }
      try {
        record.body().consume(); // a cut or corrupt block is this record's fault, not the next one's
      } catch (IOException | RuntimeException e) {
        resyncAfter = position;
        if (result instanceof Skip skip) {
          result = new Rejection(source, target(record), cause(e),
              "a " + skip.type() + " record whose block is cut or corrupt: " + e.getMessage());
        }
      }
      return result;
    }
  }

  /**
   * Whether the bytes at {@code at} in a plain file are a few bytes of padding after a record
   * (NULs, a short trailer) rather than a record: no record line, and the next record (or the
   * end of the file) within {@value #JUNK_BYTES} bytes.
   */
  private boolean isJunk(long at) {
    if (compression != WarcCompression.NONE) {
      return false; // a gzip member is a record
    }
    try {
      if (starts.isRecordLine(at)) {
        return false;
      }
      for (long p = at + 1; p <= at + JUNK_BYTES; p++) {
        if (channel.byteAt(p) < 0 || channel.byteAt(p - 1) == '\n' && starts.isRecordLine(p)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private Rejection framingError(long position, Exception e) {
    SourceRef source = new SourceRef(file, offset(position), format);
    String detail = "cannot read the record at offset " + position + ": " + e;
    return new Rejection(source, null, cause(e), detail);
  }

  private static RejectReason cause(Exception e) {
    return e instanceof EOFException ? RejectReason.TRUNCATED : RejectReason.MALFORMED_RECORD;
  }

  /**
   * Moves the reader to the first record start after {@code resyncAfter}; false when there is
   * none before the end of the file.
   */
  private boolean resync() {
    long from = resyncAfter;
    resyncAfter = -1;
    try {
      long next = starts.next(from + 1, false);
      if (next < 0 || pastEnd(next)) {
        return false;
      }
      reader.position(next);
      memberStart = next;
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The offset to report: of the compressed member holding the record, else of the record. */
  private long offset(long position) {
    if (compression == WarcCompression.NONE) {
      return position;
    }
    try {
      if (starts.isGzipMember(position)) {
        memberStart = position;
      }
    } catch (IOException e) {
      // no longer buffered: the record is inside the member seen last
    }
    return memberStart;
  }

  private ReadResult toResult(WarcRecord record, SourceRef source) throws RuntimeException {
    if (record instanceof WarcResponse response) {
      return response(response, source);
    }
    if (record instanceof WarcResource || record instanceof WarcConversion) {
      return block(record, source);
    }
    String type;
    if (record instanceof Warcinfo) {
      type = SkipType.WARCINFO;
    } else if (record instanceof WarcRequest) {
      type = SkipType.REQUEST;
    } else if (record instanceof WarcMetadata) {
      type = SkipType.METADATA;
    } else if (record instanceof WarcRevisit) {
      type = SkipType.REVISIT;
    } else if (record instanceof WarcContinuation) {
      type = SkipType.CONTINUATION;
    } else {
      type = SkipType.OTHER_RECORD;
    }
    return new Skip(source, type);
  }

  private ReadResult response(WarcResponse response, SourceRef source) {
    String url = target(response);
    Instant date = WarcDates.parse(response.headers().first("WARC-Date").orElse(null));
    MediaType blockType = HttpBlock.mediaType(response.headers().first("Content-Type").orElse(null));
    InputStream block = Channels.newInputStream(response.body());
    boolean http = blockType != null && "application".equalsIgnoreCase(blockType.type())
        && "http".equalsIgnoreCase(blockType.subtype());
    if (!http && !(blockType == null && url != null && url.regionMatches(true, 0, "http", 0, 4))) {
      // dns:, gemini: and other non-HTTP captures
      return isHtmlType(blockType) ? page(block, source, url, date, blockType)
          : new Skip(source, SkipType.NON_HTML);
    }
    HttpBlock head;
    try {
      head = HttpBlock.read(block);
    } catch (EOFException e) {
      return new Rejection(source, url, RejectReason.TRUNCATED, "record cut inside the HTTP head");
    } catch (IOException | RuntimeException e) {
      return new Rejection(source, url, RejectReason.MALFORMED_HTTP,
          "cannot parse the HTTP response head: " + e.getMessage());
    }
    int status = head.status();
    if (status >= 300 && status < 400) {
      return new Skip(source, SkipType.HTTP_REDIRECT);
    }
    if (status != -1 && (status < 200 || status >= 300 || status == 204)) {
      return new Skip(source, SkipType.HTTP_NOT_OK);
    }
    MediaType type = head.type();
    if (!isHtmlType(type) && !isUnknownType(type)) {
      return new Skip(source, SkipType.NON_HTML);
    }
    InputStream body;
    try {
      body = head.decoded();
    } catch (EOFException e) {
      return new Rejection(source, url, RejectReason.TRUNCATED, "record cut inside the HTTP body");
    } catch (IOException | RuntimeException e) {
      return new Rejection(source, url, RejectReason.MALFORMED_HTTP,
          "cannot decode the HTTP body: " + e.getMessage());
    }
    ReadResult result = page(body, source, url, date, type);
    if (result instanceof Page page && isUnknownType(type) && !looksLikeHtml(page.content())) {
      return new Skip(source, SkipType.NON_HTML);
    }
    return result;
  }

  private ReadResult block(WarcRecord record, SourceRef source) {
    MediaType type = HttpBlock.mediaType(record.headers().first("Content-Type").orElse(null));
    if (!isPageType(type)) {
      return new Skip(source, SkipType.NON_HTML);
    }
    MessageBody body = record.body();
    return page(Channels.newInputStream(body), source, target(record),
        WarcDates.parse(record.headers().first("WARC-Date").orElse(null)), type);
  }

  /** The target URI as written (angle brackets of WARC 1.0 drafts removed), or null. */
  private static String target(WarcRecord record) {
    String uri = record.headers().first("WARC-Target-URI").orElse(null);
    if (uri == null) {
      return null;
    }
    uri = uri.strip();
    if (uri.startsWith("<") && uri.endsWith(">")) {
      uri = uri.substring(1, uri.length() - 1);
    }
    return uri.isEmpty() ? null : uri;
  }

  private ReadResult page(InputStream body, SourceRef source, String url, Instant date,
      MediaType type) {
    byte[] content;
    try {
      content = body.readNBytes(limits.maxPageBytes() + 1);
    } catch (EOFException e) {
      return new Rejection(source, url, RejectReason.TRUNCATED, "record body cut short: " + e.getMessage());
    } catch (ZipException e) {
      return new Rejection(source, url, RejectReason.MALFORMED_HTTP,
          "cannot decode the HTTP body: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      return new Rejection(source, url, RejectReason.MALFORMED_HTTP,
          "cannot decode the HTTP body: " + e);
    }
    if (content.length > limits.maxPageBytes()) {
      return new Rejection(source, url, RejectReason.TOO_LARGE,
          "page larger than " + limits.maxPageBytes() + " bytes");
    }
    String contentType = isUnknownType(type) ? "text/html"
        : type.base().toString().toLowerCase(Locale.ROOT);
    String charset = type == null ? null : type.parameters().get("charset");
    return new Page(source, url, date, contentType, charset, content);
  }

  /** HTTP responses: only HTML is a page (text/plain responses are robots.txt and the like). */
  private static boolean isHtmlType(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** Resources and conversions: HTML, or plain text such as a converted page. */
  private static boolean isPageType(MediaType type) {
    return isHtmlType(type)
        || type != null && type.base().toString().equalsIgnoreCase("text/plain");
  }

  private static boolean isUnknownType(MediaType type) {
    if (type == null) {
      return true;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("application/octet-stream") || base.isEmpty() || base.equals("/");
  }

  private static boolean looksLikeHtml(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 1024),
        StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head");
  }

  @Override
  public void close() throws IOException {
    finish();
    if (reader != null) {
      reader.close();
    } else {
      channel.close();
    }
  }
}
