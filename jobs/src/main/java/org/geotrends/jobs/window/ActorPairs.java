package org.geotrends.jobs.window;

import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Column;

/** The pairs of actors that one unit (an article, a story, a sentence) mentions together. */
public final class ActorPairs {

  private ActorPairs() {
  }

  /**
   * Every pair a &lt; b of the distinct actors in the array column {@code actors}, as an array
   * of structs (a, b): each unordered pair once.
   */
  public static Column of(String actors) {
    return expr("filter(flatten(transform(" + actors + ", a -> transform(" + actors
        + ", b -> named_struct('a', a, 'b', b)))), p -> p.a < p.b)");
  }
}
