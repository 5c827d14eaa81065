package io.pressbrief.report;

import static io.pressbrief.report.BriefingFixtures.BEFORE;
import static io.pressbrief.report.BriefingFixtures.PERIOD;
import static io.pressbrief.report.BriefingFixtures.REQUEST;
import static io.pressbrief.report.BriefingFixtures.day;
import static io.pressbrief.report.BriefingFixtures.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.job.BriefingType;
import io.pressbrief.job.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingModelBuilderTest {
  private final BriefingModelBuilder builder = new BriefingModelBuilder(BriefingFixtures.spec(BriefingType.DAILY, 2, "A4"));

  @Test
  void headlineFiguresCompareWithThePeriodBefore() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), REQUEST);
    assertEquals("6", m.headline().get(0).value());
    assertEquals("+2 (+50%)", m.headline().get(0).change());
    assertEquals("7", m.headline().get(1).value());
    assertEquals("1", m.headline().get(2).value(), "actual escalation events in the period, agreements not");
    assertEquals("−1 (−50%)", m.headline().get(2).change(), "two threats in the comparison period");
    assertEquals("6.0", m.headline().get(3).value(), "index: the attack's 10 less the agreement's 4");
    assertEquals("−6.0", m.headline().get(3).change());
  }

  @Test
  void actorsAreRankedByStatementsWithTheirChange() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), REQUEST);
    assertEquals(List.of("Clara Moss", "Volodymyr Zelensky", "Maroš Šefčovič"),
        m.actors().stream().map(BriefingModel.ActorLine::name).toList());
    BriefingModel.ActorLine moss = m.actors().get(0);
    assertEquals(3, moss.statements());
    assertEquals(1, moss.statementsBefore());
    assertEquals("+2 (+200%)", moss.change());
    assertEquals("+0.20", moss.tone());
    assertEquals(1, moss.escalationsAsTarget());
  }

  @Test
  void keyStatementsQuoteEachSpeakerOnceAndPreferDirectClearlyTonedQuotes() {
    List<BriefingData.StatementItem> statements = List.of(
        said("moss", "Clara Moss", "We will rebuild every pier that was destroyed this winter.", "direct", -0.2, 7),
        said("moss", "Clara Moss", "This is a wonderful and generous offer from our neighbours.", "direct", 0.8, 8),
        said("zelensky", "Volodymyr Zelensky", "the talks had been long and detailed but not yet decisive", "indirect",
            0.1, 9),
        said("sefcovic", "Maroš Šefčovič", "Short.", "direct", 0.9, 9));
    BriefingModel m = builder.build(BriefingFixtures.data(statements), REQUEST);
    assertEquals(2, m.keyStatements().size());
    assertEquals("This is a wonderful and generous offer from our neighbours.", m.keyStatements().get(0).text());
    assertEquals("Volodymyr Zelensky", m.keyStatements().get(1).speaker());
  }

  @Test
  void eventsThatDidNotHappenAreListedApartAndReportsOfOneEventAreOneLine() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), REQUEST);
    assertEquals(1, m.events().size(), "two reports of the same attack");
    assertEquals(2, m.events().get(0).reports());
    assertEquals("drone", m.events().get(0).mode());
    assertEquals("over 120 drones", m.events().get(0).quantities(), "the report with the counts is shown");
    assertEquals(1, m.otherEvents().size());
    assertEquals("threatened", m.otherEvents().get(0).status());
  }

  @Test
  void withoutAComparisonPeriodThereIsNoChange() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), new BriefingRequest(PERIOD, null, PERIOD, null));
    assertEquals("", m.headline().get(0).change());
    assertEquals("", m.meta().comparison());
    assertTrue(m.movers().isEmpty());
  }

  @Test
  void changeAndToneFormatting() {
    assertEquals("−3 (−60%)", BriefingModelBuilder.change(2, 5, BEFORE));
    assertEquals("±0 (±0%)", BriefingModelBuilder.change(4, 4, BEFORE));
    assertEquals("−0.35", BriefingModelBuilder.tone(-0.349));
    assertEquals("n/a", BriefingModelBuilder.tone(null));
  }

  @Test
  void statementsAreShownWithoutTheCommaOfTheirAttributionOrStrayMarks() {
    assertEquals("We will rebuild", BriefingModelBuilder.displayText("We will rebuild,", "direct"));
    assertEquals("It is over,” she said. “It is done", BriefingModelBuilder.displayText("It is over,” she said. “It is done”",
        "direct"), "the template's marks around it make the inner ones read right");
    assertEquals("the talks were “useful”", BriefingModelBuilder.displayText("the talks were “useful”,", "mixed"));
  }

  @Test
  void aJumpInStatementsIsAMoverButSmallChangesAreNot() {
    List<BriefingData.ActorDay> days = new ArrayList<>();
    days.add(day("moss", "Clara Moss", 2, 2, 0.1, 2, 0.0, 0, 0));
    days.add(day("moss", "Clara Moss", 8, 14, 0.1, 14, 0.0, 0, 0));
    days.add(day("lee", "Ada Lee", 2, 3, 0.1, 3, 0.0, 0, 0));
    days.add(day("lee", "Ada Lee", 8, 5, 0.1, 5, 0.0, 0, 0));
    BriefingModel m = builder.build(BriefingFixtures.data(List.of(), days, List.of()), REQUEST);
    assertEquals(1, m.movers().size(), "2 → 14 passes, 3 → 5 is noise: " + m.movers());
    BriefingModel.Mover moss = m.movers().get(0);
    assertEquals("Clara Moss", moss.name());
    assertEquals("statements", moss.measure());
    assertEquals("up", moss.direction());
    assertEquals("2", moss.before());
    assertEquals("14", moss.now());
  }

  @Test
  void aToneShiftIsAMoverOnlyWithEnoughStatementsOnBothSides() {
    List<BriefingData.ActorDay> days = List.of(day("moss", "Clara Moss", 8, 6, -0.5, 6, 0.0, 0, 0),
        day("lee", "Ada Lee", 8, 2, -0.5, 2, 0.0, 0, 0));
    List<BriefingData.ToneStats> tones = List.of(
        new BriefingData.ToneStats("moss", 6, -0.5, 0.02, 6, 0.3, 0.02),
        new BriefingData.ToneStats("lee", 2, -0.5, 0.02, 2, 0.3, 0.02));
    BriefingModel m = builder.build(BriefingFixtures.data(List.of(), days, tones), REQUEST);
    List<String> moved = m.movers().stream().map(v -> v.name() + "/" + v.measure()).toList();
    assertTrue(moved.contains("Clara Moss/tone of statements"), moved.toString());
    assertFalse(moved.contains("Ada Lee/tone of statements"), "two statements are not enough: " + moved);
    BriefingModel.Mover moss = m.movers().stream().filter(v -> v.measure().startsWith("tone")).findFirst().orElseThrow();
    assertEquals("down", moss.direction());
    assertEquals("+0.30", moss.before());
    assertEquals("−0.50", moss.now());
  }

  @Test
  void everyChartHasDataOrSaysItIsEmpty() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), REQUEST);
    assertEquals(List.of("statements", "toneOfStatements", "toneToward", "escalation", "outlets"),
        List.copyOf(m.charts().keySet()));
    for (Chart c : m.charts().values()) {
      assertFalse(c.empty(), c.title());
      assertFalse(c.rects().isEmpty(), c.title());
      assertFalse(c.description().isBlank(), c.title());
    }
    Chart escalation = m.charts().get("escalation");
    assertTrue(escalation.texts().stream().anyMatch(t -> t.text().equals("drones")), "quantities row");
    assertTrue(escalation.texts().stream().anyMatch(t -> t.text().equals("120")), "drones on 7 Dec");
  }

  @Test
  void actorsKeepOneColourInEveryChart() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), REQUEST);
    String mossColour = m.actors().get(0).colour();
    Chart statements = m.charts().get("statements");
    Chart tone = m.charts().get("toneOfStatements");
    assertTrue(statements.rects().stream().anyMatch(r -> r.fill().equals(mossColour)));
    assertTrue(tone.rects().stream().anyMatch(r -> r.fill().equals(mossColour)));
    assertEquals(3, m.actors().stream().map(BriefingModel.ActorLine::colour).distinct().count());
  }

  @Test
  void anActorProfileIsAboutItsActorOnly() {
    BriefingModelBuilder profile = new BriefingModelBuilder(BriefingFixtures.spec(BriefingType.ACTOR, 3, "A4"));
    List<BriefingData.StatementItem> statements = List.of(
        said("moss", "Clara Moss", "We will rebuild every pier that was destroyed this winter.", "direct", -0.2, 7),
        said("moss", "Clara Moss", "This is a wonderful and generous offer from our neighbours.", "direct", 0.8, 8));
    BriefingModel m = profile.build(BriefingFixtures.data(statements),
        new BriefingRequest(PERIOD, BEFORE, new Period(BEFORE.from(), PERIOD.to()), "moss"));
    assertEquals("Clara Moss", m.profile().name());
    assertEquals(List.of("Statements", "Mentions", "Escalations as agent", "Escalations as target"),
        m.headline().stream().map(BriefingModel.Figure::label).toList());
    assertEquals("3", m.headline().get(0).value());
    assertEquals(2, m.keyStatements().size(), "a profile quotes its actor more than once");
    assertEquals(1, m.actorSections().size());
    assertTrue(m.charts().containsKey("activity"));
    assertEquals("Actor profile", m.meta().kind());
  }

  @Test
  void longWindowsAreChartedByWeekEndingOnTheLastDay() {
    List<Charts.Bucket> weeks = BriefingModelBuilder.buckets(
        new Period(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 10)), true);
    assertEquals(List.of("20–26 Nov", "27 Nov–3 Dec", "4–10 Dec"), weeks.stream().map(Charts.Bucket::label).toList());
    assertEquals(7, BriefingModelBuilder.buckets(new Period(LocalDate.of(2025, 12, 4), LocalDate.of(2025, 12, 10)),
        false).size());
    assertNull(new BriefingModelBuilder(BriefingFixtures.spec(BriefingType.DAILY, 2, "A4"))
        .build(BriefingFixtures.data(List.of()), REQUEST).profile());
  }
}
