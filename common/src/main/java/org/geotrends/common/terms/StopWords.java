package org.geotrends.common.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.geotrends.common.lang.Languages;

/**
 * Stop words per language from Lucene's analyzers ({@code lucene-analysis-common}): each
 * analyzer's default stop set, joined by the Snowball list where Lucene ships one (its English
 * analyzer alone knows 33 words, the Snowball list about 170). Words come back folded as
 * {@link TermExtractor#fold} folds tokens, with the month names and function words (weekdays, "today") of the
 * language's file ({@code lang/<code>.txt}). A language Lucene does not know has only those: its terms still lose
 * numbers, short tokens and names.
 */
public final class StopWords {
  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private StopWords() {
  }

  /** The folded stop words of {@code language} (an ISO 639-1 code; empty for unknown languages). */
  public static Set<String> of(String language) {
    String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    String base = dash > 0 ? code.substring(0, dash) : code;
    return CACHE.computeIfAbsent(base, StopWords::load);
  }

  private static Set<String> load(String code) {
    Set<String> words = new HashSet<>();
    CharArraySet lucene = lucene(code);
    if (lucene != null) {
      for (Object w : lucene) {
        words.add(TermExtractor.fold(new String((char[]) w)));
      }
    }
    String snowball = snowball(code);
    if (snowball != null) {
      try (InputStream in = CharArraySet.class.getClassLoader()
          .getResourceAsStream("org/apache/lucene/analysis/snowball/" + snowball + "_stop.txt")) {
        if (in == null) {
          throw new IllegalStateException("Lucene's " + snowball + " stop list is missing from the class path");
        }
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        for (Object w : WordlistLoader.getSnowballWordSet(r)) {
          words.add(TermExtractor.fold(new String((char[]) w)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // month names and the file's function words (weekdays, "today"…) say when, not what
    Languages.defaults().of(code).ifPresent(l -> {
      l.months().forEach(spellings -> spellings.forEach(m -> words.add(TermExtractor.fold(m))));
      l.functionWords().forEach(w -> words.add(TermExtractor.fold(w)));
    });
    return Set.copyOf(words);
  }

  private static CharArraySet lucene(String code) {
    return switch (code) {
      case "ar" -> org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet();
      case "bg" -> org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet();
      case "bn" -> org.apache.lucene.analysis.bn.BengaliAnalyzer.getDefaultStopSet();
      case "ca" -> org.apache.lucene.analysis.ca.CatalanAnalyzer.getDefaultStopSet();
      case "ckb" -> org.apache.lucene.analysis.ckb.SoraniAnalyzer.getDefaultStopSet();
      case "cs" -> org.apache.lucene.analysis.cz.CzechAnalyzer.getDefaultStopSet();
      case "da" -> org.apache.lucene.analysis.da.DanishAnalyzer.getDefaultStopSet();
      case "de" -> org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet();
      case "el" -> org.apache.lucene.analysis.el.GreekAnalyzer.getDefaultStopSet();
      case "en" -> org.apache.lucene.analysis.en.EnglishAnalyzer.getDefaultStopSet();
      case "es" -> org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet();
      case "et" -> org.apache.lucene.analysis.et.EstonianAnalyzer.getDefaultStopSet();
      case "eu" -> org.apache.lucene.analysis.eu.BasqueAnalyzer.getDefaultStopSet();
      case "fa" -> org.apache.lucene.analysis.fa.PersianAnalyzer.getDefaultStopSet();
      case "fi" -> org.apache.lucene.analysis.fi.FinnishAnalyzer.getDefaultStopSet();
      case "fr" -> org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet();
      case "ga" -> org.apache.lucene.analysis.ga.IrishAnalyzer.getDefaultStopSet();
      case "gl" -> org.apache.lucene.analysis.gl.GalicianAnalyzer.getDefaultStopSet();
      case "hi" -> org.apache.lucene.analysis.hi.HindiAnalyzer.getDefaultStopSet();
      case "hu" -> org.apache.lucene.analysis.hu.HungarianAnalyzer.getDefaultStopSet();
      case "hy" -> org.apache.lucene.analysis.hy.ArmenianAnalyzer.getDefaultStopSet();
      case "id" -> org.apache.lucene.analysis.id.IndonesianAnalyzer.getDefaultStopSet();
      case "it" -> org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet();
      case "lt" -> org.apache.lucene.analysis.lt.LithuanianAnalyzer.getDefaultStopSet();
      case "lv" -> org.apache.lucene.analysis.lv.LatvianAnalyzer.getDefaultStopSet();
      case "ne" -> org.apache.lucene.analysis.ne.NepaliAnalyzer.getDefaultStopSet();
      case "nl" -> org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet();
      case "no", "nb", "nn" -> org.apache.lucene.analysis.no.NorwegianAnalyzer.getDefaultStopSet();
      case "pt" -> org.apache.lucene.analysis.pt.PortugueseAnalyzer.getDefaultStopSet();
      case "ro" -> org.apache.lucene.analysis.ro.RomanianAnalyzer.getDefaultStopSet();
      case "ru" -> org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet();
      case "sr" -> org.apache.lucene.analysis.sr.SerbianAnalyzer.getDefaultStopSet();
      case "sv" -> org.apache.lucene.analysis.sv.SwedishAnalyzer.getDefaultStopSet();
      case "ta" -> org.apache.lucene.analysis.ta.TamilAnalyzer.getDefaultStopSet();
      case "te" -> org.apache.lucene.analysis.te.TeluguAnalyzer.getDefaultStopSet();
      case "th" -> org.apache.lucene.analysis.th.ThaiAnalyzer.getDefaultStopSet();
      case "tr" -> org.apache.lucene.analysis.tr.TurkishAnalyzer.getDefaultStopSet();
      default -> null;
    };
  }

  private static String snowball(String code) {
    return switch (code) {
      case "da" -> "danish";
      case "de" -> "german";
      case "en" -> "english";
      case "es" -> "spanish";
      case "fi" -> "finnish";
      case "fr" -> "french";
      case "hu" -> "hungarian";
      case "id" -> "indonesian";
      case "it" -> "italian";
      case "nl" -> "dutch";
      case "no", "nb", "nn" -> "norwegian";
      case "pt" -> "portuguese";
      case "ru" -> "russian";
      case "sv" -> "swedish";
      default -> null;
    };
  }
}
