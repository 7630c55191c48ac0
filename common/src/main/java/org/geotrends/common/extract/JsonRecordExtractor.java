package org.geotrends.common.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geotrends.common.record.JsonArticleKeys;
import org.geotrends.common.record.PublishedDate;

/**
 * Reads one article from one JSON object, as exported by scrapers and news APIs (news-please,
 * Fundus, Trafilatura, newspaper, CC-NEWS derivatives). Field names are matched from a list of
 * common spellings; when the object carries raw HTML and no text, the HTML is extracted.
 */
public final class JsonRecordExtractor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> URL = List.of("url", "link", "canonical_url", "source_url");
  private static final List<String> TITLE = JsonArticleKeys.TITLE;
  private static final List<String> BODY = JsonArticleKeys.BODY;
  private static final List<String> HTML = JsonArticleKeys.HTML;
  private static final List<String> DATE = List.of(
      "published", "date_publish", "published_at", "published_time", "publish_date",
      "datePublished", "pubdate", "publication_date", "date");
  private static final List<String> AUTHOR = List.of("authors", "author", "byline", "creator");
  private static final List<String> SUMMARY = List.of("description", "summary", "lead", "abstract");
  private static final List<String> TAGS = List.of("keywords", "tags", "topics");
  private static final List<String> LANGUAGE = List.of("language", "lang", "inLanguage");
  private static final List<String> PUBLISHER = List.of(
      "publisher", "source", "site_name", "source_name", "source_domain");
  private static final List<String> SECTION = List.of("section", "category", "articleSection");
  private static final List<String> CRAWLED = List.of(
      "crawled_at", "date_download", "crawl_date", "fetched_at", "downloaded");

  private JsonRecordExtractor() {
  }

  /** The object's fields and the crawl date it states (or null). */
  public record JsonArticle(PageFields fields, Instant crawledAt) {
  }

  /**
   * Parses one line.
   *
   * @throws IllegalArgumentException when the line is not a JSON object
   */
  public static JsonArticle extract(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Instant crawledAt = text(node, CRAWLED).flatMap(DateParser::parseMachine).map(PublishedDate::instant).orElse(null);
    String url = text(node, URL).orElse(null);
    PageFields fromHtml = text(node, BODY).isEmpty()
        ? text(node, HTML).map(html -> HtmlExtractor.extract(html, url, crawledAt)).orElse(null)
        : null;

    PageFields.Builder b = PageFields.builder();
    b.url(url != null ? url : fromHtml == null ? null : fromHtml.url());
    b.title(text(node, TITLE).orElse(fromHtml == null ? null : fromHtml.title()));
    b.body(text(node, BODY).orElse(fromHtml == null ? null : fromHtml.body()));
    b.summary(text(node, SUMMARY).orElse(fromHtml == null ? null : fromHtml.summary()));
    b.byline(joined(node, AUTHOR).orElse(fromHtml == null ? null : fromHtml.byline()));
    b.publisher(text(node, PUBLISHER).orElse(fromHtml == null ? null : fromHtml.publisher()));
    b.section(text(node, SECTION).orElse(fromHtml == null ? null : fromHtml.section()));
    b.language(text(node, LANGUAGE).orElse(fromHtml == null ? null : fromHtml.language()));
    List<String> tags = list(node, TAGS);
    b.tags(!tags.isEmpty() || fromHtml == null ? tags : fromHtml.tags());
    Optional<PublishedDate> date = text(node, DATE).flatMap(DateParser::parseMachine)
        .filter(d -> PublicationDate.plausible(d, crawledAt));
    if (date.isPresent()) {
      b.published(date.get()).dateSource(DateSource.JSON_FIELD);
    } else if (fromHtml != null && fromHtml.published() != null) {
      b.published(fromHtml.published()).dateSource(fromHtml.dateSource());
    } else {
      b.dateSource(DateSource.NONE);
    }
    return new JsonArticle(b.build(), crawledAt);
  }

  /** The first field of {@code names} that holds a non-blank scalar (or an object's "name"). */
  private static Optional<String> text(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isObject() && v.hasNonNull("name")) {
        v = v.get("name");
      }
      if (v.isValueNode() && !v.asText().isBlank()) {
        return Optional.of(v.asText().strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> joined(JsonNode node, List<String> names) {
    List<String> values = list(node, names);
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
  }

  /** An array of strings or of objects with "name", or a comma-separated string. */
  private static List<String> list(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      List<String> out = new ArrayList<>();
      if (v.isArray()) {
        for (JsonNode item : v) {
          JsonNode value = item.isObject() ? item.get("name") : item;
          if (value != null && value.isValueNode() && !value.asText().isBlank()) {
            out.add(value.asText().strip());
          }
        }
      } else if (v.isObject() && v.hasNonNull("name")) {
        out.add(v.get("name").asText().strip());
      } else if (v.isValueNode()) {
        for (String part : v.asText().split(",")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }
}
