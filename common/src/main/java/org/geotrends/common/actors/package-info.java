/** Actors (states, organisations), their gazetteer of aliases, and the matcher that finds them in text. */
package org.geotrends.common.actors;
