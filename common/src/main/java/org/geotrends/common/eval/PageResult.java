package org.geotrends.common.eval;

import java.time.Instant;
import org.geotrends.common.record.PublishedDate;

/**
 * How the extractor did on one annotated page.
 *
 * @param titleMatch null when the page has no annotated title
 * @param localDayMatch whether the found date's local day (as the page wrote it) is the annotated
 *     day as the annotation wrote it; null when the page has no annotated publishing date
 * @param utcDayMatch whether the found instant falls on the annotated instant's UTC day (an
 *     annotation without offset read as UTC); null when there is no annotated date
 * @param published the date found, as the page wrote it, or null
 */
public record PageResult(
    String publisherKey,
    String file,
    Shingles.Score body,
    boolean bodyEmpty,
    boolean expectedBodyEmpty,
    Boolean titleMatch,
    String title,
    String expectedTitle,
    Boolean localDayMatch,
    Boolean utcDayMatch,
    PublishedDate published,
    String dateSource,
    String expectedDate) {

  /** The UTC instant found, or null. */
  public Instant publishedAt() {
    return published == null ? null : published.instant();
  }
}
