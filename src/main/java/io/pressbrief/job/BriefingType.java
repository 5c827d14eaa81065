package io.pressbrief.job;

import java.util.Locale;

/** The kinds of briefing pressbrief writes, each with its own default period and template. */
public enum BriefingType {
  /** The period (a day by default) against the period before it. */
  DAILY(1, "daily.ftlh"),
  /** The last week against the week before, with the trend over several weeks. */
  WEEKLY(7, "weekly.ftlh"),
  /** One actor over a date range: what they said, their tone, the events they took part in. */
  ACTOR(30, "actor.ftlh");

  private final int defaultDays;
  private final String defaultTemplate;

  BriefingType(int defaultDays, String defaultTemplate) {
    this.defaultDays = defaultDays;
    this.defaultTemplate = defaultTemplate;
  }

  public int defaultDays() {
    return defaultDays;
  }

  public String defaultTemplate() {
    return defaultTemplate;
  }

  /** The type's name as written in a job spec. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BriefingType named(String value) {
    for (BriefingType t : values()) {
      if (t.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("expected daily, weekly or actor, got '" + value + "'");
  }
}
