/** Spark jobs and the command line: thin Dataset code around {@code geotrends-common}. */
package org.geotrends.jobs;
