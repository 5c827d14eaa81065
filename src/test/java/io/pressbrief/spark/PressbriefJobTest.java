package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a tiny archive with some broken lines, through Spark, to tables and a PDF read back with PDFBox. */
class PressbriefJobTest {
  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static RunSummary summary;
  private static JobSpec spec;

  @BeforeAll
  static void runTheJob() throws Exception {
    spark = SparkTestSession.get();
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Files.writeString(archive.resolve("day1.jsonl"), String.join("\n",
        article("n1", "2025-12-06", "Harbour Times", "Ferries stop",
            "“The ferries will not run this week,” Clara Moss told reporters on Saturday.\\n"
                + "Southern forces launched over 40 drones at Port Alma overnight, officials said."),
        "{this line is broken",
        article("n2", "2025-12-07", "Ridge Wire", "Moss answers critics",
            "Clara Moss said on Sunday that the harbour would reopen soon.\\n“We are not afraid,” she added."),
        "{\"id\":\"n3\",\"published\":\"2025-12-07\",\"text\":\"\"}",
        article("n4", "2025-12-02", "Ridge Wire", "Earlier talk",
            "“Talks are the only way,” Moss said."),
        article("n7", "2025-12-06", "Ridge Wire", "Drones over the port",
            "Southern forces launched dozens of drones at the North Isles during the night.")) + "\n",
        StandardCharsets.UTF_8);
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(archive.resolve("day2.jsonl.gz")))) {
      gz.write((article("n5", "2025-12-08", "Harbour Times", "Moss on repairs",
          "“Repairs start on Monday, and they will be quick,” Moss said.") + "\n"
          + "{\"id\":\"n6\",\"published\":\"sometime\",\"text\":\"x\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("actors.yaml"), """
        - id: moss
          name: Clara Moss
          type: person
          aliases: [Moss]
        - id: south
          name: South Isles
          type: country
          aliases: [Southern]
        - id: port-alma
          name: Port Alma
          type: place
          country: north
        - id: north
          name: North Isles
          type: country
        """);
    Path job = Files.writeString(dir.resolve("job.yaml"), """
        name: test
        archives:
          - path: archive
        actors: [actors.yaml]
        briefing:
          title: Harbour briefing
          days: 3
          compare_days: 3
        output:
          tables: out/tables
          reports: out/reports
        """);
    spec = JobSpecLoader.load(job);
    summary = PressbriefJob.run(spark, spec, RunDates.endingOn(LocalDate.of(2025, 12, 8)), line -> { });
  }

  private static String article(String id, String date, String source, String title, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"" + date + "\",\"source\":\"" + source + "\",\"title\":\""
        + title + "\",\"url\":\"https://news.example.org/" + id + "\",\"text\":\"" + text + "\"}";
  }

  @Test
  void everyRecordIsAnalysedOrRejectedWithAReason() {
    assertEquals(8, summary.recordsRead());
    assertEquals(5, summary.articles());
    assertEquals(3, summary.rejected());
    List<Row> rejected = Tables.read(spark, spec.output().tables(), Tables.REJECTED).orderBy("source", "position")
        .collectAsList();
    assertEquals(3, rejected.size());
    List<String> reasons = new ArrayList<>();
    rejected.forEach(r -> reasons.add(r.<String>getAs("position") + ": " + r.<String>getAs("reason")));
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("line 2: the line is not valid JSON")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("line 4: the article has no text")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("'sometime'")), reasons.toString());
  }

  @Test
  void tablesArePartitionedByDateAndCarryTheAnalysis() throws IOException {
    String snapshot = new TableStore(spec.output().tables(), spark.sparkContext().hadoopConfiguration()).currentPath();
    assertTrue(Files.isDirectory(Path.of(snapshot, "statements", "date=2025-12-06")), snapshot);
    List<Row> moss = Tables.read(spark, spec.output().tables(), Tables.STATEMENTS)
        .filter("actor_id = 'moss'").collectAsList();
    assertEquals(5, moss.size(), "every statement by Moss, the one by 'she' included");
    Row drones = Tables.read(spark, spec.output().tables(), Tables.ESCALATIONS).filter("type = 'ASSAULT'").first();
    assertEquals("south", drones.getAs("agent_actor_id"));
  }

  @Test
  void twoReportsOfOneAttackCountOnceForItsAgent() {
    assertEquals(2, Tables.read(spark, spec.output().tables(), Tables.ESCALATIONS)
        .filter("type = 'ASSAULT' and agent_actor_id = 'south'").count(), "two articles report it");
    Row south = Tables.read(spark, spec.output().tables(), Tables.ACTOR_DAY)
        .filter("actor_id = 'south' and date = '2025-12-06'").first();
    assertEquals(1L, south.<Long>getAs("escalations_as_agent"));
  }

  @Test
  void theEscalationIndexOfAnActorPairWeighsEachEventOnce() {
    Row pair = Tables.read(spark, spec.output().tables(), Tables.PAIR_DAY)
        .filter("agent_country_id = 'south' and date = '2025-12-06'").first();
    assertEquals("north", pair.<String>getAs("target_country_id"), "Port Alma counts for its country");
    assertEquals(1L, pair.<Long>getAs("events"), "the port and the country it belongs to are one target");
    assertEquals(2L, pair.<Long>getAs("reports"), "two articles report the attack");
    assertEquals(10.0, pair.<Double>getAs("escalation_index"), 1e-9, "a drone attack weighs 10 on the Goldstein scale");
  }

  @Test
  void aggregatesCountStatementsByActorAndDay() {
    List<Row> rows = Tables.read(spark, spec.output().tables(), Tables.ACTOR_DAY)
        .filter("actor_id = 'moss'").orderBy("date").collectAsList();
    assertEquals(List.of(1L, 1L, 2L, 1L), rows.stream().map(r -> r.<Long>getAs("statements")).toList());
  }

  @Test
  void theBriefingPdfShowsActorsCountsAndQuotesWithTheirSource() throws IOException {
    Path pdf = Path.of(summary.briefingPdf());
    assertEquals(Path.of(spec.output().reports(), "2025-12-08", "daily.pdf"), pdf);
    RunSummary.BriefingFiles files = summary.briefings().get(0);
    assertTrue(Files.exists(Path.of(files.html())));
    assertEquals(7, files.csv().size());
    assertTrue(Files.readString(Path.of(spec.output().reports(), "2025-12-08", "daily-statements.csv"))
        .contains("Repairs start on Monday"), "the CSV files hold the briefing's statements");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Harbour briefing"));
      assertTrue(text.contains("Clara Moss"), text);
      assertTrue(text.contains("Repairs start on Monday, and they will be quick"), text);
      assertTrue(text.contains("Harbour Times, 2025-12-08"), text);
      assertTrue(text.matches("(?s).*Clara Moss\\s+4\\s.*"), "Moss has 4 statements in the period: " + text);
      assertTrue(text.matches("(?s).*Records rejected by the run[^\\n]*\\s3\\s.*"), text);
    }
  }

  @Test
  void aTableReadForSomeDaysHoldsOnlyThoseDaysAndKeepsItsColumns() {
    Dataset<Row> all = Tables.read(spark, spec.output().tables(), Tables.STATEMENTS);
    Dataset<Row> sunday = Tables.read(spark, spec.output().tables(), Tables.STATEMENTS,
        new io.pressbrief.job.Period(LocalDate.of(2025, 12, 7), LocalDate.of(2025, 12, 7)));
    assertEquals(all.filter("date = '2025-12-07'").count(), sunday.count());
    assertTrue(sunday.count() > 0);
    assertEquals(List.of(all.columns()), List.of(sunday.columns()));
    Dataset<Row> none = Tables.read(spark, spec.output().tables(), Tables.STATEMENTS,
        new io.pressbrief.job.Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
    assertEquals(0, none.count());
    assertEquals(List.of(all.columns()), List.of(none.columns()), "no partition in range: empty, same columns");
  }
}
