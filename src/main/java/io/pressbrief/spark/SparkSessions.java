package io.pressbrief.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the Spark session pressbrief runs in: quiet, UTC, and no UI for local runs. */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName, String master) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName).master(master)
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
