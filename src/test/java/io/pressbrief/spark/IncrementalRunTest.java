package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nightly runs: only new and changed archive files are read, and the published tables stay exact. */
class IncrementalRunTest {
  private static final RunDates DATES = RunDates.endingOn(LocalDate.of(2025, 12, 8));

  private static String article(String id, String date, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"" + date + "\",\"source\":\"Harbour Times\",\"title\":\"" + id
        + "\",\"text\":\"" + text + "\"}\n";
  }

  private static JobSpec job(Path dir, String tables) throws Exception {
    Files.writeString(dir.resolve("actors.yaml"), "- id: moss\n  name: Clara Moss\n  type: person\n  aliases: [Moss]\n");
    Path spec = Files.writeString(dir.resolve("job-" + tables + ".yaml"), """
        name: nightly
        archives: [{path: archive}]
        actors: [actors.yaml]
        briefing: {days: 3, compare_days: 3}
        output: {tables: %s, reports: reports-%s}
        """.formatted(tables, tables));
    return JobSpecLoader.load(spec);
  }

  private static List<String> sorted(SparkSession spark, JobSpec spec, String table, String column) {
    return Tables.read(spark, spec.output().tables(), table).select(column).orderBy(column).collectAsList().stream()
        .map(r -> r.isNullAt(0) ? "null" : r.get(0).toString()).toList();
  }

  /** The row counts a run records beside each table (for its manifest) are the tables' own. */
  private static void assertRecordedRowsAreExact(SparkSession spark, JobSpec spec, TableStore store) throws Exception {
    for (String table : List.of(Tables.ARTICLES, Tables.STATEMENTS, Tables.MENTIONS, Tables.ESCALATIONS)) {
      assertEquals(Tables.read(spark, spec.output().tables(), table).count(),
          store.rows(store.currentPath() + "/" + table), table);
    }
  }

  @Test
  void aNightlyRunReadsOnlyNewFilesAndReplacesTheRowsOfChangedOrRemovedOnes(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Files.writeString(archive.resolve("day1.jsonl"), article("a1", "2025-12-06", "“The port is closed,” Moss said.")
        + article("a2", "2025-12-06", "Moss said on Friday that talks would resume."));
    JobSpec spec = job(dir, "tables");
    TableStore store = new TableStore(spec.output().tables(), spark.sparkContext().hadoopConfiguration());

    RunSummary first = PressbriefJob.run(spark, spec, DATES, line -> { });
    assertEquals(2, first.recordsRead());
    String firstSnapshot = store.current();
    assertEquals(List.of("a1", "a2"), sorted(spark, spec, Tables.ARTICLES, "article_id"));

    RunSummary again = PressbriefJob.run(spark, spec, DATES, line -> { });
    assertTrue(again.noNewInput(), "nothing new");
    assertEquals(0, again.recordsRead());
    assertEquals(firstSnapshot, store.current(), "the published tables stay as they were");
    assertTrue(Files.exists(Path.of(again.briefingPdf())), "the briefing is still written");

    Files.writeString(archive.resolve("day2.jsonl"), article("b1", "2025-12-07", "“We will reopen,” Moss said."));
    RunSummary nightly = PressbriefJob.run(spark, spec, DATES, line -> { });
    assertEquals(1, nightly.recordsRead(), "only the new file is read");
    assertEquals(List.of("a1", "a2", "b1"), sorted(spark, spec, Tables.ARTICLES, "article_id"));
    assertEquals(3L, Tables.read(spark, spec.output().tables(), Tables.STATEMENTS).count());
    assertEquals(List.of("2025-12-05", "2025-12-06", "2025-12-07"), sorted(spark, spec, Tables.ACTOR_DAY, "date"),
        "the aggregate of the untouched days is carried over");
    assertRecordedRowsAreExact(spark, spec, store);

    Files.writeString(archive.resolve("day1.jsonl"), article("a1", "2025-12-06", "“The port is open,” Moss said."));
    Files.setLastModifiedTime(archive.resolve("day1.jsonl"), FileTime.from(Instant.now().plusSeconds(5)));
    RunSummary changed = PressbriefJob.run(spark, spec, DATES, line -> { });
    assertEquals(1, changed.recordsRead(), "only the changed file is read");
    assertEquals(List.of("a1", "b1"), sorted(spark, spec, Tables.ARTICLES, "article_id"), "a2 went with its file");
    List<String> texts = sorted(spark, spec, Tables.STATEMENTS, "text");
    assertTrue(texts.stream().anyMatch(t -> t.contains("The port is open")), texts.toString());
    assertFalse(texts.stream().anyMatch(t -> t.contains("closed") || t.contains("talks")), "old rows replaced");
    assertRecordedRowsAreExact(spark, spec, store);

    Files.delete(archive.resolve("day2.jsonl"));
    PressbriefJob.run(spark, spec, DATES, line -> { });
    assertEquals(List.of("a1"), sorted(spark, spec, Tables.ARTICLES, "article_id"), "rows of a removed file go");
    assertRecordedRowsAreExact(spark, spec, store);

    JobSpec fresh = job(dir, "rebuilt");
    PressbriefJob.run(spark, fresh, DATES, true, line -> { });
    for (String table : List.of(Tables.ARTICLES, Tables.STATEMENTS, Tables.MENTIONS, Tables.ACTOR_DAY)) {
      assertEquals(Tables.read(spark, fresh.output().tables(), table).drop("input_file").orderBy("date").collectAsList()
              .toString(),
          Tables.read(spark, spec.output().tables(), table).drop("input_file").orderBy("date").collectAsList()
              .toString(), table + ": incremental runs end where a full run does");
    }
  }

  private static final String STORY = "Norland and Sudmark exchanged 120 prisoners each at the Vel bridge on "
      + "Wednesday, the first exchange since the war began. Families waited on both banks from early morning. "
      + "“Welcome home, you were never forgotten,” Moss said as the buses arrived. Observers from Geneva watched "
      + "the crossing and said the talks would go on next week. A second exchange is planned before the new year, "
      + "officials on both sides said.";

  @Test
  void aSyndicatedCopyArrivingTheNextNightPointsToThePublishedStory(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    JobSpec spec = job(dir, "tables");
    SparkSession spark = SparkTestSession.get();
    Files.writeString(archive.resolve("day1.jsonl"), article("first", "2025-12-06", STORY));
    assertEquals(0, PressbriefJob.run(spark, spec, DATES, line -> { }).duplicates());

    // The wire copy: another outlet, a new headline, the last sentence cut. And a different story of the same day.
    String copy = STORY.substring(0, STORY.indexOf(" A second exchange"));
    String other = "Moss said the exchange at the Vel bridge was only a first step. “We want every prisoner home,” "
        + "she told reporters in the capital, adding that lists of names had been handed to the Red Cross and that "
        + "Sudmark had not yet answered them.";
    Files.writeString(archive.resolve("day2.jsonl"), article("copy", "2025-12-07", copy)
        + article("other", "2025-12-07", other));
    RunSummary second = PressbriefJob.run(spark, spec, DATES, line -> { });
    assertEquals(1, second.duplicates());
    assertEquals(List.of("copy"), Tables.read(spark, spec.output().tables(), Tables.ARTICLES)
        .filter("duplicate_of = 'first'").select("article_id").collectAsList().stream().map(r -> r.getString(0))
        .toList(), "the copy, and not the other story of the same event, points to the published one");
    List<Row> copied = Tables.read(spark, spec.output().tables(), Tables.STATEMENTS).filter("article_id = 'copy'")
        .collectAsList();
    assertTrue(!copied.isEmpty() && copied.stream().allMatch(r -> "first".equals(r.getAs("duplicate_of"))),
        "the copy's statements are kept and marked: " + copied);
    Row mossInCopy = copied.stream().filter(r -> "moss".equals(r.getAs("actor_id"))).findFirst().orElseThrow();
    Row moss = Tables.read(spark, spec.output().tables(), Tables.ACTOR_DAY)
        .filter(org.apache.spark.sql.functions.col("actor_id").equalTo("moss")
            .and(org.apache.spark.sql.functions.col("date").equalTo(mossInCopy.getAs("date")))).first();
    assertEquals(1L, moss.<Long>getAs("statements_raw") - moss.<Long>getAs("statements"),
        "the copy's statement is left out of the count and kept in the raw count");
  }

  private static List<String> rows(SparkSession spark, String tables, String table) {
    return Tables.read(spark, tables, table).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  @Test
  void aRunIsReproducedFromItsManifestTableForTableAndByteForByte(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    JobSpec spec = job(dir, "tables");
    SparkSession spark = SparkTestSession.get();
    Files.writeString(archive.resolve("day1.jsonl"), article("first", "2025-12-06", STORY));
    PressbriefJob.run(spark, spec, DATES, line -> { });
    Files.writeString(archive.resolve("day2.jsonl"), article("copy", "2025-12-07", STORY)
        + article("b1", "2025-12-07", "“We will reopen the port,” Moss said on Sunday."));
    PressbriefJob.run(spark, spec, DATES, line -> { });
    Path manifestFile;
    try (var runs = Files.list(Path.of(spec.output().tables(), "runs"))) {
      manifestFile = runs.filter(p -> p.toString().endsWith(".json")).sorted().reduce((a, b) -> b).orElseThrow();
    }
    io.pressbrief.job.RunManifest manifest;
    try (var in = Files.newInputStream(manifestFile)) {
      manifest = PressbriefJob.readManifest(in);
    }

    String again = dir.resolve("again-tables").toString();
    Rerun.fromManifest(spark, manifest, again, dir.resolve("again-reports").toString(), line -> { });
    for (String table : List.of(Tables.ARTICLES, Tables.STATEMENTS, Tables.ESCALATIONS, Tables.MENTIONS,
        Tables.REJECTED, Tables.ACTOR_DAY, Tables.PAIR_DAY)) {
      assertEquals(rows(spark, spec.output().tables(), table), rows(spark, again, table), table);
    }
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("reports-tables/2025-12-08/daily.pdf")),
        Files.readAllBytes(dir.resolve("again-reports/2025-12-08/daily.pdf"))), "the same briefing bytes");

    Files.writeString(archive.resolve("day1.jsonl"), article("first", "2025-12-06", "Edited since."));
    IllegalArgumentException changed = assertThrows(IllegalArgumentException.class, () -> Rerun.fromManifest(spark,
        manifest, dir.resolve("third").toString(), dir.resolve("third-reports").toString(), line -> { }));
    assertTrue(changed.getMessage().contains("day1.jsonl has changed since the run"), changed.getMessage());
  }

  @Test
  void eachRunWritesAManifestOfItsInputsVersionsAndCounts(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Files.writeString(archive.resolve("day1.jsonl"), article("a1", "2025-12-06", "“The port is closed,” Moss said."));
    JobSpec spec = job(dir, "tables");
    PressbriefJob.run(spark, spec, DATES, line -> { });
    String current = new TableStore(spec.output().tables(), spark.sparkContext().hadoopConfiguration()).current();
    JsonNode m = new ObjectMapper().readTree(dir.resolve("tables/runs/" + current + ".json").toFile());
    assertEquals("published", m.get("status").asText());
    assertEquals(spark.version(), m.get("spark_version").asText());
    JsonNode input = m.get("inputs").get(0);
    assertTrue(input.get("path").asText().endsWith("day1.jsonl"));
    assertEquals(64, input.get("sha256").asText().length());
    assertTrue(input.get("read").asBoolean());
    assertEquals(64, m.get("analysis").get("escalation-weights.yaml").asText().length());
    assertTrue(m.get("analysis").has(spec.actors().get(0)), "the job's dictionary is versioned too");
    assertEquals(1, m.get("counts").get("articles").asLong());
    assertEquals(1, m.get("counts").get("statements").asLong());
    assertTrue(m.get("stage_millis").has("read+analyze") && m.get("stage_millis").has("brief"));
    assertEquals("nightly", m.get("spec").get("name").asText());
  }

  @Test
  void aSecondRunOfTheSameJobWaitsForNoneAndFailsClearly(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Files.createDirectories(dir.resolve("archive"));
    Files.writeString(dir.resolve("archive/day1.jsonl"), article("a1", "2025-12-06", "Calm day."));
    JobSpec spec = job(dir, "tables");
    try (RunLock held = RunLock.acquire(spec.output().tables(), spark.sparkContext().hadoopConfiguration(), l -> { })) {
      IOException e = assertThrows(RunLock.RunLockedException.class,
          () -> PressbriefJob.run(spark, spec, DATES, line -> { }));
      assertTrue(e.getMessage().contains("another run of this job holds"), e.getMessage());
    }
    assertNotEquals(0, PressbriefJob.run(spark, spec, DATES, line -> { }).recordsRead(), "free again");
  }

  @Test
  void aFailedRunLeavesAManifestSayingWhyAndThePublishedTablesAsTheyWere(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Files.createDirectories(dir.resolve("archive"));
    Files.writeString(dir.resolve("archive/day1.jsonl"), article("a1", "2025-12-06", "Calm day."));
    JobSpec spec = job(dir, "tables");
    PressbriefJob.run(spark, spec, DATES, line -> { });
    TableStore store = new TableStore(spec.output().tables(), spark.sparkContext().hadoopConfiguration());
    String published = store.current();
    JobSpec.Briefing profile = new JobSpec.Briefing("ghost", io.pressbrief.job.BriefingType.ACTOR, 7, 0, 6,
        "nobody-known", "actor.ftlh", "A4", 5, 10, "Ghost");
    JobSpec broken = new JobSpec(spec.name(), spec.archives(), spec.actors(), spec.date(), List.of(profile),
        spec.templates(), spec.output(), spec.spark(), spec.ingest(), spec.sentiment());
    assertThrows(IllegalArgumentException.class, () -> PressbriefJob.run(spark, broken, DATES, line -> { }));
    assertEquals(published, store.current());
    List<JsonNode> failed = new java.util.ArrayList<>();
    try (var runs = Files.list(dir.resolve("tables/runs"))) {
      for (Path p : runs.filter(f -> f.toString().endsWith(".json")).toList()) {
        JsonNode m = new ObjectMapper().readTree(p.toFile());
        if (m.get("status").asText().equals("failed")) {
          failed.add(m);
        }
      }
    }
    assertEquals(1, failed.size());
    assertTrue(failed.get(0).get("error").asText().contains("nobody-known"), failed.get(0).toString());
  }
}
