package org.geotrends.common.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The keys under which JSON crawl exports (news-please, Trafilatura, fundus, custom dumps) keep
 * an article's title and text: one list, read by the reader (is this JSON article data at
 * all?) and by the extractor (which field is which).
 */
public final class JsonArticleKeys {
  public static final List<String> TITLE = List.of("title", "headline", "name");
  public static final List<String> BODY = List.of(
      "text", "body", "content", "maintext", "article", "plaintext", "article_body", "articleBody");
  public static final List<String> HTML = List.of("html", "raw_html", "content_html");

  private JsonArticleKeys() {
  }

  /** Whether {@code node} is an object holding an article's text (or its HTML) under a known key. */
  public static boolean isArticle(JsonNode node) {
    if (node == null || !node.isObject()) {
      return false;
    }
    for (List<String> keys : List.of(BODY, HTML)) {
      for (String key : keys) {
        JsonNode value = node.get(key);
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }
}
