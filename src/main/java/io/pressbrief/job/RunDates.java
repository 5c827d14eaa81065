package io.pressbrief.job;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days a run reports on: the last day of every briefing's period, or an explicit range that
 * replaces their periods ({@code --from}/{@code --to}).
 *
 * @param end   the last day of every period; the briefings' folder is named after it
 * @param range an explicit period for every briefing, or null
 */
public record RunDates(LocalDate end, Period range) implements Serializable {
  public RunDates {
    if (range != null && !range.to().equals(end)) {
      throw new IllegalArgumentException("an explicit range must end on the run's date");
    }
  }

  public static RunDates endingOn(LocalDate end) {
    return new RunDates(end, null);
  }

  public static RunDates covering(Period range) {
    return new RunDates(range.to(), range);
  }

  /** The period {@code b} covers. */
  public Period periodOf(JobSpec.Briefing b) {
    return range != null ? range : Period.ending(end, b.days());
  }

  /** The period {@code b} is compared with, just before its own, or null. */
  public Period comparisonOf(JobSpec.Briefing b) {
    return b.compareDays() > 0 ? periodOf(b).before(b.compareDays()) : null;
  }

  /** The days {@code b}'s trend charts show: its weeks for a weekly briefing, else period and comparison. */
  public Period windowOf(JobSpec.Briefing b) {
    Period period = periodOf(b);
    Period comparison = comparisonOf(b);
    LocalDate from = comparison == null ? period.from() : comparison.from();
    if (b.type() == BriefingType.WEEKLY) {
      LocalDate weeksFrom = end.minusDays(7L * b.weeks() - 1);
      from = weeksFrom.isBefore(from) ? weeksFrom : from;
    }
    return new Period(from, period.to());
  }
}
