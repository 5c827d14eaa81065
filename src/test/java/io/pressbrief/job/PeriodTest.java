package io.pressbrief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void aPeriodEndingOnADayAndTheOneBeforeIt() {
    Period p = Period.ending(LocalDate.of(2025, 12, 10), 5);
    assertEquals(LocalDate.of(2025, 12, 6), p.from());
    assertEquals(5, p.days());
    Period before = p.before(5);
    assertEquals(new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 5)), before);
    assertTrue(p.contains(LocalDate.of(2025, 12, 10)));
    assertFalse(p.contains(LocalDate.of(2025, 12, 5)));
  }

  @Test
  void aPeriodCannotRunBackwards() {
    assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 1)));
  }
}
