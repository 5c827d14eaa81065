package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample job, as the README's first command runs it, writing into a temporary folder. */
class SampleJobTest {
  @TempDir
  static Path out;
  private static JobSpec spec;
  private static RunSummary summary;

  @BeforeAll
  static void run() throws Exception {
    JobSpec sample = JobSpecLoader.load(Path.of("jobs/sample.yaml"));
    spec = new JobSpec(sample.name(), sample.archives(), sample.actors(), sample.date(), sample.briefings(),
        sample.templates(), new JobSpec.Output(out.resolve("tables").toString(), out.resolve("reports").toString()),
        sample.spark(), sample.ingest(), sample.sentiment());
    summary = PressbriefJob.run(SparkTestSession.get(), spec, RunDates.endingOn(java.time.LocalDate.parse(spec.date())),
        line -> { });
  }

  private static String text(String briefing) throws Exception {
    try (PDDocument doc = Loader.loadPDF(out.resolve("reports/2025-12-10/" + briefing + ".pdf").toFile())) {
      assertTrue(doc.getNumberOfPages() > 1);
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theSampleJobWritesItsThreeBriefingsWithTheirTables() {
    assertEquals(0, summary.rejected());
    assertEquals(44, summary.articles());
    assertEquals(List.of("daily", "weekly", "kovac"),
        summary.briefings().stream().map(RunSummary.BriefingFiles::name).toList());
    for (RunSummary.BriefingFiles b : summary.briefings()) {
      assertTrue(Files.exists(Path.of(b.pdf())) && Files.exists(Path.of(b.html())), b.name());
      assertEquals(7, b.csv().size(), b.name());
    }
  }

  @Test
  void theRunsCountsAreThoseOfThePublishedTables() {
    org.apache.spark.sql.SparkSession spark = SparkTestSession.get();
    String tables = spec.output().tables();
    assertEquals(Tables.read(spark, tables, Tables.ARTICLES).count(), summary.articles());
    assertEquals(Tables.read(spark, tables, Tables.STATEMENTS).count(), summary.statements());
    assertEquals(Tables.read(spark, tables, Tables.ESCALATIONS).count(), summary.escalations());
    assertEquals(Tables.read(spark, tables, Tables.MENTIONS).count(), summary.mentions());
    assertEquals(Tables.read(spark, tables, Tables.REJECTED).count(), summary.rejected());
    assertEquals(summary.articles() + summary.rejected(), summary.recordsRead());
    assertTrue(summary.statements() > 44 && summary.mentions() > summary.statements() && summary.escalations() > 0,
        summary.toString());
  }

  @Test
  void theDailyBriefingNamesActorsInAnyScriptWithCountsAndSourcedQuotes() throws Exception {
    String text = text("daily");
    for (String name : new String[] {"Anna Kovac", "Tomáš Šimek", "Irina Volkova", "Marta Lind", "Oleg Borisenko",
        "Вестник (Vestnik)"}) {
      assertTrue(text.contains(name), name);
    }
    assertTrue(text.contains("DAILY BRIEFING"));
    assertTrue(text.matches("(?s).*Marta Lind\\s+\\d+\\s.*"), "an actor with her statement count");
    assertTrue(text.matches("(?s).*“[^”]{20,}”\\s*quoted · tone [^·]+ · (Harbour Times|Eastline News|Ridge Wire|Daily Lantern), "
        + "2025-12-\\d\\d.*"), "a quote followed by its outlet and date");
    assertTrue(text.contains("Appendix: the articles behind the figures"));
    assertTrue(text.contains("Prisoners come home in first exchange of the war"), "an article of the period listed");
  }

  @Test
  void aSyndicatedCopyCountsOnceAndAnArticleInGermanIsSetAside() throws Exception {
    assertEquals(1, summary.duplicates());
    assertEquals(1, summary.setAside());
    org.apache.spark.sql.SparkSession spark = SparkTestSession.get();
    String tables = spec.output().tables();
    Row copy = Tables.read(spark, tables, Tables.ARTICLES).filter("article_id = 'sample-043'").first();
    assertEquals("sample-034", copy.getAs("duplicate_of"), "the later copy points to the first report");
    Row german = Tables.read(spark, tables, Tables.ARTICLES).filter("article_id = 'sample-044'").first();
    assertTrue(german.<String>getAs("set_aside").startsWith("set aside as not English"), german.toString());
    List<Row> copied = Tables.read(spark, tables, Tables.STATEMENTS).filter("article_id = 'sample-043'").collectAsList();
    assertTrue(!copied.isEmpty() && copied.stream().allMatch(r -> "sample-034".equals(r.getAs("duplicate_of"))),
        "the copy's statements are kept, marked as copies");
    assertEquals(0, Tables.read(spark, tables, Tables.STATEMENTS).filter("article_id = 'sample-044'").count(),
        "an article set aside is not analysed");
    Row kovacOnTheTenth = Tables.read(spark, tables, Tables.ACTOR_DAY)
        .filter("actor_id = 'kovac' and date = date'2025-12-10'").first();
    assertEquals(kovacOnTheTenth.<Long>getAs("statements") + copied.stream()
        .filter(r -> "kovac".equals(r.getAs("actor_id"))).count(), kovacOnTheTenth.<Long>getAs("statements_raw"),
        "raw counts keep the copy's statements beside the counts without them");
    String daily = text("daily").replaceAll("\\s+", " ");
    assertTrue(daily.contains("Copies of another article (the same text, or a syndicated copy), counted once 1"), daily);
    assertTrue(daily.contains("Articles set aside as not English (kept, not analysed) 1"), daily);
  }

  @Test
  void theWeeklyBriefingShowsTheTrendByWeek() throws Exception {
    String text = text("weekly");
    assertTrue(text.contains("WEEKLY TREND BRIEFING"));
    assertTrue(text.contains("Trend by week"));
    assertTrue(text.contains("27 Nov–3 Dec") && text.contains("4–10 Dec"), text);
  }

  @Test
  void theActorProfileIsAboutItsActor() throws Exception {
    String text = text("kovac");
    assertTrue(text.contains("ACTOR PROFILE"));
    assertTrue(text.contains("Anna Kovac"));
    assertTrue(text.contains("A pause that lets them reload is not peace"), "one of Kovac's statements");
    List<String> others = new ArrayList<>();
    for (String name : new String[] {"Irina Volkova", "Oleg Borisenko"}) {
      if (text.contains(name + " —")) {
        others.add(name);
      }
    }
    assertEquals(List.of(), others, "no other actor's statement section");
  }

  @Test
  void reportingFromTheStoredTablesGivesTheSameBriefingBytes() throws Exception {
    byte[] before = Files.readAllBytes(out.resolve("reports/2025-12-10/daily.pdf"));
    String csvBefore = Files.readString(out.resolve("reports/2025-12-10/daily-events.csv"));
    List<RunSummary.BriefingFiles> again = PressbriefJob.report(SparkTestSession.get(), spec,
        RunDates.endingOn(java.time.LocalDate.parse(spec.date())), line -> { });
    assertEquals(3, again.size());
    assertArrayEquals(before, Files.readAllBytes(out.resolve("reports/2025-12-10/daily.pdf")));
    assertEquals(csvBefore, Files.readString(out.resolve("reports/2025-12-10/daily-events.csv")));
  }
}
