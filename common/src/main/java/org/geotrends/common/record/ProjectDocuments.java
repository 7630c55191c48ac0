package org.geotrends.common.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the documentation that sits next to a crawl (README, LICENSE, CHANGELOG, Markdown
 * notes) from a text dump of a web page, which is a crawl file. A page dump carries the
 * page's furniture: menus and lists saved as bullet lines ({@code •}), the site name at the top
 * and again in the footer. A project document carries document markup instead (Markdown or
 * reStructuredText headings, fences, links, hyphen lists) or opens with a licence. The file
 * name (README, LICENSE, *.md …) counts as one more signal, never alone against a page's
 * furniture.
 */
final class ProjectDocuments {

  private static final Pattern DOC_NAME = Pattern.compile(
      "(readme|licen[cs]e|copying|notice|changelog|changes|history|authors|contributors"
          + "|contributing|code_of_conduct|security|install|todo)([._-].*)?"
          + "|.*\\.(md|markdown|rst|adoc|asciidoc|textile)");
  private static final List<Pattern> MARKUP = List.of(
      Pattern.compile("^#{1,6}\\s+\\S.*"),                 // Markdown heading
      Pattern.compile("^\\s*(```|~~~).*"),                  // code fence
      Pattern.compile("^\\s*([=\\-~^*]){3,}\\s*$"),          // setext / reST underline, rule
      Pattern.compile(".*\\[[^\\]]+\\]\\([^)\\s]+\\).*"),   // Markdown link
      Pattern.compile("^\\s*[-+]\\s+\\S.*"),                // hyphen or plus list item
      Pattern.compile("^\\.\\.\\s+\\S+::.*"),               // reST directive
      Pattern.compile(".*`[^`]+`.*"));                      // inline code
  private static final Pattern LICENCE = Pattern.compile(
      ".*\\b(licen[cs]e[ds]?|copyright|warrant(y|ies)|permission is hereby granted"
          + "|all rights reserved|spdx-license-identifier)\\b.*");
  private static final Pattern PAGE_BULLET = Pattern.compile("^\\s*[•●◦▪]\\s*.*");

  private ProjectDocuments() {
  }

  /** Whether the text file {@code fileName} holding {@code content} is project documentation. */
  static boolean isDocumentation(String fileName, byte[] content) {
    List<String> lines = nonBlankLines(content);
    if (lines.isEmpty()) {
      return false;
    }
    int bullets = 0;
    int markup = 0;
    for (String line : lines) {
      if (PAGE_BULLET.matcher(line).matches()) {
        bullets++;
      }
      for (Pattern p : MARKUP) {
        if (p.matcher(line).matches()) {
          markup++;
          break;
        }
      }
    }
    String siteName = lines.get(0).strip();
    boolean siteNameRecurs = siteName.length() > 2
        && lines.subList(1, lines.size()).stream().anyMatch(l -> l.strip().equals(siteName));
    if (bullets >= 3 || siteNameRecurs) {
      return false; // a page's furniture
    }
    boolean licence = lines.subList(0, Math.min(lines.size(), 12)).stream()
        .anyMatch(l -> LICENCE.matcher(l.toLowerCase(Locale.ROOT)).matches());
    boolean documentMarkup = markup >= 2 && markup * 20 >= lines.size();
    return licence || documentMarkup || DOC_NAME.matcher(baseName(fileName)).matches();
  }

  private static String baseName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  private static List<String> nonBlankLines(byte[] content) {
    String text = new String(content, 0, Math.min(content.length, 256 * 1024), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r?\n|\r")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
