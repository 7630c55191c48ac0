package org.geotrends.common.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a folder of annotated pages laid out as the fundus test data:
 * <pre>
 * &lt;cc&gt;/meta.info                     {"&lt;Publisher&gt;_2024_05_03.html.gz": {"url": …, "crawl_date": …}, …}
 * &lt;cc&gt;/&lt;Publisher&gt;_2024_05_03.html.gz  the page as fetched
 * &lt;cc&gt;/&lt;Publisher&gt;.json                {"V1": {title, body: {summary, sections: [{headline, paragraphs}]},
 *                                     publishing_date, authors, topics}, "V1_1": {…}, …}
 * </pre>
 * An annotation file holds one annotation per parser version, in release order (V1, V1_1, V2…),
 * and each version was annotated on a page crawled while it was valid. The folder does not
 * record the validity bounds, so they are taken from the pages themselves: version k is valid
 * from the k-th oldest page's crawl date until the next one's, and the newest version stays
 * valid after that. Pages listed in {@code meta.info} but missing on disk are skipped.
 */
public final class AnnotatedFolder {

  /** One page and what the annotators say it holds. */
  public record AnnotatedPage(String country, String publisher, Path file, String url,
      Instant crawledAt, String version, String title, String body, String publishingDate) {

    /** "cc/Publisher", the row key of per-publisher figures. */
    public String publisherKey() {
      return country + "/" + publisher;
    }

    /** The raw page bytes (un-gzipped). */
    public byte[] bytes() {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PAGE_NAME = Pattern.compile("(.+)_\\d{4}_\\d{2}_\\d{2}\\.html\\.gz");
  private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:_(\\d+))?(?:_(\\d+))?");

  private AnnotatedFolder() {
  }

  /** Every annotated page under {@code folder}, sorted by country, publisher and crawl date. */
  public static List<AnnotatedPage> read(Path folder) throws IOException {
    List<AnnotatedPage> pages = new ArrayList<>();
    List<Path> countries;
    try (Stream<Path> s = Files.list(folder)) {
      countries = s.filter(p -> Files.isRegularFile(p.resolve("meta.info"))).sorted().toList();
    }
    for (Path country : countries) {
      pages.addAll(readCountry(country));
    }
    return pages;
  }

  private static List<AnnotatedPage> readCountry(Path country) throws IOException {
    JsonNode meta = JSON.readTree(country.resolve("meta.info").toFile());
    Map<String, List<PageEntry>> byPublisher = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Matcher m = PAGE_NAME.matcher(e.getKey());
      Path file = country.resolve(e.getKey());
      if (!m.matches() || !Files.isRegularFile(file)) {
        continue;
      }
      byPublisher.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new PageEntry(file,
          e.getValue().path("url").asText(null), crawlDate(e.getValue().path("crawl_date").asText(null))));
    }
    List<AnnotatedPage> out = new ArrayList<>();
    for (Map.Entry<String, List<PageEntry>> e : byPublisher.entrySet()) {
      Path annotations = country.resolve(e.getKey() + ".json");
      if (!Files.isRegularFile(annotations)) {
        continue;
      }
      JsonNode versions = JSON.readTree(annotations.toFile());
      List<String> versionNames = new ArrayList<>();
      versions.fieldNames().forEachRemaining(versionNames::add);
      versionNames.sort(Comparator.comparing(AnnotatedFolder::versionKey));
      List<PageEntry> entries = new ArrayList<>(e.getValue());
      entries.sort(Comparator.comparing(PageEntry::crawledAt, Comparator.nullsFirst(Comparator.naturalOrder())));
      for (int i = 0; i < entries.size() && !versionNames.isEmpty(); i++) {
        String version = versionNames.get(Math.min(i, versionNames.size() - 1));
        PageEntry p = entries.get(i);
        JsonNode a = versions.get(version);
        out.add(new AnnotatedPage(country.getFileName().toString(), e.getKey(), p.file(), p.url(),
            p.crawledAt(), version, a.path("title").asText(null), body(a.path("body")),
            a.path("publishing_date").isTextual() ? a.path("publishing_date").asText() : null));
      }
    }
    return out;
  }

  private record PageEntry(Path file, String url, Instant crawledAt) {
  }

  /** V1 → 001.000.000, V1_1 → 001.001.000: sorts versions in release order. */
  private static String versionKey(String name) {
    Matcher m = VERSION.matcher(name);
    if (!m.matches()) {
      return name;
    }
    return String.format("%03d.%03d.%03d", Integer.parseInt(m.group(1)),
        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  /** The annotated body as one text: summary, then each section's headline and paragraphs. */
  static String body(JsonNode body) {
    List<String> parts = new ArrayList<>();
    body.path("summary").forEach(s -> parts.add(s.asText()));
    for (JsonNode section : body.path("sections")) {
      section.path("headline").forEach(h -> parts.add(h.asText()));
      section.path("paragraphs").forEach(p -> parts.add(p.asText()));
    }
    return String.join("\n\n", parts);
  }

  /** "2024-05-03 18:19:08.721370", written without zone, read as UTC. */
  static Instant crawlDate(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
