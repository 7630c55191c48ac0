package org.geotrends.common.actors;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something news talks about: a state or an organisation.
 *
 * <p>Id scheme: states use their ISO 3166-1 alpha-3 code ({@code RUS}, {@code TUR}; Kosovo uses
 * the user-assigned {@code XKX}); everything else uses {@code PREFIX:NAME} in upper case, e.g.
 * {@code ORG:NATO}, {@code ORG:HEZBOLLAH}. The prefix is free ({@code ORG}, {@code GRP}, …) so
 * users can group their own actors.
 *
 * @param id   stable id, see above
 * @param name display name
 * @param kind {@code state}, {@code organisation}, or any lower-case word a user file gives
 */
public record Actor(String id, String name, String kind) implements Serializable {
  private static final Pattern ID = Pattern.compile("[A-Z]{3}|[A-Z][A-Z0-9]*:[A-Z0-9_]+");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z_]*");

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "actor id must be an ISO alpha-3 code (RUS) or PREFIX:NAME (ORG:NATO): " + id);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor " + id + " has an empty name");
    }
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("actor " + id + ": kind must be a lower-case word: " + kind);
    }
  }

  /** True for ISO alpha-3 ids, i.e. states. */
  public boolean isState() {
    return id.length() == 3 && id.indexOf(':') < 0;
  }
}
