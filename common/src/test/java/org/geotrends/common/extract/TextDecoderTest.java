package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String RUSSIAN = "<p>Министр иностранных дел России заявил, что переговоры продолжатся в Москве.</p>";
  private static final String ARABIC = "<p>قال وزير الخارجية إن المحادثات ستستمر في دمشق الأسبوع المقبل.</p>";
  private static final String GERMAN = "<p>Die Außenministerin äußerte sich über die Gespräche in Köln.</p>";

  private static byte[] page(String metaCharset, String body, Charset encoding) {
    String head = metaCharset == null ? "<html><head>" : "<html><head><meta charset=\"" + metaCharset + "\">";
    return (head + "</head><body>" + body + "</body></html>").getBytes(encoding);
  }

  @Test
  void honoursUtf8ByteOrderMark() {
    byte[] text = GERMAN.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    TextDecoder.Decoded d = TextDecoder.decode(bytes, "windows-1251");
    assertEquals(GERMAN, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void honoursUtf16ByteOrderMark() {
    byte[] bytes = ("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(RUSSIAN, TextDecoder.decode(bytes, null).text());
  }

  @Test
  void usesTheHttpCharsetForLegacyPages() {
    byte[] bytes = page(null, RUSSIAN, Charset.forName("windows-1251"));
    TextDecoder.Decoded d = TextDecoder.decode(bytes, "windows-1251");
    assertTrue(d.text().contains(RUSSIAN));
    assertEquals("windows-1251", d.charset());
  }

  @Test
  void usesTheMetaCharsetWhenTheContainerSaysNothing() {
    byte[] bytes = page("koi8-r", RUSSIAN, Charset.forName("KOI8-R"));
    assertTrue(TextDecoder.decode(bytes, null).text().contains(RUSSIAN));
  }

  @Test
  void detectsRussianServedAsLatin1() {
    byte[] bytes = page("iso-8859-1", RUSSIAN, Charset.forName("windows-1251"));
    TextDecoder.Decoded d = TextDecoder.decode(bytes, "ISO-8859-1");
    assertTrue(d.text().contains(RUSSIAN), d.text());
    assertEquals("windows-1251", d.charset());
  }

  @Test
  void detectsArabicServedAsLatin1() {
    byte[] bytes = page(null, ARABIC, Charset.forName("windows-1256"));
    TextDecoder.Decoded d = TextDecoder.decode(bytes, "iso-8859-1");
    assertTrue(d.text().contains(ARABIC), d.text());
    assertEquals("windows-1256", d.charset());
  }

  @Test
  void keepsADeclaredLatin1PageThatReadsWell() {
    byte[] bytes = page("iso-8859-1", GERMAN, StandardCharsets.ISO_8859_1);
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
    assertTrue(d.text().contains(GERMAN));
    assertEquals("windows-1252", d.charset());
  }

  @Test
  void prefersValidUtf8OverAWrongLatin1Declaration() {
    byte[] bytes = page("iso-8859-1", RUSSIAN, StandardCharsets.UTF_8);
    assertTrue(TextDecoder.decode(bytes, "iso-8859-1").text().contains(RUSSIAN));
  }

  @Test
  void decodesGb2312AsGbk() {
    String chinese = "<p>外交部发言人表示，双方将继续会谈。</p>";
    byte[] bytes = page("gb2312", chinese, Charset.forName("GBK"));
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
    assertTrue(d.text().contains(chinese));
    assertEquals("GBK", d.charset());
  }

  @Test
  void decodesPlainAsciiWhateverTheDeclaration() {
    byte[] bytes = page(null, "<p>Plain text.</p>", StandardCharsets.US_ASCII);
    assertTrue(TextDecoder.decode(bytes, "utf-8").text().contains("Plain text."));
  }
}
