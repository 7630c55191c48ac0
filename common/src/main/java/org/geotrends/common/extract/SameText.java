package org.geotrends.common.extract;

import java.text.Normalizer;

/**
 * One normal form for texts that may differ in how they encode the same words: Unicode NFKC
 * (full-width forms, the ideographic space U+3000, "…" as "..."), invisible format characters
 * dropped (zero-width space and joiners, soft hyphen, BOM, direction marks: category Cf),
 * typographic quotes as ASCII quotes (‘’‚‛ as ', “”„‟ as "), every run of white space as one
 * space, trimmed. Words, letter case and other punctuation stay as they are. Used to compare
 * title sources in extraction, and extracted titles with annotations in evaluation.
 */
public final class SameText {

  private SameText() {
  }

  /** {@code s} in the normal form; "" for null. */
  public static String key(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.appendCodePoint(switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
        default -> c;
      });
    }
    return sb.toString();
  }
}
