package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One outlet with nine articles in ten, all in one file, still spreads its analysis over every task. */
class SkewTest {
  private static String article(int n, String source) {
    return "{\"id\":\"s" + n + "\",\"published\":\"2025-12-0" + (1 + n % 8) + "\",\"source\":\"" + source
        + "\",\"title\":\"t" + n + "\",\"text\":\"Talks resumed in Geneva on day " + n + ", the envoy said.\"}\n";
  }

  @Test
  void anOutletWithNinetyPercentOfTheArticlesDoesNotLoadOneAnalysisTask(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 360; i++) {
      big.append(article(i, "Big Wire"));
    }
    Files.writeString(archive.resolve("big-wire.jsonl"), big);
    StringBuilder others = new StringBuilder();
    for (int i = 360; i < 400; i++) {
      others.append(article(i, "Outlet " + (i % 4)));
    }
    Files.writeString(archive.resolve("others.jsonl"), others);
    JobSpec spec = JobSpecLoader.load(Files.writeString(dir.resolve("job.yaml"), """
        name: skew
        archives: [{path: archive}]
        briefing: {date: 2025-12-08, days: 3}
        output: {tables: tables, reports: reports}
        spark: {partitions: 4}
        """));

    SparkSession spark = SparkTestSession.get();
    Set<Integer> analysisStages = ConcurrentHashMap.newKeySet();
    Map<Integer, List<Long>> recordsByStage = new ConcurrentHashMap<>();
    SparkListener listener = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart job) {
        if (PressbriefJob.ANALYSIS_JOB.equals(job.properties().getProperty("spark.job.description"))) {
          scala.jdk.javaapi.CollectionConverters.asJava(job.stageIds()).forEach(id -> analysisStages.add((Integer) id));
        }
      }

      @Override
      public void onTaskEnd(SparkListenerTaskEnd task) {
        long shuffled = task.taskMetrics().shuffleReadMetrics().recordsRead();
        if (shuffled > 0) {
          recordsByStage.computeIfAbsent(task.stageId(), k -> new CopyOnWriteArrayList<>()).add(shuffled);
        }
      }
    };
    spark.sparkContext().addSparkListener(listener);
    try {
      RunSummary summary = PressbriefJob.run(spark, spec, RunDates.endingOn(LocalDate.of(2025, 12, 8)), line -> { });
      assertEquals(400, summary.articles());
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    // The stage after the round-robin shuffle reads every article once; the count's last stage reads
    // a few partial counts and is left aside.
    List<Long> perTask = analysisStages.stream().map(id -> recordsByStage.getOrDefault(id, List.of()))
        .filter(tasks -> tasks.stream().mapToLong(Long::longValue).sum() == 400).findFirst()
        .orElseThrow(() -> new AssertionError("no analysis stage read the 400 articles: " + recordsByStage));
    assertEquals(4, perTask.size(), "the analysis runs in the job's 4 partitions: " + perTask);
    assertTrue(perTask.stream().allMatch(n -> n >= 90 && n <= 110),
        "each task analyses about a quarter of the articles, whatever their outlet: " + perTask);
  }
}
