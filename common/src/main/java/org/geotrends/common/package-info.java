/** Plain Java, no Spark: everything that works on one file, one record or one article. */
package org.geotrends.common;
