package io.pressbrief.analysis.escalation;

/**
 * A count reported with an event: "over 653 drones" is (653, "over", "drone").
 *
 * @param count     the number (for "dozens of", a representative 24)
 * @param qualifier over, at least, about, up to, approximately, or null when exact
 * @param item      what was counted, singular: drone, missile, killed, injured, …
 */
public record Quantity(long count, String qualifier, String item) {}
