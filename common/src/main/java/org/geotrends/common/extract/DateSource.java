package org.geotrends.common.extract;

/** Values of the {@code date_source} column: which rule found an article's publication date. */
public final class DateSource {
  /** JSON-LD {@code datePublished} of a NewsArticle/Article object. */
  public static final String JSON_LD = "json_ld";
  /** A meta tag such as {@code article:published_time}, {@code og:published_time}, Dublin Core. */
  public static final String META = "meta";
  /**
   * A publication field in the page's embedded data: JSON in a script or attribute that is not
   * JSON-LD ({@code "publicationDate": "2024-08-31T…"}), as script-rendered sites ship it.
   */
  public static final String SCRIPT = "script";
  /** A {@code <time datetime>} element. */
  public static final String TIME_ELEMENT = "time_element";
  /** A date written in the page text (byline block or document title of an HTML page, or a text dump). */
  public static final String TEXT = "text";
  /** A date pattern in the URL path such as {@code /2024/08/31/}. */
  public static final String URL = "url";
  /** A date field of a JSON-lines record. */
  public static final String JSON_FIELD = "json_field";
  /**
   * No date in the page: the crawl date stands in (the page was published by then), in UTC
   * with offset 0. Only when the record has a crawl date.
   */
  public static final String CRAWL = "crawl";
  /** No date found and no crawl date: {@code published_at} is null. */
  public static final String NONE = "none";

  private DateSource() {
  }
}
