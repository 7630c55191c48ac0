package org.geotrends.common.record;

import java.util.Locale;

/** The kinds of crawl file geotrends reads; the lower-case name is the {@code input_format} column. */
public enum InputFormat {
  WARC, ARC, HTML, TEXT, JSONL,
  /** A JSON document: an array of article objects, or one (pretty-printed) article object. */
  JSON;

  /** The value stored in tables. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
