package org.geotrends.common.record;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/** Reads a file that holds one page (saved HTML, a text dump) into one {@link Page}. */
final class SinglePage {

  private SinglePage() {
  }

  static ReadResult read(InputStream in, String file, InputFormat format, ReadLimits limits) {
    SourceRef source = new SourceRef(file, 0, format);
    try (in) {
      byte[] content = in.readNBytes(limits.maxPageBytes() + 1);
      if (content.length > limits.maxPageBytes()) {
        return new Rejection(source, null, RejectReason.TOO_LARGE,
            "page larger than " + limits.maxPageBytes() + " bytes");
      }
      String type = format == InputFormat.HTML ? "text/html" : "text/plain";
      return new Page(source, null, null, type, null, content);
    } catch (EOFException | ZipException e) {
      return new Rejection(source, null, RejectReason.TRUNCATED, "compressed file cut short: " + e.getMessage());
    } catch (IOException e) {
      return new Rejection(source, null, RejectReason.UNREADABLE, e.toString());
    }
  }
}
