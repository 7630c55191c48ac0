package org.geotrends.common.record;

import java.time.Instant;
import java.util.List;

/**
 * One row of the {@code articles} table (see DESIGN.md for the column meanings). Every row can
 * be traced to the bytes ({@code sourceFile}, {@code sourceOffset}) and code
 * ({@code extractorVersion}) that made it. The publication date is one value, {@code published}
 * (null when there is none), that gives the columns {@code published_at},
 * {@code published_local} and {@code utc_offset_minutes}.
 */
public record Article(
    String articleId,
    String url,
    String domain,
    String publisher,
    String title,
    String summary,
    String byline,
    String sourceAgency,
    String section,
    List<String> tags,
    PublishedDate published,
    String dateSource,
    String language,
    String body,
    int wordCount,
    String contentHash,
    String inputFormat,
    String sourceFile,
    long sourceOffset,
    Instant crawledAt,
    String extractorVersion) implements Outcome {

  public Article {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** {@code published_at}: the UTC instant, or null. */
  public Instant publishedAt() {
    return published == null ? null : published.instant();
  }

  /** {@code published_local}: the date as the page wrote it (ISO 8601), or null. */
  public String publishedLocal() {
    return published == null ? null : published.localText();
  }

  /** {@code utc_offset_minutes}: the offset the page gives, or null when it gives none. */
  public Integer utcOffsetMinutes() {
    return published == null ? null : published.offsetMinutes();
  }
}
