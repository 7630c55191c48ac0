package org.geotrends.common.record;

import java.io.Serializable;

/**
 * A part of one crawl file read by one task: the records whose start (gzip member, or record
 * line in a plain file) lies in {@code [start, end)}, as found by {@link FileSplits}. A whole
 * file is the split {@code [0, Long.MAX_VALUE)} with no format: its format is sniffed as it is
 * read.
 *
 * @param format WARC or ARC for a part of a file, null for a whole file
 * @param gzip whether the file is per-record gzip (else plain)
 */
public record FileSplit(String file, InputFormat format, boolean gzip, long start, long end)
    implements Serializable {

  /** The whole of {@code file}, of any format. */
  public static FileSplit whole(String file) {
    return new FileSplit(file, null, false, 0, Long.MAX_VALUE);
  }

  /** Whether this is a whole file rather than one of several parts. */
  public boolean isWhole() {
    return format == null;
  }

  /**
   * Where to start reading the stored file for this split: one byte before {@code start},
   * so that a record line right at {@code start} can be seen to begin a line.
   */
  public long readFrom() {
    return Math.max(0, start - 1);
  }
}
