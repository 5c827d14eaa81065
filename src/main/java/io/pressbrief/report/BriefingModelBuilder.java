package io.pressbrief.report;

import io.pressbrief.job.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the facts of a period into a briefing model: sums per actor, changes against the comparison
 * period, the key statements to quote, and the coverage figures. Deterministic: ties are broken by
 * name, date and text, so the same data always gives the same briefing.
 */
public final class BriefingModelBuilder {
  private static final int QUOTES_PER_ACTOR = 4;
  private static final int EVENTS_SHOWN = 40;
  private static final int KEY_QUOTE_MIN_CHARS = 40;
  private static final int KEY_QUOTE_MAX_CHARS = 360;

  private final String title;
  private final int topStatements;
  private final int actorsShown;

  public BriefingModelBuilder(String title, int topStatements, int actorsShown) {
    this.title = title;
    this.topStatements = topStatements;
    this.actorsShown = actorsShown;
  }

  public BriefingModel build(BriefingData data, Period period, Period comparison) {
    long articles = sumDays(data.articlesByDay(), period);
    long articlesBefore = comparison == null ? 0 : sumDays(data.articlesByDay(), comparison);
    List<BriefingModel.Figure> headline = List.of(
        new BriefingModel.Figure("Articles", Long.toString(articles), change(articles, articlesBefore, comparison)),
        new BriefingModel.Figure("Statements", Long.toString(data.statementsInPeriod()),
            change(data.statementsInPeriod(), data.statementsBefore(), comparison)),
        new BriefingModel.Figure("Escalation events", Long.toString(data.escalationsInPeriod()),
            change(data.escalationsInPeriod(), data.escalationsBefore(), comparison)));

    List<ActorTotals> totals = actorTotals(data.actorDays(), period, comparison);
    List<BriefingModel.ActorLine> actorLines = new ArrayList<>();
    for (ActorTotals t : totals.subList(0, Math.min(actorsShown, totals.size()))) {
      actorLines.add(new BriefingModel.ActorLine(t.name, t.statements, t.statementsBefore,
          change(t.statements, t.statementsBefore, comparison), tone(t.statementTone()), t.mentions,
          tone(t.toneToward()), t.escalationsAsAgent, t.escalationsAsTarget));
    }

    List<BriefingData.StatementItem> attributed = data.statements().stream()
        .filter(s -> s.actorId() != null)
        .sorted(Comparator.comparing(BriefingData.StatementItem::date)
            .thenComparing(BriefingData.StatementItem::articleId)
            .thenComparing(BriefingData.StatementItem::text))
        .toList();
    List<BriefingModel.ActorSection> sections = new ArrayList<>();
    for (ActorTotals t : totals) {
      if (t.statements == 0 || sections.size() >= actorsShown) {
        continue;
      }
      List<BriefingData.StatementItem> theirs = attributed.stream().filter(s -> s.actorId().equals(t.id)).toList();
      List<BriefingModel.Quote> quotes = theirs.stream().limit(QUOTES_PER_ACTOR).map(BriefingModelBuilder::quote).toList();
      sections.add(new BriefingModel.ActorSection(t.name, t.statements, tone(t.statementTone()), quotes));
    }

    // Reports of one event (same key) are one line, shown with its first report and the count.
    Map<String, List<BriefingData.EventItem>> reportsByEvent = new LinkedHashMap<>();
    data.events().stream()
        .sorted(Comparator.comparing(BriefingData.EventItem::date).thenComparing(BriefingData.EventItem::type)
            .thenComparing(BriefingData.EventItem::articleId).thenComparing(BriefingData.EventItem::trigger))
        .forEach(e -> reportsByEvent.computeIfAbsent(e.status() + "|" + e.eventKey(), k -> new ArrayList<>()).add(e));
    List<BriefingModel.EventLine> actual = new ArrayList<>();
    List<BriefingModel.EventLine> other = new ArrayList<>();
    for (List<BriefingData.EventItem> reports : reportsByEvent.values()) {
      BriefingData.EventItem e = reports.stream().filter(r -> r.quantities() != null && !r.quantities().isEmpty())
          .findFirst().orElse(reports.get(0));
      List<BriefingModel.EventLine> into = "actual".equals(e.status()) ? actual : other;
      if (into.size() < EVENTS_SHOWN) {
        into.add(new BriefingModel.EventLine(e.date().toString(), e.type(), nz(e.mode()), nz(e.agent()),
            nz(e.target()), nz(e.quantities()), e.status(), nz(e.source()), nz(e.title()), nz(e.url()),
            reports.size()));
      }
    }

    List<BriefingModel.OutletLine> outlets = data.articlesBySource().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new BriefingModel.OutletLine(e.getKey(), e.getValue()))
        .toList();
    String unknownShare = data.statementsInPeriod() == 0 ? "n/a"
        : percent(data.unknownSpeakerInPeriod(), data.statementsInPeriod());
    BriefingModel.Coverage coverage = new BriefingModel.Coverage(articles, outlets, data.rejected(), unknownShare);

    return new BriefingModel(title, period.toString(), comparison == null ? "" : comparison.toString(),
        period.to().toString(), headline, actorLines, keyStatements(attributed), sections, actual, other, coverage);
  }

  /** One quote per actor, the most clearly toned direct quotes of a readable length first. */
  private List<BriefingModel.Quote> keyStatements(List<BriefingData.StatementItem> attributed) {
    List<BriefingData.StatementItem> candidates = attributed.stream()
        .filter(s -> s.text().length() >= KEY_QUOTE_MIN_CHARS && s.text().length() <= KEY_QUOTE_MAX_CHARS)
        .sorted(Comparator.comparing((BriefingData.StatementItem s) -> !"direct".equals(s.kind()))
            .thenComparing(s -> -Math.abs(s.sentiment()))
            .thenComparing(BriefingData.StatementItem::date, Comparator.reverseOrder())
            .thenComparing(BriefingData.StatementItem::articleId)
            .thenComparing(BriefingData.StatementItem::text))
        .toList();
    List<BriefingModel.Quote> quotes = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    for (BriefingData.StatementItem s : candidates) {
      if (quotes.size() >= topStatements) {
        break;
      }
      if (speakers.add(s.actorId())) {
        quotes.add(quote(s));
      }
    }
    return quotes;
  }

  private static BriefingModel.Quote quote(BriefingData.StatementItem s) {
    return new BriefingModel.Quote(s.actorName(), displayText(s.text(), s.kind()), s.kind(), tone(s.sentiment()),
        s.date().toString(), nz(s.source()), nz(s.title()), nz(s.url()));
  }

  /**
   * A statement as a reader sees it: without the comma that led into its attribution ("We will,")
   * and, for a quote the template puts in quotation marks, without marks of its own at either end.
   */
  static String displayText(String text, String kind) {
    String t = text.strip();
    if ("direct".equals(kind)) {
      t = t.replaceAll("^[\"“”«»']+|[\"“”«»']+$", "").strip();
    }
    if (t.endsWith(",")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static final class ActorTotals {
    final String id;
    String name;
    long statements;
    long statementsBefore;
    double statementToneSum;
    long mentions;
    double toneTowardSum;
    long escalationsAsAgent;
    long escalationsAsTarget;

    ActorTotals(String id, String name) {
      this.id = id;
      this.name = name;
    }

    Double statementTone() {
      return statements == 0 ? null : statementToneSum / statements;
    }

    Double toneToward() {
      return mentions == 0 ? null : toneTowardSum / mentions;
    }
  }

  private static List<ActorTotals> actorTotals(List<BriefingData.ActorDay> days, Period period, Period comparison) {
    Map<String, ActorTotals> byActor = new LinkedHashMap<>();
    for (BriefingData.ActorDay d : days) {
      boolean inPeriod = period.contains(d.date());
      boolean inComparison = comparison != null && comparison.contains(d.date());
      if (!inPeriod && !inComparison) {
        continue;
      }
      ActorTotals t = byActor.computeIfAbsent(d.actorId(), id -> new ActorTotals(id, d.actorName()));
      if (inComparison) {
        t.statementsBefore += d.statements();
        continue;
      }
      t.statements += d.statements();
      if (d.statementTone() != null) {
        t.statementToneSum += d.statementTone() * d.statements();
      }
      t.mentions += d.mentions();
      if (d.toneToward() != null) {
        t.toneTowardSum += d.toneToward() * d.mentions();
      }
      t.escalationsAsAgent += d.escalationsAsAgent();
      t.escalationsAsTarget += d.escalationsAsTarget();
    }
    return byActor.values().stream()
        .filter(t -> t.statements + t.mentions + t.escalationsAsAgent + t.escalationsAsTarget > 0)
        .sorted(Comparator.comparingLong((ActorTotals t) -> -t.statements)
            .thenComparingLong(t -> -t.mentions)
            .thenComparing(t -> t.name))
        .toList();
  }

  private static long sumDays(Map<LocalDate, Long> byDay, Period p) {
    return byDay.entrySet().stream().filter(e -> p.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
  }

  /** "+3 (+25%)", "-2 (-40%)", "±0", "new" (nothing before), or "" without a comparison period. */
  static String change(long now, long before, Period comparison) {
    if (comparison == null) {
      return "";
    }
    long delta = now - before;
    if (before == 0) {
      return now == 0 ? "±0" : "new";
    }
    String sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
    long pct = Math.round(100.0 * Math.abs(delta) / before);
    return sign + Math.abs(delta) + " (" + sign + pct + "%)";
  }

  /** A tone as "+0.21" or "−0.35"; "n/a" when there is nothing to average. */
  static String tone(Double t) {
    if (t == null) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%.2f", Math.abs(t));
    return (t > 0.005 ? "+" : t < -0.005 ? "−" : "") + s;
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
