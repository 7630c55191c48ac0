package org.geotrends.common.extract;

import java.time.Instant;
import java.util.List;

/**
 * What an extractor found in one page; any field may be null (tags may be empty).
 * {@link ArticleAssembler} combines it with what the crawl record knows into an {@code Article}.
 *
 * @param url the page's own idea of its URL (canonical link, og:url, JSON field), or null
 * @param publisher the site or publication name (og:site_name, JSON-LD publisher), or null
 * @param dateSource which rule found {@code publishedAt} (see {@link DateSource}), or null
 * @param language ISO 639-1 code, or null
 */
public record PageFields(
    String url,
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
    String body) {

  public PageFields {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A builder, because extractors fill fields one rule at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable companion of {@link PageFields}; set what you find, leave the rest null. */
  public static final class Builder {
    private String url;
    private String publisher;
    private String title;
    private String summary;
    private String byline;
    private String sourceAgency;
    private String section;
    private List<String> tags = List.of();
    private Instant publishedAt;
    private String dateSource;
    private String language;
    private String body;

    public Builder url(String v) { url = v; return this; }
    public Builder publisher(String v) { publisher = v; return this; }
    public Builder title(String v) { title = v; return this; }
    public Builder summary(String v) { summary = v; return this; }
    public Builder byline(String v) { byline = v; return this; }
    public Builder sourceAgency(String v) { sourceAgency = v; return this; }
    public Builder section(String v) { section = v; return this; }
    public Builder tags(List<String> v) { tags = v; return this; }
    public Builder publishedAt(Instant v) { publishedAt = v; return this; }
    public Builder dateSource(String v) { dateSource = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder body(String v) { body = v; return this; }

    public PageFields build() {
      return new PageFields(url, publisher, title, summary, byline, sourceAgency, section, tags,
          publishedAt, dateSource, language, body);
    }
  }
}
