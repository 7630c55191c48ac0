/** The ingest stage: crawl files to the {@code articles} and {@code rejects} tables. */
package org.geotrends.jobs.ingest;
