package org.geotrends.common.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.geotrends.common.record.Article;
import org.geotrends.common.record.Page;

/**
 * Combines what a page says ({@link PageFields}) with what its crawl record says
 * ({@link Page}) into an {@link Article}: the URL, stable ids and hashes, and tracing columns.
 */
public final class ArticleAssembler {

  /** Bump when extraction output changes, so rows can be traced to the code that made them. */
  public static final String EXTRACTOR_VERSION = "geotrends-extract/1";

  private static final Pattern TRACKING_PARAM = Pattern.compile(
      "^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)=.*", Pattern.CASE_INSENSITIVE);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ArticleAssembler() {
  }

  public static Article assemble(Page page, PageFields fields, Instant crawledAt) {
    String url = page.url() != null && !page.url().isBlank() ? page.url() : fields.url();
    String canonical = canonicalUrl(url);
    String body = fields.body();
    String contentHash = hash(normalizeForHash(body));
    String articleId = canonical != null ? hash(canonical) : contentHash;
    return new Article(
        articleId,
        url,
        domain(canonical),
        fields.publisher(),
        fields.title(),
        fields.summary(),
        fields.byline(),
        fields.sourceAgency(),
        fields.section(),
        fields.tags(),
        fields.published(),
        fields.dateSource() == null ? DateSource.NONE : fields.dateSource(),
        fields.language(),
        body,
        Words.count(body),
        contentHash,
        page.source().format().code(),
        page.source().file(),
        page.source().offset(),
        crawledAt,
        EXTRACTOR_VERSION);
  }

  /**
   * The URL that identifies an article: lower-case scheme and host, no {@code www.}, no
   * fragment, no tracking parameters, no trailing slash. Null when {@code url} is not an
   * absolute http(s) URL.
   */
  public static String canonicalUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip().replace(" ", "%20"));
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null || !scheme.toLowerCase(Locale.ROOT).startsWith("http")) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      StringBuilder query = new StringBuilder();
      if (uri.getRawQuery() != null) {
        for (String param : uri.getRawQuery().split("&")) {
          if (!param.isEmpty() && !TRACKING_PARAM.matcher(param).matches()) {
            query.append(query.length() == 0 ? "?" : "&").append(param);
          }
        }
      }
      return "https://" + host + path + query;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Host of a canonical URL, without {@code www.}. */
  static String domain(String canonical) {
    if (canonical == null) {
      return null;
    }
    return URI.create(canonical).getHost();
  }

  /** Hashes text without case and white-space differences, so re-crawls of a page match. */
  private static String normalizeForHash(String body) {
    return body == null ? "" : WHITESPACE.matcher(body.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** First 16 bytes of SHA-256, as 32 hex digits. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
