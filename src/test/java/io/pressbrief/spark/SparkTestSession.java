package io.pressbrief.spark;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session all Spark tests share: two threads, few shuffle partitions, no UI. */
public final class SparkTestSession {
  private static SparkSession spark;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (spark == null) {
      SparkSessions.useNioLocalFiles();
      spark = SparkSession.builder().appName("pressbrief-tests").master("local[2]")
          .config("spark.hadoop." + SparkSessions.LOCAL_FILE_SYSTEM, NioLocalFileSystem.class.getName())
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }
}
