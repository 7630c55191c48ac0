package org.geotrends.common.record;

import java.io.Closeable;
import java.util.Iterator;

/** Streams the records of one crawl file; close it to release the file. */
public interface RecordIterator extends Iterator<ReadResult>, Closeable {
}
