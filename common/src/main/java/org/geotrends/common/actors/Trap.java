package org.geotrends.common.actors;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A context in which an alias does not name its actor ("New Mexico", "Turkish delight",
 * "Michael Jordan", "Atlanta, Georgia"). A trap applies to every alias with the same folded text,
 * whatever its actor, or to every alias of one kind ({@code kind:capital}).
 *
 * @param alias  folded alias text, or {@code kind:} and an alias kind label
 * @param rule   which context to look at
 * @param values folded context texts, any of which springs the trap; empty for
 *               {@link Rule#PERSON_CONTEXT}
 * @param written the same values as written: where a value has a capital letter, the text must
 *                have it too ("AS Roma" is a club, "as Moscow cut output" is not)
 */
record Trap(String alias, Rule rule, List<String> values, List<String> written) implements Serializable {
  static final String KIND_PREFIX = "kind:";

  Trap {
    values = List.copyOf(values);
    written = List.copyOf(written);
    if (values.size() != written.size()) {
      throw new IllegalArgumentException("a trap needs each value folded and as written");
    }
  }

  /** The alias kind this trap applies to, or null when it names one alias. */
  AliasKind kind() {
    return alias.startsWith(KIND_PREFIX) ? AliasKind.fromLabel(alias.substring(KIND_PREFIX.length())) : null;
  }

  enum Rule {
    /** Not when the text just before (one optional space apart) ends with a value: "New" Mexico. */
    NOT_AFTER,
    /** Not when the text just after (one optional space apart) starts with a value: Turkish "delight". */
    NOT_BEFORE,
    /**
     * Not when a capitalised word, other than a function word, stands right before or right after
     * it with a single space: a first name or surname ("Michael Jordan", "Jordan Peterson",
     * "Denzel Washington", "Chad Smith") or a compound proper name ("Washington Post", "Niger Delta").
     */
    PERSON_CONTEXT,
    /** Not when the sentence holds one of the values as whole words: Georgia with "Atlanta". */
    NOT_IN_SENTENCE;

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
