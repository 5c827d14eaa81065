package io.pressbrief.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 8);
  private final DateResolver resolver = new DateResolver();

  private TimeExpression only(String text) {
    return resolver.nearest(text, 0, text.length(), 0, MONDAY);
  }

  @Test
  void aBareWeekdayIsTheLatestSuchDayUpToPublication() {
    assertEquals(LocalDate.of(2025, 12, 7), only("The mayor said on Sunday night that").date());
    assertEquals(LocalDate.of(2025, 12, 8), only("The minister told reporters on Monday").date());
    assertEquals(LocalDate.of(2025, 12, 6), only("she revealed on Saturday").date());
    assertEquals(DatePrecision.DAY, only("on Saturday").precision());
  }

  @Test
  void expressionsStartOnlyAtAWordBoundaryOrTheRegionStart() {
    assertNull(only("the holiday_Sunday file"), "no boundary after an underscore");
    assertNull(only("code X9Sunday"), "no boundary after a digit");
    String text = "Moss spoke Monday; Lee wrote on Sunday.";
    assertEquals(2, resolver.find(text, text.indexOf("Monday"), text.length(), MONDAY).size());
    var fromInside = resolver.find(text, text.indexOf("Monday") + 3, text.length(), MONDAY);
    assertEquals(1, fromInside.size(), "'day' alone is no expression");
    assertEquals(LocalDate.of(2025, 12, 7), fromInside.get(0).date());
    // The region's start is a word's start, whatever stands before it.
    assertEquals(1, resolver.find("codeXMonday", 5, 11, MONDAY).size());
    assertEquals(MONDAY, only("losses\tin  the past 24 hours").date(), "any spaces after 'in'");
    assertEquals(LocalDate.of(2025, 12, 5), only("2025-12-05").date());
    assertEquals(LocalDate.of(2025, 12, 5), only("(5 December)").date());
  }

  @Test
  void theFirstDayOfAnOvernightSpanIsTaken() {
    assertEquals(LocalDate.of(2025, 12, 5), only("Overnight Friday into Saturday, the army said").date());
  }

  @Test
  void futureWordsLookForward() {
    assertEquals(LocalDate.of(2025, 12, 12), only("The envoy will travel on Friday").date());
    assertEquals(LocalDate.of(2025, 12, 10), only("talks resume next Wednesday").date());
  }

  @Test
  void relativeDaysWeeksAndMonths() {
    assertEquals(LocalDate.of(2025, 12, 7), only("yesterday").date());
    assertEquals(MONDAY, only("in the past 24 hours").date());
    TimeExpression week = only("They returned last week from the capital");
    assertEquals(LocalDate.of(2025, 12, 1), week.date());
    assertEquals(DatePrecision.WEEK, week.precision());
    assertEquals(DatePrecision.MONTH, only("last month").precision());
  }

  @Test
  void explicitDatesWithAndWithoutYear() {
    assertEquals(LocalDate.of(2025, 12, 5), only("on December 5").date());
    assertEquals(LocalDate.of(2025, 12, 5), only("on 5 Dec. 2025").date());
    assertEquals(LocalDate.of(2024, 12, 30), resolver.nearest("on December 30", 0, 14, 0, LocalDate.of(2025, 1, 3)).date(),
        "late December in an early January article is last year");
    assertEquals(LocalDate.of(2025, 11, 28), only("the 2025-11-28 report").date());
  }

  @Test
  void lowerCaseMonthAndDayNamesAreOrdinaryWords() {
    assertNull(only("prices may 5 times rise"));
    assertNull(only("it was a sunday kind of mood"));
  }

  @Test
  void theExpressionNearestTheAnchorWins() {
    String text = "On Friday the army moved, and the minister said on Sunday that it was over.";
    int anchor = text.indexOf("said");
    assertEquals(LocalDate.of(2025, 12, 7), resolver.nearest(text, 0, text.length(), anchor, MONDAY).date());
  }
}
