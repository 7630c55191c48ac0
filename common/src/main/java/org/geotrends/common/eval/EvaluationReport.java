package org.geotrends.common.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.geotrends.common.extract.DateSource;

/**
 * Extraction quality over an annotated folder: body precision/recall/F1 on word 4-gram
 * shingles averaged per page (pages whose annotated body is empty are left out), the title
 * exact-match rate, the same-day date accuracy (the publisher's local day, and the UTC day), the pages whose extracted body is empty, and
 * the same figures per publisher. {@link #toString()} prints it as a plain-text report.
 */
public record EvaluationReport(List<PageResult> pages) {

  public EvaluationReport {
    pages = List.copyOf(pages);
  }

  /** Aggregated figures of a set of pages. */
  public record Figures(int pages, double precision, double recall, double f1, double titleExact,
      int titled, double localDay, double utcDay, int dated, int undated, int crawlDated) {
  }

  /** Figures over all pages. */
  public Figures overall() {
    return figures(pages);
  }

  /** Figures per "cc/Publisher", sorted by key. */
  public Map<String, Figures> perPublisher() {
    Map<String, List<PageResult>> groups = new TreeMap<>();
    for (PageResult p : pages) {
      groups.computeIfAbsent(p.publisherKey(), k -> new ArrayList<>()).add(p);
    }
    Map<String, Figures> out = new TreeMap<>();
    groups.forEach((k, v) -> out.put(k, figures(v)));
    return out;
  }

  /** Pages whose extracted body is empty although the annotation has one. */
  public List<PageResult> unexpectedEmptyBodies() {
    return pages.stream().filter(p -> p.bodyEmpty() && !p.expectedBodyEmpty()).toList();
  }

  /** Pages whose extracted body is empty, whatever the annotation says. */
  public List<PageResult> emptyBodies() {
    return pages.stream().filter(PageResult::bodyEmpty).toList();
  }

  private static Figures figures(List<PageResult> group) {
    List<PageResult> withBody = group.stream().filter(p -> !p.expectedBodyEmpty()).toList();
    List<PageResult> titled = group.stream().filter(p -> p.titleMatch() != null).toList();
    List<PageResult> dated = group.stream().filter(p -> p.localDayMatch() != null).toList();
    return new Figures(group.size(),
        mean(withBody, p -> p.body().precision()),
        mean(withBody, p -> p.body().recall()),
        mean(withBody, p -> p.body().f1()),
        share(titled, PageResult::titleMatch), titled.size(),
        share(dated, PageResult::localDayMatch), share(dated, PageResult::utcDayMatch), dated.size(),
        (int) dated.stream().filter(p -> p.published() == null).count(),
        (int) dated.stream().filter(p -> DateSource.CRAWL.equals(p.dateSource())).count());
  }

  private static double mean(List<PageResult> ps, java.util.function.ToDoubleFunction<PageResult> f) {
    return ps.isEmpty() ? Double.NaN : ps.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  private static double share(List<PageResult> ps, Predicate<PageResult> f) {
    return ps.isEmpty() ? Double.NaN : ps.stream().filter(f).count() / (double) ps.size();
  }

  /** The report as text: overall figures, empty bodies, per-publisher rows, the weakest pages. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    Figures all = overall();
    sb.append(String.format(Locale.ROOT, "pages: %d, publishers: %d%n", all.pages(), perPublisher().size()));
    sb.append(String.format(Locale.ROOT, "body   precision %.3f  recall %.3f  F1 %.3f  (word 4-gram shingles, mean per page)%n",
        all.precision(), all.recall(), all.f1()));
    sb.append(String.format(Locale.ROOT, "title  exact match %.3f  (%d pages with a title)%n", all.titleExact(), all.titled()));
    sb.append(String.format(Locale.ROOT, "date   same day    %.3f local, %.3f UTC  (%d pages with a date; "
        + "%d found none, %d took the crawl date)%n", all.localDay(), all.utcDay(), all.dated(), all.undated(),
        all.crawlDated()));
    List<PageResult> empty = emptyBodies();
    sb.append(String.format(Locale.ROOT, "empty body: %d pages (%d with a non-empty annotation)%n",
        empty.size(), unexpectedEmptyBodies().size()));
    for (PageResult p : empty) {
      sb.append("  ").append(p.file()).append(p.expectedBodyEmpty() ? " (annotation empty too)" : "").append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%n%-34s %5s %6s %6s %6s %6s %6s %6s%n", "publisher", "pages", "P", "R", "F1",
        "title", "local", "utc"));
    perPublisher().forEach((k, f) -> sb.append(String.format(Locale.ROOT, "%-34s %5d %6.3f %6.3f %6.3f %6.2f %6.2f %6.2f%n",
        k, f.pages(), f.precision(), f.recall(), f.f1(), f.titleExact(), f.localDay(), f.utcDay())));
    sb.append(String.format(Locale.ROOT, "%nweakest bodies:%n"));
    pages.stream().filter(p -> !p.expectedBodyEmpty())
        .sorted(Comparator.comparingDouble(p -> p.body().f1())).limit(15)
        .forEach(p -> sb.append(String.format(Locale.ROOT, "  %-50s P %.3f R %.3f F1 %.3f%n",
            p.file(), p.body().precision(), p.body().recall(), p.body().f1())));
    sb.append(String.format(Locale.ROOT, "%ntitle mismatches:%n"));
    pages.stream().filter(p -> Boolean.FALSE.equals(p.titleMatch())).forEach(p -> sb.append(
        String.format(Locale.ROOT, "  %-40s got [%s] want [%s]%n", p.file(), p.title(), p.expectedTitle())));
    sb.append(String.format(Locale.ROOT, "%ndate mismatches (local day):%n"));
    pages.stream().filter(p -> Boolean.FALSE.equals(p.localDayMatch())).forEach(p -> sb.append(
        String.format(Locale.ROOT, "  %-40s got %s (%s) want %s%n", p.file(),
            p.published() == null ? null : p.published().localText(), p.dateSource(), p.expectedDate())));
    return sb.toString();
  }
}
