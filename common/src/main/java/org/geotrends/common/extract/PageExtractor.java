package org.geotrends.common.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.geotrends.common.record.Article;
import org.geotrends.common.record.Outcome;
import org.geotrends.common.record.Page;
import org.geotrends.common.record.RejectReason;
import org.geotrends.common.record.Rejection;

/**
 * Turns one {@link Page} into an {@link Article}, or into a {@link Rejection} that says why not:
 * decodes the bytes, picks the extractor for the content type (HTML, text dump, JSON object),
 * and checks that an article came out (text, a title, a body).
 */
public final class PageExtractor {

  /** Fewer words than this is a stub, an index or a video page, not an article. */
  public static final int DEFAULT_MIN_BODY_WORDS = 20;

  private static final Pattern TAGS = Pattern.compile("<[^>]*>|&[a-z#0-9]+;");
  private static final Pattern SCRIPTS = Pattern.compile(
      "(?is)<(script|style|noscript)[^>]*>.*?</\\1>");

  private PageExtractor() {
  }

  /** The page's {@link Article}, or the {@link Rejection} that says why there is none. */
  public static Outcome extract(Page page, int minBodyWords) {
    if (isBlank(page.content())) {
      return reject(page, page.url(), RejectReason.EMPTY_PAGE, "no bytes but white space");
    }
    PageFields fields;
    Instant crawledAt = page.crawledAt();
    String text;
    if ("application/json".equals(page.contentType())) {
      text = new String(page.content(), StandardCharsets.UTF_8);
      try {
        JsonRecordExtractor.JsonArticle json = JsonRecordExtractor.extract(text);
        fields = json.fields();
        if (crawledAt == null) {
          crawledAt = json.crawledAt();
        }
      } catch (IllegalArgumentException e) {
        return reject(page, page.url(), RejectReason.MALFORMED_JSON, e.getMessage());
      }
    } else {
      TextDecoder.Decoded decoded = TextDecoder.decode(page.content(), page.charset());
      text = decoded.text();
      if (decoded.replacements() * 20 > text.length() || text.indexOf('\0') >= 0) {
        return reject(page, page.url(), RejectReason.UNDECODABLE_TEXT,
            decoded.replacements() + " of " + text.length()
                + " characters undecodable as " + decoded.charset());
      }
      fields = "text/plain".equals(page.contentType())
          ? TextDumpExtractor.extract(text)
          : HtmlExtractor.extract(text, page.url(), crawledAt);
    }
    if (fields.language() == null && fields.body() != null) {
      fields = fields.withLanguage(LanguageDetector.detect(fields.body(), null));
    }
    // Text dumps and JSON records have one date source each: no date after the crawl, and
    // the crawl date when there is none (HTML pages had this done among their sources).
    PublicationDate.Found date = PublicationDate.settle(
        new PublicationDate.Found(fields.published(), fields.dateSource()), crawledAt);
    fields = fields.withDate(date.date(), date.source());
    String url = page.url() != null ? page.url() : fields.url();
    if (isBlank(fields.title()) && isBlank(fields.body()) && !hasVisibleText(text)) {
      return reject(page, url, RejectReason.EMPTY_PAGE, "no visible text");
    }
    if (isBlank(fields.title())) {
      return reject(page, url, RejectReason.NO_TITLE, "no title in the page");
    }
    int words = fields.body() == null ? 0 : Words.count(fields.body());
    if (words < minBodyWords) {
      return reject(page, url, RejectReason.NO_BODY,
          "article text has " + words + " words, fewer than " + minBodyWords
              + " (title: " + fields.title() + ")");
    }
    return ArticleAssembler.assemble(page, fields, crawledAt);
  }

  private static Rejection reject(Page page, String url, RejectReason reason, String detail) {
    return new Rejection(page.source(), url, reason, detail);
  }

  private static boolean hasVisibleText(String markup) {
    String stripped = TAGS.matcher(SCRIPTS.matcher(markup).replaceAll(" ")).replaceAll(" ");
    return !stripped.isBlank();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b) && b != 0) {
        return false;
      }
    }
    return true;
  }
}
