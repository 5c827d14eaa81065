package io.pressbrief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.sentiment.SentenceTone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSpecLoaderTest {
  @TempDir
  Path dir;

  private Path write(String yaml) throws IOException {
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    return Files.writeString(jobs.resolve("job.yaml"), yaml);
  }

  private static final String MINIMAL = """
      name: nightly
      archives:
        - path: archive/*.jsonl.gz
      output:
        tables: ../out/tables
        reports: ../out/reports
      """;

  @Test
  void fillsDefaultsAndResolvesPathsAgainstTheSpecFolder() throws Exception {
    JobSpec spec = JobSpecLoader.load(write(MINIMAL));
    assertEquals("nightly", spec.name());
    assertEquals(dir.resolve("jobs/archive/*.jsonl.gz").toString(), spec.archives().get(0).path());
    assertEquals("auto", spec.archives().get(0).format(), "the format follows each file's extension by default");
    assertEquals(dir.resolve("out/tables").toString(), spec.output().tables());
    assertEquals("local[*]", spec.spark().master());
    assertEquals(1, spec.briefings().size(), "one daily briefing by default");
    JobSpec.Briefing daily = spec.briefings().get(0);
    assertEquals("daily", daily.name());
    assertEquals(BriefingType.DAILY, daily.type());
    assertEquals(1, daily.days());
    assertEquals(1, daily.compareDays());
    assertEquals("daily.ftlh", daily.template());
    assertEquals("A4", daily.paper());
    assertEquals("yesterday", spec.date());
    assertEquals(SentenceTone.Model.WORDS, spec.sentiment().sentenceTone(), "the distilled word tone by default");
  }

  @Test
  void theContextualSentenceToneIsChosenInTheSpecAndAnyOtherValueIsNamed() throws Exception {
    JobSpec spec = JobSpecLoader.load(write(MINIMAL + """
        sentiment:
          sentence_tone: Contextual
        """));
    assertEquals(SentenceTone.Model.CONTEXTUAL, spec.sentiment().sentenceTone());
    JobSpecException e = assertThrows(JobSpecException.class, () -> JobSpecLoader.load(write(MINIMAL + """
        sentiment:
          sentence_tone: neural
        """)));
    assertTrue(e.getMessage().contains("'sentiment.sentence_tone' must be lexicon, words or contextual, got 'neural'"),
        e.getMessage());
  }

  @Test
  void eachBriefingTakesItsTypesDefaultsAndTheSharedSettings() throws Exception {
    JobSpec spec = JobSpecLoader.load(write(MINIMAL + """
        briefing:
          title: Harbour desk
          paper: Letter
          date: 2025-12-10
        briefings:
          - type: daily
          - type: weekly
            weeks: 4
          - name: moss-profile
            type: actor
            actor: moss
            title: Clara Moss, one month
        """));
    assertEquals("2025-12-10", spec.date());
    assertEquals(java.util.List.of("daily", "weekly", "moss-profile"),
        spec.briefings().stream().map(JobSpec.Briefing::name).toList());
    JobSpec.Briefing weekly = spec.briefings().get(1);
    assertEquals(7, weekly.days());
    assertEquals(7, weekly.compareDays());
    assertEquals(4, weekly.weeks());
    assertEquals("weekly.ftlh", weekly.template());
    assertEquals("Letter", weekly.paper());
    assertEquals("Harbour desk", weekly.title());
    JobSpec.Briefing profile = spec.briefings().get(2);
    assertEquals(30, profile.days());
    assertEquals("moss", profile.actor());
    assertEquals("actor.ftlh", profile.template());
    assertEquals("Clara Moss, one month", profile.title());
  }

  @Test
  void briefingMistakesAreNamedByEntry() throws IOException {
    Path file = write(MINIMAL + """
        briefings:
          - type: actor
          - type: daily
            weeks: 3
          - name: same
            type: monthly
          - name: twin
          - name: twin
            paper: A3
        """);
    JobSpecException e = assertThrows(JobSpecException.class, () -> JobSpecLoader.load(file));
    for (String part : new String[] {"'briefings[0].actor'", "'briefings[1].weeks' applies to weekly",
        "'briefings[2].type'", "'briefings[4].name': another briefing is already named twin", "'briefings[4].paper'"}) {
      assertTrue(e.getMessage().contains(part), part + " in: " + e.getMessage());
    }
  }

  @Test
  void keepsFileSystemUrisAsTheyAre() throws Exception {
    JobSpec spec = JobSpecLoader.load(write(MINIMAL.replace("archive/*.jsonl.gz", "hdfs://nn:8020/news/*.jsonl")));
    assertEquals("hdfs://nn:8020/news/*.jsonl", spec.archives().get(0).path());
  }

  @Test
  void anUnknownKeyIsNamedWithItsPlaceAndTheKnownKeys() throws IOException {
    Path file = write(MINIMAL + "briefing:\n  dayz: 3\n");
    JobSpecException e = assertThrows(JobSpecException.class, () -> JobSpecLoader.load(file));
    assertTrue(e.getMessage().contains("unknown key 'briefing.dayz'"), e.getMessage());
    assertTrue(e.getMessage().contains("days"), e.getMessage());
  }

  @Test
  void badValuesAreAllReportedByKey() throws IOException {
    Path file = write("""
        name: "bad name!"
        archives:
          - path: a.jsonl
            format: parquet
        briefing:
          days: 0
          date: next tuesday
        output:
          tables: t
        """);
    JobSpecException e = assertThrows(JobSpecException.class, () -> JobSpecLoader.load(file));
    for (String key : new String[] {"'name'", "archives[0].format", "briefing.days", "briefing.date", "output.reports"}) {
      assertTrue(e.getMessage().contains(key), key + " in: " + e.getMessage());
    }
  }

  @Test
  void aValueOfTheWrongTypeNamesTheKey() throws IOException {
    Path file = write(MINIMAL + "briefing:\n  days: seven\n");
    JobSpecException e = assertThrows(JobSpecException.class, () -> JobSpecLoader.load(file));
    assertTrue(e.getMessage().contains("'briefing.days'"), e.getMessage());
  }

  @Test
  void aMissingUserDictionaryIsAnError() throws IOException {
    Path file = write(MINIMAL + "actors: [missing.yaml]\n");
    JobSpecException e = assertThrows(JobSpecException.class, () -> JobSpecLoader.load(file));
    assertTrue(e.getMessage().contains("missing.yaml"), e.getMessage());
  }

  @Test
  void relativeRunDates() {
    LocalDate today = LocalDate.of(2025, 12, 9);
    assertEquals(LocalDate.of(2025, 12, 8), JobSpecLoader.resolveDate("yesterday", today));
    assertEquals(today, JobSpecLoader.resolveDate("today", today));
    assertEquals(LocalDate.of(2025, 1, 2), JobSpecLoader.resolveDate("2025-01-02", today));
  }

  @Test
  void theShippedSampleJobIsValid() throws Exception {
    JobSpec spec = JobSpecLoader.load(Path.of("jobs/sample.yaml"));
    assertEquals("sample", spec.name());
    assertEquals(java.util.List.of(BriefingType.DAILY, BriefingType.WEEKLY, BriefingType.ACTOR),
        spec.briefings().stream().map(JobSpec.Briefing::type).toList(), "the sample shows every briefing type");
    assertEquals(5, spec.briefings().get(0).days());
  }
}
