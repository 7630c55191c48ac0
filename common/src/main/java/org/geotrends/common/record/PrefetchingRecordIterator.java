package org.geotrends.common.record;

import java.util.NoSuchElementException;

/**
 * A {@link RecordIterator} that reads one record ahead: subclasses only say how to read the
 * next record ({@link #readNext}) and when the file is done ({@link #finish}).
 */
abstract class PrefetchingRecordIterator implements RecordIterator {
  private ReadResult next;
  private boolean finished;

  /** The next record, or null when there is none (after calling {@link #finish}). */
  protected abstract ReadResult readNext();

  /** No record follows the one being returned (end of file, or a file that cannot go on). */
  protected final void finish() {
    finished = true;
  }

  protected final boolean isFinished() {
    return finished;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !finished) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }
}
