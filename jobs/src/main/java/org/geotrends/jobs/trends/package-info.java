/** The trends stage: mentions to the {@code trends} table, one dense series per actor. */
package org.geotrends.jobs.trends;
