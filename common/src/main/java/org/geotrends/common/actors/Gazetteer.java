package org.geotrends.common.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The actors and all their aliases. {@link #defaults()} covers every sovereign state (names,
 * official names, demonyms and capitals in English, Arabic and Spanish, derived from reference data
 * under the ODbL, see {@code NOTICE} next to the resources), their main institutions, the heads of
 * state and government and foreign ministers of the most covered states with their dates of
 * office, and a few organisations. Users {@link #read(Path) read} their own file and
 * {@link #merge(Gazetteer, boolean) merge} it.
 *
 * <h2>Actor file format</h2>
 * CSV (UTF-8, header line, {@code #} comments; columns in any order, only {@code id} and
 * {@code aliases} required):
 * <pre>
 * id,name,kind,alias_kind,language,aliases,valid_from,valid_to,case
 * ORG:HEZBOLLAH,Hezbollah,organisation,organisation,en,Hezbollah|Hizbullah|Hizballah,,,
 * ORG:HEZBOLLAH,,,organisation,ar,حزب الله,,,
 * LBN,,,leader,en,Nawaf Salam,2025-02-08,,
 * </pre>
 * One row per group of aliases sharing kind, language and dates ({@code |} separates aliases);
 * later rows of the same id may leave name and kind empty. Defaults: kind {@code state} for ISO
 * alpha-3 ids, else {@code organisation}; alias_kind {@code name} for states, else
 * {@code organisation}; language {@code und}; case from the alias text ({@link CaseRule#of}).
 * Dates are inclusive {@code yyyy-MM-dd}. JSON: an array (or {@code {"actors": [...]}}) of
 * {@code {"id", "name", "kind", "aliases": [...]}} where an alias is a string or an object
 * {@code {"text", "kind", "language", "valid_from", "valid_to", "case"}}.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Default resources, read in this order; all but the first only add aliases or actors. */
  private static final List<String> DEFAULT_FILES = List.of(
      "states.csv", "state-variants.csv", "states-i18n.csv", "institutions.csv", "organisations.csv",
      "office-holders.csv");
  private static volatile Gazetteer defaults;

  private final List<Actor> actors;
  private final List<Alias> aliases;
  private final List<Trap> traps;

  Gazetteer(List<Actor> actors, List<Alias> aliases, List<Trap> traps) {
    Set<String> ids = new HashSet<>();
    for (Actor a : actors) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("actor " + a.id() + " declared twice");
      }
    }
    for (Alias a : aliases) {
      if (!ids.contains(a.actorId())) {
        throw new IllegalArgumentException("alias '" + a.text() + "' names an unknown actor " + a.actorId());
      }
    }
    this.actors = List.copyOf(actors);
    this.aliases = List.copyOf(aliases);
    this.traps = List.copyOf(traps);
  }

  /** A gazetteer of the given actors and aliases, without traps. */
  public static Gazetteer of(List<Actor> actors, List<Alias> aliases) {
    return new Gazetteer(actors, aliases, List.of());
  }

  /** The default gazetteer shipped with geotrends (read once, then shared: it is immutable). */
  public static Gazetteer defaults() {
    Gazetteer g = defaults;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (defaults == null) {
          defaults = loadDefaults();
        }
        g = defaults;
      }
    }
    return g;
  }

  /**
   * The version of the default gazetteer's data: the first 12 hex digits of the SHA-256 of its
   * files (the CSV files and traps.csv, in load order), so two jars with the same digest match the
   * same names.
   */
  public static String defaultsDigest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<String> files = new ArrayList<>(DEFAULT_FILES);
      files.add("traps.csv");
      for (String file : files) {
        try (InputStream in = GazetteerFiles.class.getResourceAsStream(file)) {
          if (in == null) {
            throw new IllegalStateException("missing resource " + file);
          }
          sha.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default gazetteer", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Gazetteer loadDefaults() {
    try {
      GazetteerFiles.Entries entries = new GazetteerFiles.Entries();
      for (String file : DEFAULT_FILES) {
        try (BufferedReader in = GazetteerFiles.resource(file)) {
          GazetteerFiles.readCsv(in, file, entries);
        }
      }
      try (BufferedReader in = GazetteerFiles.resource("traps.csv")) {
        return entries.build(GazetteerFiles.readTraps(in, "traps.csv"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default gazetteer", e);
    }
  }

  /**
   * Reads a user actor file, CSV or JSON by its extension (format in the class comment).
   *
   * @throws IllegalArgumentException naming the file and line of the first bad entry
   */
  public static Gazetteer read(Path file) {
    return GazetteerFiles.read(file);
  }

  /**
   * Reads a user trap file (CSV {@code alias,rule,value}, as {@code traps.csv} in the jar) into a
   * gazetteer that holds only traps, to {@link #merge(Gazetteer, boolean) merge} into another.
   *
   * @throws IllegalArgumentException naming the file and line of the first bad entry
   */
  public static Gazetteer readTraps(Path file) {
    try (BufferedReader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return new Gazetteer(List.of(), List.of(), GazetteerFiles.readTraps(in, file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trap file " + file, e);
    }
  }

  /**
   * This gazetteer with a user's actors merged in.
   *
   * @param replace false: <em>add</em> — new ids are added, and the aliases of ids this gazetteer
   *                already has are added to those actors (their name and kind stay); true:
   *                <em>replace</em> — an actor of {@code user} replaces the actor with the same
   *                id entirely (name, kind and all aliases); new ids are added.
   */
  public Gazetteer merge(Gazetteer user, boolean replace) {
    Map<String, Actor> merged = new LinkedHashMap<>();
    actors.forEach(a -> merged.put(a.id(), a));
    Set<String> replaced = new HashSet<>();
    for (Actor a : user.actors) {
      if (replace || !merged.containsKey(a.id())) {
        merged.put(a.id(), a);
        replaced.add(a.id());
      }
    }
    List<Alias> all = new ArrayList<>();
    for (Alias a : aliases) {
      if (!(replace && replaced.contains(a.actorId()))) {
        all.add(a);
      }
    }
    all.addAll(user.aliases);
    List<Trap> allTraps = new ArrayList<>(traps);
    allTraps.addAll(user.traps);
    return new Gazetteer(new ArrayList<>(merged.values()), all, allTraps);
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<Alias> aliases() {
    return aliases;
  }

  List<Trap> traps() {
    return traps;
  }

  /** Number of actors. */
  public int size() {
    return actors.size();
  }

  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The display name of actor {@code id}, or the id itself when the gazetteer lacks it. */
  public String nameOf(String id) {
    return actor(id).map(Actor::name).orElse(id);
  }

  /**
   * The languages this gazetteer covers: the codes (not {@code und}) in which its aliases name at
   * least half of its states — or, for a gazetteer without states, half of its actors. A language
   * with a language file but no names here (Lithuanian, which has only date words) is not covered,
   * nor is one with a few stray aliases: its articles would have few or no mentions.
   */
  public Set<String> coveredLanguages() {
    Set<String> states = new HashSet<>();
    actors.forEach(a -> {
      if (a.kind().equals("state")) {
        states.add(a.id());
      }
    });
    int of = states.isEmpty() ? actors.size() : states.size();
    Map<String, Set<String>> named = new TreeMap<>();
    for (Alias a : aliases) {
      if (!a.language().equals("und") && (states.isEmpty() || states.contains(a.actorId()))) {
        named.computeIfAbsent(a.language(), k -> new HashSet<>()).add(a.actorId());
      }
    }
    Set<String> covered = new TreeSet<>();
    named.forEach((language, ids) -> {
      if (2 * ids.size() >= of) {
        covered.add(language);
      }
    });
    return covered;
  }

  @Override
  public String toString() {
    return "Gazetteer[" + actors.size() + " actors, " + aliases.size() + " aliases, " + traps.size() + " traps]";
  }
}
