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

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  /**
   * The shuffle partitions pressbrief sets: on one machine, twice its cores; 0 on a cluster, or when
   * Spark was given a setting (--conf, spark-defaults.conf, -D), to leave Spark's. Its default of 200
   * suits a cluster; on two cores every aggregate, join and sort of a run cut its rows into 200
   * pieces, and a briefing's dozen small queries took half as long again (4.9 s against 3.3 s over
   * a year of tables).
   */
  static int shufflePartitions(String master, org.apache.spark.SparkConf conf, int cores) {
    return master.startsWith("local") && !conf.contains(SHUFFLE_PARTITIONS) ? 2 * cores : 0;
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
    int shufflePartitions = shufflePartitions(master, spark.sparkContext().getConf(),
        spark.sparkContext().defaultParallelism());
    if (shufflePartitions > 0) {
      spark.conf().set(SHUFFLE_PARTITIONS, String.valueOf(shufflePartitions));
    }
    return spark;
  }
}
