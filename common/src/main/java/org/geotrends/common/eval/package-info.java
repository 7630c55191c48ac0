/** Measures extraction quality and speed against an annotated folder of real news pages. */
package org.geotrends.common.eval;
