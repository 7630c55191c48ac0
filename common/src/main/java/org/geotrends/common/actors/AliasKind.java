package org.geotrends.common.actors;

import java.util.Locale;

/** What an alias is for its actor; {@link #label()} is the {@code match_kind} column value. */
public enum AliasKind {
  NAME,
  OFFICIAL_NAME,
  DEMONYM,
  CAPITAL,
  INSTITUTION,
  /** Head of state or government. */
  LEADER,
  /** Foreign minister or deputy foreign minister. */
  MINISTER,
  /** Another office holder (security council, army chief…). */
  OFFICIAL,
  /** The name of a non-state organisation. */
  ORGANISATION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label such as {@code official_name}; null for an unknown label. */
  public static AliasKind fromLabel(String label) {
    for (AliasKind k : values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    return null;
  }
}
