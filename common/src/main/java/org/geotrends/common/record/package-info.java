/** Reading crawl files: detect the format and stream one record at a time, never a whole file. */
package org.geotrends.common.record;
