package org.geotrends.common.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.geotrends.common.eval.AnnotatedFolder.AnnotatedPage;
import org.geotrends.common.extract.HtmlExtractor;
import org.geotrends.common.extract.PageFields;
import org.geotrends.common.extract.SameText;
import org.geotrends.common.extract.TextDecoder;

/**
 * Runs {@link HtmlExtractor} over an annotated folder (see {@link AnnotatedFolder}) and
 * compares its output with the annotations (see {@link EvaluationReport}).
 *
 * <p>A title matches when it equals the annotated one after {@link #normalizeTitle}: the two
 * may differ in how they encode the same text, not in its words. A date
 * matches when it falls on the annotated day, read in the annotation's own offset or in UTC
 * (a page that writes its date without a zone is read as UTC wall-clock time).
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
    String html = TextDecoder.decode(page.bytes(), null).text();
    PageFields fields = HtmlExtractor.extract(html, page.url(), page.crawledAt());
    String body = fields.body() == null ? "" : fields.body();
    String expectedBody = page.body() == null ? "" : page.body();
    Boolean titleMatch = page.title() == null || page.title().isBlank() ? null
        : normalizeTitle(page.title()).equals(normalizeTitle(fields.title()));
    Boolean dateMatch = page.publishingDate() == null ? null
        : sameDay(fields.publishedAt(), page.publishingDate());
    return new PageResult(page.publisherKey(), page.file().getFileName().toString(),
        Shingles.compare(body, expectedBody), body.isBlank(), expectedBody.isBlank(),
        titleMatch, fields.title(), page.title(), dateMatch, fields.publishedAt(),
        fields.dateSource(), page.publishingDate());
  }

  /** The form in which titles are compared: {@link SameText#key}, encodings of the same text folded. */
  static String normalizeTitle(String s) {
    return SameText.key(s);
  }

  /** True when {@code found} is on the day of {@code expected} (its own offset, or UTC). */
  static boolean sameDay(Instant found, String expected) {
    if (found == null) {
      return false;
    }
    String v = expected.strip().replace(' ', 'T');
    try {
      OffsetDateTime e = OffsetDateTime.parse(v);
      return found.atOffset(e.getOffset()).toLocalDate().equals(e.toLocalDate())
          || found.atOffset(ZoneOffset.UTC).toLocalDate().equals(e.atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeParseException notOffset) {
      try {
        LocalDate day = v.length() == 10 ? LocalDate.parse(v) : LocalDateTime.parse(v).toLocalDate();
        return found.atOffset(ZoneOffset.UTC).toLocalDate().equals(day);
      } catch (DateTimeParseException unreadable) {
        return false;
      }
    }
  }

  /** Prints the report for the folder given as the only argument. */
  public static void main(String[] args) {
    System.out.println(evaluate(Path.of(args.length > 0 ? args[0] : "../shared/data/fundus")));
  }
}
