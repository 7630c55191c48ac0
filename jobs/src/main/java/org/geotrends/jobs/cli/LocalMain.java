package org.geotrends.jobs.cli;

/**
 * Entry point of the self-contained jar ({@code java -jar geotrends-local.jar}): runs Spark
 * in-process on all cores unless a master is given with {@code -Dspark.master=...}.
 */
public final class LocalMain {
  private LocalMain() {
  }

  public static void main(String[] args) {
    if (System.getProperty("spark.master") == null) {
      System.setProperty("spark.master", "local[*]");
    }
    if (System.getProperty("spark.master").startsWith("local")
        && System.getProperty("spark.driver.host") == null) {
      // in-process: no need to resolve the machine's host name
      System.setProperty("spark.driver.host", "127.0.0.1");
    }
    // Spark's JavaModuleOptions; the Add-Opens it needs are in the jar manifest.
    System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    Main.main(args);
  }
}
