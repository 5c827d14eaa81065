package io.pressbrief.analysis.dates;

import java.util.Locale;

/** How exactly a statement's or event's date is known. */
public enum DatePrecision {
  /** A day named in the text ("on Sunday", "December 5"). */
  DAY,
  /** A week named in the text ("last week"). */
  WEEK,
  /** A month named in the text ("last month", "in November"). */
  MONTH,
  /** Nothing in the text: the article's publication day stands in. */
  PUBLISHED;

  /** The lower-case name written in the tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
