package org.geotrends.common.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The JSON-LD objects of a page ({@code <script type="application/ld+json">}), flattened out of
 * top-level arrays, {@code @graph} lists and {@code mainEntity} wrappers, with helpers that
 * read schema.org values whatever shape the publisher chose (string, object, array).
 */
final class JsonLd {

  /** schema.org types that describe the page's article, best first. */
  private static final List<String> ARTICLE_TYPES = List.of(
      "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "backgroundnewsarticle", "reviewnewsarticle", "article", "blogposting", "liveblogposting",
      "report", "scholarlyarticle", "techarticle", "socialmediaposting");

  /** Lenient: publishers' JSON often has raw newlines in strings, comments or trailing commas. */
  private static final ObjectReader READER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build()
      .reader();

  private static final Evaluator LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  /** Reads every JSON-LD script of {@code doc}; scripts that do not parse are skipped. */
  static JsonLd read(Document doc) {
    return read(doc.getElementsByTag("script"));
  }

  /** As {@link #read(Document)}, from the page's {@code <script>} elements in document order. */
  static JsonLd read(List<Element> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    Element root = scripts.isEmpty() ? null : scripts.get(0).root();
    for (Element script : scripts) {
      if (!LD_JSON.matches(root, script)) {
        continue;
      }
      String json = script.data().strip();
      if (json.startsWith("<!--")) {
        json = json.substring(4).replace("-->", "");
      }
      try {
        flatten(READER.readTree(json.strip()), objects, 0);
      } catch (IOException | RuntimeException e) {
        // A broken script is the publisher's bug; the page's other sources still count.
      }
    }
    return new JsonLd(objects);
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && (main.isObject() || main.isArray())) {
        flatten(main, out, depth + 1);
      }
    }
  }

  /**
   * The object that describes the page's article: the first of the most specific article
   * type; among several of that type the one with a headline and a publication date.
   */
  Optional<JsonNode> article() {
    for (String type : ARTICLE_TYPES) {
      JsonNode firstOfType = null;
      for (JsonNode o : objects) {
        if (hasType(o, type)) {
          if (o.hasNonNull("headline") && o.hasNonNull("datePublished")) {
            return Optional.of(o);
          }
          if (firstOfType == null) {
            firstOfType = o;
          }
        }
      }
      if (firstOfType != null) {
        return Optional.of(firstOfType);
      }
    }
    return Optional.empty();
  }

  /** The first object of a schema.org type (case-insensitive), e.g. "BreadcrumbList". */
  Optional<JsonNode> first(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return objects.stream().filter(o -> hasType(o, t)).findFirst();
  }

  private static boolean hasType(JsonNode o, String lowerType) {
    JsonNode type = o.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (lowerType.equals(localName(t.asText()))) {
          return true;
        }
      }
      return false;
    }
    return lowerType.equals(localName(type.asText()));
  }

  /** "http://schema.org/NewsArticle" and "schema:NewsArticle" both mean "newsarticle". */
  private static String localName(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(cut + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * A field as text: a string or number, the first element of an array, or the {@code name},
   * {@code @value}, {@code @id} or {@code url} of an object. Null when absent or blank.
   */
  static String text(JsonNode node, String field) {
    return node == null ? null : asText(node.get(field));
  }

  private static String asText(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      for (JsonNode e : v) {
        String s = asText(e);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    if (v.isObject()) {
      for (String key : new String[] {"name", "@value", "url", "@id"}) {
        String s = asText(v.get(key));
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * Every name in a field that may hold one or many strings or objects with a {@code name}
   * ({@code author}, {@code keywords}, {@code articleSection}), in order, without repeats.
   */
  static List<String> names(JsonNode node, String field) {
    Set<String> out = new LinkedHashSet<>();
    if (node != null) {
      collectNames(node.get(field), out);
    }
    return new ArrayList<>(out);
  }

  private static void collectNames(JsonNode v, Set<String> out) {
    if (v == null || v.isNull()) {
      return;
    }
    if (v.isArray()) {
      v.forEach(e -> collectNames(e, out));
    } else if (v.isObject()) {
      String name = asText(v.get("name"));
      if (name != null) {
        out.add(name);
      }
    } else {
      String s = v.asText().strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
  }
}
