package org.geotrends.common.actors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geotrends.common.extract.Seeds;
import org.geotrends.common.extract.TextDumpExtractor;

/**
 * Single-thread matching throughput with the full default gazetteer, in MB (UTF-8) of article
 * text per second. Not a test. Run:
 *
 * <pre>
 * mvn -q -o -pl common test-compile
 * java -cp common/target/classes:common/target/test-classes:$HOME/.m2/repository/org/jsoup/jsoup/1.21.2/jsoup-1.21.2.jar \
 *   org.geotrends.common.actors.MatcherBenchmark [megabytes]
 * </pre>
 *
 * Articles are in English (a seed body and English sentences), German, Spanish, Arabic, Polish,
 * Turkish and Russian, each matched in its language; sentences are shuffled and perturbed (random
 * words swapped in) so that runs differ from a repeated string.
 */
public final class MatcherBenchmark {
  /** Sentences per language (written for this benchmark); English articles also carry a seed body. */
  private static final Map<String, String[]> SYNTHETIC = Map.of(
      "en", new String[] {
          "The minister said on Tuesday that talks with the delegation would continue next week in Geneva.",
          "Officials in Washington and Moscow declined to comment on the report, citing ongoing negotiations.",
          "Prices of wheat and fuel rose sharply across the region after the announcement by the central bank.",
          "Analysts expect the Iranian parliament to debate the bill before the summer recess, sources said.",
          "A spokesperson for the United Nations called for restraint and for humanitarian access to the area."},
      "ar", new String[] {
          "وقال المتحدث إن المحادثات مع الوفد الروسي ستستأنف في دمشق الأسبوع المقبل وسط توتر في المنطقة."},
      "es", new String[] {
          "Según fuentes diplomáticas, el Gobierno de Turquía y las autoridades sirias mantendrán contactos en Ankara."},
      "de", new String[] {
          "Die Regierung in Berlin kündigte am Dienstag an, die Gespräche mit Russlands Vertretern fortzusetzen.",
          "Nach Angaben des iranischen Außenministeriums soll das Treffen in der kommenden Woche stattfinden."},
      "pl", new String[] {
          "Minister spraw zagranicznych Polski spotkał się w Warszawie z przedstawicielami Turcji i Iranu.",
          "Według rosyjskich mediów rozmowy w Moskwie mają zostać wznowione w przyszłym tygodniu."},
      "tr", new String[] {
          "Dışişleri Bakanı, Rusya'nın Suriye'deki varlığına ilişkin açıklamalarda bulundu ve Ankara'ya döndü.",
          "İranlı heyetin Tahran'daki görüşmeleri sonrasında taraflar ortak bir bildiri yayımladı."},
      "ru", new String[] {
          "Министр иностранных дел заявил, что переговоры с Ираном и Турцией продолжатся в Москве.",
          "По данным источников, сирийская делегация прибудет в Анкару на следующей неделе."});
  private static final List<String> LANGUAGES = List.of("en", "en", "en", "de", "de", "es", "ar", "pl", "tr", "ru");
  private static final String[] WORDS = {"council", "border", "energy", "pipeline", "refugees", "ceasefire",
      "election", "economy", "Beijing", "Kyiv", "Riyadh", "Hezbollah", "NATO", "market", "summit"};

  private MatcherBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    List<String[]> articles = articles(megabytes * 1_000_000L);
    long bytes = articles.stream().mapToLong(a -> a[1].getBytes(StandardCharsets.UTF_8).length).sum();

    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.defaults();
    long t1 = System.nanoTime();
    ActorMatcher matcher = new ActorMatcher(gazetteer);
    long t2 = System.nanoTime();
    ActorMatcher again = new ActorMatcher(gazetteer);
    long warmMs = (System.nanoTime() - t2) / 1_000_000;
    ByteArrayOutputStream ser = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(ser)) {
      out.writeObject(matcher);
    }
    System.out.printf("gazetteer: %d actors, %d aliases %s, %d office-holder terms (%d dated aliases)%n",
        gazetteer.size(), gazetteer.aliases().size(), GazetteerCounts.aliasCountsByLanguage(gazetteer),
        GazetteerCounts.officeHolderTerms(gazetteer), GazetteerCounts.officeHolderAliases(gazetteer));
    System.out.printf("gazetteer read in %d ms; matcher (%d folded forms) built in %d ms cold, %d ms warm, "
            + "serialised %.2f MB%n", (t1 - t0) / 1_000_000, again.forms(), (t2 - t1) / 1_000_000, warmMs,
        ser.size() / 1e6);

    LocalDate day = LocalDate.of(2024, 8, 31);
    long mentions = 0;
    for (int round = 0; round < 5; round++) { // first rounds warm the JIT up
      mentions = 0;
      long start = System.nanoTime();
      for (String[] a : articles) {
        mentions += matcher.match(a[1], day, a[0]).size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: %.1f MB in %.2f s = %.1f MB/s (%d articles, %d mentions)%n",
          round + 1, bytes / 1e6, seconds, bytes / 1e6 / seconds, articles.size(), mentions);
    }
  }

  /** Articles as {language, text}. */
  private static List<String[]> articles(long targetBytes) {
    List<String> seeds = new ArrayList<>();
    for (String name : List.of(Seeds.ANKARA_DAMASCUS_2024, Seeds.ASTANA_2023)) {
      seeds.add(TextDumpExtractor.extract(Seeds.text(name)).body());
    }
    Random random = new Random(42);
    List<String[]> out = new ArrayList<>();
    long total = 0;
    while (total < targetBytes) {
      String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
      String[] sentences = SYNTHETIC.get(language);
      StringBuilder article = new StringBuilder(language.equals("en") ? seeds.get(random.nextInt(seeds.size())) : "");
      for (int i = 0; i < (language.equals("en") ? 20 : 60); i++) {
        String sentence = sentences[random.nextInt(sentences.length)];
        int at = sentence.indexOf(' ', random.nextInt(sentence.length()));
        if (at > 0) { // one random word swapped in
          sentence = sentence.substring(0, at) + " " + WORDS[random.nextInt(WORDS.length)] + sentence.substring(at);
        }
        article.append(' ').append(sentence);
      }
      String a = article.toString();
      out.add(new String[] {language, a});
      total += a.getBytes(StandardCharsets.UTF_8).length;
    }
    return out;
  }
}
