package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.ingest.MalformedArchive;
import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nightly feed of broken files in every format runs to the end; each bad record is in the rejected table. */
class MalformedArchiveRunTest {
  @Test
  void theRunCompletesWithEveryBadRecordRejectedAndEveryGoodOneAnalysed(@TempDir Path dir) throws Exception {
    MalformedArchive.write(dir.resolve("feed"));
    Path specFile = Files.writeString(dir.resolve("job.yaml"), """
        name: feed
        archives: [{path: feed}]
        briefing: {date: 2025-12-09, days: 2, compare_days: 2}
        ingest: {max_text_chars: 2000}
        output: {tables: tables, reports: reports}
        """);
    JobSpec spec = JobSpecLoader.load(specFile);
    SparkSession spark = SparkTestSession.get();
    RunSummary summary = PressbriefJob.run(spark, spec, RunDates.endingOn(LocalDate.of(2025, 12, 9)), line -> { });

    List<String> ids = Tables.read(spark, spec.output().tables(), Tables.ARTICLES).select("article_id")
        .collectAsList().stream().map(r -> r.getString(0)).toList();
    int kept = MalformedArchive.keptBeforeTheCut(ids);
    int expectedRejections = MalformedArchive.REJECTED_BECAUSE.values().stream().mapToInt(List::size).sum();
    assertEquals(MalformedArchive.GOOD_IDS.size() + kept, summary.articles());
    assertEquals(expectedRejections, summary.rejected());
    assertEquals(MalformedArchive.recordsIn(kept), summary.recordsRead(), "records in = analysed + rejected");
    List<Row> rejected = Tables.read(spark, spec.output().tables(), Tables.REJECTED).collectAsList();
    assertEquals(expectedRejections, rejected.size());
    for (Row r : rejected) {
      assertTrue(!r.<String>getAs("reason").isBlank() && !r.<String>getAs("position").isBlank()
          && r.<String>getAs("input_file") != null, r.toString());
    }
    assertTrue(Files.exists(Path.of(summary.briefingPdf())), "the briefing is written all the same");
  }
}
