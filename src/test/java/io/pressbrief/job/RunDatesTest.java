package io.pressbrief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RunDatesTest {
  private static final LocalDate END = LocalDate.of(2025, 12, 10);

  private static JobSpec.Briefing briefing(BriefingType type, int days, int compareDays, int weeks) {
    return new JobSpec.Briefing("b", type, days, compareDays, weeks, null, type.defaultTemplate(), "A4", 5, 10, "T");
  }

  @Test
  void aDailyBriefingComparesWithTheDaysJustBeforeAndChartsBoth() {
    RunDates dates = RunDates.endingOn(END);
    JobSpec.Briefing daily = briefing(BriefingType.DAILY, 5, 5, 6);
    assertEquals(new Period(LocalDate.of(2025, 12, 6), END), dates.periodOf(daily));
    assertEquals(new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 5)), dates.comparisonOf(daily));
    assertEquals(new Period(LocalDate.of(2025, 12, 1), END), dates.windowOf(daily));
  }

  @Test
  void aWeeklyBriefingChartsItsWeeks() {
    JobSpec.Briefing weekly = briefing(BriefingType.WEEKLY, 7, 7, 6);
    assertEquals(new Period(LocalDate.of(2025, 10, 30), END), RunDates.endingOn(END).windowOf(weekly));
  }

  @Test
  void withoutAComparisonTheWindowIsThePeriod() {
    JobSpec.Briefing profile = briefing(BriefingType.ACTOR, 30, 0, 6);
    RunDates dates = RunDates.endingOn(END);
    assertNull(dates.comparisonOf(profile));
    assertEquals(dates.periodOf(profile), dates.windowOf(profile));
  }

  @Test
  void anExplicitRangeReplacesEveryPeriod() {
    Period range = new Period(LocalDate.of(2025, 11, 1), END);
    RunDates dates = RunDates.covering(range);
    assertEquals(range, dates.periodOf(briefing(BriefingType.DAILY, 1, 1, 6)));
    assertEquals(new Period(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 31)),
        dates.comparisonOf(briefing(BriefingType.DAILY, 1, 1, 6)));
  }
}
