package io.pressbrief.analysis.actors;

/**
 * An actor named in an article, with the tone of what the article says about it there.
 *
 * @param actorId   the actor's id
 * @param actorName its display name
 * @param start     offset of the name
 * @param end       offset after the name
 * @param sentiment tone toward the actor at this mention, -1..1
 */
public record Mention(String actorId, String actorName, int start, int end, double sentiment) {}
