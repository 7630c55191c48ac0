package org.geotrends.common.record;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the format of a crawl file from its first bytes (after decompression), with the
 * file name only as a tie-breaker: crawls are full of {@code .gz} files and names that lie.
 */
public final class FormatSniffer {

  private static final String[] HTML_MARKERS = {
      "<!doctype html", "<html", "<head", "<meta", "<title", "<body", "<div", "<p>", "<p ",
      "<!--", "<article", "<script", "<link "};

  /** Signatures of binary documents whose first bytes may pass for text (a PDF header, RTF). */
  private static final String[] DOCUMENT_MAGIC = {
      "%PDF-", "%!PS", "{\\rtf", "PK\u0003\u0004", "\u00d0\u00cf\u0011\u00e0", "\u0089PNG",
      "GIF87a", "GIF89a", "\u00ff\u00d8\u00ff", "RIFF", "OggS", "ID3"};

  private FormatSniffer() {
  }

  /** The format of a file starting with {@code head}, or empty when it is none we read. */
  public static Optional<InputFormat> sniff(byte[] head, int length, String fileName) {
    int start = 0;
    if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      start = 3;
    }
    String ascii = new String(head, start, Math.min(length - start, 16), StandardCharsets.ISO_8859_1)
        .stripLeading();
    String latin = new String(head, start, Math.min(length - start, 8), StandardCharsets.ISO_8859_1);
    for (String magic : DOCUMENT_MAGIC) {
      if (latin.startsWith(magic)) {
        return Optional.empty();
      }
    }
    // container formats first: their records may hold binary payloads right after the header
    if (ascii.startsWith("WARC/")) {
      return Optional.of(InputFormat.WARC);
    }
    if (ascii.startsWith("filedesc://")) {
      return Optional.of(InputFormat.ARC);
    }
    String text;
    if (length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
        || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)) {
      boolean bigEndian = (head[0] & 0xff) == 0xFE;
      text = new String(head, 2, length - 2,
          bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    } else {
      if (looksBinary(head, start, length)) {
        return Optional.empty();
      }
      text = new String(head, start, length - start, StandardCharsets.ISO_8859_1);
    }
    String t = text.stripLeading();
    if (t.startsWith("[")) {
      return Optional.of(InputFormat.JSON);
    }
    if (t.startsWith("{")) {
      // one object per line, or one object over many lines (pretty-printed)
      int newline = t.indexOf('\n');
      boolean oneObjectPerLine = newline < 0 || t.substring(0, newline).strip().endsWith("}");
      return Optional.of(oneObjectPerLine ? InputFormat.JSONL : InputFormat.JSON);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String marker : HTML_MARKERS) {
      if (lower.contains(marker)) {
        return Optional.of(InputFormat.HTML);
      }
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.matches(".*\\.x?html?(\\.gz)?$")) {
      return Optional.of(InputFormat.HTML);
    }
    return Optional.of(InputFormat.TEXT);
  }

  /** NUL bytes or many control characters: an image, a zip, a binary blob. */
  private static boolean looksBinary(byte[] head, int start, int length) {
    int control = 0;
    for (int i = start; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 > Math.max(1, length - start);
  }

  /** The format a file name suggests, for files too broken to sniff. */
  public static InputFormat fromName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.matches(".*\\.warc(\\.gz|\\.zst)?$")) {
      return InputFormat.WARC;
    }
    if (name.matches(".*\\.arc(\\.gz|\\.zst)?$")) {
      return InputFormat.ARC;
    }
    if (name.matches(".*\\.(jsonl|ndjson)(\\.gz)?$")) {
      return InputFormat.JSONL;
    }
    if (name.matches(".*\\.json(\\.gz)?$")) {
      return InputFormat.JSON;
    }
    if (name.matches(".*\\.x?html?(\\.gz)?$")) {
      return InputFormat.HTML;
    }
    return InputFormat.TEXT;
  }
}
