package io.pressbrief.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a briefing template shows, already computed and formatted: templates only lay it out.
 * Each briefing type fills what it shows; lists it does not use are empty, never null.
 *
 * @param meta          title, period and document properties
 * @param headline      the headline figures of page one
 * @param movers        actors whose figures changed beyond chance, largest change first
 * @param moverRule     the significance rule movers pass, in words
 * @param keyStatements the statements page one quotes
 * @param actors        the actors table
 * @param charts        the charts by name (statements, toneOfStatements, toneToward, escalation, outlets,
 *                      activity, tone)
 * @param actorSections per actor, what they said
 * @param events        escalation events that happened (for a profile: every type the actor took part in)
 * @param otherEvents   threatened, hypothetical and negated events, shown apart
 * @param eventsMore    events left out of the lists for length (they are in the CSV file)
 * @param trend         per week (weekly) or day: the figures of the trend table
 * @param profile       for an actor profile, the actor; otherwise null
 * @param coverage      articles per outlet and the quality figures
 * @param appendix      the articles behind the period's figures
 * @param appendixMore  articles left out of the appendix for length (they are in the CSV file)
 */
public record BriefingModel(Meta meta, List<Figure> headline, List<Mover> movers, String moverRule,
                            List<Quote> keyStatements, List<ActorLine> actors, Map<String, Chart> charts,
                            List<ActorSection> actorSections, List<EventLine> events, List<EventLine> otherEvents,
                            long eventsMore, List<TrendLine> trend, Profile profile, Coverage coverage,
                            List<ArticleLine> appendix, long appendixMore) {

  /**
   * What the document is.
   *
   * @param title      the briefing's title
   * @param kind       "Daily briefing", "Weekly trend briefing" or "Actor profile"
   * @param period     the period covered, as text
   * @param comparison the comparison period, as text (empty when there is none)
   * @param runDate    the last day of the period (ISO), also the document's date
   * @param paper      CSS page size: A4 or Letter
   * @param subject    the PDF subject
   * @param keywords   the PDF keywords
   */
  public record Meta(String title, String kind, String period, String comparison, String runDate, String paper,
                     String subject, String keywords) {}

  /** A headline figure with its change against the comparison period. */
  public record Figure(String label, String value, String change, String note) {}

  /** An actor whose statement count or tone moved beyond chance. */
  public record Mover(String name, String measure, String before, String now, String direction, String evidence) {}

  /** One actor's figures for the period. */
  public record ActorLine(String id, String name, String colour, long statements, long statementsBefore,
                          String change, String tone, Double toneValue, long mentions, String toneToward,
                          Double toneTowardValue, long escalationsAsAgent, long escalationsAsTarget) {}

  /** A quoted statement with its source. */
  public record Quote(String speaker, String text, String kind, String tone, double toneValue, String date,
                      String outlet, String title, String url) {}

  /** What one actor said in the period. */
  public record ActorSection(String name, long statements, String tone, List<Quote> quotes, long more) {}

  /** One event with its first source and how many reports of it there were. */
  public record EventLine(String date, String type, String mode, String agent, String target, String quantities,
                          String status, double weight, String outlet, String title, String url, long reports) {}

  /** One row of the trend table. */
  public record TrendLine(String label, long articles, long statements, long escalations, String index) {}

  /** The actor an actor profile is about. */
  public record Profile(String id, String name, long statements, long mentions, String tone, String toneToward) {}

  /** Articles per outlet and the figures that say how far the numbers can be trusted. */
  public record Coverage(long articles, List<OutletLine> outlets, long rejected, long duplicates,
                         long statementsInCopies, long setAside, String unknownSpeakerShare, long statements) {}

  /** Articles from one outlet in the period. */
  public record OutletLine(String outlet, long articles, String days) {}

  /** An article behind the figures. */
  public record ArticleLine(String date, String outlet, String title, String url, long statements, long events) {}
}
