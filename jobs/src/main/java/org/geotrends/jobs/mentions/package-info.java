/** The mentions stage: articles to the {@code mentions} table, with a broadcast actor matcher. */
package org.geotrends.jobs.mentions;
