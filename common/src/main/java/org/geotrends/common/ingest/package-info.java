/** Reading a crawl file end to end: records in, articles, rejections and skips out. */
package org.geotrends.common.ingest;
