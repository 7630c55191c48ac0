package org.geotrends.common.record;

import java.util.Locale;

/**
 * Why a record did not become an article: the closed set of codes in the {@code rejects} table.
 * Each code but {@link #EXTRACTION_FAILED} names a fault or a shortfall of the input.
 */
public enum RejectReason {
  /** The file or record ends early: cut gzip stream, record shorter than its Content-Length. */
  TRUNCATED,
  /** WARC/ARC framing that cannot be parsed: bad version line, headers or lengths. */
  MALFORMED_RECORD,
  /** The HTTP message inside a record cannot be decoded: bad status line, chunking or gzip. */
  MALFORMED_HTTP,
  /** A JSON line that is not a JSON object. */
  MALFORMED_JSON,
  /** The file could not be opened or read at all. */
  UNREADABLE,
  /** Bytes that do not decode as text in any plausible character set. */
  UNDECODABLE_TEXT,
  /** No content at all: zero bytes, or only white space or markup. */
  EMPTY_PAGE,
  /** A page larger than the configured limit; it is not loaded into memory. */
  TOO_LARGE,
  /** A page with text but no title to be found. */
  NO_TITLE,
  /** A page with a title but no article text (an index, a video page, a paywall stub). */
  NO_BODY,
  /** The extractor failed on this page (a bug to report, with the page as its fixture). */
  EXTRACTION_FAILED;

  /** The value stored in tables. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
