package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  /** Texts that exercise every normaliser, case rule and script the features must agree on. */
  static final List<String> TEXTS = List.of(
      "Russia and Turkey agreed on Monday to extend the ceasefire in northern Syria, officials said.",
      "Die Bundesregierung in Berlin begrüßt die Gespräche zwischen Moskau und Ankara über Straßen.",
      "İSTANBUL — Türkiye Dışişleri Bakanlığı, Suriye'nin kuzeyindeki ATEŞKES hakkında açıklama yaptı.",
      "Ο ΠΡΩΘΥΠΟΥΡΓΟΣ της Ελλάδας συναντήθηκε με τον Πρόεδρο της Τουρκίας στην Αθήνα χθες.",
      "أعلنت وزارة الخارجية الروسية أن موسكو وأنقرة اتفقتا على تمديد وقف إطلاق النار في سوريا",
      "俄罗斯和土耳其周一同意延长叙利亚北部的停火协议，官员们表示。",
      "Новый раунд переговоров в Астане 2024 года: Россия, Турция и Иран 🇷🇺🇹🇷 обсудили Сирию 😀😀",
      "See https://example.org/news?id=42 and www.example.com, mail press@example.org, @newsdesk #Syria",
      "Numbers 1,234.56 and 2024-06-01 and 15:30 stay out; loooooong wooords are shrunk!!!!",
      "\uD835\uDC00 lone surrogate \uD800 and combining e\u0301 and ligature ﬁ and Kelvin \u212A sign");

  static LanguageDetectorModel model;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
      model = new LanguageDetectorModel(in);
    }
  }

  @Test
  void probabilitiesAreOpenNlpsRanking() {
    LanguageDetectorME theirs = new LanguageDetectorME(model);
    for (String text : TEXTS) {
      Language[] ranked = theirs.predictLanguages(text);
      double[] ours = LanguageDetector.probabilities(text);
      double[] expected = new double[ours.length];
      for (Language l : ranked) {
        expected[model.getMaxentModel().getIndex(l.getLang())] = l.getConfidence();
      }
      assertArrayEquals(expected, ours, 1e-12, text);
    }
  }

  @Test
  void detectsTheLanguageOfArticleText() {
    assertEquals("en", LanguageDetector.detect(TEXTS.get(0), null));
    assertEquals("de", LanguageDetector.detect(TEXTS.get(1), null));
    assertEquals("tr", LanguageDetector.detect(TEXTS.get(2), null));
    assertEquals("el", LanguageDetector.detect(TEXTS.get(3), null));
    assertEquals("ar", LanguageDetector.detect(TEXTS.get(4), null));
    assertEquals("ru", LanguageDetector.detect(TEXTS.get(6), null));
  }

  @Test
  void thePagesLanguageIsAHintThatDecidesOnlyCloseCalls() {
    // too short to judge: the declared language alone
    assertEquals("pt", LanguageDetector.detect("Síria", "pt-BR"));
    assertNull(LanguageDetector.detect("Síria", null));
    // a clear German text declared English (a template's default) stays German
    assertEquals("de", LanguageDetector.detect(TEXTS.get(1), "en"));
    // Croatian, Bosnian and Serbian in Latin script are close: a declared runner-up wins
    String text = "Vlada u Zagrebu kaže da će se pregovori između Rusije i Turske o Siriji "
        + "nastaviti sljedeći tjedan, a ministar vanjskih poslova sudjelovat će na sastanku.";
    double[] p = LanguageDetector.probabilities(text);
    Integer[] order = new Integer[p.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    String best = LanguageDetector.toIso1(model.getMaxentModel().getOutcome(order[0]));
    String runnerUp = LanguageDetector.toIso1(model.getMaxentModel().getOutcome(order[1]));
    assertTrue(p[order[1]] >= 0.3 * p[order[0]], best + " " + p[order[0]] + ", " + runnerUp + " " + p[order[1]]);
    assertEquals(best, LanguageDetector.detect(text, null));
    assertEquals(runnerUp, LanguageDetector.detect(text, runnerUp));
  }
}
