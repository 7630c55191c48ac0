/**
 * What geotrends knows about each language, read from one data file per language
 * ({@code lang/<code>.txt}): inflection of names, clitics, function words and abbreviations.
 */
package org.geotrends.common.lang;
