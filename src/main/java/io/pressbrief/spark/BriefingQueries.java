package io.pressbrief.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import io.pressbrief.analysis.escalation.EventTypes;
import io.pressbrief.job.Period;
import io.pressbrief.report.BriefingData;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Selects from the stored tables the facts a briefing needs, and collects them to the driver. */
final class BriefingQueries {
  /** Items that are already plural or are outcomes: "3 killed", "20 people", "4 aircraft". */
  private static final java.util.List<String> UNCOUNTED_PLURALS = java.util.List.of("killed", "injured", "people",
      "aircraft");
  /** Enough statements and events for any briefing page; the rest stay in the tables. */
  private static final int MAX_ITEMS = 2000;

  private BriefingQueries() {}

  static BriefingData collect(SparkSession spark, String root, Period period, Period comparison, long rejected) {
    Period all = comparison == null ? period : new Period(comparison.from(), period.to());
    Dataset<Row> articles = Tables.read(spark, root, Tables.ARTICLES);
    Dataset<Row> statements = Tables.read(spark, root, Tables.STATEMENTS);
    Dataset<Row> escalations = Tables.read(spark, root, Tables.ESCALATIONS);
    Dataset<Row> actorDay = Tables.read(spark, root, Tables.ACTOR_DAY);
    Dataset<Row> articleInfo = articles.select(col("article_id"), col("title"), col("source"), col("url"));

    List<BriefingData.ActorDay> actorDays = new ArrayList<>();
    for (Row r : actorDay.filter(within(all)).orderBy("date", "actor_id").collectAsList()) {
      actorDays.add(new BriefingData.ActorDay(r.getAs("actor_id"), r.getAs("actor_name"), day(r.getAs("date")),
          r.<Long>getAs("statements"), r.getAs("statement_tone"), r.<Long>getAs("mentions"), r.getAs("tone_toward"),
          r.<Long>getAs("escalations_as_agent"), r.<Long>getAs("escalations_as_target")));
    }

    Dataset<Row> saidInPeriod = statements.filter(within(period));
    List<BriefingData.StatementItem> said = new ArrayList<>();
    for (Row r : saidInPeriod.filter(col("actor_id").isNotNull()).join(articleInfo, "article_id")
        .orderBy(col("date"), col("article_id"), col("start")).limit(MAX_ITEMS).collectAsList()) {
      said.add(new BriefingData.StatementItem(r.getAs("actor_id"), r.getAs("actor_name"), r.getAs("speaker"),
          r.getAs("text"), r.getAs("kind"), r.<Double>getAs("sentiment"), day(r.getAs("date")),
          r.getAs("article_id"), r.getAs("title"), r.getAs("source"), r.getAs("url")));
    }

    // "over 653 drones, 51 missiles, at least 3 killed": counted things take a plural, outcomes do not.
    Column quantities = concat_ws(", ", transform(col("quantities"),
        q -> concat_ws(" ", q.getField("qualifier"), q.getField("count").cast("string"),
            when(q.getField("count").notEqual(1).and(not(q.getField("item").isin(UNCOUNTED_PLURALS.toArray()))),
                concat(q.getField("item"), lit("s"))).otherwise(q.getField("item")))));
    List<BriefingData.EventItem> events = new ArrayList<>();
    for (Row r : escalations.filter(within(period)).filter(col("type").isin(EventTypes.ESCALATION.toArray()))
        .withColumn("quantity_text", quantities).withColumn("event_key", Tables.eventKey())
        .join(articleInfo, "article_id")
        .orderBy(col("date"), col("article_id"), col("start")).limit(MAX_ITEMS).collectAsList()) {
      events.add(new BriefingData.EventItem(r.getAs("event_key"), r.getAs("type"), r.getAs("mode"), r.getAs("trigger"),
          r.getAs("agent"),
          r.getAs("target"), r.getAs("quantity_text"), r.getAs("status"), day(r.getAs("date")),
          r.getAs("article_id"), r.getAs("title"), r.getAs("source"), r.getAs("url")));
    }

    Map<String, Long> bySource = new TreeMap<>();
    for (Row r : articles.filter(within(period)).groupBy("source").agg(count(lit(1)).as("n")).collectAsList()) {
      bySource.put(r.getString(0) == null ? "(unknown outlet)" : r.getString(0), r.getLong(1));
    }
    Map<LocalDate, Long> byDay = new TreeMap<>();
    for (Row r : articles.filter(within(all)).groupBy("date").agg(count(lit(1)).as("n")).collectAsList()) {
      byDay.put(day(r.get(0)), r.getLong(1));
    }
    long statementsInPeriod = saidInPeriod.count();
    long unknownSpeaker = saidInPeriod.filter(col("actor_id").isNull()).count();
    long statementsBefore = comparison == null ? 0 : statements.filter(within(comparison)).count();
    Column actualEscalation = col("status").equalTo("actual").and(col("type").isin(EventTypes.ESCALATION.toArray()));
    long escalationsInPeriod = distinctEvents(escalations.filter(within(period)).filter(actualEscalation));
    long escalationsBefore = comparison == null ? 0
        : distinctEvents(escalations.filter(within(comparison)).filter(actualEscalation));
    return new BriefingData(actorDays, said, events, bySource, byDay, statementsInPeriod, statementsBefore,
        unknownSpeaker, escalationsInPeriod, escalationsBefore, rejected);
  }

  private static long distinctEvents(Dataset<Row> escalations) {
    return escalations.select(Tables.eventKey()).distinct().count();
  }

  private static Column within(Period p) {
    return col("date").between(Date.valueOf(p.from()), Date.valueOf(p.to()));
  }

  private static LocalDate day(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((Date) value).toLocalDate();
  }
}
