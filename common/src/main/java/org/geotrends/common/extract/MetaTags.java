package org.geotrends.common.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page (OpenGraph {@code property}, {@code name}, Dublin Core,
 * {@code itemprop}), keyed by lower-cased name, values in document order.
 */
final class MetaTags {

  private final Map<String, List<String>> values;

  private MetaTags(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Reads every {@code <meta>} with a key and a non-blank {@code content}. */
  static MetaTags read(Document doc) {
    return read(doc.getElementsByTag("meta"));
  }

  /** As {@link #read(Document)}, from the page's {@code <meta>} elements in document order. */
  static MetaTags read(List<Element> metaElements) {
    Map<String, List<String>> values = new HashMap<>();
    for (Element meta : metaElements) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    return new MetaTags(values);
  }

  /** The first value of the first key that has one, or null. */
  String first(String... keys) {
    for (String key : keys) {
      List<String> v = values.get(key);
      if (v != null) {
        return v.get(0);
      }
    }
    return null;
  }

  /** Every value of {@code key}, in document order. */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
