package org.geotrends.common.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.geotrends.common.eval.AnnotatedFolder.AnnotatedPage;
import org.geotrends.common.extract.HtmlExtractor;
import org.geotrends.common.extract.PageFields;
import org.geotrends.common.record.PublishedDate;
import org.geotrends.common.extract.SameText;
import org.geotrends.common.extract.TextDecoder;

/**
 * Runs {@link HtmlExtractor} over an annotated folder (see {@link AnnotatedFolder}) and
 * compares its output with the annotations (see {@link EvaluationReport}).
 *
 * <p>A title matches when it equals the annotated one after {@link #normalizeTitle}: the two
 * may differ in how they encode the same text, not in its words. Dates are compared twice: the
 * publisher's local day (the day of {@code published_local} against the day the annotation
 * writes, in its own offset), and the UTC day of the instant (an annotation without offset
 * read as UTC wall-clock time, as geotrends reads such dates).
 */
public final class Evaluation {

  private Evaluation() {
  }

  /** Evaluates every annotated page under {@code folder}. */
  public static EvaluationReport evaluate(Path folder) {
    List<AnnotatedPage> annotated;
    try {
      annotated = AnnotatedFolder.read(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read annotated folder " + folder, e);
    }
    List<PageResult> results = new ArrayList<>();
    for (AnnotatedPage page : annotated) {
      results.add(evaluate(page));
    }
    return new EvaluationReport(results);
  }

  static PageResult evaluate(AnnotatedPage page) {
    return evaluate(page, TextDecoder.decode(page.bytes(), null).text());
  }

  /** Evaluates {@code html} (the page, or a variant of it) against the page's annotations. */
  static PageResult evaluate(AnnotatedPage page, String html) {
    PageFields fields = HtmlExtractor.extract(html, page.url(), page.crawledAt());
    String body = fields.body() == null ? "" : fields.body();
    String expectedBody = page.body() == null ? "" : page.body();
    Boolean titleMatch = page.title() == null || page.title().isBlank() ? null
        : normalizeTitle(page.title()).equals(normalizeTitle(fields.title()));
    String expected = page.publishingDate();
    Boolean localMatch = expected == null ? null : sameLocalDay(fields.published(), expected);
    Boolean utcMatch = expected == null ? null : sameUtcDay(fields.publishedAt(), expected);
    return new PageResult(page.publisherKey(), page.file().getFileName().toString(),
        Shingles.compare(body, expectedBody), body.isBlank(), expectedBody.isBlank(),
        titleMatch, fields.title(), page.title(), localMatch, utcMatch, fields.published(),
        fields.dateSource(), expected);
  }

  /** The form in which titles are compared: {@link SameText#key}, encodings of the same text folded. */
  static String normalizeTitle(String s) {
    return SameText.key(s);
  }

  /** True when the local day of {@code found} is the day {@code expected} writes. */
  static boolean sameLocalDay(PublishedDate found, String expected) {
    LocalDate day = writtenDay(expected);
    return found != null && day != null && found.date().equals(day);
  }

  /** True when {@code found} is on the UTC day of {@code expected} (read as UTC without offset). */
  static boolean sameUtcDay(Instant found, String expected) {
    if (found == null) {
      return false;
    }
    String v = expected.strip().replace(' ', 'T');
    LocalDate expectedDay;
    try {
      expectedDay = OffsetDateTime.parse(v).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException notOffset) {
      expectedDay = writtenDay(expected);
    }
    return expectedDay != null && found.atOffset(ZoneOffset.UTC).toLocalDate().equals(expectedDay);
  }

  /** The day an annotation writes ("2025-03-01 23:30:00+01:00" is 2025-03-01), or null. */
  static LocalDate writtenDay(String expected) {
    String v = expected.strip();
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  /** Prints the report for the folder given as the only argument. */
  public static void main(String[] args) {
    System.out.println(evaluate(Path.of(args.length > 0 ? args[0] : "../shared/data/fundus")));
  }
}
