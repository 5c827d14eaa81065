package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.SharedData;
import io.pressbrief.analysis.dates.DatePrecision;
import io.pressbrief.analysis.statements.Statement;
import io.pressbrief.analysis.statements.StatementKind;
import io.pressbrief.ingest.IngestOptions;
import io.pressbrief.ingest.IngestResult;
import io.pressbrief.ingest.JsonLinesReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real seed article in ../shared: the statements a briefing about it must not miss. */
class SeedArticleTest {
  private static ArticleAnalysis analysis;

  /** Each test asks for the data, so a missing ../shared shows as skipped tests with the reason. */
  @BeforeEach
  void analyse() throws IOException {
    Path seed = SharedData.require("corpora/seed/seed-article.jsonl");
    if (analysis != null) {
      return;
    }
    try (JsonLinesReader reader = new JsonLinesReader(Files.newInputStream(seed), seed.toString(),
        new IngestOptions(IngestOptions.DEFAULT_MAX_TEXT_CHARS, LocalDate.now()))) {
      IngestResult.Accepted article = (IngestResult.Accepted) reader.next();
      analysis = AnalysisResources.load(List.of()).newAnalyzer().analyze(article.article());
    }
  }

  @Test
  void zelenskyTrumpUmerovAndPeskovAreFoundSpeaking() {
    Set<String> speakers = analysis.statements().stream().map(Statement::actorId)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    for (String actor : List.of("zelensky", "trump", "umerov", "peskov", "ukraine-air-force", "tass")) {
      assertTrue(speakers.contains(actor), actor + " among " + speakers);
    }
  }

  @Test
  void statementsAreDatedWhenTheyWereMade() {
    for (Statement s : analysis.statements()) {
      if ("trump".equals(s.actorId())) {
        assertEquals(LocalDate.of(2025, 12, 7), s.date(), "Trump's remarks were made on Sunday: " + s.text());
      }
    }
    Statement revealed = analysis.statements().stream().filter(s -> "reveal".equals(s.cue())).findFirst().orElseThrow();
    assertEquals("zelensky", revealed.actorId());
    assertEquals(LocalDate.of(2025, 12, 6), revealed.date());
    assertEquals(DatePrecision.DAY, revealed.datePrecision());
    Statement peskov = analysis.statements().stream().filter(s -> "peskov".equals(s.actorId())).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2025, 12, 8), peskov.date());
  }

  @Test
  void everyQuoteIsAttributed() {
    assertTrue(analysis.statements().stream().filter(s -> s.kind() == StatementKind.DIRECT)
        .allMatch(s -> s.actorId() != null), "no direct quote without a speaker");
  }

  @Test
  void zelenskysQuoteToBloombergIsAttributedToHim() {
    assertTrue(analysis.statements().stream().anyMatch(s -> "zelensky".equals(s.actorId())
        && s.text().startsWith("We are talking to the US")), "the Bloomberg quote");
  }

  @Test
  void theBarrageIsOneActualRussianAttackWithBothWeaponsBothCitiesAndItsNight() {
    List<io.pressbrief.analysis.escalation.Escalation> barrages = analysis.escalations().stream()
        .filter(e -> e.type().equals("ASSAULT") && e.quantities().stream().anyMatch(q -> q.count() == 653)).toList();
    assertEquals(1, barrages.size(), barrages.toString());
    io.pressbrief.analysis.escalation.Escalation e = barrages.get(0);
    assertEquals(io.pressbrief.analysis.escalation.EventStatus.ACTUAL, e.status());
    assertEquals("russia", e.agentActorId());
    assertEquals(List.of("drone", "missile"), e.modes());
    assertEquals(List.of("kyiv", "lviv"), e.targetActorIds());
    assertEquals(List.of(new io.pressbrief.analysis.escalation.Quantity(653, "over", "drone"),
        new io.pressbrief.analysis.escalation.Quantity(51, null, "missile")), e.quantities());
    assertTrue(Set.of(LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 6)).contains(e.date()), e.date().toString());
  }

  @Test
  void aWarThatMightStartAndAnInvasionThatWillNotContinueAreNotAttacks() {
    assertTrue(analysis.escalations().stream().anyMatch(e -> e.trigger().contains("starts a war")
        && e.status() == io.pressbrief.analysis.escalation.EventStatus.HYPOTHETICAL), analysis.escalations().toString());
    assertTrue(analysis.escalations().stream().anyMatch(e -> e.trigger().contains("invade")
        && e.status() == io.pressbrief.analysis.escalation.EventStatus.NEGATED), analysis.escalations().toString());
  }
}
