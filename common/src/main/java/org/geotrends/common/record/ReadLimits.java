package org.geotrends.common.record;

import java.io.Serializable;

/**
 * Size limits that keep memory bounded whatever the input: a page over {@code maxPageBytes}
 * is rejected as {@link RejectReason#TOO_LARGE} without being held in memory.
 */
public record ReadLimits(int maxPageBytes) implements Serializable {

  /** 5 MiB: far above real news pages (Common Crawl itself truncates at 1 MiB). */
  public static final int DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024;
  public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_PAGE_BYTES);

  public ReadLimits {
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive");
    }
  }
}
