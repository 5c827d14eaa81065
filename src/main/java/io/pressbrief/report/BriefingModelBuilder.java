package io.pressbrief.report;

import io.pressbrief.analysis.escalation.EventTypes;
import io.pressbrief.job.BriefingType;
import io.pressbrief.job.JobSpec;
import io.pressbrief.job.Period;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Turns the facts of a period into a briefing model: sums per actor, changes against the comparison
 * period, the movers that pass a significance test, the key statements to quote, the charts, and the
 * coverage figures. Deterministic: ties are broken by name, date and text, so the same data always
 * gives the same briefing.
 */
public final class BriefingModelBuilder {
  private static final int QUOTES_PER_ACTOR = 4;
  private static final int PROFILE_QUOTES = 60;
  private static final int EVENTS_SHOWN = 40;
  private static final int APPENDIX_SHOWN = 150;
  private static final int MOVERS_SHOWN = 5;
  private static final int CHART_ACTORS = 8;
  private static final int KEY_QUOTE_MIN_CHARS = 40;
  private static final int KEY_QUOTE_MAX_CHARS = 360;
  /** A change is a mover only beyond this z score (two-sided 95 %) and these minimum sizes. */
  static final double MOVER_Z = 1.96;
  static final long MOVER_MIN_COUNT_CHANGE = 3;
  static final long MOVER_MIN_TONE_STATEMENTS = 3;
  static final double MOVER_MIN_TONE_CHANGE = 0.10;
  /** Colours told apart by lightness too, so that grey-scale print keeps actors distinct. */
  private static final List<String> ACTOR_COLOURS = List.of("#1f3b73", "#e08a2c", "#6fa8d6", "#7a2e2e", "#a7c66b",
      "#4b3f7a", "#d8b93c", "#2f7566", "#c06a8e", "#8a8a8a");
  /** Event types from dark to light in this order (grey levels about 30, 90, 125, 155, 195, 230). */
  private static final Map<String, String> EVENT_COLOURS = Map.of("ASSAULT", "#5c1010", "MOBILIZE", "#2f5f8f",
      "COERCE", "#9a6fc0", "THREATEN", "#e8913a", "SANCTION", "#b5d08f", "PROTEST", "#f5eaa0");
  private static final List<String> EVENT_ORDER = List.of("ASSAULT", "MOBILIZE", "COERCE", "THREATEN", "SANCTION",
      "PROTEST");
  private static final List<String> UNCOUNTED_PLURALS = List.of("killed", "injured", "people", "aircraft");
  private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

  private final JobSpec.Briefing spec;

  public BriefingModelBuilder(JobSpec.Briefing spec) {
    this.spec = spec;
  }

  public BriefingModel build(BriefingData data, BriefingRequest request) {
    Period period = request.period();
    Period comparison = request.comparison();
    boolean weekly = spec.type() == BriefingType.WEEKLY || request.window().days() > 35;
    List<Charts.Bucket> buckets = buckets(request.window(), weekly);
    List<ActorTotals> totals = actorTotals(data.actorDays(), period, comparison);
    Map<String, String> colours = new HashMap<>();
    for (int i = 0; i < totals.size(); i++) {
      colours.put(totals.get(i).id, ACTOR_COLOURS.get(i % ACTOR_COLOURS.size()));
    }
    ActorTotals focus = null;
    if (request.actorId() != null) {
      focus = totals.stream().filter(t -> t.id.equals(request.actorId())).findFirst()
          .orElse(new ActorTotals(request.actorId(), request.actorId()));
      colours.put(focus.id, ACTOR_COLOURS.get(0));
    }

    List<BriefingModel.ActorLine> actorLines = new ArrayList<>();
    for (ActorTotals t : totals.subList(0, Math.min(spec.actorsShown(), totals.size()))) {
      actorLines.add(new BriefingModel.ActorLine(t.id, t.name, colours.get(t.id), t.statements, t.statementsBefore,
          change(t.statements, t.statementsBefore, comparison), tone(t.statementTone()), t.statementTone(),
          t.mentions, tone(t.toneToward()), t.toneToward(), t.escalationsAsAgent, t.escalationsAsTarget));
    }

    List<BriefingData.StatementItem> attributed = data.statements().stream()
        .filter(s -> s.actorId() != null)
        .sorted(Comparator.comparing(BriefingData.StatementItem::date)
            .thenComparing(BriefingData.StatementItem::articleId)
            .thenComparing(BriefingData.StatementItem::text))
        .toList();
    List<BriefingModel.ActorSection> sections = new ArrayList<>();
    for (ActorTotals t : focus != null ? List.of(focus) : totals) {
      if (t.statements == 0 || sections.size() >= spec.actorsShown()) {
        continue;
      }
      int shown = focus != null ? PROFILE_QUOTES : QUOTES_PER_ACTOR;
      List<BriefingData.StatementItem> theirs = attributed.stream().filter(s -> s.actorId().equals(t.id)).toList();
      List<BriefingModel.Quote> quotes = theirs.stream().limit(shown).map(BriefingModelBuilder::quote).toList();
      sections.add(new BriefingModel.ActorSection(t.name, t.statements, tone(t.statementTone()), quotes,
          Math.max(0, t.statements - quotes.size())));
    }

    List<BriefingModel.EventLine> actual = new ArrayList<>();
    List<BriefingModel.EventLine> other = new ArrayList<>();
    long eventsMore = eventLines(data.events(), actual, other);

    Map<String, Chart> charts = new LinkedHashMap<>();
    if (focus != null) {
      profileCharts(charts, focus, data, buckets, period, colours.get(focus.id));
    } else {
      actorCharts(charts, totals, colours, data, buckets, period);
    }
    charts.put("escalation", escalationChart(data, buckets, period));
    charts.put("outlets", outletChart(data, period));

    List<BriefingModel.OutletLine> outlets = outletLines(data.sourceDays(), period);
    long articles = sumDays(data.articlesByDay(), period);
    String unknownShare = data.statementsInPeriod() == 0 ? "n/a"
        : percent(data.unknownSpeakerInPeriod(), data.statementsInPeriod());
    BriefingModel.Coverage coverage = new BriefingModel.Coverage(articles, outlets, data.rejected(),
        data.duplicatesInPeriod(), data.statementsInCopies(), data.setAsideInPeriod(), unknownShare,
        data.statementsInPeriod());

    List<BriefingModel.ArticleLine> appendix = data.articles().stream().limit(APPENDIX_SHOWN)
        .map(a -> new BriefingModel.ArticleLine(a.date().toString(), nz(a.source()), nz(a.title()), nz(a.url()),
            a.statements(), a.events()))
        .toList();

    BriefingModel.Profile profile = focus == null ? null : new BriefingModel.Profile(focus.id, focus.name,
        focus.statements, focus.mentions, tone(focus.statementTone()), tone(focus.toneToward()));
    List<BriefingModel.Figure> headline = focus == null ? headline(data, period, comparison)
        : profileHeadline(focus, comparison);
    List<BriefingModel.Mover> movers = focus == null ? movers(totals, data.toneStats(), period, comparison) : List.of();
    List<BriefingModel.Quote> keyStatements = keyStatements(attributed, focus == null);
    return new BriefingModel(meta(request, totals, focus), headline, movers, moverRule(), keyStatements,
        actorLines, charts, sections, actual, other, eventsMore, trend(data, buckets), profile, coverage, appendix,
        Math.max(0, data.articles().size() - appendix.size()));
  }

  private BriefingModel.Meta meta(BriefingRequest request, List<ActorTotals> totals, ActorTotals focus) {
    String kind = switch (spec.type()) {
      case DAILY -> "Daily briefing";
      case WEEKLY -> "Weekly trend briefing";
      case ACTOR -> "Actor profile";
    };
    String subject = focus != null
        ? "What " + focus.name + " said, their tone and the events they took part in, " + request.period()
        : "Statements, tone and escalation by actor, " + request.period();
    List<String> names = new ArrayList<>();
    for (ActorTotals t : focus != null ? List.of(focus) : totals.subList(0, Math.min(6, totals.size()))) {
      names.add(t.name);
    }
    names.add("pressbrief");
    return new BriefingModel.Meta(spec.title(), kind, request.period().toString(),
        request.comparison() == null ? "" : request.comparison().toString(), request.period().to().toString(),
        spec.paper(), subject, String.join(", ", names));
  }

  private static List<BriefingModel.Figure> headline(BriefingData data, Period period, Period comparison) {
    long articles = sumDays(data.articlesByDay(), period);
    long articlesBefore = comparison == null ? 0 : sumDays(data.articlesByDay(), comparison);
    long events = escalationEvents(data.eventDays(), period);
    long eventsBefore = comparison == null ? 0 : escalationEvents(data.eventDays(), comparison);
    double index = escalationIndex(data.eventDays(), period);
    double indexBefore = comparison == null ? 0 : escalationIndex(data.eventDays(), comparison);
    return List.of(
        new BriefingModel.Figure("Articles", Long.toString(articles), change(articles, articlesBefore, comparison),
            "published in the period"),
        new BriefingModel.Figure("Statements", Long.toString(data.statementsInPeriod()),
            change(data.statementsInPeriod(), data.statementsBefore(), comparison), "quoted or reported"),
        new BriefingModel.Figure("Escalation events", Long.toString(events), change(events, eventsBefore, comparison),
            "reported as having happened, each counted once"),
        new BriefingModel.Figure("Escalation index", index(index), change(index, indexBefore, comparison),
            "Goldstein weights of those events and of de-escalations"));
  }

  private static List<BriefingModel.Figure> profileHeadline(ActorTotals t, Period comparison) {
    return List.of(
        new BriefingModel.Figure("Statements", Long.toString(t.statements),
            change(t.statements, t.statementsBefore, comparison), "tone " + tone(t.statementTone())),
        new BriefingModel.Figure("Mentions", Long.toString(t.mentions), change(t.mentions, t.mentionsBefore, comparison),
            "tone toward " + tone(t.toneToward())),
        new BriefingModel.Figure("Escalations as agent", Long.toString(t.escalationsAsAgent),
            change(t.escalationsAsAgent, t.agentBefore, comparison), "actual events, each counted once"),
        new BriefingModel.Figure("Escalations as target", Long.toString(t.escalationsAsTarget),
            change(t.escalationsAsTarget, t.targetBefore, comparison), "actual events, each counted once"));
  }

  /**
   * Actors whose statement count or statement tone changed beyond chance: a count passes when the
   * split between the two periods is unlikely under equal daily rates (binomial z ≥ 1.96) and moved
   * by at least 3; a tone when the difference of means is 1.96 standard errors or more (Welch), with
   * 3 statements on each side and a change of 0.10 or more.
   */
  static List<BriefingModel.Mover> movers(List<ActorTotals> totals, List<BriefingData.ToneStats> tones, Period period,
                                          Period comparison) {
    if (comparison == null) {
      return List.of();
    }
    record Scored(double z, BriefingModel.Mover mover) {}
    List<Scored> scored = new ArrayList<>();
    double share = (double) period.days() / (period.days() + comparison.days());
    Map<String, String> names = new HashMap<>();
    for (ActorTotals t : totals) {
      names.put(t.id, t.name);
      long n = t.statements + t.statementsBefore;
      if (n == 0 || Math.abs(t.statements - t.statementsBefore) < MOVER_MIN_COUNT_CHANGE) {
        continue;
      }
      double z = (t.statements - n * share) / Math.sqrt(n * share * (1 - share));
      if (Math.abs(z) >= MOVER_Z) {
        scored.add(new Scored(Math.abs(z), new BriefingModel.Mover(t.name, "statements",
            Long.toString(t.statementsBefore), Long.toString(t.statements), z > 0 ? "up" : "down",
            String.format(Locale.ROOT, "z = %.1f", z))));
      }
    }
    for (BriefingData.ToneStats s : tones) {
      if (s.count() < MOVER_MIN_TONE_STATEMENTS || s.countBefore() < MOVER_MIN_TONE_STATEMENTS
          || Math.abs(s.mean() - s.meanBefore()) < MOVER_MIN_TONE_CHANGE || !names.containsKey(s.actorId())) {
        continue;
      }
      // A floor on the variance keeps a few identical scores from looking infinitely certain.
      double se = Math.sqrt(Math.max(s.variance(), 0.01) / s.count()
          + Math.max(s.varianceBefore(), 0.01) / s.countBefore());
      double z = (s.mean() - s.meanBefore()) / se;
      if (Math.abs(z) >= MOVER_Z) {
        scored.add(new Scored(Math.abs(z), new BriefingModel.Mover(names.get(s.actorId()), "tone of statements",
            tone(s.meanBefore()), tone(s.mean()), z > 0 ? "up" : "down", String.format(Locale.ROOT, "z = %.1f", z))));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingDouble((Scored s) -> -s.z()).thenComparing(s -> s.mover().name())
            .thenComparing(s -> s.mover().measure()))
        .limit(MOVERS_SHOWN).map(Scored::mover).toList();
  }

  private static String moverRule() {
    return "A mover's change is larger than chance would give at the 95 % level: statement counts by a binomial "
        + "test of the two periods (and a change of at least " + MOVER_MIN_COUNT_CHANGE + "), tone by a test of "
        + "the difference of means (at least " + MOVER_MIN_TONE_STATEMENTS + " statements in each period and a "
        + "change of at least " + String.format(Locale.ROOT, "%.2f", MOVER_MIN_TONE_CHANGE) + ").";
  }

  private void actorCharts(Map<String, Chart> charts, List<ActorTotals> totals, Map<String, String> colours,
                           BriefingData data, List<Charts.Bucket> buckets, Period period) {
    List<ActorTotals> speakers = totals.stream().filter(t -> t.statements > 0 || t.statementsBefore > 0)
        .limit(Math.min(CHART_ACTORS, spec.actorsShown())).toList();
    List<Charts.Series> series = new ArrayList<>();
    for (ActorTotals t : speakers) {
      series.add(new Charts.Series(t.name, colours.get(t.id),
          perBucket(buckets, data.actorDays(), d -> d.actorId().equals(t.id) ? d.statements() : 0)));
    }
    charts.put("statements", Charts.smallMultiples("Statements per actor", "statements", buckets, series, period));
    List<Charts.Bar> toneBars = new ArrayList<>();
    List<Charts.Bar> towardBars = new ArrayList<>();
    for (ActorTotals t : totals.subList(0, Math.min(spec.actorsShown(), totals.size()))) {
      if (t.statements > 0) {
        toneBars.add(new Charts.Bar(t.name + " (" + t.statements + ")", colours.get(t.id), t.statementTone(),
            tone(t.statementTone())));
      }
      if (t.mentions > 0) {
        towardBars.add(new Charts.Bar(t.name + " (" + t.mentions + ")", colours.get(t.id), t.toneToward(),
            tone(t.toneToward())));
      }
    }
    charts.put("toneOfStatements", Charts.divergingBars("Tone of each actor's statements (number of statements)",
        "tone", toneBars));
    charts.put("toneToward", Charts.divergingBars("Tone toward each actor in the coverage (number of mentions)",
        "tone", towardBars));
  }

  private static void profileCharts(Map<String, Chart> charts, ActorTotals focus, BriefingData data,
                                    List<Charts.Bucket> buckets, Period period, String colour) {
    List<BriefingData.ActorDay> theirs = data.actorDays().stream().filter(d -> d.actorId().equals(focus.id)).toList();
    List<Charts.Series> series = List.of(
        new Charts.Series("Statements", colour, perBucket(buckets, theirs, BriefingData.ActorDay::statements)),
        new Charts.Series("Mentions", "#8a8a8a", perBucket(buckets, theirs, BriefingData.ActorDay::mentions)),
        new Charts.Series("Escalations as agent", "#7a1c1c",
            perBucket(buckets, theirs, BriefingData.ActorDay::escalationsAsAgent)),
        new Charts.Series("Escalations as target", "#e08a2c",
            perBucket(buckets, theirs, BriefingData.ActorDay::escalationsAsTarget)));
    charts.put("activity", Charts.smallMultiples(focus.name + ": activity over time", "counts", buckets, series,
        period));
    List<Charts.Bar> own = new ArrayList<>();
    List<Charts.Bar> toward = new ArrayList<>();
    for (Charts.Bucket b : buckets) {
      double said = 0;
      long saidN = 0;
      double about = 0;
      long aboutN = 0;
      for (BriefingData.ActorDay d : theirs) {
        if (b.days().contains(d.date())) {
          if (d.statementTone() != null) {
            said += d.statementTone() * d.statements();
            saidN += d.statements();
          }
          if (d.toneToward() != null) {
            about += d.toneToward() * d.mentions();
            aboutN += d.mentions();
          }
        }
      }
      Double ownTone = saidN == 0 ? null : said / saidN;
      Double towardTone = aboutN == 0 ? null : about / aboutN;
      own.add(new Charts.Bar(b.label() + " (" + saidN + ")", colour, ownTone, tone(ownTone)));
      toward.add(new Charts.Bar(b.label() + " (" + aboutN + ")", "#8a8a8a", towardTone, tone(towardTone)));
    }
    charts.put("tone", Charts.divergingBars("Tone of " + focus.name + "'s statements (number of statements)", "tone",
        own));
    charts.put("toneToward", Charts.divergingBars("Tone toward " + focus.name + " (number of mentions)", "tone",
        toward));
  }

  private static Chart escalationChart(BriefingData data, List<Charts.Bucket> buckets, Period period) {
    List<Charts.Stack> stacks = new ArrayList<>();
    for (String type : EVENT_ORDER) {
      stacks.add(new Charts.Stack(type, EVENT_COLOURS.get(type),
          perBucket(buckets, data.eventDays(), d -> d.type().equals(type) ? d.events() : 0)));
    }
    Map<String, Long> itemTotals = new LinkedHashMap<>();
    for (BriefingData.QuantityDay q : data.quantityDays()) {
      itemTotals.merge(q.item(), q.total(), Long::sum);
    }
    List<Charts.FigureRow> rows = itemTotals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(4)
        .map(e -> new Charts.FigureRow(plural(e.getKey()),
            perBucket(buckets, data.quantityDays(), q -> q.item().equals(e.getKey()) ? q.total() : 0)))
        .toList();
    return Charts.stackedBars("Escalation events per " + (buckets.get(0).days().days() == 1 ? "day" : "week")
        + " by type, with what attacks involved", "events", buckets, stacks, rows, period);
  }

  private static Chart outletChart(BriefingData data, Period period) {
    List<Charts.Bucket> days = buckets(period, period.days() > 35);
    Map<String, List<BriefingData.SourceDay>> byOutlet = new LinkedHashMap<>();
    data.sourceDays().stream()
        .sorted(Comparator.comparing(BriefingData.SourceDay::source))
        .forEach(d -> byOutlet.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d));
    List<Charts.Series> series = byOutlet.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, List<BriefingData.SourceDay>> e) ->
            -e.getValue().stream().mapToLong(BriefingData.SourceDay::articles).sum()).thenComparing(Map.Entry::getKey))
        .limit(12)
        .map(e -> new Charts.Series(e.getKey(), "#3b5e8c",
            perBucket(days, e.getValue(), BriefingData.SourceDay::articles)))
        .toList();
    return Charts.smallMultiples("Articles per outlet", "articles", days, series, null);
  }

  private static List<BriefingModel.TrendLine> trend(BriefingData data, List<Charts.Bucket> buckets) {
    List<BriefingModel.TrendLine> lines = new ArrayList<>();
    for (Charts.Bucket b : buckets) {
      lines.add(new BriefingModel.TrendLine(b.label(), sumDays(data.articlesByDay(), b.days()),
          data.actorDays().stream().filter(d -> b.days().contains(d.date()))
              .mapToLong(BriefingData.ActorDay::statements).sum(),
          escalationEvents(data.eventDays(), b.days()), index(escalationIndex(data.eventDays(), b.days()))));
    }
    return lines;
  }

  /** Reports of one event (same status and key) are one line, shown with its best report and the count. */
  private static long eventLines(List<BriefingData.EventItem> events, List<BriefingModel.EventLine> actual,
                                 List<BriefingModel.EventLine> other) {
    Map<String, List<BriefingData.EventItem>> reportsByEvent = new LinkedHashMap<>();
    events.stream()
        .sorted(Comparator.comparing(BriefingData.EventItem::date).thenComparing(BriefingData.EventItem::type)
            .thenComparing(BriefingData.EventItem::articleId).thenComparing(BriefingData.EventItem::trigger))
        .forEach(e -> reportsByEvent.computeIfAbsent(e.status() + "|" + e.eventKey(), k -> new ArrayList<>()).add(e));
    long more = 0;
    for (List<BriefingData.EventItem> reports : reportsByEvent.values()) {
      BriefingData.EventItem e = reports.stream().filter(r -> r.quantities() != null && !r.quantities().isEmpty())
          .findFirst().orElse(reports.get(0));
      String mode = reports.stream().map(BriefingData.EventItem::mode).filter(m -> m != null).findFirst().orElse("");
      List<BriefingModel.EventLine> into = "actual".equals(e.status()) ? actual : other;
      if (into.size() >= EVENTS_SHOWN) {
        more++;
        continue;
      }
      into.add(new BriefingModel.EventLine(e.date().toString(), e.type(), mode, nz(e.agent()), nz(e.target()),
          nz(e.quantities()), e.status(), e.weight(), nz(e.source()), nz(e.title()), nz(e.url()), reports.size()));
    }
    return more;
  }

  private static List<BriefingModel.OutletLine> outletLines(List<BriefingData.SourceDay> days, Period period) {
    Map<String, long[]> byOutlet = new HashMap<>();
    for (BriefingData.SourceDay d : days) {
      long[] t = byOutlet.computeIfAbsent(d.source(), k -> new long[2]);
      t[0] += d.articles();
      t[1]++;
    }
    return byOutlet.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey))
        .map(e -> new BriefingModel.OutletLine(e.getKey(), e.getValue()[0],
            e.getValue()[1] + " of " + period.days() + " day" + (period.days() == 1 ? "" : "s")))
        .toList();
  }

  /**
   * The most clearly toned direct quotes of a readable length first; one per actor unless
   * {@code onePerSpeaker} is false (a profile quotes its one actor).
   */
  private List<BriefingModel.Quote> keyStatements(List<BriefingData.StatementItem> attributed,
                                                  boolean onePerSpeaker) {
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
      if (quotes.size() >= spec.topStatements()) {
        break;
      }
      if (speakers.add(s.actorId()) || !onePerSpeaker) {
        quotes.add(quote(s));
      }
    }
    return quotes;
  }

  private static BriefingModel.Quote quote(BriefingData.StatementItem s) {
    return new BriefingModel.Quote(s.actorName(), displayText(s.text(), s.kind()), s.kind(), tone(s.sentiment()),
        s.sentiment(), s.date().toString(), nz(s.source()), nz(s.title()), nz(s.url()));
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

  /** Days of the window, or weeks ending on its last day when there are too many days to draw. */
  static List<Charts.Bucket> buckets(Period window, boolean weekly) {
    List<Charts.Bucket> buckets = new ArrayList<>();
    if (!weekly) {
      for (LocalDate d = window.from(); !d.isAfter(window.to()); d = d.plusDays(1)) {
        buckets.add(new Charts.Bucket(DAY_LABEL.format(d), new Period(d, d)));
      }
      return buckets;
    }
    for (LocalDate end = window.to(); !end.isBefore(window.from()); end = end.minusDays(7)) {
      LocalDate start = end.minusDays(6).isBefore(window.from()) ? window.from() : end.minusDays(6);
      String label = start.getMonth() == end.getMonth()
          ? start.getDayOfMonth() + "–" + DAY_LABEL.format(end)
          : DAY_LABEL.format(start) + "–" + DAY_LABEL.format(end);
      buckets.add(0, new Charts.Bucket(label, new Period(start, end)));
    }
    return buckets;
  }

  private static <T extends BriefingData.Dated> long[] perBucket(List<Charts.Bucket> buckets, List<T> rows,
                                                                 ToLongFunction<T> value) {
    long[] out = new long[buckets.size()];
    for (T row : rows) {
      LocalDate date = row.date();
      for (int i = 0; i < buckets.size(); i++) {
        if (buckets.get(i).days().contains(date)) {
          out[i] += value.applyAsLong(row);
          break;
        }
      }
    }
    return out;
  }

  /** Sums per actor over the period, with the comparison period's counts beside them. */
  static final class ActorTotals {
    final String id;
    String name;
    long statements;
    long statementsBefore;
    double statementToneSum;
    long mentions;
    long mentionsBefore;
    double toneTowardSum;
    long escalationsAsAgent;
    long escalationsAsTarget;
    long agentBefore;
    long targetBefore;

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

  static List<ActorTotals> actorTotals(List<BriefingData.ActorDay> days, Period period, Period comparison) {
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
        t.mentionsBefore += d.mentions();
        t.agentBefore += d.escalationsAsAgent();
        t.targetBefore += d.escalationsAsTarget();
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
        .filter(t -> t.statements + t.mentions + t.escalationsAsAgent + t.escalationsAsTarget + t.statementsBefore > 0)
        .sorted(Comparator.comparingLong((ActorTotals t) -> -t.statements)
            .thenComparingLong(t -> -t.mentions)
            .thenComparing(t -> t.name)
            .thenComparing(t -> t.id))
        .toList();
  }

  private static long sumDays(List<BriefingData.DayCount> byDay, Period p) {
    return byDay.stream().filter(d -> p.contains(d.date())).mapToLong(BriefingData.DayCount::count).sum();
  }

  private static long escalationEvents(List<BriefingData.EventDay> days, Period p) {
    return days.stream().filter(d -> p.contains(d.date()) && EventTypes.ESCALATION.contains(d.type()))
        .mapToLong(BriefingData.EventDay::events).sum();
  }

  private static double escalationIndex(List<BriefingData.EventDay> days, Period p) {
    return days.stream().filter(d -> p.contains(d.date())).mapToDouble(BriefingData.EventDay::index).sum();
  }

  /** "+3 (+25%)", "−2 (−40%)", "±0", "new" (nothing before), or "" without a comparison period. */
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

  /** The change of an index: "+12.5", "−3.0", "±0.0"; "" without a comparison period. */
  static String change(double now, double before, Period comparison) {
    if (comparison == null) {
      return "";
    }
    double delta = Math.round((now - before) * 10) / 10.0;
    String sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
    return sign + String.format(Locale.ROOT, "%.1f", Math.abs(delta));
  }

  private static String index(double v) {
    double r = Math.round(v * 10) / 10.0;
    return (r < 0 ? "−" : "") + String.format(Locale.ROOT, "%.1f", Math.abs(r));
  }

  /** A tone as "+0.21" or "−0.35"; "n/a" when there is nothing to average. */
  static String tone(Double t) {
    if (t == null) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%.2f", Math.abs(t));
    return (t > 0.005 ? "+" : t < -0.005 ? "−" : "") + s;
  }

  /** "drone" → "drones"; outcomes and words already plural stay as they are. */
  static String plural(String item) {
    return UNCOUNTED_PLURALS.contains(item) || item.endsWith("s") ? item : item + "s";
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
