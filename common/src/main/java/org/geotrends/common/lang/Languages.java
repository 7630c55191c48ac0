package org.geotrends.common.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The languages geotrends knows: one data file each under {@code lang/} in this package, listed
 * in {@code lang/languages.txt}. Adding a language means adding its file and its line there (and
 * its names to the gazetteer); no code changes.
 */
public final class Languages implements Serializable {
  private static final long serialVersionUID = 1L;
  private static volatile Languages defaults;

  private final Map<String, Language> byCode;
  private final List<Language> all;

  private Languages(List<Language> languages) {
    Map<String, Language> m = new LinkedHashMap<>();
    for (Language l : languages) {
      for (String c : l.codes()) {
        if (m.put(c, l) != null) {
          throw new IllegalArgumentException("language code " + c + " is claimed by two language files");
        }
      }
    }
    this.byCode = m;
    this.all = List.copyOf(languages);
  }

  /** The languages shipped with geotrends (read once, then shared: immutable). */
  public static Languages defaults() {
    Languages l = defaults;
    if (l == null) {
      synchronized (Languages.class) {
        if (defaults == null) {
          defaults = load();
        }
        l = defaults;
      }
    }
    return l;
  }

  private static Languages load() {
    List<Language> languages = new ArrayList<>();
    try (BufferedReader list = resource("languages.txt")) {
      String line;
      while ((line = list.readLine()) != null) {
        String code = line.replaceAll("#.*", "").strip();
        if (!code.isEmpty()) {
          try (BufferedReader in = resource(code + ".txt")) {
            Language l = Language.read(in, "lang/" + code + ".txt");
            if (!l.code().equals(code)) {
              throw new IllegalStateException("lang/" + code + ".txt declares code " + l.code());
            }
            languages.add(l);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language files", e);
    }
    return new Languages(languages);
  }

  private static BufferedReader resource(String name) {
    InputStream in = Languages.class.getResourceAsStream("/org/geotrends/common/lang/" + name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/geotrends/common/lang/" + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The language of an ISO 639 code (or a BCP 47 tag such as {@code pt-BR}), if known. */
  public Optional<Language> of(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String c = code.toLowerCase(Locale.ROOT);
    int dash = c.indexOf('-');
    return Optional.ofNullable(byCode.get(dash > 0 ? c.substring(0, dash) : c));
  }

  public List<Language> all() {
    return all;
  }

  /** Every code a file answers to, sorted. */
  public Set<String> codes() {
    return new TreeSet<>(byCode.keySet());
  }
}
