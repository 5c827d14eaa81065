package io.pressbrief.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The facts a briefing is made from, already selected from the tables for the period and the
 * comparison period. Plain data: building the model from it needs no Spark.
 *
 * @param actorDays             per actor and day, over both periods
 * @param statements            statements dated in the period, with their article
 * @param events                escalation events dated in the period, with their article
 * @param articlesBySource      articles published in the period, per outlet
 * @param articlesByDay         articles published per day, over both periods
 * @param statementsInPeriod    all statements dated in the period (with or without a known speaker)
 * @param statementsBefore      the same for the comparison period
 * @param unknownSpeakerInPeriod statements in the period whose speaker is unknown
 * @param escalationsInPeriod   actual escalation events (escalation types) dated in the period, each
 *                              counted once however many reports of it there are
 * @param escalationsBefore     the same for the comparison period
 * @param rejected              records rejected by the run
 */
public record BriefingData(List<ActorDay> actorDays, List<StatementItem> statements, List<EventItem> events,
                           Map<String, Long> articlesBySource, Map<LocalDate, Long> articlesByDay,
                           long statementsInPeriod, long statementsBefore, long unknownSpeakerInPeriod,
                           long escalationsInPeriod, long escalationsBefore, long rejected) {

  /** One row of the actor × day aggregate. */
  public record ActorDay(String actorId, String actorName, LocalDate date, long statements, Double statementTone,
                         long mentions, Double toneToward, long escalationsAsAgent, long escalationsAsTarget) {}

  /** A statement with the article it was found in. */
  public record StatementItem(String actorId, String actorName, String speaker, String text, String kind,
                              double sentiment, LocalDate date, String articleId, String title, String source,
                              String url) {}

  /** An escalation event with the article it was found in; reports of one event share its key. */
  public record EventItem(String eventKey, String type, String mode, String trigger, String agent, String target, String quantities,
                          String status, LocalDate date, String articleId, String title, String source, String url) {}
}
