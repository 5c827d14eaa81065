package io.pressbrief.analysis.escalation;

import java.util.Set;

/** The PLOVER event types pressbrief codes, split into escalation and de-escalation. */
public final class EventTypes {
  public static final Set<String> ESCALATION = Set.of("ASSAULT", "THREATEN", "COERCE", "SANCTION", "MOBILIZE", "PROTEST");
  public static final Set<String> DEESCALATION = Set.of("AGREE", "CONSULT", "CONCEDE", "RETREAT", "COOPERATE", "AID", "SUPPORT");

  private EventTypes() {}

  public static boolean isKnown(String type) {
    return ESCALATION.contains(type) || DEESCALATION.contains(type);
  }
}
