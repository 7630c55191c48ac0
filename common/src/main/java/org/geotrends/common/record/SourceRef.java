package org.geotrends.common.record;

/**
 * Where a record starts: file, byte offset in that file (of the compressed member for
 * per-record gzip, of the line for JSON lines), and the format it was read as.
 */
public record SourceRef(String file, long offset, InputFormat format) {
}
