package org.geotrends.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.geotrends.common.record.PublishedDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "<script>window.__DATA__={\"article\":{\"publicationDate\":\"2024-08-31T10:00:00+02:00\"}}</script> | 2024-08-31T10:00:00+02:00",
      "<script>self.push(\"{\\\"datePublished\\\":\\\"2024-08-31T08:00:00Z\\\"}\")</script>       | 2024-08-31T08:00:00+00:00",
      "<div data-meta=\"{&quot;tgp_content_publication_time&quot;:&quot;2024-08-31T18:24:10Z&quot;}\"> | 2024-08-31T18:24:10+00:00",
      "<script>var a={\"published_at\": 1725140700}</script>                                    | 2024-08-31T21:45:00+00:00",
  })
  void readsPublicationFieldsOfEmbeddedData(String html, String local) {
    assertEquals(local, EmbeddedDates.first(html, d -> true).map(PublishedDate::localText).orElse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>{\"publisher\":\"2024 Media\",\"dateModified\":\"2024-08-31T10:00:00Z\"}</script>",
      "<script>{\"lastUpdated\":\"2024-08-31T10:00:00Z\",\"republishedAt\":\"2024-08-31T10:00:00Z\"}</script>",
      "<p>The report was published 2024-08-31 by the ministry.</p>"})
  void ignoresFieldsThatAreNotThePublication(String html) {
    assertTrue(EmbeddedDates.first(html, d -> true).isEmpty());
  }

  @org.junit.jupiter.api.Test
  void takesTheFirstDateTheCallerAccepts() {
    String html = "<script>{\"items\":[{\"published\":\"2023-01-05T10:00:00Z\"},"
        + "{\"published\":\"2024-08-31T10:00:00Z\"}]}</script>";
    Optional<PublishedDate> d = EmbeddedDates.first(html, x -> x.date().getYear() == 2024);
    assertEquals("2024-08-31T10:00:00+00:00", d.map(PublishedDate::localText).orElse(null));
  }
}
