package io.pressbrief.analysis.escalation;

import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.dates.DatePrecision;
import java.time.LocalDate;
import java.util.List;

/**
 * One escalation or de-escalation mention, coded with a PLOVER event type.
 *
 * @param type          PLOVER type (ASSAULT, THREATEN, … AGREE, SUPPORT)
 * @param mode          for ASSAULT and MOBILIZE: drone, missile, aerial, …; otherwise null
 * @param trigger       the words that signal the event
 * @param triggerSpan   where they are
 * @param agent         who acts, as written, or null
 * @param agentActorId  the agent as a dictionary actor, or null
 * @param target        on whom or where, as written, or null
 * @param targetActorId the target as a dictionary actor, or null
 * @param quantities    counts reported with the event ("over 653 drones")
 * @param status        actual, negated, hypothetical or threatened
 * @param date          when the event happened
 * @param datePrecision how exactly the date is known
 * @param weight        conflict–cooperation weight on the Goldstein scale (−10 to +10), from the type and mode
 * @param modes         every mode the event is reported with ("drone", "missile"); the first is {@code mode}
 * @param targets       every target named together ("Kyiv and Lviv"), as written; the first is {@code target}
 * @param targetActorIds the targets as dictionary actors, in the same order (null where unknown)
 * @param agentCountryId  the country the agent stands for (see {@code Actor.countryOrSelf}), or null
 * @param targetCountryId the country the target stands for ("Kyiv" → Ukraine), or null
 */
public record Escalation(String type, String mode, String trigger, Span triggerSpan, String agent,
                         String agentActorId, String target, String targetActorId, List<Quantity> quantities,
                         EventStatus status, LocalDate date, DatePrecision datePrecision,
                         double weight, List<String> modes, List<String> targets, List<String> targetActorIds,
                         String agentCountryId, String targetCountryId) {
  public Escalation {
    quantities = List.copyOf(quantities);
    modes = List.copyOf(modes);
    targets = List.copyOf(targets);
    targetActorIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(targetActorIds));
  }

  /** Whether the type is on the escalation side of PLOVER. */
  public boolean isEscalation() {
    return EventTypes.ESCALATION.contains(type);
  }
}
