package org.geotrends.common.actors;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geotrends.common.lang.Language;
import org.geotrends.common.lang.Languages;

/**
 * Splits a text into the sentences whose indices the mentions carry: the same rule and the same
 * abbreviations as {@link ActorMatcher} (English ones plus the text's language's; English alone
 * for text of unknown language), without building the matcher.
 */
public final class SentenceSplitter implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, Set<String>> abbreviations = new HashMap<>();
  private final Set<String> english;

  public SentenceSplitter(Languages languages) {
    english = Set.copyOf(languages.of("en").map(Language::abbreviations).orElse(Set.of()));
    for (Language lang : languages.all()) {
      Set<String> s = new HashSet<>(english);
      s.addAll(lang.abbreviations());
      Set<String> frozen = Set.copyOf(s);
      for (String code : lang.codes()) {
        abbreviations.put(code, frozen);
      }
    }
  }

  /** A splitter with the languages shipped with geotrends. */
  public static SentenceSplitter defaults() {
    return new SentenceSplitter(Languages.defaults());
  }

  /** Char offset where each sentence of {@code text} starts (the first is 0). */
  public int[] starts(String text, String language) {
    Sentences s = Sentences.of(text, abbreviationsOf(language));
    int[] starts = new int[s.count()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = s.start(i);
    }
    return starts;
  }

  private Set<String> abbreviationsOf(String language) {
    if (language == null) {
      return english;
    }
    String c = language.toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = c.indexOf('-');
    c = dash > 0 ? c.substring(0, dash) : c;
    c = switch (c) { // ISO 639 codes Java once used, as the matcher reads them
      case "iw" -> "he";
      case "in" -> "id";
      case "ji" -> "yi";
      default -> c;
    };
    return abbreviations.getOrDefault(c, english);
  }
}
