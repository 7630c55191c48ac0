package org.geotrends.common.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geotrends.common.lang.Language.DateWord;
import org.geotrends.common.record.PublishedDate;

/**
 * Parses publication dates as pages write them: machine values (ISO 8601, RFC 1123, epoch
 * seconds), dates written in words in many languages ("31 Aug 2024", "14 Haziran 2023",
 * "14 июня 2023", "3 de mayo de 2024", "٣ يونيو ٢٠٢٤"), numeric dates ("31.08.2024",
 * "2024-08-31", "2024年8月31日") and dates in URL paths.
 *
 * <p>Every date comes back as the page wrote it ({@link PublishedDate}): local day and time, and
 * the offset when the value carries one (a zone name becomes its offset at that time). Its
 * instant follows the time-zone rule: a date without offset is read as UTC wall-clock time
 * (we do not guess a publisher's zone), so "31 Aug 2024 23:45" is 2024-08-31T23:45Z; a date
 * without a time is a day, midnight UTC as an instant.
 */
public final class DateParser {

  /** Words of a kind in every language ({@link DateWords}), as a group that ends a word. */
  private static String words(DateWord kind) {
    return "(?:" + DateWords.alternation(kind) + ")(?![\\p{L}\\p{M}])";
  }

  /**
   * An optional time after a date: "23:45", ", 23:45", "at 9:05", "um 14.30 Uhr", "18h30",
   * "| 14:07", "5:09 p.m."; the words before and after a time are each language's
   * ({@link DateWords}). Groups: hour, minute, a/p of a 12-hour clock.
   */
  private static final String TIME =
      "(?:[,\\s]*(?:" + words(DateWord.AT) + "|\\||-|–|—)?\\s*"
          + "(\\d{1,2})(?::|h|\\.(?=\\d{2}\\s*" + words(DateWord.HOURS) + "))(\\d{2})(?!\\d)"
          + "(?::\\d{2}(?!\\d))?(?:\\s*(?i:([ap])\\.?\\s?m(?![\\p{L}])\\.?))?)?";
  /** A month word: letters and marks, possibly dotted ("févr."), possibly two words ("تشرين الأول"). */
  private static final String MONTH_WORD = "(\\p{L}[\\p{L}\\p{M}]{1,14}\\.?(?:\\s+\\p{L}[\\p{L}\\p{M}]{1,8})?)";

  /** "31 Aug 2024 23:45", "1er juin 2024", "3 de mayo de 2024", "14 июня 2023 г., 13:46". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})(?:\\.|" + words(DateWord.DAY) + "|\\s*" + words(DateWord.OF) + ")?\\s*"
          + MONTH_WORD + ",?\\s*(?:" + words(DateWord.OF) + "\\s+)?(\\d{4})(?!\\d)"
          + "(?:\\s*" + words(DateWord.YEAR) + ")?" + TIME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "August 31, 2024 23:45", "Aug. 31 2024". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:" + words(DateWord.DAY) + ")?,?\\s+(\\d{4})(?!\\d)" + TIME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "2024. augusztus 31. 23:45" (year first, month in words: Hungarian, and English "2024 August 31"). */
  private static final Pattern YEAR_MONTH_WORD_DAY = Pattern.compile(
      "(?<![\\d.])((?:19|20)\\d{2})\\.?\\s+" + MONTH_WORD + "\\s+(\\d{1,2})(?!\\d)\\.?" + TIME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "2024-08-31", "2024/08/31", "2024.08.31", "2024年8月31日", "2024년 8월 31일". */
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[-/.]|년|年)\\s*(\\d{1,2})\\s*(?:[-/.]|월|月)\\s*(\\d{1,2})(?!\\d)"
          + "\\s*(?:日|일)?\\.?" + TIME);
  /** "31.08.2024", "31/08/2024", "31-08-2024" (day first, as written outside the US). */
  private static final Pattern DAY_MONTH_YEAR_NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})[./-](\\d{1,2})[./-]((?:19|20)\\d{2})(?!\\d)" + TIME);

  /** "25.04.24" (day first, two-digit year of this century, dots only). */
  private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])" + TIME);

  /**
   * A date in a URL: {@code /2024/08/31/}, {@code /20240831/}, {@code -2024-08-31-},
   * {@code _2024_08_31}; one separator throughout, never inside a longer number.
   */
  private static final Pattern URL_DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)\\d{2})([-/_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![0-9])");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");

  /** RFC 1123 and its relatives with a zone name, as some meta tags write them. */
  private static final List<DateTimeFormatter> ZONED_FORMATS = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      new DateTimeFormatterBuilder().parseCaseInsensitive()
          .appendPattern("EEE, d MMM yyyy HH:mm[:ss] z").toFormatter(Locale.ENGLISH),
      new DateTimeFormatterBuilder().parseCaseInsensitive()
          .appendPattern("EEE MMM d HH:mm:ss z yyyy").toFormatter(Locale.ENGLISH));
  /** ISO-like values with a compact offset ("+0200") or without 'T'. */
  private static final DateTimeFormatter LOOSE_ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendPattern("HH:mm")
      .optionalStart().appendPattern(":ss").optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter(Locale.ROOT);

  private DateParser() {
  }

  /**
   * Parses a machine-readable value: ISO 8601 with or without offset, a bare date, RFC 1123
   * (HTTP dates) or epoch seconds/milliseconds. Returns empty for anything else.
   */
  public static Optional<PublishedDate> parseMachine(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (EPOCH.matcher(v).matches()) {
      long n = Long.parseLong(v);
      return Optional.of(PublishedDate.ofInstant(v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n)));
    }
    try {
      return Optional.of(PublishedDate.of(OffsetDateTime.parse(v)));
    } catch (DateTimeParseException ignored) {
      // try the next shape
    }
    try {
      return Optional.of(PublishedDate.of(ZonedDateTime.parse(v).toOffsetDateTime()));
    } catch (DateTimeParseException ignored) {
      // try the next shape
    }
    Optional<PublishedDate> loose = parseLooseIso(v);
    if (loose.isPresent()) {
      return loose;
    }
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      try {
        return Optional.of(PublishedDate.ofDay(LocalDate.parse(v.substring(0, 10))));
      } catch (DateTimeParseException ignored) {
        // try the next shape
      }
    }
    for (DateTimeFormatter format : ZONED_FORMATS) {
      try {
        return Optional.of(PublishedDate.of(ZonedDateTime.parse(v, format).toOffsetDateTime()));
      } catch (DateTimeParseException ignored) {
        // try the next shape
      }
    }
    return Optional.empty();
  }

  private static Optional<PublishedDate> parseLooseIso(String v) {
    try {
      var parsed = LOOSE_ISO.parse(v);
      LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
      Integer offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
          ? parsed.get(ChronoField.OFFSET_SECONDS) / 60 : null;
      return Optional.of(PublishedDate.of(local, offset));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Finds the first date written in {@code text}: in words in any supported language
   * ("31 Aug 2024 23:45", "14 Haziran 2023", "August 31, 2024") or in numbers ("31.08.2024",
   * "2024-08-31", "2024年8月31日", "25.04.24 | 14:07"). The earliest match in the text wins.
   */
  public static Optional<PublishedDate> findInText(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String t = asciiDigits(text);
    Candidate best = null;
    best = earlier(best, first(DAY_MONTH_YEAR.matcher(t), 3, 2, 1));
    best = earlier(best, first(MONTH_DAY_YEAR.matcher(t), 3, 1, 2));
    best = earlier(best, first(YEAR_MONTH_DAY.matcher(t), 1, 2, 3));
    best = earlier(best, first(YEAR_MONTH_WORD_DAY.matcher(t), 1, 2, 3));
    best = earlier(best, first(DAY_MONTH_YEAR_NUMERIC.matcher(t), 3, 2, 1));
    best = earlier(best, first(DAY_MONTH_SHORT_YEAR.matcher(t), 3, 2, 1));
    return best == null ? Optional.empty() : Optional.of(best.date());
  }

  /**
   * A day in a URL's path or query such as {@code /2024/08/31/}, {@code /20240831/} or
   * {@code story-2024-08-31.html}; impossible dates (2024/02/30) are not dates.
   */
  public static Optional<PublishedDate> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    int host = url.indexOf("://");
    int path = host < 0 ? 0 : url.indexOf('/', host + 3);
    if (path < 0) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    m.region(path, url.length());
    while (m.find()) {
      Optional<PublishedDate> d = build(m.group(1), m.group(3), m.group(4), null, null, null);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private record Candidate(int start, PublishedDate date) {
  }

  private static Candidate earlier(Candidate a, Candidate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.start() <= b.start() ? a : b;
  }

  /** The first match of {@code m} that makes a valid date; groups name year, month, day. */
  private static Candidate first(Matcher m, int year, int month, int day) {
    while (m.find()) {
      int time = m.groupCount() - 2;
      Optional<PublishedDate> d = build(m.group(year), m.group(month), m.group(day),
          m.group(time), m.group(time + 1), m.group(time + 2));
      if (d.isPresent()) {
        return new Candidate(m.start(), d.get());
      }
    }
    return null;
  }

  /** A date from its parts; {@code half} is "a" or "p" for a 12-hour clock's a.m. and p.m., or null. */
  private static Optional<PublishedDate> build(String year, String month, String day, String hour,
      String minute, String half) {
    int monthNumber = month.chars().allMatch(Character::isDigit)
        ? Integer.parseInt(month) : DateWords.month(month);
    if (monthNumber < 1 || monthNumber > 12) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(year);
      LocalDate date = LocalDate.of(year.length() == 2 ? 2000 + y : y, monthNumber, Integer.parseInt(day));
      LocalTime time = null;
      if (hour != null) {
        int h = Integer.parseInt(hour);
        if (half != null) {
          if (h < 1 || h > 12) {
            return Optional.of(new PublishedDate(date, null, null));
          }
          h = h % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        time = LocalTime.of(h, Integer.parseInt(minute));
      }
      return Optional.of(new PublishedDate(date, time, null));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Replaces Arabic-Indic, Persian and full-width digits by ASCII ones, so one regex fits all. */
  static String asciiDigits(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 127 && Character.isDigit(c)) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return sb == null ? s : sb.toString();
  }
}
