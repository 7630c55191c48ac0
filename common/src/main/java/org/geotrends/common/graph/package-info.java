/** Metrics of one window's co-mention graph: small enough to compute in memory, per window. */
package org.geotrends.common.graph;
