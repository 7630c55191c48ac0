package org.geotrends.jobs.io;

/**
 * A mistake the user can fix (a missing input, an existing output): reported as one line and
 * a non-zero exit, without a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }
}
