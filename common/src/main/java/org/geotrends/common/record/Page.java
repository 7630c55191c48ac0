package org.geotrends.common.record;

import java.time.Instant;

/**
 * One page read from a crawl file, before extraction: the bytes as fetched plus what the
 * container (WARC headers, HTTP headers, file name) says about them.
 *
 * @param source where the bytes came from, for tracing
 * @param url target URL from the container, or null when only the page itself can tell
 * @param crawledAt when the page was fetched, or null when unknown
 * @param contentType media type without parameters (e.g. {@code text/html}), or null
 * @param charset charset named by the container (HTTP header), or null
 * @param content the payload, decoded from any transfer or content encoding
 */
public record Page(
    SourceRef source, String url, Instant crawledAt, String contentType, String charset,
    byte[] content) implements ReadResult {
}
