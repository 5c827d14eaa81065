package io.pressbrief.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.when;

import io.pressbrief.analysis.escalation.EventTypes;
import io.pressbrief.job.Period;
import io.pressbrief.report.BriefingData;
import io.pressbrief.report.BriefingRequest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Selects from the stored tables the facts a briefing needs, and collects them to the driver. */
final class BriefingQueries {
  /** Items that are already plural or are outcomes: "3 killed", "20 people", "4 aircraft". */
  private static final List<String> UNCOUNTED_PLURALS = List.of("killed", "injured", "people", "aircraft");
  /** Enough statements, events and articles for any briefing and its CSV files; the rest stay in the tables. */
  private static final int MAX_ITEMS = 2000;
  /** How far before an article's day the statements and events it reports are looked for. */
  private static final int REPORTED_DAYS_BACK = 45;
  private static final scala.collection.immutable.Seq<String> ON_ARTICLE = Tables.joinColumns("article_id");

  private BriefingQueries() {}

  static BriefingData collect(SparkSession spark, String root, BriefingRequest request, long rejected) {
    Period period = request.period();
    Period comparison = request.comparison();
    String actor = request.actorId();
    // Copies of an article count once and set-aside articles not at all; the raw figures go to the coverage panel.
    Column original = col("duplicate_of").isNull();
    Period needed = needed(request);
    Dataset<Row> stored = Tables.read(spark, root, Tables.ARTICLES, needed);
    Dataset<Row> articles = stored.filter(original.and(col("set_aside").isNull()));
    Dataset<Row> allStatements = Tables.read(spark, root, Tables.STATEMENTS, needed);
    Dataset<Row> statements = allStatements.filter(original);
    Dataset<Row> storedEvents = Tables.read(spark, root, Tables.ESCALATIONS, needed).filter(original)
        .withColumn("event_key", Tables.eventKey());
    Dataset<Row> escalations = actor == null ? storedEvents
        : storedEvents.filter(col("agent_actor_id").equalTo(actor).or(col("target_actor_id").equalTo(actor)));
    Dataset<Row> mentions = Tables.read(spark, root, Tables.MENTIONS, needed).filter(original);
    Dataset<Row> actorDay = Tables.read(spark, root, Tables.ACTOR_DAY, needed);
    Dataset<Row> articleInfo = articles.select(col("article_id"), col("title"), col("source"), col("url"));
    Dataset<Row> actual = escalations.filter(col("status").equalTo("actual"));

    // The briefing's queries are small and independent, and each spends most of its time in Spark's
    // planning and scheduling rather than on the cores: run side by side, they overlap.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(QUERIES_AT_ONCE,
        r -> {
          Thread t = new Thread(r, "pressbrief-briefing-query");
          t.setDaemon(true);
          return t;
        });
    try {
      var actorDays = pool.submit(() -> actorDays(actorDay, request.window()));
      var said = pool.submit(() -> statementItems(statements, articleInfo, period, actor));
      var eventItems = pool.submit(() -> eventItems(escalations, articleInfo, period, actor));
      var statementFigures = pool.submit(() -> statementFacts(allStatements, period, comparison));
      var articleFigures = pool.submit(() -> articleFacts(stored, period, request.window()));
      var eventDays = pool.submit(() -> eventDays(actual, request.window()));
      var quantityDays = pool.submit(() -> quantityDays(actual, request.window()));
      var listed = pool.submit(() -> articles(articles, statements, escalations, mentions, period, actor));
      StatementFacts statementFacts = result(statementFigures);
      ArticleFacts articleFacts = result(articleFigures);
      return new BriefingData(result(actorDays), result(said), result(eventItems), statementFacts.toneStats(),
          result(eventDays), result(quantityDays), result(listed),
          articleFacts.sourceDays(), articleFacts.articlesByDay(),
          statementFacts.inPeriod(), statementFacts.before(), statementFacts.unknownSpeaker(),
          articleFacts.copies(), statementFacts.inCopies(), articleFacts.setAside(), rejected);
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many of a briefing's queries run at once. */
  private static final int QUERIES_AT_ONCE = 4;

  /** A query's result; its failure is rethrown as it was thrown. */
  private static <T> T result(java.util.concurrent.Future<T> query) {
    try {
      return query.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the briefing's queries ran", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The actor-day aggregates over the charts' window. */
  private static List<BriefingData.ActorDay> actorDays(Dataset<Row> actorDay, Period window) {
    List<BriefingData.ActorDay> actorDays = new ArrayList<>();
    for (Row r : actorDay.filter(within(window)).orderBy("date", "actor_id").collectAsList()) {
      actorDays.add(new BriefingData.ActorDay(r.getAs("actor_id"), r.getAs("actor_name"), day(r.getAs("date")),
          r.<Long>getAs("statements"), r.getAs("statement_tone"), r.<Long>getAs("mentions"), r.getAs("tone_toward"),
          r.<Long>getAs("escalations_as_agent"), r.<Long>getAs("escalations_as_target")));
    }
    return actorDays;
  }

  /** The period's attributed statements (a profile's actor's only) with their articles, in reading order. */
  private static List<BriefingData.StatementItem> statementItems(Dataset<Row> statements, Dataset<Row> articleInfo,
                                                                 Period period, String actor) {
    Dataset<Row> attributed = statements.filter(within(period)).filter(col("actor_id").isNotNull());
    if (actor != null) {
      attributed = attributed.filter(col("actor_id").equalTo(actor));
    }
    List<BriefingData.StatementItem> said = new ArrayList<>();
    for (Row r : attributed.join(articleInfo, "article_id")
        .orderBy(col("date"), col("article_id"), col("start")).limit(MAX_ITEMS).collectAsList()) {
      said.add(new BriefingData.StatementItem(r.getAs("actor_id"), r.getAs("actor_name"), r.getAs("speaker"),
          r.getAs("text"), r.getAs("kind"), r.<Double>getAs("sentiment"), day(r.getAs("date")),
          r.getAs("article_id"), r.getAs("title"), r.getAs("source"), r.getAs("url")));
    }
    return said;
  }

  /** The period's escalations (for a profile, all its actor's events) with their articles, in reading order. */
  private static List<BriefingData.EventItem> eventItems(Dataset<Row> escalations, Dataset<Row> articleInfo,
                                                         Period period, String actor) {
    Dataset<Row> eventsInPeriod = escalations.filter(within(period));
    if (actor == null) {
      eventsInPeriod = eventsInPeriod.filter(col("type").isin(EventTypes.ESCALATION.toArray()));
    }
    List<BriefingData.EventItem> events = new ArrayList<>();
    // "drone and missile", "Kyiv and Lviv": every mode and target the report names.
    for (Row r : eventsInPeriod.withColumn("quantity_text", quantityText())
        .withColumn("mode", when(size(col("modes")).gt(0), concat_ws(" and ", col("modes"))).otherwise(col("mode")))
        .withColumn("target", when(size(col("targets")).gt(1), concat_ws(" and ", col("targets")))
            .otherwise(col("target")))
        .join(articleInfo, "article_id")
        .orderBy(col("date"), col("article_id"), col("start")).limit(MAX_ITEMS).collectAsList()) {
      events.add(new BriefingData.EventItem(r.getAs("event_key"), r.getAs("type"), r.getAs("mode"),
          r.getAs("trigger"), r.getAs("agent"), r.getAs("agent_actor_id"), r.getAs("target"),
          r.getAs("target_actor_id"), r.getAs("quantity_text"), r.getAs("status"), r.<Double>getAs("weight"),
          day(r.getAs("date")), r.getAs("article_id"), r.getAs("title"), r.getAs("source"), r.getAs("url")));
    }
    return events;
  }

  /** "over 653 drones, 51 missiles, at least 3 killed": counted things take a plural, outcomes do not. */
  private static Column quantityText() {
    return concat_ws(", ", transform(col("quantities"),
        q -> concat_ws(" ", q.getField("qualifier"), q.getField("count").cast("string"),
            when(q.getField("count").notEqual(1).and(not(q.getField("item").isin(UNCOUNTED_PLURALS.toArray()))),
                concat(q.getField("item"), lit("s"))).otherwise(q.getField("item")))));
  }

  /** The statement counts of a briefing and each actor's tone, now and before. */
  private record StatementFacts(List<BriefingData.ToneStats> toneStats, long inPeriod, long before,
                                long unknownSpeaker, long inCopies) {}

  /**
   * Every statement figure of a briefing in one pass over the statements: per speaker (unknown ones
   * together), those of the period and of the comparison period, their tone, and those in copies.
   */
  private static StatementFacts statementFacts(Dataset<Row> allStatements, Period period, Period comparison) {
    Column original = col("duplicate_of").isNull();
    Column now = within(period);
    Column before = comparison == null ? lit(false) : within(comparison);
    Column nowOriginal = now.and(original);
    Column beforeOriginal = before.and(original);
    List<BriefingData.ToneStats> stats = new ArrayList<>();
    long inPeriod = 0;
    long inBefore = 0;
    long unknown = 0;
    long inCopies = 0;
    for (Row r : allStatements.filter(now.or(before)).groupBy("actor_id")
        .agg(count(when(nowOriginal, lit(1))).as("n"), avg(when(nowOriginal, col("sentiment"))).as("mean"),
            var_samp(when(nowOriginal, col("sentiment"))).as("var"),
            count(when(beforeOriginal, lit(1))).as("n0"), avg(when(beforeOriginal, col("sentiment"))).as("mean0"),
            var_samp(when(beforeOriginal, col("sentiment"))).as("var0"),
            count(when(now.and(not(original)), lit(1))).as("copies"))
        .orderBy("actor_id").collectAsList()) {
      long n = r.<Long>getAs("n");
      long n0 = r.<Long>getAs("n0");
      inPeriod += n;
      inBefore += n0;
      inCopies += r.<Long>getAs("copies");
      String actorId = r.getAs("actor_id");
      if (actorId == null) {
        unknown += n;
      } else if (n + n0 > 0) {
        stats.add(new BriefingData.ToneStats(actorId, n, orZero(r.<Double>getAs("mean")),
            orZero(r.<Double>getAs("var")), n0, orZero(r.<Double>getAs("mean0")), orZero(r.<Double>getAs("var0"))));
      }
    }
    return new StatementFacts(stats, inPeriod, inBefore, unknown, inCopies);
  }

  /** Per day and type: distinct events, each weighted once by its most specific report. */
  private static List<BriefingData.EventDay> eventDays(Dataset<Row> actual, Period window) {
    List<BriefingData.EventDay> days = new ArrayList<>();
    for (Row r : actual.filter(within(window)).groupBy("date", "type", "event_key")
        .agg(max(col("weight").multiply(-1)).as("intensity"))
        .groupBy("date", "type").agg(count(lit(1)).as("events"), sum("intensity").as("index"))
        .orderBy("date", "type").collectAsList()) {
      days.add(new BriefingData.EventDay(day(r.getAs("date")), r.getAs("type"), r.<Long>getAs("events"),
          r.<Double>getAs("index")));
    }
    return days;
  }

  /** Per day and item: what the day's attacks involved, each event counted once (its largest report). */
  private static List<BriefingData.QuantityDay> quantityDays(Dataset<Row> actual, Period window) {
    List<BriefingData.QuantityDay> days = new ArrayList<>();
    for (Row r : actual.filter(within(window)).filter(col("type").equalTo("ASSAULT"))
        .select(col("date"), col("event_key"), explode(col("quantities")).as("q"))
        .groupBy(col("date"), col("event_key"), col("q.item").as("item")).agg(max("q.count").as("n"))
        .groupBy("date", "item").agg(sum("n").as("total"))
        .orderBy("date", "item").collectAsList()) {
      days.add(new BriefingData.QuantityDay(day(r.getAs("date")), r.getAs("item"), r.<Long>getAs("total")));
    }
    return days;
  }

  /**
   * Every day any part of the briefing reads: its period, the comparison before it, the charts'
   * window, and the weeks before the period whose statements and events its articles report.
   */
  static Period needed(BriefingRequest request) {
    Period period = request.period();
    java.time.LocalDate from = period.from().minusDays(REPORTED_DAYS_BACK);
    java.time.LocalDate to = period.to();
    for (Period p : java.util.Arrays.asList(request.comparison(), request.window())) {
      if (p != null) {
        from = p.from().isBefore(from) ? p.from() : from;
        to = p.to().isAfter(to) ? p.to() : to;
      }
    }
    return new Period(from, to);
  }

  /** The period's articles (for a profile, those the actor appears in) with their statements and events. */
  private static List<BriefingData.ArticleItem> articles(Dataset<Row> articles, Dataset<Row> statements,
                                                         Dataset<Row> escalations, Dataset<Row> mentions,
                                                         Period period, String actor) {
    Dataset<Row> inPeriod = articles.filter(within(period)).select("article_id", "date", "source", "title", "url");
    // What an article reports is dated up to a few weeks before it ("last month"): reading that far
    // back keeps the scan to the period's partitions instead of the whole archive.
    Period reach = new Period(period.from().minusDays(REPORTED_DAYS_BACK), period.to());
    statements = statements.filter(within(reach));
    escalations = escalations.filter(within(reach));
    mentions = mentions.filter(within(reach));
    Dataset<Row> said = statements.filter(col("actor_id").isNotNull());
    if (actor != null) {
      said = said.filter(col("actor_id").equalTo(actor));
      Dataset<Row> ids = mentions.filter(col("actor_id").equalTo(actor)).select("article_id")
          .union(said.select("article_id")).union(escalations.select("article_id")).distinct();
      inPeriod = inPeriod.join(ids, "article_id");
    }
    // Only the period's articles are listed: their rows are picked out before counting, not after.
    Dataset<Row> listed = inPeriod.select("article_id");
    said = said.join(listed, ON_ARTICLE, "left_semi");
    escalations = escalations.join(listed, ON_ARTICLE, "left_semi");
    Dataset<Row> statementsPerArticle = said.groupBy("article_id").agg(count(lit(1)).as("statements"));
    Dataset<Row> eventsPerArticle = escalations.groupBy("article_id").agg(countDistinct("event_key").as("events"));
    List<BriefingData.ArticleItem> items = new ArrayList<>();
    for (Row r : inPeriod.join(statementsPerArticle, ON_ARTICLE, "left")
        .join(eventsPerArticle, ON_ARTICLE, "left")
        .orderBy(col("date"), coalesce(col("source"), lit("")), col("article_id")).limit(MAX_ITEMS).collectAsList()) {
      items.add(new BriefingData.ArticleItem(r.getAs("article_id"), day(r.getAs("date")), r.getAs("source"),
          r.getAs("title"), r.getAs("url"), countOrZero(r.getAs("statements")), countOrZero(r.getAs("events"))));
    }
    return items;
  }

  /** The article counts of a briefing: per outlet and day, per day over the window, copies and set-aside ones. */
  private record ArticleFacts(List<BriefingData.SourceDay> sourceDays, List<BriefingData.DayCount> articlesByDay,
                              long copies, long setAside) {}

  /**
   * Every article count of a briefing in one pass over the stored articles, per outlet and day:
   * those counted (neither copies nor set aside), copies, and those set aside.
   */
  private static ArticleFacts articleFacts(Dataset<Row> stored, Period period, Period window) {
    Column counted = col("duplicate_of").isNull().and(col("set_aside").isNull());
    List<BriefingData.SourceDay> sourceDays = new ArrayList<>();
    java.util.SortedMap<LocalDate, Long> byDay = new java.util.TreeMap<>();
    long copies = 0;
    long setAside = 0;
    for (Row r : stored.filter(within(period).or(within(window))).groupBy("source", "date")
        .agg(count(when(counted, lit(1))).as("n"), count(when(col("duplicate_of").isNotNull(), lit(1))).as("copies"),
            count(when(col("set_aside").isNotNull(), lit(1))).as("set_aside"))
        .orderBy(coalesce(col("source"), lit("")), col("date")).collectAsList()) {
      LocalDate date = day(r.getAs("date"));
      long n = r.<Long>getAs("n");
      if (n > 0 && window.contains(date)) {
        byDay.merge(date, n, Long::sum);
      }
      if (period.contains(date)) {
        copies += r.<Long>getAs("copies");
        setAside += r.<Long>getAs("set_aside");
        if (n > 0) {
          String source = r.getAs("source");
          sourceDays.add(new BriefingData.SourceDay(source == null ? "(unknown outlet)" : source, date, n));
        }
      }
    }
    List<BriefingData.DayCount> articlesByDay = new ArrayList<>();
    byDay.forEach((date, n) -> articlesByDay.add(new BriefingData.DayCount(date, n)));
    return new ArticleFacts(sourceDays, articlesByDay, copies, setAside);
  }

  private static Column within(Period p) {
    return col("date").between(Date.valueOf(p.from()), Date.valueOf(p.to()));
  }

  private static double orZero(Double d) {
    return d == null ? 0 : d;
  }

  private static long countOrZero(Long d) {
    return d == null ? 0 : d;
  }

  private static LocalDate day(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((Date) value).toLocalDate();
  }
}
