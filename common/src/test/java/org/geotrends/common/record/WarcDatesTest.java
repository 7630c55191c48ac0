package org.geotrends.common.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarcDatesTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "2024-09-01T10:00:00Z,          2024-09-01T10:00:00Z",
      "2024-09-01T10:00:00.123456Z,   2024-09-01T10:00:00.123456Z",
      "2019-08-15T01:02Z,             2019-08-15T01:02:00Z",
      "2019-08-15T01:02,              2019-08-15T01:02:00Z",
      "2019-08-15,                    2019-08-15T00:00:00Z",
      "2019-08,                       2019-08-01T00:00:00Z",
      "2019,                          2019-01-01T00:00:00Z",
      "2008-10-29T05:21:46-0700,      2008-10-29T12:21:46Z",
      "2008-10-29T05:21:46+02:00,     2008-10-29T03:21:46Z",
      "20090301101112,                2009-03-01T10:11:12Z",
      "200903011011121234,            2009-03-01T10:11:12Z",
      "2009030110,                    2009-03-01T10:00:00Z",
      "2008-10-294T05:21:46-0700,     null",
      "2008-13-01T00:00:00Z,          null",
      "yesterday,                     null",
      "'',                            null"})
  void readsEveryPrecisionAndGivesNullForNoDate(String value, String expected) {
    assertEquals(expected == null ? null : Instant.parse(expected), WarcDates.parse(value), value);
  }
}
