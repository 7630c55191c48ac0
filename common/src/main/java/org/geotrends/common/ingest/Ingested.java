package org.geotrends.common.ingest;

import org.geotrends.common.extract.Article;
import org.geotrends.common.record.Rejection;
import org.geotrends.common.record.Skip;

/** What one input record became: exactly one of an article, a rejection or a skip. */
public record Ingested(Article article, Rejection rejection, Skip skip) {

  public Ingested {
    int set = (article != null ? 1 : 0) + (rejection != null ? 1 : 0) + (skip != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException("exactly one outcome per record");
    }
  }

  public static Ingested of(Article a) {
    return new Ingested(a, null, null);
  }

  public static Ingested of(Rejection r) {
    return new Ingested(null, r, null);
  }

  public static Ingested of(Skip s) {
    return new Ingested(null, null, s);
  }
}
