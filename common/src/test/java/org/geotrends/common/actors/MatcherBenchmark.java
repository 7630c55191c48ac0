package org.geotrends.common.actors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Articles are the two seed bodies and synthetic English, Arabic and Spanish sentences, shuffled
 * and perturbed (random words swapped in) so that runs differ from a repeated string.
 */
public final class MatcherBenchmark {
  private static final String[] SYNTHETIC = {
      "The minister said on Tuesday that talks with the delegation would continue next week in Geneva.",
      "Officials in Washington and Moscow declined to comment on the report, citing ongoing negotiations.",
      "Prices of wheat and fuel rose sharply across the region after the announcement by the central bank.",
      "وقال المتحدث إن المحادثات مع الوفد الروسي ستستأنف في دمشق الأسبوع المقبل وسط توتر في المنطقة.",
      "Según fuentes diplomáticas, el Gobierno de Turquía y las autoridades sirias mantendrán contactos en Ankara.",
      "Analysts expect the Iranian parliament to debate the bill before the summer recess, sources said.",
      "A spokesperson for the United Nations called for restraint and for humanitarian access to the area.",
  };
  private static final String[] WORDS = {"council", "border", "energy", "pipeline", "refugees", "ceasefire",
      "election", "economy", "Beijing", "Kyiv", "Riyadh", "Hezbollah", "NATO", "market", "summit"};

  private MatcherBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    List<String> articles = articles(megabytes * 1_000_000L);
    long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();

    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.defaults();
    ActorMatcher matcher = new ActorMatcher(gazetteer);
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    ByteArrayOutputStream ser = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(ser)) {
      out.writeObject(matcher);
    }
    System.out.printf("gazetteer: %d actors, %d aliases %s, %d office-holder terms (%d dated aliases)%n",
        gazetteer.size(), gazetteer.aliases().size(), gazetteer.aliasCountsByLanguage(),
        gazetteer.officeHolderTerms(), gazetteer.officeHolderAliases());
    System.out.printf("matcher: built in %d ms, serialised %.2f MB%n", buildMs, ser.size() / 1e6);

    LocalDate day = LocalDate.of(2024, 8, 31);
    long mentions = 0;
    for (int round = 0; round < 5; round++) { // first rounds warm the JIT up
      mentions = 0;
      long start = System.nanoTime();
      for (String a : articles) {
        mentions += matcher.match(a, day).size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: %.1f MB in %.2f s = %.1f MB/s (%d articles, %d mentions)%n",
          round + 1, bytes / 1e6, seconds, bytes / 1e6 / seconds, articles.size(), mentions);
    }
  }

  private static List<String> articles(long targetBytes) {
    List<String> seeds = new ArrayList<>();
    for (String name : List.of(Seeds.ANKARA_DAMASCUS_2024, Seeds.ASTANA_2023)) {
      seeds.add(TextDumpExtractor.extract(Seeds.text(name)).body());
    }
    Random random = new Random(42);
    List<String> out = new ArrayList<>();
    long total = 0;
    while (total < targetBytes) {
      StringBuilder article = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      for (int i = 0; i < 20; i++) {
        String sentence = SYNTHETIC[random.nextInt(SYNTHETIC.length)];
        article.append(' ').append(sentence.replace("the ", "the " + WORDS[random.nextInt(WORDS.length)] + " "));
      }
      String a = article.toString();
      out.add(a);
      total += a.getBytes(StandardCharsets.UTF_8).length;
    }
    return out;
  }
}
