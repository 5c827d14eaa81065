package io.pressbrief.analysis.actors;

/**
 * Where an actor is named in a text.
 *
 * @param actor the actor named
 * @param start offset of the first character of the name
 * @param end   offset after the last character
 */
public record ActorMention(Actor actor, int start, int end) {}
