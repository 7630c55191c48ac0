package org.geotrends.common.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A publication date as the page wrote it: the publisher's local day, the local time when the
 * page gives one, and the offset from UTC when the page gives one. {@link #instant()} is the UTC
 * instant of the {@code published_at} column; {@link #localText()} is {@code published_local}.
 *
 * <p>Without an offset the local wall-clock time is read as UTC (geotrends does not guess a
 * publisher's zone), so "31 Aug 2024 23:45" is the instant 2024-08-31T23:45Z and the local day
 * 2024-08-31; without a time it is midnight of that day.
 *
 * @param date the local day
 * @param time the local time of day, or null when the page gives only a day
 * @param offsetMinutes the offset from UTC the page gives, or null when it gives none
 */
public record PublishedDate(LocalDate date, LocalTime time, Integer offsetMinutes) {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

  public PublishedDate {
    if (date == null) {
      throw new IllegalArgumentException("a published date needs a day");
    }
    if (time == null && offsetMinutes != null) {
      // A day alone is the publisher's day wherever they are: an offset adds nothing to it.
      offsetMinutes = null;
    }
  }

  /** A date and time with the offset the page gives (or null for none). */
  public static PublishedDate of(LocalDateTime local, Integer offsetMinutes) {
    return new PublishedDate(local.toLocalDate(), local.toLocalTime(), offsetMinutes);
  }

  /** A date and time the page wrote with an offset. */
  public static PublishedDate of(OffsetDateTime written) {
    return of(written.toLocalDateTime(), written.getOffset().getTotalSeconds() / 60);
  }

  /** An instant written as such (epoch seconds, a date in UTC): its UTC wall clock, offset 0. */
  public static PublishedDate ofInstant(Instant instant) {
    return of(instant.atOffset(ZoneOffset.UTC));
  }

  /** A day without time. */
  public static PublishedDate ofDay(LocalDate day) {
    return new PublishedDate(day, null, null);
  }

  /** The UTC instant: the local time at its offset, or read as UTC when there is none. */
  public Instant instant() {
    LocalDateTime local = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
    return local.toInstant(offsetMinutes == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
  }

  /** True when the page gave a time of day, not only a day. */
  public boolean hasTime() {
    return time != null;
  }

  /**
   * The {@code published_local} value: ISO 8601 as the page wrote it, to the second:
   * {@code 2024-09-02T01:30:00+03:30} with an offset, {@code 2024-08-31T23:45:00} without one,
   * {@code 2024-08-31} for a day without time.
   */
  public String localText() {
    if (time == null) {
      return date.toString();
    }
    String local = LOCAL.format(date.atTime(time.truncatedTo(ChronoUnit.SECONDS)));
    return offsetMinutes == null ? local
        : local + OFFSET.format(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
  }
}
