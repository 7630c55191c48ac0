/**
 * Reading crawl files: detect the format and stream one record at a time, never a whole file;
 * and what a record becomes on its way to the tables ({@link ReadResult} from the reader,
 * {@link Outcome} after extraction: an {@link Article}, a {@link Rejection} or a {@link Skip}).
 */
package org.geotrends.common.record;
