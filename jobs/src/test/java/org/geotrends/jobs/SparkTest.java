package org.geotrends.jobs;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the Spark tests: spark-testing-base's shared session (one per JVM, reused by every
 * test class) with small, fast, deterministic settings; its JUnit 4 set-up is called here.
 */
public abstract class SparkTest extends JavaDataFrameSuiteBase {

  @Override
  public SparkConf conf() {
    return new SparkConf()
        .setMaster("local[2]")
        .setAppName("geotrends-tests")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.sql.shuffle.partitions", "2")
        .set("spark.sql.session.timeZone", "UTC")
        .set("spark.sql.adaptive.enabled", "false")
        // Tiny tables: compiling a whole stage costs more than running it interpreted (about a
        // tenth of the Spark tests' CPU). The jobs run with codegen in CI's pipeline runs.
        .set("spark.sql.codegen.wholeStage", "false");
  }

  @Override
  public boolean enableHiveSupport() {
    return false;
  }

  @BeforeEach
  void startSpark() {
    runBefore();
  }
}
