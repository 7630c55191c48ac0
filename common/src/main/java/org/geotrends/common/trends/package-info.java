/** Scoring one actor's coverage series: baseline, z-score and bursts. */
package org.geotrends.common.trends;
