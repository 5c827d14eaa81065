package io.pressbrief.analysis.statements;

import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.dates.DatePrecision;
import java.time.LocalDate;

/**
 * Something an actor said, as found in one article.
 *
 * @param content       the span of what was said (without quotation marks)
 * @param text          the content as text
 * @param kind          direct, indirect or mixed
 * @param speaker       the speaker as written ("he", "the Ukrainian president"), or null
 * @param speakerSpan   where the speaker is written, or null
 * @param actorId       the resolved speaker: a dictionary id, a normalised name, or null
 * @param actorName     the resolved speaker's display name, or null
 * @param cue           the attribution cue's lemma ("say", "tell", "according to"), or null
 * @param cueSpan       where the cue is written, or null
 * @param sentiment     the tone of the content, -1..1
 * @param date          when it was said
 * @param datePrecision how exactly the date is known
 */
public record Statement(Span content, String text, StatementKind kind, String speaker, Span speakerSpan,
                        String actorId, String actorName, String cue, Span cueSpan, double sentiment,
                        LocalDate date, DatePrecision datePrecision) {}
