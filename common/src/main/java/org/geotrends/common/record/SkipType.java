package org.geotrends.common.record;

/** The skip types counted in {@code run-summary.json}. */
public final class SkipType {
  public static final String WARCINFO = "warcinfo";
  public static final String REQUEST = "request";
  public static final String METADATA = "metadata";
  public static final String REVISIT = "revisit";
  public static final String CONTINUATION = "continuation";
  /** Any other WARC record type (e.g. a non-standard one). */
  public static final String OTHER_RECORD = "other_record";
  /** A response or resource whose payload is not HTML or text (images, scripts, PDFs, DNS). */
  public static final String NON_HTML = "non_html";
  /** An HTTP 3xx response: a redirect, no page. */
  public static final String HTTP_REDIRECT = "http_redirect";
  /** An HTTP 4xx/5xx response, or 1xx/204/304: an error page or no page. */
  public static final String HTTP_NOT_OK = "http_not_ok";

  /**
   * A whole file that is not a crawl file: empty, binary (images, PDFs, office files), project
   * documentation (README, LICENSE) or JSON that is not article data. Counted once per file.
   */
  public static final String NOT_A_CRAWL_FILE = "not_a_crawl_file";

  private SkipType() {
  }
}
