package org.geotrends.common.actors;

import java.util.Locale;

/**
 * How the letter case of the text must agree with an alias. Folding makes matching case-blind;
 * the case rule is checked afterwards on the original text, so that "Turkey" is the state and
 * "turkey" the bird.
 */
public enum CaseRule {
  /** Every letter has the alias's case: acronyms ("US" is not "us" nor "Us"). */
  EXACT,
  /** The first letter is upper case ("Chad", "Turkey", "TURKEY"; not "turkey"). */
  CAPITALISED,
  /** Any case: caseless scripts, lower-case aliases (Spanish "ruso", "al-Assad"). */
  ANY;

  /**
   * The rule an alias gets when its file does not say: all letters upper case (at least two)
   * → EXACT; first letter upper case → CAPITALISED; otherwise ANY.
   */
  public static CaseRule of(String alias) {
    int letters = 0;
    int upper = 0;
    int first = -1;
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
        if (first < 0) {
          first = c;
        }
      }
    }
    if (letters >= 2 && upper == letters) {
      return EXACT;
    }
    return first >= 0 && Character.isUpperCase(first) ? CAPITALISED : ANY;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code exact|capitalised|any}; null for blank or unknown. */
  public static CaseRule fromLabel(String label) {
    for (CaseRule r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    return null;
  }
}
