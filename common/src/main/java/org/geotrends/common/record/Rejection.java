package org.geotrends.common.record;

/** A record that did not become an article, with the reason code and a human-readable detail. */
public record Rejection(SourceRef source, String url, RejectReason reason, String detail)
    implements ReadResult, Outcome {

  public Rejection {
    if (detail != null && detail.length() > 500) {
      detail = detail.substring(0, 500) + "…";
    }
  }
}
