package io.pressbrief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.job.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final List<Charts.Bucket> DAYS = BriefingModelBuilder.buckets(
      new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 4)), false);

  @Test
  void aChartWithoutDataSaysSoInsteadOfDrawingEmptyAxes() {
    Chart c = Charts.smallMultiples("Statements per actor", "statements", DAYS,
        List.of(new Charts.Series("Clara Moss", "#1f3b73", new long[4])), null);
    assertTrue(c.empty());
    assertTrue(c.rects().isEmpty());
    assertEquals("No statements in these days.", c.description());
  }

  @Test
  void stackedBarsPrintTotalsSegmentsAndTheFigureRows() {
    Chart c = Charts.stackedBars("Events", "events", DAYS,
        List.of(new Charts.Stack("ASSAULT", "#7a1c1c", new long[] {2, 0, 5, 0}),
            new Charts.Stack("THREATEN", "#e08a2c", new long[] {1, 0, 0, 0})),
        List.of(new Charts.FigureRow("drones", new long[] {0, 0, 653, 0})), null);
    assertFalse(c.empty());
    List<String> labels = c.texts().stream().map(Chart.Text::text).toList();
    assertTrue(labels.containsAll(List.of("3", "5", "653", "drones", "ASSAULT", "THREATEN", "events")), labels.toString());
    assertEquals(3, c.rects().stream().filter(r -> r.stroke() != null && r.stroke().equals("#ffffff")).count(),
        "three segments");
  }

  @Test
  void divergingBarsGoLeftForNegativeAndRightForPositive() {
    Chart c = Charts.divergingBars("Tone", "tone", List.of(new Charts.Bar("A", "#111111", -0.3, "−0.30"),
        new Charts.Bar("B", "#222222", 0.15, "+0.15"), new Charts.Bar("C", "#333333", null, "n/a")));
    double zero = (150 + (Charts.WIDTH - 50)) / 2.0;
    Chart.Rect a = c.rects().get(0);
    Chart.Rect b = c.rects().get(1);
    assertEquals(zero, a.x() + a.w(), 0.2, "A ends at zero");
    assertEquals(zero, b.x(), 0.2, "B starts at zero");
    assertEquals(2, c.rects().size(), "no bar for n/a");
    assertTrue(c.texts().stream().anyMatch(t -> t.text().equals("n/a")));
  }

  @Test
  void axisStepsAndLabels() {
    assertEquals(1, Charts.niceStep(4));
    assertEquals(2, Charts.niceStep(7));
    assertEquals(50, Charts.niceStep(180));
    assertEquals("12k", Charts.compact(12_345));
    assertEquals("1,234", Charts.compact(1234));
    assertEquals("Volodymyr Zelensk…", Charts.fit("Volodymyr Zelensky of Ukraine", 95, 8.5));
  }
}
