package org.geotrends.common.record;

/**
 * What one input record became: an {@link Article}, a {@link Rejection} (with its reason), or a
 * {@link Skip} (a record that is not a page, counted but not written). The ingest stage writes
 * articles and rejections as rows of their tables and counts all three.
 *
 * <p>The three are in this package, with the reader's {@link ReadResult}, because a sealed type
 * and its permitted types must share a package outside a named module.
 */
public sealed interface Outcome permits Article, Rejection, Skip {
}
