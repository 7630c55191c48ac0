package org.geotrends.common.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of an article as an ISO 639-1 code, with Apache OpenNLP's language
 * detector (103 languages, a 10 MB model loaded once per JVM on first use).
 *
 * <p>The page's own {@code <html lang>} is a hint only: it wins when the detector is unsure
 * or names it among its close runners-up (Bosnian/Croatian/Serbian, Indonesian/Malay,
 * Danish/Norwegian), and it is used alone when the text is too short to judge.
 */
public final class LanguageDetector {

  /** Text beyond this many characters does not change the answer, only the time. */
  private static final int MAX_CHARS = 500;
  private static final int MIN_CHARS = 40;
  /** The hint wins when its probability is at least this share of the best one's. */
  private static final double HINT_SHARE = 0.3;
  private static final double MIN_CONFIDENCE = 0.1;

  /** ISO 639-3 codes of the model that {@link Locale} does not map to ISO 639-1. */
  private static final Map<String, String> SPECIAL = Map.ofEntries(
      Map.entry("cmn", "zh"), Map.entry("zho", "zh"), Map.entry("pes", "fa"),
      Map.entry("prs", "fa"), Map.entry("zsm", "ms"), Map.entry("ekk", "et"),
      Map.entry("lvs", "lv"), Map.entry("nob", "nb"), Map.entry("nno", "nn"),
      Map.entry("swh", "sw"), Map.entry("arb", "ar"), Map.entry("azj", "az"),
      Map.entry("uzn", "uz"), Map.entry("khk", "mn"), Map.entry("npi", "ne"),
      Map.entry("ory", "or"), Map.entry("gug", "gn"), Map.entry("plt", "mg"),
      Map.entry("ydd", "yi"), Map.entry("lav", "lv"), Map.entry("est", "et"));
  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private LanguageDetector() {
  }

  /** Loaded on first use, then shared: the model is immutable and safe across threads. */
  private static final class Model {
    static final LanguageDetectorModel INSTANCE = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("langdetect-183.bin (opennlp-models-langdetect) is not on the classpath");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the language model", e);
      }
    }
  }

  /**
   * The ISO 639-1 code of {@code text}'s language, or null when it cannot be told.
   *
   * @param htmlLang the page's declared language ({@code <html lang>}, {@code og:locale}), or null
   */
  public static String detect(String text, String htmlLang) {
    String hint = primarySubtag(htmlLang);
    String sample = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (sample.strip().length() < MIN_CHARS) {
      return hint;
    }
    // A new detector per call: cheap (it wraps the shared model) and keeps calls independent.
    Language[] ranked = new LanguageDetectorME(Model.INSTANCE).predictLanguages(sample);
    if (ranked.length == 0) {
      return hint;
    }
    Language best = ranked[0];
    if (hint != null) {
      for (Language l : ranked) {
        if (hint.equals(toIso1(l.getLang())) && l.getConfidence() >= best.getConfidence() * HINT_SHARE) {
          return hint;
        }
      }
    }
    if (best.getConfidence() < MIN_CONFIDENCE && hint != null) {
      return hint;
    }
    String code = toIso1(best.getLang());
    return code != null ? code : hint;
  }

  /** "en-GB" → "en", "pt_BR" → "pt", "deu" → "de"; null for blank or unknown values. */
  static String primarySubtag(String lang) {
    if (lang == null || lang.isBlank()) {
      return null;
    }
    String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    if (primary.length() == 2) {
      return primary;
    }
    return primary.length() == 3 ? toIso1(primary) : null;
  }

  static String toIso1(String iso3) {
    if (iso3 == null) {
      return null;
    }
    String special = SPECIAL.get(iso3);
    return special != null ? special : ISO3_TO_ISO1.get(iso3);
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // a code without a three-letter form cannot come out of the model
      }
    }
    // Locale knows the terminology codes; the model also uses some bibliographic ones.
    map.put("ger", "de");
    map.put("fre", "fr");
    map.put("dut", "nl");
    map.put("gre", "el");
    map.put("chi", "zh");
    map.put("per", "fa");
    map.put("cze", "cs");
    map.put("slo", "sk");
    map.put("rum", "ro");
    map.put("may", "ms");
    map.put("alb", "sq");
    map.put("arm", "hy");
    map.put("baq", "eu");
    map.put("bur", "my");
    map.put("geo", "ka");
    map.put("ice", "is");
    map.put("mac", "mk");
    map.put("mao", "mi");
    map.put("wel", "cy");
    map.put("tib", "bo");
    return Map.copyOf(map);
  }
}
