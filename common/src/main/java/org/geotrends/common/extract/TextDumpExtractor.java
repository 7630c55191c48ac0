package org.geotrends.common.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.geotrends.common.record.PublishedDate;

/**
 * Extracts an article from a text dump of a news page: the visible text of the page with one
 * block per line, list items marked with bullets ({@code •}) and captions indented under them,
 * as browsers and crawlers produce when they save a page as text (see {@code seeds/}).
 *
 * <p>The layout rules, in reading order:
 * <ol>
 *   <li>the byline block is the first bullet list holding a date ("By …", "Source: …",
 *       "31 Aug 2024 23:45"); the title is the last plain line before it;</li>
 *   <li>the summary is the first paragraph after it when media or a control ("Listen", a
 *       captioned image) separates it from the next paragraph;</li>
 *   <li>the body is the run of plain paragraphs that follows, without "Read more:" links and
 *       without the headlines listed under an inline "Related News" heading; it ends at the
 *       first bullet list (the tags) or a closing section heading ("Most Read", "Read Next");</li>
 *   <li>the publisher is the first line of the page when it recurs (the site name in header and
 *       footer).</li>
 * </ol>
 * Indented lines and bullet items are never body: they are menus, tickers, captions and lists.
 */
public final class TextDumpExtractor {

  private static final Pattern BULLET = Pattern.compile("^\\s*[•●◦▪·*]\\s*");
  private static final Pattern INLINE_LINK = Pattern.compile(
      "^(read more|read also|also read|see also|related|watch|listen to)\\s*:.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern READING_TIME = Pattern.compile(
      "^\\d+\\s+min(ute)?s?\\s+read$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARES = Pattern.compile("^\\d+\\s+shares?$", Pattern.CASE_INSENSITIVE);
  private static final Set<String> INLINE_LIST_HEADINGS = Set.of(
      "related news", "related", "related articles", "related stories", "more on this");
  private static final Set<String> CLOSING_HEADINGS = Set.of(
      "most read", "read next", "more from", "recommended", "you may also like", "trending",
      "most popular", "popular", "coverage", "latest news", "more stories", "comments", "tags");
  private static final Set<String> CONTROLS = Set.of("listen", "x", "share", "print", "advertisement");

  private TextDumpExtractor() {
  }

  /** One line of the dump, classified once. */
  private record Line(String text, Kind kind) {
    boolean isParagraph() {
      return kind == Kind.PLAIN;
    }
  }

  private enum Kind { BLANK, BULLET, INDENTED, PLAIN }

  /** Extracts the fields of the article in {@code text}; fields that cannot be found are null. */
  public static PageFields extract(String text) {
    List<Line> lines = classify(text);
    PageFields.Builder fields = PageFields.builder();
    fields.publisher(publisher(lines));

    int block = bylineBlock(lines);
    int bodySearchStart = 0;
    if (block >= 0) {
      int title = previousPlain(lines, block);
      if (title >= 0) {
        fields.title(lines.get(title).text().strip());
      }
      int end = readBylineBlock(lines, block, fields);
      bodySearchStart = end;
    } else {
      fields.dateSource(DateSource.NONE);
      int title = firstHeadline(lines);
      if (title >= 0) {
        fields.title(lines.get(title).text().strip());
        bodySearchStart = title + 1;
      }
    }
    readSummaryBodyAndTags(lines, bodySearchStart, fields);
    return fields.build();
  }

  private static List<Line> classify(String text) {
    List<Line> lines = new ArrayList<>();
    for (String raw : text.split("\\r?\\n|\\r", -1)) {
      String t = raw.replace('\u00A0', ' ').stripTrailing();
      Kind kind;
      if (t.isBlank()) {
        kind = Kind.BLANK;
      } else if (BULLET.matcher(t).find()) {
        kind = Kind.BULLET;
        t = BULLET.matcher(t).replaceFirst("");
        // a list item that is itself only a bullet ("• • LIVE")
        t = BULLET.matcher(t).replaceFirst("");
      } else if (Character.isWhitespace(t.charAt(0))) {
        kind = Kind.INDENTED;
      } else {
        kind = Kind.PLAIN;
      }
      lines.add(new Line(t.strip(), kind));
    }
    return lines;
  }

  private static String publisher(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() != Kind.BLANK) {
        String first = lines.get(i).text();
        for (int j = i + 1; j < lines.size(); j++) {
          if (lines.get(j).kind() == Kind.PLAIN && lines.get(j).text().equals(first)) {
            return first;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** Index of the first bullet of the first bullet run that contains a date, or -1. */
  private static int bylineBlock(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() != Kind.BULLET) {
        continue;
      }
      int start = i;
      while (i < lines.size() && lines.get(i).kind() == Kind.BULLET) {
        if (DateParser.findInText(lines.get(i).text()).isPresent()) {
          return start;
        }
        i++;
      }
    }
    return -1;
  }

  private static int previousPlain(List<Line> lines, int from) {
    for (int i = from - 1; i >= 0; i--) {
      Kind kind = lines.get(i).kind();
      if (kind == Kind.PLAIN) {
        return i;
      }
      if (kind != Kind.BLANK) {
        return -1;
      }
    }
    return -1;
  }

  /** Fills byline, source and date from the block; returns the index after it. */
  private static int readBylineBlock(List<Line> lines, int start, PageFields.Builder fields) {
    int i = start;
    boolean dated = false;
    for (; i < lines.size() && lines.get(i).kind() == Kind.BULLET; i++) {
      String item = lines.get(i).text();
      String lower = item.toLowerCase(Locale.ROOT);
      if (lower.startsWith("by ")) {
        fields.byline(item.substring(3).strip());
      } else if (lower.startsWith("source:")) {
        fields.sourceAgency(item.substring("source:".length()).strip());
      } else if (!dated) {
        Optional<PublishedDate> date = DateParser.findInText(item);
        if (date.isPresent()) {
          fields.published(date.get()).dateSource(DateSource.TEXT);
          dated = true;
        }
      }
    }
    if (!dated) {
      fields.dateSource(DateSource.NONE);
    }
    while (i < lines.size() && (lines.get(i).kind() == Kind.BLANK
        || READING_TIME.matcher(lines.get(i).text()).matches()
        || SHARES.matcher(lines.get(i).text()).matches())) {
      i++;
    }
    return i;
  }

  /** Without a byline block: the first plain line of 4+ words followed by a blank line. */
  private static int firstHeadline(List<Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isParagraph() && Words.count(line.text()) >= 4 && lines.get(i + 1).kind() == Kind.BLANK) {
        return i;
      }
    }
    return -1;
  }

  private static void readSummaryBodyAndTags(List<Line> lines, int start, PageFields.Builder fields) {
    List<String> body = new ArrayList<>();
    int i = start;
    // Summary: a first paragraph set apart from the body by media or controls.
    if (i < lines.size() && lines.get(i).isParagraph() && !isClosingHeading(lines.get(i).text())) {
      int next = nextNonBlank(lines, i + 1);
      if (next < lines.size() && !lines.get(next).isParagraph()
          || next < lines.size() && CONTROLS.contains(lower(lines.get(next).text()))) {
        fields.summary(lines.get(i).text());
        i = next;
      }
    }
    boolean skippingInlineList = false;
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text();
      if (line.kind() == Kind.BLANK) {
        continue;
      }
      if (isClosingHeading(text)) {
        break;
      }
      if (!line.isParagraph()) {
        if (body.isEmpty()) {
          continue; // media and controls between summary and body
        }
        fields.tags(tags(lines, i));
        break;
      }
      if (CONTROLS.contains(lower(text)) || INLINE_LINK.matcher(text).matches()) {
        continue;
      }
      if (INLINE_LIST_HEADINGS.contains(lower(text))) {
        skippingInlineList = true;
        continue;
      }
      if (skippingInlineList) {
        if (looksLikeHeadline(text)) {
          continue;
        }
        skippingInlineList = false;
      }
      body.add(text);
    }
    if (!body.isEmpty()) {
      fields.body(String.join("\n\n", body));
    }
  }

  private static List<String> tags(List<Line> lines, int start) {
    List<String> tags = new ArrayList<>();
    for (int i = start; i < lines.size() && lines.get(i).kind() == Kind.BULLET; i++) {
      String item = lines.get(i).text();
      if (Words.count(item) <= 6 && !item.isBlank()) {
        tags.add(item);
      }
    }
    return tags;
  }

  /** A headline: short, and not ended like a sentence. */
  private static boolean looksLikeHeadline(String text) {
    char last = text.charAt(text.length() - 1);
    return Words.count(text) <= 20 && ".!?\"”»:;".indexOf(last) < 0;
  }

  private static boolean isClosingHeading(String text) {
    return CLOSING_HEADINGS.contains(lower(text));
  }

  private static int nextNonBlank(List<Line> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).kind() == Kind.BLANK) {
      i++;
    }
    return i;
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
