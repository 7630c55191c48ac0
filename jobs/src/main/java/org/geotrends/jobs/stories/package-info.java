/** The stories stage: syndicated copies of one story found by MinHash banding, linked to its first article. */
package org.geotrends.jobs.stories;
