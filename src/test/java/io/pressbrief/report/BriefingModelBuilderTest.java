package io.pressbrief.report;

import static io.pressbrief.report.BriefingFixtures.BEFORE;
import static io.pressbrief.report.BriefingFixtures.PERIOD;
import static io.pressbrief.report.BriefingFixtures.said;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingModelBuilderTest {
  private final BriefingModelBuilder builder = new BriefingModelBuilder("Test briefing", 2, 10);

  @Test
  void headlineFiguresCompareWithThePeriodBefore() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), PERIOD, BEFORE);
    assertEquals("6", m.headline().get(0).value());
    assertEquals("+2 (+50%)", m.headline().get(0).change());
    assertEquals("7", m.headline().get(1).value());
    assertEquals("new", m.headline().get(2).change());
  }

  @Test
  void actorsAreRankedByStatementsWithTheirChange() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), PERIOD, BEFORE);
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
    BriefingModel m = builder.build(BriefingFixtures.data(statements), PERIOD, BEFORE);
    assertEquals(2, m.keyStatements().size());
    assertEquals("This is a wonderful and generous offer from our neighbours.", m.keyStatements().get(0).text());
    assertEquals("Volodymyr Zelensky", m.keyStatements().get(1).speaker());
  }

  @Test
  void eventsThatDidNotHappenAreListedApartAndReportsOfOneEventAreOneLine() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), PERIOD, BEFORE);
    assertEquals(1, m.events().size(), "two reports of the same attack");
    assertEquals(2, m.events().get(0).reports());
    assertEquals("drone", m.events().get(0).mode());
    assertEquals("over 120 drones", m.events().get(0).quantities(), "the report with the counts is shown");
    assertEquals(1, m.otherEvents().size());
    assertEquals("threatened", m.otherEvents().get(0).status());
  }

  @Test
  void withoutAComparisonPeriodThereIsNoChange() {
    BriefingModel m = builder.build(BriefingFixtures.data(List.of()), PERIOD, null);
    assertEquals("", m.headline().get(0).change());
    assertEquals("", m.comparison());
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
}
