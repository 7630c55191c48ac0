package org.geotrends.common.record;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcContinuation;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Streams a WARC or ARC file (plain or per-record gzip) with jwarc. HTML responses, resources
 * and conversions become {@link Page}s with the HTTP transfer and content encodings removed;
 * every other record is a {@link Skip} by type. A framing error ends the file with one
 * {@link Rejection}; as the bad record's own start cannot be known, its offset is that of the
 * last good record (0 when there is none), and its detail says so.
 */
final class WarcFileReader extends PrefetchingRecordIterator {

  private final InputStream in;
  /** Set for gzip files: maps uncompressed positions to member offsets. */
  private final GzipMemberStream gzip;
  private final String file;
  private final InputFormat format;
  private final ReadLimits limits;
  private WarcReader reader;
  /** Offset of a record whose body was cut short: the framing error that follows is the same fault. */
  private long cutRecordOffset = -1;
  private boolean readAny;

  WarcFileReader(InputStream in, boolean gzipped, String file, InputFormat format, ReadLimits limits) {
    this.gzip = gzipped ? new GzipMemberStream(in) : null;
    this.in = gzipped ? gzip : in;
    this.file = file;
    this.format = format;
    this.limits = limits;
  }

  @Override
  protected ReadResult readNext() {
    long offset = 0;
    ReadResult result;
    try {
      if (reader == null) {
        reader = new WarcReader(in);
      }
      offset = offset(reader.position());
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty()) {
        finish();
        return null;
      }
      offset = offset(reader.position());
      readAny = true;
      result = toResult(record.get(), new SourceRef(file, offset, format));
      if (result instanceof Rejection r && r.reason() == RejectReason.TRUNCATED) {
        cutRecordOffset = offset;
      }
      return result;
    } catch (EOFException | ZipException e) {
      finish();
      if (offset == cutRecordOffset) {
        return null; // already rejected as truncated
      }
      return new Rejection(new SourceRef(file, offset, format), null, RejectReason.TRUNCATED,
          where(offset) + " the file ends inside a record (" + e.getMessage() + ")");
    } catch (ParsingException e) {
      finish();
      if (offset == cutRecordOffset) {
        return null; // already rejected as truncated
      }
      return new Rejection(new SourceRef(file, offset, format), null, RejectReason.MALFORMED_RECORD,
          where(offset) + " " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      finish();
      return new Rejection(new SourceRef(file, offset, format), null, RejectReason.UNREADABLE,
          where(offset) + " " + e);
    }
  }

  private String where(long lastRecordOffset) {
    return reader == null || lastRecordOffset == 0 && !readAny
        ? "reading stopped at the start of the file:"
        : "reading stopped after the record at offset " + lastRecordOffset + ":";
  }

  /** The offset to report: of the gzip member for compressed files, else of the record. */
  private long offset(long position) {
    return gzip == null ? position : gzip.memberOffset(position);
  }

  private ReadResult toResult(WarcRecord record, SourceRef source) {
    if (record instanceof WarcResponse response) {
      return response(response, source);
    }
    if (record instanceof WarcResource || record instanceof WarcConversion) {
      return block((WarcTargetRecord) record, source);
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
    String url = response.target();
    Instant date = response.date();
    MediaType blockType = response.contentType();
    if (!"application".equals(blockType.type()) || !"http".equals(blockType.subtype())) {
      // dns:, gemini: and other non-HTTP captures
      return isHtmlType(blockType) ? page(response.body(), source, url, date, blockType)
          : new Skip(source, SkipType.NON_HTML);
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      return new Rejection(source, url, RejectReason.MALFORMED_HTTP,
          "cannot parse the HTTP response head: " + e.getMessage());
    }
    int status = http.status();
    if (status >= 300 && status < 400) {
      return new Skip(source, SkipType.HTTP_REDIRECT);
    }
    if (status < 200 || status >= 300 || status == 204) {
      return new Skip(source, SkipType.HTTP_NOT_OK);
    }
    MediaType type = http.contentType();
    if (!isHtmlType(type) && !isUnknownType(type)) {
      return new Skip(source, SkipType.NON_HTML);
    }
    MessageBody body;
    try {
      body = http.bodyDecoded();
    } catch (IOException e) {
      return new Rejection(source, url, RejectReason.MALFORMED_HTTP,
          "cannot decode the HTTP body: " + e.getMessage());
    }
    ReadResult result = page(body, source, url, date, type);
    if (result instanceof Page page && isUnknownType(type) && !looksLikeHtml(page.content())) {
      return new Skip(source, SkipType.NON_HTML);
    }
    return result;
  }

  private ReadResult block(WarcTargetRecord record, SourceRef source) {
    MediaType type = record.contentType();
    if (!isPageType(type)) {
      return new Skip(source, SkipType.NON_HTML);
    }
    return page(record.body(), source, record.target(), record.date(), type);
  }

  private ReadResult page(MessageBody body, SourceRef source, String url, Instant date,
      MediaType type) {
    byte[] content;
    try {
      content = body.stream().readNBytes(limits.maxPageBytes() + 1);
    } catch (EOFException e) {
      return new Rejection(source, url, RejectReason.TRUNCATED, "record body cut short: " + e.getMessage());
    } catch (IOException e) {
      return new Rejection(source, url, RejectReason.MALFORMED_HTTP,
          "cannot decode the HTTP body: " + e.getMessage());
    }
    if (content.length > limits.maxPageBytes()) {
      return new Rejection(source, url, RejectReason.TOO_LARGE,
          "page larger than " + limits.maxPageBytes() + " bytes");
    }
    String contentType = type == null || isUnknownType(type) ? "text/html"
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
    return base.equals("application/octet-stream") || base.isEmpty();
  }

  private static boolean looksLikeHtml(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 1024),
        java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head");
  }

  @Override
  public void close() throws IOException {
    finish();
    if (reader != null) {
      reader.close();
    } else {
      in.close();
    }
  }
}
