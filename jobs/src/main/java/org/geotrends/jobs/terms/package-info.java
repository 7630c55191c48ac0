/** The terms stage: the words and articles behind each edge and each burst. */
package org.geotrends.jobs.terms;
