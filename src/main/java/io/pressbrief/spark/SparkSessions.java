package io.pressbrief.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the Spark session pressbrief runs in: quiet, UTC, and no UI for local runs. */
public final class SparkSessions {
  private SparkSessions() {}

  /** The Hadoop setting that sends {@code file:} paths through {@link NioLocalFileSystem}. */
  public static final String LOCAL_FILE_SYSTEM = "fs.file.impl";

  /**
   * Makes every Hadoop configuration in this JVM use {@link NioLocalFileSystem} for local paths. Call
   * it before the first local file is touched: Hadoop caches a file system per scheme, whatever the
   * configuration it was later asked with.
   */
  public static void useNioLocalFiles() {
    org.apache.hadoop.conf.Configuration.addDefaultResource("pressbrief/hadoop-local.xml");
  }

  public static SparkSession create(String appName, String master) {
    useNioLocalFiles();
    SparkSession.Builder builder = SparkSession.builder().appName(appName).master(master)
        // executors in other JVMs take it from Spark's configuration
        .config("spark.hadoop." + LOCAL_FILE_SYSTEM, NioLocalFileSystem.class.getName())
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false");
    if (master.startsWith("local")) {
      builder.config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
