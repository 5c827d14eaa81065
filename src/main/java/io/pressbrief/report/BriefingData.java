package io.pressbrief.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts a briefing is made from, already selected from the tables for its period, comparison
 * period and chart window. Plain data: building the model from it needs no Spark.
 *
 * @param actorDays           per actor and day, over the window
 * @param statements          statements with a known speaker dated in the period, with their article (for
 *                            an actor profile: the actor's)
 * @param events              escalation events dated in the period, every status, with their article (for an
 *                            actor profile: de-escalation too, and only those the actor took part in)
 * @param toneStats           per actor, the spread of statement tone in the period and the comparison period
 * @param eventDays           per day and type over the window: distinct actual events and their index
 * @param quantityDays        per day and item over the window: what the actual attacks were reported to
 *                            involve ("drone", "missile"), each event counted once
 * @param articles            the articles published in the period, with what was found in them
 * @param sourceDays          articles per outlet and day in the period
 * @param articlesByDay       articles published per day over the window
 * @param statementsInPeriod  all statements dated in the period (known speaker or not)
 * @param statementsBefore    the same for the comparison period
 * @param unknownSpeakerInPeriod statements in the period whose speaker is not a known actor
 * @param duplicatesInPeriod  articles in the period that copy another (exact or syndicated): counted once
 * @param statementsInCopies  statements in those copies, left out of every count
 * @param setAsideInPeriod    articles in the period kept but not analysed (not English)
 * @param rejected            records rejected by the run that wrote the tables
 */
public record BriefingData(List<ActorDay> actorDays, List<StatementItem> statements, List<EventItem> events,
                           List<ToneStats> toneStats, List<EventDay> eventDays, List<QuantityDay> quantityDays,
                           List<ArticleItem> articles, List<SourceDay> sourceDays, List<DayCount> articlesByDay,
                           long statementsInPeriod, long statementsBefore, long unknownSpeakerInPeriod,
                           long duplicatesInPeriod, long statementsInCopies, long setAsideInPeriod,
                           long rejected) {

  /** A row that belongs to one day, so charts can put it in its bucket. */
  public interface Dated {
    LocalDate date();
  }

  /** One row of the actor × day aggregate. */
  public record ActorDay(String actorId, String actorName, LocalDate date, long statements, Double statementTone,
                         long mentions, Double toneToward, long escalationsAsAgent, long escalationsAsTarget)
      implements Dated {}

  /** A statement with the article it was found in. */
  public record StatementItem(String actorId, String actorName, String speaker, String text, String kind,
                              double sentiment, LocalDate date, String articleId, String title, String source,
                              String url) {}

  /** An escalation event with the article it was found in; reports of one event share its key. */
  public record EventItem(String eventKey, String type, String mode, String trigger, String agent,
                          String agentActorId, String target, String targetActorId, String quantities,
                          String status, double weight, LocalDate date, String articleId, String title,
                          String source, String url) {}

  /** Statement tone of one actor: count, mean and sample variance, now and in the comparison period. */
  public record ToneStats(String actorId, long count, double mean, double variance, long countBefore,
                          double meanBefore, double varianceBefore) {}

  /** Distinct actual events of one type on one day and their escalation index (the sum of −weight). */
  public record EventDay(LocalDate date, String type, long events, double index) implements Dated {}

  /** The total of one item (drones, missiles, killed) reported for one day's actual attacks. */
  public record QuantityDay(LocalDate date, String item, long total) implements Dated {}

  /** An article of the period, with the statements and events found in it. */
  public record ArticleItem(String articleId, LocalDate date, String source, String title, String url,
                            long statements, long events) {}

  /** Articles from one outlet on one day. */
  public record SourceDay(String source, LocalDate date, long articles) implements Dated {}

  /** A count for one day. */
  public record DayCount(LocalDate date, long count) {}
}
