/** The {@code geotrends} command line: options are parsed and checked before Spark starts. */
package org.geotrends.jobs.cli;
