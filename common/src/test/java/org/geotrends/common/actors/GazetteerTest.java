package org.geotrends.common.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void defaultsDigestIsTwelveHexDigitsAndStable() {
    String digest = Gazetteer.defaultsDigest();
    assertTrue(digest.matches("[0-9a-f]{12}"), digest);
    assertEquals(digest, Gazetteer.defaultsDigest());
  }

  @Test
  void defaultsCoverEveryStateInThreeLanguages() {
    Gazetteer g = Gazetteer.defaults();
    List<Actor> states = g.actors().stream().filter(Actor::isState).toList();
    assertTrue(states.size() >= 196, "states: " + states.size());
    for (Actor state : states) {
      for (String lang : List.of("en", "ar", "es")) {
        assertTrue(g.aliases().stream().anyMatch(a -> a.actorId().equals(state.id())
                && (a.language().equals(lang) || (lang.equals("en") && a.language().equals("und")))),
            state.id() + " has no " + lang + " alias");
      }
    }
    int terms = GazetteerCounts.officeHolderTerms(g);
    assertTrue(terms >= 100, "office-holder terms: " + terms);
    assertTrue(g.actor("ORG:NATO").isPresent());
  }

  @Test
  void defaultUndatedAliasesNameOneActorEach() {
    Map<String, Set<String>> owners = new HashMap<>();
    for (Alias a : Gazetteer.defaults().aliases()) {
      if (!GazetteerCounts.isDated(a)) {
        owners.computeIfAbsent(TextFolder.foldKey(a.text()), k -> new HashSet<>()).add(a.actorId());
      }
    }
    owners.forEach((alias, ids) -> assertEquals(1, ids.size(), alias + " names " + ids));
  }

  @Test
  void readsTheExampleFiles() {
    for (String name : List.of("actors.csv", "actors.json")) {
      Gazetteer user = Gazetteer.read(example(name));
      assertTrue(user.actor("ORG:PKK").isPresent(), name);
      ActorMatcher m = new ActorMatcher(Gazetteer.defaults().merge(user, false));
      assertEquals(List.of("ORG:PKK", "TUR"), m.match("The PKK said Turkey", LocalDate.of(2024, 1, 1), null)
          .stream().map(Mention::actorId).toList(), name);
    }
  }

  @Test
  void theTwoExampleFilesSayTheSame() {
    Gazetteer csv = Gazetteer.read(example("actors.csv"));
    Gazetteer json = Gazetteer.read(example("actors.json"));
    assertEquals(csv.actors(), json.actors());
    assertEquals(new HashSet<>(csv.aliases()), new HashSet<>(json.aliases()));
  }

  private static Path example(String name) {
    Path fromModule = Path.of("..", "examples", name);
    return Files.exists(fromModule) ? fromModule : Path.of("examples", name);
  }

  @Test
  void readsCsvWithDefaultsAndDates() throws IOException {
    Gazetteer g = Gazetteer.read(write("a.csv", """
        # my actors
        id,name,aliases,alias_kind,language,valid_from,valid_to
        ORG:WAGNER,Wagner Group,Wagner Group|Wagner PMC,,en,,
        ORG:WAGNER,,Prigozhin,leader,en,2014-05-01,2023-08-23
        """));
    assertEquals(List.of(new Actor("ORG:WAGNER", "Wagner Group", "organisation")), g.actors());
    assertEquals(3, g.aliases().size());
    assertEquals(AliasKind.ORGANISATION, g.aliases().get(0).kind());
    assertEquals(LocalDate.of(2023, 8, 23), g.aliases().get(2).validTo());
    assertEquals(1, GazetteerCounts.officeHolderAliases(g));
  }

  @Test
  void readsJson() throws IOException {
    Gazetteer g = Gazetteer.read(write("a.json", """
        {"actors": [
          {"id": "ORG:WAGNER", "name": "Wagner Group", "aliases": [
            "Wagner Group",
            {"text": "فاغنر", "language": "ar"},
            {"text": "Prigozhin", "kind": "leader", "valid_to": "2023-08-23"}]}
        ]}
        """));
    assertEquals(3, g.aliases().size());
    assertEquals("ar", g.aliases().get(1).language());
    assertEquals(AliasKind.LEADER, g.aliases().get(2).kind());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "a.csv; id,aliases\\nORG:X,X\\nbad id,Y; a.csv line 3: actor id must be",
      "a.csv; id,aliases,alias_kind\\nORG:X,X,nickname; a.csv line 2: unknown alias_kind 'nickname'",
      "a.csv; id,aliases,valid_from\\nORG:X,X,2024-13-01; a.csv line 2: valid_from must be yyyy-MM-dd",
      "a.csv; id,colour\\nORG:X,red; a.csv line 1: unknown column 'colour'",
      "a.csv; id,aliases\\nORG:X,\"X; a.csv line 2: unterminated quoted field",
      "a.csv; id,aliases,valid_from,valid_to\\nORG:X,X,2024-02-01,2024-01-01; a.csv line 2: alias 'X' of ORG:X ends",
      "a.csv; id,name,aliases\\nORG:X,Ex,X\\nORG:X,Other,Y; a.csv line 3: actor ORG:X was declared as Ex",
      "a.json; [{\"id\": \"ORG:X\"}]; a.json line 1: actor ORG:X needs a non-empty \"aliases\" array",
      "a.json; [{\"id\": \"ORG:X\",\\n \"aliases\": [1]}]; a.json line 1: an alias is a string",
      "a.json; [{\"id\": \"ORG:X\", \"aliases\": [\"X\"]\\n,]; a.json line 2:",
      "a.txt; x; actor file must end in .csv or .json",
  })
  void rejectsBadFilesWithTheirLine(String name, String content, String message) throws IOException {
    Path file = write(name, content.replace("\\n", "\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.read(file));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void addKeepsDefaultsAndReplaceDropsThem() throws IOException {
    Gazetteer user = Gazetteer.read(write("u.csv", """
        id,name,kind,aliases
        SYR,Syria (transitional),state,Syria|Damascus
        ORG:X,X Movement,organisation,X Movement
        """));
    Gazetteer base = Gazetteer.defaults();
    Gazetteer added = base.merge(user, false);
    Gazetteer replaced = base.merge(user, true);
    assertEquals(base.size() + 1, added.size());
    assertEquals(base.size() + 1, replaced.size());
    assertEquals("Syria", added.actor("SYR").orElseThrow().name());
    assertEquals("Syria (transitional)", replaced.actor("SYR").orElseThrow().name());
    LocalDate day = LocalDate.of(2024, 8, 31);
    String text = "Syrian and X Movement fighters in Damascus";
    assertEquals(List.of("SYR", "ORG:X", "SYR"),
        new ActorMatcher(added).match(text, day, null).stream().map(Mention::actorId).toList());
    assertEquals(List.of("ORG:X", "SYR"),
        new ActorMatcher(replaced).match(text, day, null).stream().map(Mention::actorId).toList());
  }

  @Test
  void userTrapsAddToTheDefaults() throws IOException {
    Gazetteer traps = Gazetteer.readTraps(write("t.csv", """
        # my traps
        alias,rule,value
        Jordan,not_in_sentence,Bulls|NBA
        kind:capital,not_after,Olympique
        """));
    ActorMatcher m = new ActorMatcher(Gazetteer.defaults().merge(traps, false));
    LocalDate day = LocalDate.of(2024, 8, 31);
    assertEquals(List.of(), m.match("Jordan led the Bulls to a sixth NBA title.", day, null));
    assertEquals(List.of("JOR"), m.match("Jordan closed its border.", day, null).stream().map(Mention::actorId).toList());
    assertEquals(List.of(), m.match("Olympique Paris? No: Olympique Lyon.", day, null));
    Gazetteer.readTraps(example("traps.csv")); // the documented example loads
  }

  @Test
  void badTrapFilesNameTheirLine() throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.readTraps(
        write("bad.csv", "alias,rule,value\nJordan,not_near,Bulls\n")));
    assertTrue(e.getMessage().contains("bad.csv line 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.readTraps(
        write("kind.csv", "alias,rule,value\nkind:planet,not_after,x\n")));
    assertTrue(e.getMessage().contains("unknown alias kind"), e.getMessage());
  }

  @Test
  void userAliasesCountInTheirLanguageAndNotWhereTheySayNot() throws IOException {
    Gazetteer user = Gazetteer.read(write("lang.csv", """
        id,name,kind,alias_kind,language,aliases,not_in
        ORG:KURDS,Kurdish forces,organisation,organisation,tr,YPG'liler,
        ORG:KURDS,,,organisation,,Peshmerga,de
        """));
    ActorMatcher m = new ActorMatcher(Gazetteer.defaults().merge(user, false));
    LocalDate day = LocalDate.of(2024, 8, 31);
    assertEquals(List.of("ORG:KURDS"), ids(m.match("YPG'liler geri çekildi", day, "tr")));
    assertEquals(List.of(), ids(m.match("YPG'liler in a quote", day, "en")));
    assertEquals(List.of("ORG:KURDS"), ids(m.match("The Peshmerga advanced", day, "en")));
    assertEquals(List.of(), ids(m.match("Die Peshmerga rückten vor", day, "de")));
  }

  @Test
  void coveredLanguagesNameAtLeastHalfTheStates() {
    Set<String> covered = Gazetteer.defaults().coveredLanguages();
    assertTrue(covered.containsAll(List.of("en", "de", "pl", "ar", "zh", "no")), covered.toString());
    assertTrue(!covered.contains("lt") && !covered.contains("und"), covered.toString());
    // four states: German names three, Lithuanian one (a stray alias), und does not count
    List<Actor> states = List.of(new Actor("AAA", "A", "state"), new Actor("BBB", "B", "state"),
        new Actor("CCC", "C", "state"), new Actor("DDD", "D", "state"), new Actor("ORG:X", "X", "organisation"));
    List<Alias> aliases = List.of(Alias.of("AAA", "Aland", AliasKind.NAME, "de"),
        Alias.of("BBB", "Beland", AliasKind.NAME, "de"), Alias.of("CCC", "Celand", AliasKind.NAME, "de"),
        Alias.of("AAA", "Alandas", AliasKind.NAME, "lt"), Alias.of("DDD", "DDD", AliasKind.NAME, "und"),
        Alias.of("ORG:X", "Xorg", AliasKind.ORGANISATION, "lt"));
    assertEquals(Set.of("de"), Gazetteer.of(states, aliases).coveredLanguages());
    // without states, half of the actors count
    List<Actor> orgs = List.of(new Actor("ORG:X", "X", "organisation"), new Actor("ORG:Y", "Y", "organisation"));
    assertEquals(Set.of("lt"), Gazetteer.of(orgs, List.of(Alias.of("ORG:X", "Xorg", AliasKind.ORGANISATION, "lt")))
        .coveredLanguages());
  }

  private static List<String> ids(List<Mention> ms) {
    return ms.stream().map(Mention::actorId).toList();
  }
}
