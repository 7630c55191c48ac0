package org.geotrends.common.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives {@code states.csv} (the state part of the default gazetteer) from countries.json.
 * Not a test: run it by hand when the reference data changes, then review the diff.
 *
 * <pre>
 * mvn -q -o -pl common test-compile
 * java -cp common/target/classes:common/target/test-classes:$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-databind/2.18.2/jackson-databind-2.18.2.jar:$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-core/2.18.2/jackson-core-2.18.2.jar:$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-annotations/2.18.2/jackson-annotations-2.18.2.jar \
 *   org.geotrends.common.actors.GazetteerBuild ../shared/data/countries/countries.json \
 *   common/src/main/resources/org/geotrends/common/actors/states.csv
 * </pre>
 *
 * <p>What it takes, per state: English common and official names and alternative spellings
 * (minus ISO alpha-2 codes and inverted "Iran, Islamic Republic of" forms), the common and
 * official names of every translation countries.json has in a language geotrends knows (Arabic,
 * Spanish, Russian, Chinese, German, French, Polish, Turkish, Persian…), the CLDR territory names
 * the JDK ships ({@link Locale#getDisplayCountry(Locale)}) in each of {@link #CLDR_LANGUAGES},
 * capitals (minus the ambiguous ones below), and English demonyms with a plural. States are the entries marked independent, plus Palestine,
 * Taiwan and Kosovo (id XKX, the code the EU and IMF use). Aliases that fold to the same text for
 * two states go to the state in {@link #PREFERRED}, or are dropped and listed on stderr.
 */
public final class GazetteerBuild {
  private static final Set<String> EXTRA_STATES = Set.of("PSE", "TWN", "UNK");
  /** Capitals that are far more often something else: a first name, a word, another city. */
  private static final Set<String> AMBIGUOUS_CAPITALS = Set.of(
      "Victoria", "Malé", "Kingston", "Georgetown", "Saint John's", "Santiago", "San José", "Sofia",
      "Moroni", "Jerusalem", "Washington D.C.", "Praia", "Sucre", "Kingstown", "Palikir", "Ngerulmud");
  /**
   * Bad or misleading entries of the source data, as "alias" or "ID:alias". Bare "Congo" is
   * taken from the Republic of the Congo: news uses it for the DRC (state-variants.csv gives it
   * to COD), and writes "Republic of Congo" or "Congo-Brazzaville" for the other.
   */
  private static final Set<String> DROPPED = Set.of("Congo (Rep. Dem.)", "Viti", "COG:Congo");
  /**
   * Alternative spellings that are a common word in English and mean the state only in another
   * language, where CLDR names it so anyway (German "Island" is Iceland).
   */
  private static final Set<String> DROPPED_SPELLINGS = Set.of("ISL:Island");
  /** Who keeps an alias two states share (folded text → id): news usage ("Congo" is the DRC). */
  private static final Map<String, String> PREFERRED = Map.of(
      "congo", "COD", "kongo", "COD", "congolese", "COD", "congoleses", "COD", "dominican", "DOM", "dominicans", "DOM",
      "الكونغو", "COD", "конго", "COD", "刚果", "COD");

  /** Languages whose CLDR country names are taken; "sr-Latn" is Serbian in Latin script. */
  static final List<String> CLDR_LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk",
      "ru", "uk", "tr", "fa", "ar", "he", "zh", "zh-Hant", "ja", "ko", "hi", "id", "sv", "da", "no", "fi", "hu",
      "ro", "el", "bg", "sr", "sr-Latn", "hr");
  /**
   * countries.json translation keys (ISO 639-3) of the languages geotrends knows. Korean is left
   * out: its entries are shifted between states (Mongolia's is the United States' name).
   */
  private static final Map<String, String> TRANSLATIONS = new TreeMap<>(Map.ofEntries(
      Map.entry("ara", "ar"), Map.entry("spa", "es"), Map.entry("rus", "ru"), Map.entry("zho", "zh"),
      Map.entry("ces", "cs"), Map.entry("deu", "de"), Map.entry("fin", "fi"), Map.entry("fra", "fr"),
      Map.entry("hrv", "hr"), Map.entry("hun", "hu"), Map.entry("ita", "it"), Map.entry("jpn", "ja"),
      Map.entry("nld", "nl"), Map.entry("per", "fa"), Map.entry("pol", "pl"),
      Map.entry("por", "pt"), Map.entry("slk", "sk"), Map.entry("srp", "sr"), Map.entry("swe", "sv"),
      Map.entry("tur", "tr")));

  private GazetteerBuild() {
  }

  /** One output row: actor, alias kind, language, alias. */
  private record Row(String id, String name, String kind, String language, String alias, boolean cldr) {
  }

  public static void main(String[] args) throws IOException {
    JsonNode countries = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    List<Row> rows = new ArrayList<>();
    for (JsonNode c : countries) {
      String cca3 = c.path("cca3").asText();
      if (!c.path("independent").asBoolean(false) && !EXTRA_STATES.contains(cca3)) {
        continue;
      }
      String id = cca3.equals("UNK") ? "XKX" : cca3;
      String name = c.path("name").path("common").asText();
      add(rows, id, name, "name", "en", name);
      add(rows, id, name, "official_name", "en", c.path("name").path("official").asText());
      for (JsonNode alt : c.path("altSpellings")) {
        String a = alt.asText();
        if (!a.equals(c.path("cca2").asText()) && !a.contains(", ") && !DROPPED_SPELLINGS.contains(cca3 + ":" + a)) {
          add(rows, id, name, "name", "und", a);
        }
      }
      for (Map.Entry<String, String> lang : TRANSLATIONS.entrySet()) {
        JsonNode t = c.path("translations").path(lang.getKey());
        add(rows, id, name, "name", lang.getValue(), t.path("common").asText());
        add(rows, id, name, "official_name", lang.getValue(), t.path("official").asText());
      }
      String cca2 = cca3.equals("UNK") ? "XK" : c.path("cca2").asText();
      for (String tag : CLDR_LANGUAGES) {
        Locale locale = Locale.forLanguageTag(tag);
        String cldr = new Locale("", cca2).getDisplayCountry(locale);
        if (!cldr.equals(cca2)) {
          // "Myanmar (Birmanie)", "Kongo (Brazzaville)": the name, and the bracketed name when it is
          // one (four letters or more, no abbreviation: not the 金 of "刚果（金）", gold alone)
          java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("\\s*[(（]([^)）]*)[)）]?").matcher(cldr);
          List<String> variants = new ArrayList<>(List.of(bracket.replaceAll("")));
          bracket.reset();
          while (bracket.find()) {
            String inner = bracket.group(1).strip();
            if (inner.codePointCount(0, inner.length()) >= 4 && !inner.contains(".")) {
              variants.add(inner);
            }
          }
          for (String variant : variants) {
            rows.add(null); // marker: the next row is a CLDR name
            add(rows, id, name, "name", locale.getLanguage(), variant);
            if (rows.get(rows.size() - 1) == null) {
              rows.remove(rows.size() - 1); // not added
            } else {
              Row r = rows.remove(rows.size() - 1);
              rows.remove(rows.size() - 1);
              rows.add(new Row(r.id(), r.name(), r.kind(), r.language(), r.alias(), true));
            }
          }
        }
      }
      for (JsonNode capital : c.path("capital")) {
        if (!AMBIGUOUS_CAPITALS.contains(capital.asText())) {
          add(rows, id, name, "capital", "und", capital.asText());
        }
      }
      JsonNode dem = c.path("demonyms").path("eng");
      for (String g : new String[] {"m", "f"}) {
        for (String d : dem.path(g).asText().split(", | or ")) {
          if (!d.isBlank() && !d.equals(name)) {
            add(rows, id, name, "demonym", "en", d);
            if ("niotkr".indexOf(d.charAt(d.length() - 1)) >= 0) {
              add(rows, id, name, "demonym", "en", d + "s");
            }
          }
        }
      }
    }
    List<Row> kept = resolveShared(rows);
    write(kept, Path.of(args[1]));
    System.err.println("wrote " + kept.size() + " aliases of "
        + kept.stream().map(Row::id).distinct().count() + " states to " + args[1]);
  }

  private static void add(List<Row> rows, String id, String name, String kind, String lang, String alias) {
    String a = alias.strip();
    boolean oneIdeograph = a.length() == 1 && Character.isIdeographic(a.charAt(0));
    if (a.isEmpty() || oneIdeograph || DROPPED.contains(a) || DROPPED.contains(id + ":" + a) || TextFolder.foldKey(a).isEmpty()
        || a.codePoints().anyMatch(ch -> ch >= 0x250 && ch <= 0x2AF)) { // IPA transcriptions
      return;
    }
    rows.add(new Row(id, name, kind, lang, a, false));
  }

  /**
   * Drops repeats within a state and settles aliases shared by states: the state in
   * {@link #PREFERRED}, else the one state whose CLDR name it is (countries.json has some
   * translations under the wrong state), else nobody.
   */
  private static List<Row> resolveShared(List<Row> rows) {
    Map<String, Set<String>> owners = new TreeMap<>();
    Map<String, Set<String>> cldrOwners = new TreeMap<>();
    for (Row r : rows) {
      owners.computeIfAbsent(TextFolder.foldKey(r.alias()), k -> new TreeSet<>()).add(r.id());
      if (r.cldr()) {
        cldrOwners.computeIfAbsent(TextFolder.foldKey(r.alias()), k -> new TreeSet<>()).add(r.id());
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Row> kept = new ArrayList<>();
    for (Row r : rows) {
      String key = TextFolder.foldKey(r.alias());
      Set<String> ids = owners.get(key);
      if (ids.size() > 1) {
        String winner = PREFERRED.get(key);
        Set<String> cldr = cldrOwners.getOrDefault(key, Set.of());
        if (winner == null && cldr.size() == 1) {
          winner = cldr.iterator().next();
        }
        if (winner == null) {
          System.err.println("dropped shared alias '" + r.alias() + "' of " + ids);
          continue;
        }
        if (!winner.equals(r.id())) {
          continue;
        }
      }
      // one alias per state, language and folded text; the first kind wins (name before capital)
      if (seen.add(r.id() + '\u0000' + r.language() + '\u0000' + key)) {
        kept.add(r);
      }
    }
    return kept;
  }

  private static void write(List<Row> rows, Path out) throws IOException {
    // one CSV row per state, kind and language, aliases joined with |
    Map<List<String>, List<String>> groups = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Row r : rows) {
      names.putIfAbsent(r.id(), r.name());
      groups.computeIfAbsent(List.of(r.id(), r.kind(), r.language()), k -> new ArrayList<>()).add(r.alias());
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# States of the geotrends default gazetteer. GENERATED by");
      w.println("# common/src/test/java/org/geotrends/common/actors/GazetteerBuild.java: do not edit by hand.");
      w.println("# Derived from countries.json (mledoze/countries data set), licensed under the Open Database");
      w.println("# License (ODbL) 1.0: see NOTICE in this folder. This derived database is also under ODbL 1.0.");
      w.println("id,name,kind,alias_kind,language,aliases");
      String previous = null;
      for (Map.Entry<List<String>, List<String>> g : groups.entrySet()) {
        String id = g.getKey().get(0);
        String name = id.equals(previous) ? "" : csv(names.get(id));
        w.println(String.join(",", id, name, id.equals(previous) ? "" : "state", g.getKey().get(1),
            g.getKey().get(2), csv(String.join("|", g.getValue()))));
        previous = id;
      }
    }
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
