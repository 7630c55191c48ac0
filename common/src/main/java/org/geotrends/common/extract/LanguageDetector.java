package org.geotrends.common.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Detects the language of an article as an ISO 639-1 code, with Apache OpenNLP's language
 * detector (103 languages, a 10 MB model loaded once per JVM on first use).
 *
 * <p>The page's own {@code <html lang>} is a hint only: it wins when the detector is unsure
 * or names it among its close runners-up (Bosnian/Croatian/Serbian, Indonesian/Malay,
 * Danish/Norwegian), and it is used alone when the text is too short to judge.
 *
 * <p>The model, its features and its scores are OpenNLP's; {@link Features} evaluates them at a
 * fraction of {@code LanguageDetectorME}'s cost, which was a sixth of extracting a page.
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
    static final Features FEATURES = new Features((AbstractModel) INSTANCE.getMaxentModel());
    /** The ISO 639-1 code of each of the model's outcomes, by outcome index (null: none). */
    static final String[] ISO1 = iso1ByOutcome(INSTANCE.getMaxentModel());

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

    private static String[] iso1ByOutcome(MaxentModel scores) {
      String[] iso1 = new String[scores.getNumOutcomes()];
      for (int i = 0; i < iso1.length; i++) {
        iso1[i] = toIso1(scores.getOutcome(i));
      }
      return iso1;
    }
  }

  /**
   * OpenNLP's language model, evaluated as its {@code LanguageDetectorME} does (a test checks
   * the probabilities against it), without its cost: OpenNLP collects a text's features, its
   * distinct 1 to 3 character grams, as {@code CharBuffer}s in a map and looks each up by its
   * string in a hash map whose short keys collide; here a gram is packed into a {@code long} and
   * found in an open-addressing table, so that no string is made per gram. The grams' weights
   * lie in two flat arrays in slot order, and a text's grams are summed in slot order: one
   * pass forward through memory, instead of three objects to fetch per gram.
   */
  static final class Features {
    private static final int MAX_GRAM = 3;
    /** The normalisers of OpenNLP's {@code LanguageDetectorFactory}, in its order. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
        EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
        TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
        ShrinkCharSequenceNormalizer.getInstance());

    private final long[] keys;
    /** The weights of slot {@code s} are at {@code from[s]} up to {@code from[s + 1]}. */
    private final int[] from;
    /** Per weight, the outcome it counts for, and the weight. */
    private final int[] outcome;
    private final double[] weight;
    private final int mask;
    private final int outcomes;
    /** The uniform prior OpenNLP's model starts from: log(1 / outcomes) each. */
    private final double logPrior;

    @SuppressWarnings("unchecked")
    Features(AbstractModel model) {
      Map<String, Context> byGram = (Map<String, Context>) model.getDataStructures()[1];
      // The size places the grams, and so fixes the order in which a text's weights are
      // summed: another size changes the last bits of the probabilities.
      int size = Integer.highestOneBit(Math.max(byGram.size(), 1) * 4);
      keys = new long[size];
      Context[] contexts = new Context[size];
      mask = size - 1;
      int weights = 0;
      for (Map.Entry<String, Context> e : byGram.entrySet()) {
        String gram = e.getKey();
        if (!gram.isEmpty() && gram.length() <= MAX_GRAM) {
          int slot = slot(pack(gram.toCharArray(), 0, gram.length()));
          keys[slot] = pack(gram.toCharArray(), 0, gram.length());
          contexts[slot] = e.getValue();
          weights += e.getValue().getOutcomes().length;
        }
      }
      from = new int[size + 1];
      outcome = new int[weights];
      weight = new double[weights];
      int at = 0;
      for (int slot = 0; slot < size; slot++) {
        from[slot] = at;
        if (contexts[slot] != null) {
          int n = contexts[slot].getOutcomes().length;
          System.arraycopy(contexts[slot].getOutcomes(), 0, outcome, at, n);
          System.arraycopy(contexts[slot].getParameters(), 0, weight, at, n);
          at += n;
        }
      }
      from[size] = at;
      outcomes = model.getNumOutcomes();
      logPrior = StrictMath.log(1.0 / outcomes);
    }

    /** The probability of each outcome for {@code text}, as OpenNLP's GIS model gives it. */
    double[] probabilities(CharSequence text) {
      char[] lower = lowerCase(NORMALIZER.normalize(text));
      // The slots of the grams the model knows, as bits: each distinct gram counts once, as
      // in OpenNLP, and the sums below run in slot order whatever the text's order.
      long[] found = new long[(keys.length + 63) / 64];
      for (int length = 1; length <= MAX_GRAM; length++) {
        for (int start = 0; start + length <= lower.length; start++) {
          int slot = slot(pack(lower, start, length));
          if (keys[slot] != 0) {
            found[slot >>> 6] |= 1L << slot;
          }
        }
      }
      double[] sums = new double[outcomes];
      Arrays.fill(sums, logPrior);
      for (int word = 0; word < found.length; word++) {
        for (long bits = found[word]; bits != 0; bits &= bits - 1) {
          int slot = word * 64 + Long.numberOfTrailingZeros(bits);
          for (int j = from[slot]; j < from[slot + 1]; j++) {
            sums[outcome[j]] += weight[j];
          }
        }
      }
      double total = 0;
      for (int i = 0; i < outcomes; i++) {
        sums[i] = StrictMath.exp(sums[i]);
        total += sums[i];
      }
      for (int i = 0; i < outcomes; i++) {
        sums[i] /= total;
      }
      return sums;
    }

    /** The slot of {@code key}: its own, or the empty one where it would go. */
    private int slot(long key) {
      int slot = (int) mix(key) & mask;
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    /** Up to three chars and the length in one non-zero number. */
    private static long pack(char[] chars, int start, int length) {
      long key = length;
      for (int i = 0; i < length; i++) {
        key = (key << 16) | chars[start + i];
      }
      return key;
    }

    private static long mix(long key) {
      key ^= key >>> 33;
      key *= 0xff51afd7ed558ccdL;
      key ^= key >>> 33;
      return key;
    }

    /**
     * Lower-cases code point by code point into as many chars as the text has, as OpenNLP's
     * {@code StringUtil.toLowerCaseCharBuffer} does (a char it leaves unfilled stays 0).
     */
    private static char[] lowerCase(CharSequence text) {
      char[] out = new char[text.length()];
      int at = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = Character.codePointAt(text, i);
        i += Character.charCount(cp);
        for (char c : Character.toChars(Character.toLowerCase(cp))) {
          if (at < out.length) {
            out[at++] = c;
          }
        }
      }
      return out;
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
    double[] probability = probabilities(sample);
    int best = 0;
    for (int i = 1; i < probability.length; i++) {
      if (probability[i] > probability[best]) {
        best = i;
      }
    }
    if (hint != null) {
      for (int i = 0; i < probability.length; i++) {
        if (hint.equals(Model.ISO1[i]) && probability[i] >= probability[best] * HINT_SHARE) {
          return hint;
        }
      }
    }
    if (probability[best] < MIN_CONFIDENCE && hint != null) {
      return hint;
    }
    String code = Model.ISO1[best];
    return code != null ? code : hint;
  }

  /** The model's probability of each of its languages (by outcome index) for {@code text}. */
  static double[] probabilities(CharSequence text) {
    return Model.FEATURES.probabilities(text);
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
