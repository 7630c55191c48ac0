package org.geotrends.common.record;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a WARC or ARC record leniently. WARC 1.1 allows any W3C-DTF precision
 * ({@code 2019}, {@code 2019-08-15}, {@code 2019-08-15T01:02Z}, fractions of a second); files in
 * the wild also carry an offset instead of {@code Z}, no zone at all, or a date that is no date
 * ({@code 2008-10-294T05:21:46-0700}). A date that cannot be read is {@code null}: it costs the
 * record its crawl date, never the record.
 */
final class WarcDates {

  private static final Pattern W3C_DTF = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?)?)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?");
  private static final DateTimeFormatter ARC = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private WarcDates() {
  }

  /** The instant {@code value} names, or null when it is absent or not a date. */
  static Instant parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    try {
      Matcher m = W3C_DTF.matcher(v);
      if (m.matches()) {
        return w3c(m);
      }
      if (v.length() >= 8 && v.chars().allMatch(Character::isDigit)) {
        // ARC style, 8 to 14 digits (longer ones are cut, as jwarc and warcio do)
        String digits = (v + "000000").substring(0, 14);
        return LocalDateTime.parse(digits, ARC).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static Instant w3c(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    LocalDate date = LocalDate.of(year, month, day);
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
    LocalDateTime local = date.atTime(hour, minute, second, nanos);
    String zone = m.group(8);
    ZoneOffset offset = zone == null || zone.equals("Z") ? ZoneOffset.UTC
        : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
    return OffsetDateTime.of(local, offset).toInstant();
  }
}
