package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressbrief.analysis.AnalysisResources;
import io.pressbrief.analysis.ArticleAnalyzer;
import io.pressbrief.ingest.ArchiveFiles;
import io.pressbrief.ingest.Article;
import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analysis that fails on a task's first attempt is run again; on the last attempt the article is rejected. */
class TaskFailureTest {
  private static final Path SAMPLE = Path.of("jobs/sample").toAbsolutePath();
  private static final String FAILING = "sample-010,sample-030";

  private static Path job(Path dir) throws Exception {
    return Files.writeString(dir.resolve("job.yaml"), """
        name: flaky
        archives: [{path: %s/articles-2025-12.jsonl}]
        actors: [%s/actors.yaml]
        briefing: {date: 2025-12-10, days: 5, compare_days: 5}
        output: {tables: tables, reports: reports}
        """.formatted(SAMPLE, SAMPLE));
  }

  /** Statements the plain analysis finds in the analysed (English) sample articles. */
  private static long statementsInTheSample() throws Exception {
    ArticleAnalyzer analyzer = AnalysisResources.load(List.of(SAMPLE.resolve("actors.yaml"))).newAnalyzer();
    long statements = 0;
    for (Article a : ArchiveFiles.articles(List.of(SAMPLE.resolve("articles-2025-12.jsonl").toString()),
        new Configuration())) {
      statements += a.setAside() == null ? analyzer.analyze(a).statements().size() : 0;
    }
    return statements;
  }

  @Test
  void aTaskThatFailsOnItsFirstAttemptIsRunAgainAndTheCountsAreRight(@TempDir Path dir) throws Exception {
    Path job = job(dir);
    // Two attempts per task (local[2,2]); the analysis of two articles throws on the first.
    Process run = new ProcessBuilder(TestJvm.command("1g", List.of("-D" + PressbriefJob.FAULT_KEY + "=" + FAILING),
        "io.pressbrief.cli.Main", "run", job.toString(), "--master", "local[2,2]"))
        .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
    assertTrue(run.waitFor(5, TimeUnit.MINUTES));
    String log = Files.readString(dir.resolve("run.log"));
    assertEquals(0, run.exitValue(), "success without rejected records: " + log);
    assertTrue(log.contains("injected fault"), "the first attempts failed: " + log);

    Path manifest;
    try (var runs = Files.list(dir.resolve("tables/runs"))) {
      manifest = runs.filter(p -> p.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
    }
    JsonNode counts = new ObjectMapper().readTree(manifest.toFile()).get("counts");
    assertEquals(44, counts.get("articles").asLong());
    assertEquals(0, counts.get("rejected").asLong());
    assertEquals(statementsInTheSample(), counts.get("statements").asLong(), "every statement once, none twice");
  }

  @Test
  void onTheLastAttemptTheArticleIsRejectedWithTheErrorAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    JobSpec spec = JobSpecLoader.load(job(dir));
    SparkSession spark = SparkTestSession.get();
    spark.conf().set(PressbriefJob.FAULT_KEY, "sample-010");
    RunSummary summary;
    try {
      // The shared test session is local[2]: one attempt per task, so the first is the last.
      summary = PressbriefJob.run(spark, spec, RunDates.endingOn(LocalDate.of(2025, 12, 10)), line -> { });
    } finally {
      spark.conf().unset(PressbriefJob.FAULT_KEY);
    }
    assertEquals(1, summary.rejected());
    assertEquals(43, summary.articles());
    Row rejected = Tables.read(spark, spec.output().tables(), Tables.REJECTED).first();
    assertEquals("article sample-010", rejected.getAs("position"));
    assertTrue(rejected.<String>getAs("reason").contains("injected fault"), rejected.toString());
  }
}
