package org.geotrends.common.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One way text can name an actor.
 *
 * @param actorId   the actor it names
 * @param text      the alias as written (folding for matching happens in the matcher)
 * @param kind      name, demonym, capital, leader…
 * @param language  ISO 639-1 code ({@code en}, {@code ar}, {@code es}…) or {@code und}
 * @param validFrom first day the alias names the actor (office holders), or null
 * @param validTo   last day (inclusive), or null
 * @param caseRule  how case must agree, see {@link CaseRule}
 * @param notIn     languages in whose text the alias does not count: it is a common word there
 *                  (German "Island" is Iceland, and an English word); {@link #OTHER_LANGUAGES}
 *                  for every language but its own (Turkish "Iraklı" is the Georgian name Irakli)
 */
public record Alias(
    String actorId,
    String text,
    AliasKind kind,
    String language,
    LocalDate validFrom,
    LocalDate validTo,
    CaseRule caseRule,
    Set<String> notIn) implements Serializable {

  public Alias {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(caseRule, "caseRule");
    notIn = Set.copyOf(notIn);
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty alias for " + actorId);
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "alias '" + text + "' of " + actorId + " ends (" + validTo + ") before it starts (" + validFrom + ")");
    }
  }

  /** In {@link #notIn()}: every language but the alias's own. */
  public static final String OTHER_LANGUAGES = "*";

  /** An alias that holds in text of any language. */
  public Alias(String actorId, String text, AliasKind kind, String language, LocalDate validFrom, LocalDate validTo,
      CaseRule caseRule) {
    this(actorId, text, kind, language, validFrom, validTo, caseRule, Set.of());
  }

  /** An undated alias with the case rule its text implies. */
  public static Alias of(String actorId, String text, AliasKind kind, String language) {
    return new Alias(actorId, text, kind, language, null, null, CaseRule.of(text));
  }
}
