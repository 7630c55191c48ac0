package org.geotrends.common.eval;

import java.time.Instant;

/**
 * How the extractor did on one annotated page.
 *
 * @param titleMatch null when the page has no annotated title
 * @param dateMatch null when the page has no annotated publishing date
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
    Boolean dateMatch,
    Instant publishedAt,
    String dateSource,
    String expectedDate) {
}
