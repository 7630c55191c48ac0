package org.geotrends.common.extract;

import java.time.Instant;
import java.util.List;
import org.geotrends.common.record.PublishedDate;

/**
 * What an extractor found in one page; any field may be null (tags may be empty).
 * {@link ArticleAssembler} combines it with what the crawl record knows into an {@code Article}.
 *
 * @param url the page's own idea of its URL (canonical link, og:url, JSON field), or null
 * @param publisher the site or publication name (og:site_name, JSON-LD publisher), or null
 * @param published the publication date as the page wrote it, or null
 * @param dateSource which rule found {@code published} (see {@link DateSource}), or null
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
    PublishedDate published,
    String dateSource,
    String language,
    String body) {

  public PageFields {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The publication instant in UTC, or null. */
  public Instant publishedAt() {
    return published == null ? null : published.instant();
  }

  /** The same fields with another date and date source. */
  public PageFields withDate(PublishedDate date, String source) {
    return new PageFields(url, publisher, title, summary, byline, sourceAgency, section, tags,
        date, source, language, body);
  }

  /** The same fields with another language. */
  public PageFields withLanguage(String code) {
    return new PageFields(url, publisher, title, summary, byline, sourceAgency, section, tags,
        published, dateSource, code, body);
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
    private PublishedDate published;
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
    public Builder published(PublishedDate v) { published = v; return this; }
    public Builder dateSource(String v) { dateSource = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder body(String v) { body = v; return this; }

    public PageFields build() {
      return new PageFields(url, publisher, title, summary, byline, sourceAgency, section, tags,
          published, dateSource, language, body);
    }
  }
}
