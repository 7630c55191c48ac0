/** The stages with their table I/O and run summary, run alone or one after the other. */
package org.geotrends.jobs.pipeline;
