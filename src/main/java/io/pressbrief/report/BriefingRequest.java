package io.pressbrief.report;

import io.pressbrief.job.Period;

/**
 * What one briefing covers.
 *
 * @param period     the days the briefing is about
 * @param comparison the days it is compared with, just before the period, or null
 * @param window     the days the trend charts show (covers the period and the comparison)
 * @param actorId    for an actor profile, the actor; otherwise null
 */
public record BriefingRequest(Period period, Period comparison, Period window, String actorId) {
  public BriefingRequest {
    if (!window.contains(period.from()) || !window.contains(period.to())
        || comparison != null && (!window.contains(comparison.from()) || !window.contains(comparison.to()))) {
      throw new IllegalArgumentException("the chart window " + window + " must cover the period and the comparison");
    }
  }
}
