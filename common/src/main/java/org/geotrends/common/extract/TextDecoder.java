package org.geotrends.common.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. Order of evidence:
 * <ol>
 *   <li>a byte-order mark;</li>
 *   <li>valid UTF-8 holding multi-byte sequences is UTF-8 whatever the page declares: legacy
 *       text is practically never valid UTF-8, while pages re-saved as UTF-8 often keep their
 *       old declaration;</li>
 *   <li>the charset the container declares (HTTP header), then {@code <meta charset>} or
 *       {@code http-equiv} in the first 4 KB; multi-byte declarations (GBK, Shift_JIS, EUC-KR,
 *       Big5) are trusted when the bytes are valid in them;</li>
 *   <li>a single-byte declaration, or none, is checked against the text: Arabic (windows-1256)
 *       or Russian (windows-1251) served as latin-1 decodes to words that mix scripts or
 *       upper and lower case inside a word, so every common single-byte code page is tried
 *       and the one giving the most plausible words wins (the declared one on ties).</li>
 * </ol>
 * Names follow the WHATWG encoding standard: latin-1 and ASCII mean windows-1252, GB2312
 * means GBK.
 */
public final class TextDecoder {

  /** The decoded text, the charset that was used, and how many bytes could not be decoded. */
  public record Decoded(String text, String charset, int replacements) {
  }

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Code pages tried when a single-byte declaration is missing or doubtful. */
  private static final List<Charset> SINGLE_BYTE = List.of(
      WINDOWS_1252,
      Charset.forName("windows-1250"),
      Charset.forName("windows-1251"),
      Charset.forName("KOI8-R"),
      Charset.forName("windows-1253"),
      Charset.forName("windows-1254"),
      Charset.forName("windows-1255"),
      Charset.forName("windows-1256"),
      Charset.forName("windows-1257"),
      Charset.forName("x-windows-874"));
  private static final Map<String, String> WHATWG_ALIASES = Map.of(
      "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252",
      "ascii", "windows-1252", "iso-8859-9", "windows-1254", "gb2312", "GBK", "x-gbk", "GBK",
      "iso-8859-11", "x-windows-874", "tis-620", "x-windows-874", "euc-kr", "x-windows-949");
  /** How much more plausible another code page must be to override a declaration. */
  private static final double OVERRIDE_MARGIN = 0.1;

  private TextDecoder() {
  }

  /** Decodes {@code bytes}; {@code declared} is the container's charset name or null. */
  public static Decoded decode(byte[] bytes, String declared) {
    Optional<Decoded> bom = fromByteOrderMark(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    boolean ascii = isAscii(bytes);
    if (!ascii) {
      Optional<String> utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        return new Decoded(utf8.get(), StandardCharsets.UTF_8.name(), 0);
      }
    }
    Charset declaredCharset = charset(declared);
    Charset metaCharset = charset(metaCharset(bytes));
    Charset stated = declaredCharset != null ? declaredCharset : metaCharset;
    if (ascii) {
      return new Decoded(new String(bytes, StandardCharsets.US_ASCII),
          stated != null ? stated.name() : StandardCharsets.UTF_8.name(), 0);
    }
    for (Charset candidate : new Charset[] {declaredCharset, metaCharset}) {
      if (candidate != null && isMultiByte(candidate)) {
        Optional<String> strict = strictDecode(bytes, candidate);
        if (strict.isPresent()) {
          return new Decoded(strict.get(), candidate.name(), 0);
        }
      }
    }
    // Mostly UTF-8 with a few broken bytes is still UTF-8.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    int replacements = countReplacements(lenient);
    if (replacements * 100 < Math.max(1, nonAsciiCount(bytes))) {
      return new Decoded(lenient, StandardCharsets.UTF_8.name(), replacements);
    }
    Charset single = mostPlausibleSingleByte(bytes, stated != null && !isMultiByte(stated) ? stated : null);
    String text = new String(bytes, single);
    return new Decoded(text, single.name(), countReplacements(text));
  }

  /**
   * The single-byte code page whose decoding of {@code bytes} reads most like words of one
   * script; {@code preferred} (a declaration) wins unless another is clearly better.
   */
  static Charset mostPlausibleSingleByte(byte[] bytes, Charset preferred) {
    Charset best = preferred != null ? preferred : WINDOWS_1252;
    double bestScore = WordPlausibility.score(new String(bytes, best)) + OVERRIDE_MARGIN;
    for (Charset candidate : SINGLE_BYTE) {
      if (candidate.equals(best)) {
        continue;
      }
      double score = WordPlausibility.score(new String(bytes, candidate));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static Optional<Decoded> fromByteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", 0));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", 0));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", 0));
    }
    return Optional.empty();
  }

  private static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The charset for a name, or null for a missing or unknown one, with WHATWG aliases. */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    n = WHATWG_ALIASES.getOrDefault(n, n);
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isMultiByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() > 1.0f;
  }

  private static Optional<String> strictDecode(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static int nonAsciiCount(byte[] bytes) {
    int n = 0;
    for (byte b : bytes) {
      if (b < 0) {
        n++;
      }
    }
    return n;
  }

  private static int countReplacements(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\uFFFD') {
        n++;
      }
    }
    return n;
  }
}
