package org.geotrends.common.extract;

import java.time.Instant;
import java.util.List;

/**
 * One row of the {@code articles} table (see DESIGN.md for the column meanings). Every row can
 * be traced to the bytes ({@code sourceFile}, {@code sourceOffset}) and code
 * ({@code extractorVersion}) that made it.
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
    Instant publishedAt,
    String dateSource,
    String language,
    String body,
    int wordCount,
    String contentHash,
    String inputFormat,
    String sourceFile,
    long sourceOffset,
    Instant crawledAt,
    String extractorVersion) {

  public Article {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
