package io.pressbrief.report;

import java.util.List;

/**
 * Everything a briefing template shows, already computed and formatted: templates only lay it out.
 *
 * @param title          the briefing's title
 * @param period         the period covered, as text
 * @param comparison     the comparison period, as text (empty when there is none)
 * @param runDate        the last day of the period (ISO), also the document date
 * @param headline       the headline figures of page one
 * @param actors         the actors table
 * @param keyStatements  the statements page one quotes
 * @param actorSections  per actor, what they said
 * @param events         escalation events that happened
 * @param otherEvents    threatened, hypothetical and negated events, shown apart
 * @param coverage       articles per outlet and the quality figures
 */
public record BriefingModel(String title, String period, String comparison, String runDate, List<Figure> headline,
                            List<ActorLine> actors, List<Quote> keyStatements, List<ActorSection> actorSections,
                            List<EventLine> events, List<EventLine> otherEvents, Coverage coverage) {

  /** A headline figure with its change against the comparison period. */
  public record Figure(String label, String value, String change) {}

  /** One actor's figures for the period. */
  public record ActorLine(String name, long statements, long statementsBefore, String change, String tone,
                          long mentions, String toneToward, long escalationsAsAgent, long escalationsAsTarget) {}

  /** A quoted statement with its source. */
  public record Quote(String speaker, String text, String kind, String tone, String date, String outlet,
                      String title, String url) {}

  /** What one actor said in the period. */
  public record ActorSection(String name, long statements, String tone, List<Quote> quotes) {}

  /** One escalation event with its first source and how many reports of it there were. */
  public record EventLine(String date, String type, String mode, String agent, String target, String quantities,
                          String status, String outlet, String title, String url, long reports) {}

  /** Articles per outlet and the figures that say how far the numbers can be trusted. */
  public record Coverage(long articles, List<OutletLine> outlets, long rejected, String unknownSpeakerShare) {}

  /** Articles from one outlet. */
  public record OutletLine(String outlet, long articles) {}
}
