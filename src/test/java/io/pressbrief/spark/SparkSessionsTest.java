package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  @Test
  void localRunsShuffleIntoTwiceTheCoresInsteadOfSparksTwoHundred() {
    assertEquals(4, SparkSessions.shufflePartitions("local[*]", new SparkConf(false), 2));
    assertEquals(16, SparkSessions.shufflePartitions("local[8]", new SparkConf(false), 8));
  }

  @Test
  void aClusterOrASettingGivenToSparkKeepsSparksOwn() {
    assertEquals(0, SparkSessions.shufflePartitions("spark://127.0.0.1:7077", new SparkConf(false), 2));
    assertEquals(0, SparkSessions.shufflePartitions("yarn", new SparkConf(false), 64));
    SparkConf given = new SparkConf(false).set("spark.sql.shuffle.partitions", "50");
    assertEquals(0, SparkSessions.shufflePartitions("local[*]", given, 2));
  }
}
