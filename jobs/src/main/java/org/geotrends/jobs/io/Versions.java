package org.geotrends.jobs.io;

/** The version of geotrends itself, from the jar manifest (or "dev" when run from classes). */
public final class Versions {
  private Versions() {
  }

  public static String geotrends() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
