package org.geotrends.common.actors;

import java.io.Serializable;
import java.util.Locale;

/**
 * A context in which an alias does not name its actor ("New Mexico", "Turkish delight",
 * "Michael Jordan"). Traps apply to every alias with the same folded text, whatever its actor.
 *
 * @param alias folded alias text
 * @param rule  which context to look at
 * @param value folded context text ({@link Rule#NOT_AFTER}, {@link Rule#NOT_BEFORE}); empty for
 *              {@link Rule#PERSON_CONTEXT}
 */
record Trap(String alias, Rule rule, String value) implements Serializable {

  enum Rule {
    /** Not when the text just before (one optional space apart) ends with the value: "New" Mexico. */
    NOT_AFTER,
    /** Not when the text just after (one optional space apart) starts with the value: Turkish "delight". */
    NOT_BEFORE,
    /**
     * Not when a capitalised word, other than a function word, stands right before or right after
     * it with a single space: a first name or surname ("Michael Jordan", "Jordan Peterson",
     * "Denzel Washington", "Chad Smith") or a compound proper name ("Washington Post", "Niger Delta").
     */
    PERSON_CONTEXT;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Rule fromLabel(String label) {
      for (Rule r : values()) {
        if (r.label().equals(label)) {
          return r;
        }
      }
      return null;
    }
  }
}
