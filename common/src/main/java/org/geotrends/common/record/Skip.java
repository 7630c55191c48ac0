package org.geotrends.common.record;

/**
 * A record that is not an article and not a fault: counted by {@code type} in the run
 * summary (see {@link SkipType}), never written as a row.
 */
public record Skip(SourceRef source, String type) implements ReadResult, Outcome {
}
