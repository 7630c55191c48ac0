package org.geotrends.common.record;

/**
 * What reading one record of a crawl file gives: a {@link Page} to extract, a {@link Skip}
 * (a record that is not a page, such as a WARC request), or a {@link Rejection}. Skips and
 * rejections are already {@link Outcome}s; a page becomes one when it is extracted.
 */
public sealed interface ReadResult permits Page, Skip, Rejection {
  /** Where the record starts. */
  SourceRef source();
}
