package org.geotrends.jobs.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.spark.SparkContext;

/**
 * The same concise log under {@code java -jar} and {@code spark-submit}: warnings from Spark,
 * Hadoop and Parquet, one INFO line per stage from geotrends.
 *
 * <p>spark-submit configures log4j2 before our code runs (its {@code conf/log4j2.properties}, else
 * Spark's INFO defaults), so the jar's {@code log4j2.properties} is applied again at start. A user
 * who names a configuration ({@code -Dlog4j.configurationFile=...} through
 * {@code --driver-java-options} or {@code spark.driver.extraJavaOptions}, or the
 * {@code LOG4J_CONFIGURATION_FILE} variable) keeps it; {@code --verbose} brings Spark's INFO lines
 * back and geotrends' DEBUG lines.
 */
final class Logs {
  static final String CONFIG = "log4j2.properties";

  private Logs() {
  }

  /** Applies the jar's configuration unless the user gave one; call before Spark starts. */
  static void configure(String[] args) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    if (userConfigured()) {
      return;
    }
    URI config = ownConfig();
    if (config == null) {
      return;
    }
    // The logger context Spark's own classes log to: under spark-submit this jar is loaded by a
    // child class loader, whose context is not the one Spark (and log4j's default) use.
    LoggerContext context = (LoggerContext) LogManager.getContext(SparkContext.class.getClassLoader(), false);
    context.setConfigLocation(config);
    keepSparkFromReloadingItsDefaults();
    if (verbose) {
      Configuration c = context.getConfiguration();
      c.getRootLogger().setLevel(Level.INFO);
      for (Map.Entry<String, Level> e : Map.of("org.geotrends", Level.DEBUG,
          "org.apache.parquet", Level.INFO, "org.apache.hadoop", Level.INFO).entrySet()) {
        c.getLoggerConfig(e.getKey()).setLevel(e.getValue());
      }
      context.updateLoggers();
    }
  }

  /**
   * spark-submit notes that it loaded Spark's default profile and, in Spark 4.0, does not forget it
   * when it hands over to the application: the first SparkContext log line would load that profile
   * again over ours. Clearing Spark's note makes our configuration count as the user's. Internal
   * Spark state, so nothing happens where it is not found (another Spark version).
   */
  private static void keepSparkFromReloadingItsDefaults() {
    try {
      Class<?> logging = Class.forName("org.apache.spark.internal.Logging$", true,
          SparkContext.class.getClassLoader());
      Object module = logging.getField("MODULE$").get(null);
      logging.getMethod("org$apache$spark$internal$Logging$$defaultSparkLog4jConfig_$eq", boolean.class)
          .invoke(module, false);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another Spark: its own rules apply
    }
  }

  static boolean userConfigured() {
    return System.getProperty("log4j.configurationFile") != null
        || System.getProperty("log4j2.configurationFile") != null
        || System.getenv("LOG4J_CONFIGURATION_FILE") != null;
  }

  /**
   * The configuration in this jar (not a {@code log4j2.properties} that comes first on the class
   * path, such as the one in Spark's conf folder).
   */
  private static URI ownConfig() {
    try {
      URL here = Logs.class.getProtectionDomain().getCodeSource().getLocation();
      String location = here.toString();
      if (location.endsWith(".jar")) {
        return new URI("jar:" + location + "!/" + CONFIG);
      }
      URL file = Logs.class.getResource("/" + CONFIG);
      return file == null ? null : file.toURI();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }
}
