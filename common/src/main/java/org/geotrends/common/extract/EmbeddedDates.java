package org.geotrends.common.extract;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geotrends.common.record.PublishedDate;

/**
 * Publication dates in a page's embedded data: the JSON that script-rendered sites ship in
 * scripts and attributes ({@code "publicationDate":"2024-08-31T10:00:00Z"}, escaped as
 * {@code \"datePublished\":\"…\"} inside a script string or as {@code &quot;} in an attribute).
 * A key counts when it speaks of publishing ({@code published}, {@code publicationDate},
 * {@code publish_time}…) and not of a publisher, an update or a later re-publication.
 */
final class EmbeddedDates {

  private static final String QUOTE = "(?:\"|\\\\\"|&quot;|')";
  private static final Pattern KEY_VALUE = Pattern.compile(
      QUOTE + "([\\w:.-]{0,30}publi[\\w:.-]{0,30})" + QUOTE + "\\s*:\\s*" + QUOTE + "?"
          + "(\\d[\\dT:.+\\-Z ]{7,34})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_PUBLICATION = Pattern.compile(
      "(?i)publisher|unpubl|republ|modif|updat|edit|expir|end");
  /** Enough for the page's own data; a long list of other articles' dates stops here. */
  private static final int MAX_MATCHES = 200;

  private EmbeddedDates() {
  }

  /** The first publication date in {@code html}'s embedded data that {@code ok} accepts. */
  static Optional<PublishedDate> first(String html, Predicate<PublishedDate> ok) {
    if (html == null) {
      return Optional.empty();
    }
    Matcher m = KEY_VALUE.matcher(html);
    for (int seen = 0; seen < MAX_MATCHES && m.find(); seen++) {
      if (NOT_PUBLICATION.matcher(m.group(1)).find()) {
        continue;
      }
      Optional<PublishedDate> d = DateParser.parseMachine(m.group(2).strip()).filter(ok);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
