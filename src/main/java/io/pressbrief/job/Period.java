package io.pressbrief.job;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A closed range of days.
 *
 * @param from the first day
 * @param to   the last day (inclusive)
 */
public record Period(LocalDate from, LocalDate to) implements Serializable {
  public Period {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period cannot end (" + to + ") before it starts (" + from + ")");
    }
  }

  /** The {@code days} days ending on {@code last}. */
  public static Period ending(LocalDate last, int days) {
    return new Period(last.minusDays(days - 1L), last);
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The {@code days} days just before this period. */
  public Period before(int days) {
    return new Period(from.minusDays(days), from.minusDays(1));
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  @Override
  public String toString() {
    return from.equals(to) ? from.toString() : from + " to " + to;
  }
}
