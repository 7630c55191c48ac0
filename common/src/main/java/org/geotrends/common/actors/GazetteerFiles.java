package org.geotrends.common.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads actor files (CSV here, JSON in {@link GazetteerJson}; format in {@link Gazetteer}) and the trap list. Errors are
 * IllegalArgumentExceptions naming the source and line.
 */
final class GazetteerFiles {
  /**
   * The columns of an actor file; {@code not_in} lists languages (separated by |) in whose text
   * the aliases do not count ({@code *}: every language but the row's own); {@code source} says where an alias comes from and is not read further.
   */
  static final List<String> COLUMNS = List.of(
      "id", "name", "kind", "alias_kind", "language", "aliases", "valid_from", "valid_to", "case", "not_in", "source");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private GazetteerFiles() {
  }

  static Gazetteer read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".csv")) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          return readCsv(in, file.toString(), new Entries()).build(List.of());
        }
      }
      if (name.endsWith(".json")) {
        try (InputStream in = Files.newInputStream(file)) {
          return GazetteerJson.read(in, file.toString(), new Entries()).build(List.of());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor file " + file, e);
    }
    throw new IllegalArgumentException("actor file must end in .csv or .json: " + file);
  }

  /** Adds the rows of a CSV actor file to {@code into}. */
  static Entries readCsv(BufferedReader in, String source, Entries into) throws IOException {
    Map<String, Integer> header = null;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = source + " line " + lineNo;
      List<String> fields;
      try {
        fields = Csv.fields(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (header == null) {
        header = header(fields, where);
        continue;
      }
      if (fields.size() > header.size()) {
        throw new IllegalArgumentException(where + ": " + fields.size() + " fields, header has " + header.size());
      }
      Map<String, String> row = new HashMap<>();
      for (Map.Entry<String, Integer> h : header.entrySet()) {
        String v = h.getValue() < fields.size() ? fields.get(h.getValue()).strip() : "";
        row.put(h.getKey(), v.isEmpty() ? null : v);
      }
      List<String> aliases = new ArrayList<>();
      if (row.get("aliases") != null) {
        for (String a : row.get("aliases").split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
      }
      into.add(row.get("id"), row.get("name"), row.get("kind"), row.get("alias_kind"), row.get("language"),
          aliases, row.get("valid_from"), row.get("valid_to"), row.get("case"), where);
      if (row.get("not_in") != null) {
        for (String a : aliases) {
          for (String l : row.get("not_in").split("\\|")) {
            if (!LANGUAGE.matcher(l.strip()).matches() && !l.strip().equals(Alias.OTHER_LANGUAGES)) {
              throw new IllegalArgumentException(
                  where + ": not_in must list ISO 639 codes separated by |, or * for every other language: " + l);
            }
            into.notIn(row.get("language") == null ? "und" : row.get("language").toLowerCase(Locale.ROOT),
                a, l.strip());
          }
        }
      }
    }
    if (header == null) {
      throw new IllegalArgumentException(source + ": no header line (" + String.join(",", COLUMNS) + ")");
    }
    return into;
  }

  private static Map<String, Integer> header(List<String> fields, String where) {
    Map<String, Integer> header = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      String col = fields.get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(col)) {
        throw new IllegalArgumentException(where + ": unknown column '" + col + "'; columns are " + COLUMNS);
      }
      if (header.put(col, i) != null) {
        throw new IllegalArgumentException(where + ": column '" + col + "' twice");
      }
    }
    if (!header.containsKey("id") || !header.containsKey("aliases")) {
      throw new IllegalArgumentException(where + ": the header needs at least the columns id and aliases");
    }
    return header;
  }

  /**
   * Reads a trap list: CSV with columns alias, rule, value. The alias is an alias text or
   * {@code kind:KIND} (every alias of that kind); the value lists context texts separated by
   * {@code |}.
   */
  static List<Trap> readTraps(BufferedReader in, String source) throws IOException {
    List<Trap> traps = new ArrayList<>();
    String line;
    int lineNo = 0;
    boolean header = true;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = source + " line " + lineNo;
      List<String> f;
      try {
        f = Csv.fields(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (header) {
        if (!f.equals(List.of("alias", "rule", "value"))) {
          throw new IllegalArgumentException(where + ": header must be alias,rule,value");
        }
        header = false;
        continue;
      }
      Trap.Rule rule = f.size() >= 2 ? Trap.Rule.fromLabel(f.get(1).strip()) : null;
      if (f.size() != 3 || rule == null || f.get(0).isBlank()
          || (rule == Trap.Rule.PERSON_CONTEXT) != f.get(2).isBlank()) {
        throw new IllegalArgumentException(
            where + ": expected alias,not_after|not_before|not_in_sentence|person_context,value");
      }
      String alias = f.get(0).strip();
      String key;
      if (alias.startsWith(Trap.KIND_PREFIX)) {
        if (AliasKind.fromLabel(alias.substring(Trap.KIND_PREFIX.length())) == null) {
          throw new IllegalArgumentException(where + ": unknown alias kind in '" + alias + "'");
        }
        key = alias;
      } else {
        key = TextFolder.foldKey(alias);
      }
      List<String> values = new ArrayList<>();
      List<String> written = new ArrayList<>();
      for (String v : f.get(2).split("\\|")) {
        String folded = TextFolder.foldKey(v);
        if (!folded.isEmpty()) {
          values.add(folded);
          written.add(v.strip());
        }
      }
      traps.add(new Trap(key, rule, values, written));
    }
    if (header) {
      throw new IllegalArgumentException(source + ": no header line (alias,rule,value)");
    }
    return traps;
  }

  /** Actors and aliases being collected, in file order, with consistency checks. */
  static final class Entries {
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, String> declaredAt = new HashMap<>();
    private final Set<Alias> aliases = new LinkedHashSet<>();
    /** language + NUL + folded alias -> languages in whose text it does not count. */
    private final Map<String, Set<String>> notIn = new HashMap<>();

    /** Marks the aliases (of any actor) of one language and text as not counting in {@code language}. */
    void notIn(String aliasLanguage, String alias, String language) {
      notIn.computeIfAbsent(aliasLanguage + '\u0000' + TextFolder.foldKey(alias), k -> new LinkedHashSet<>())
          .add(language);
    }

    void add(String id, String name, String kind, String aliasKind, String language, List<String> texts,
        String validFrom, String validTo, String caseRule, String where) {
      if (id == null) {
        throw new IllegalArgumentException(where + ": missing id");
      }
      if (texts.isEmpty()) {
        throw new IllegalArgumentException(where + ": actor " + id + " has no aliases");
      }
      Actor actor;
      try {
        Actor known = actors.get(id);
        if (known == null) {
          boolean state = id.length() == 3 && id.indexOf(':') < 0;
          actor = new Actor(id, name != null ? name : texts.get(0), kind != null ? kind : state ? "state" : "organisation");
          actors.put(id, actor);
          declaredAt.put(id, where);
        } else {
          if ((name != null && !name.equals(known.name())) || (kind != null && !kind.equals(known.kind()))) {
            throw new IllegalArgumentException("actor " + id + " was declared as " + known.name() + " ("
                + known.kind() + ") at " + declaredAt.get(id));
          }
          actor = known;
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      AliasKind ak = aliasKind == null
          ? (actor.isState() ? AliasKind.NAME : AliasKind.ORGANISATION) : AliasKind.fromLabel(aliasKind);
      if (ak == null) {
        throw new IllegalArgumentException(where + ": unknown alias_kind '" + aliasKind + "'; one of "
            + java.util.Arrays.stream(AliasKind.values()).map(AliasKind::label).toList());
      }
      String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
      if (!LANGUAGE.matcher(lang).matches()) {
        throw new IllegalArgumentException(where + ": language must be an ISO 639 code such as en, ar, es: " + language);
      }
      CaseRule rule = caseRule == null ? null : CaseRule.fromLabel(caseRule.toLowerCase(Locale.ROOT));
      if (caseRule != null && rule == null) {
        throw new IllegalArgumentException(where + ": case must be exact, capitalised or any: " + caseRule);
      }
      LocalDate from = date(validFrom, "valid_from", where);
      LocalDate to = date(validTo, "valid_to", where);
      for (String text : texts) {
        if (TextFolder.foldKey(text).isEmpty()) {
          throw new IllegalArgumentException(where + ": alias '" + text + "' has no letters");
        }
        try {
          aliases.add(new Alias(id, text, ak, lang, from, to, rule != null ? rule : CaseRule.of(text)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
      }
    }

    private static LocalDate date(String s, String column, String where) {
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": " + column + " must be yyyy-MM-dd: " + s, e);
      }
    }

    Gazetteer build(List<Trap> traps) {
      List<Alias> all = new ArrayList<>(aliases.size());
      for (Alias a : aliases) {
        Set<String> not = notIn.get(a.language() + '\u0000' + TextFolder.foldKey(a.text()));
        all.add(not == null ? a : new Alias(a.actorId(), a.text(), a.kind(), a.language(), a.validFrom(),
            a.validTo(), a.caseRule(), not));
      }
      return new Gazetteer(List.copyOf(actors.values()), all, traps);
    }
  }

  /** Reads a classpath resource of this package as UTF-8 text. */
  static BufferedReader resource(String name) {
    InputStream in = GazetteerFiles.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " in " + GazetteerFiles.class.getPackageName());
    }
    return new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
  }

}
