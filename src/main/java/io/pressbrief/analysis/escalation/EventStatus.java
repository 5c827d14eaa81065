package io.pressbrief.analysis.escalation;

import java.util.Locale;

/** Whether an event happened: only actual events count in a briefing's escalation figures. */
public enum EventStatus {
  ACTUAL, NEGATED, HYPOTHETICAL, THREATENED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
