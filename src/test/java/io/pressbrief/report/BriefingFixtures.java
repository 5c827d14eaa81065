package io.pressbrief.report;

import io.pressbrief.job.BriefingType;
import io.pressbrief.job.JobSpec;
import io.pressbrief.job.Period;
import java.time.LocalDate;
import java.util.List;

/** Small briefing inputs the report tests share. */
final class BriefingFixtures {
  static final Period PERIOD = new Period(LocalDate.of(2025, 12, 6), LocalDate.of(2025, 12, 10));
  static final Period BEFORE = PERIOD.before(5);
  static final BriefingRequest REQUEST = new BriefingRequest(PERIOD, BEFORE, new Period(BEFORE.from(), PERIOD.to()),
      null);

  private BriefingFixtures() {}

  static JobSpec.Briefing spec(BriefingType type, int topStatements, String paper) {
    return new JobSpec.Briefing(type.label(), type, 5, 5, 2, type == BriefingType.ACTOR ? "moss" : null,
        type.defaultTemplate(), paper, topStatements, 10, "Test briefing");
  }

  static BriefingData.StatementItem said(String actorId, String name, String text, String kind, double tone, int day) {
    return new BriefingData.StatementItem(actorId, name, name, text, kind, tone, LocalDate.of(2025, 12, day),
        "a" + day + actorId, "Headline " + day, "Harbour Times", "https://news.example.org/" + day);
  }

  static BriefingData.ActorDay day(String id, String name, int day, long statements, Double tone, long mentions,
                                   Double toward, long asAgent, long asTarget) {
    return new BriefingData.ActorDay(id, name, LocalDate.of(2025, 12, day), statements, tone, mentions, toward,
        asAgent, asTarget);
  }

  static BriefingData data(List<BriefingData.StatementItem> statements) {
    return data(statements, List.of(
        day("moss", "Clara Moss", 7, 3, 0.2, 5, -0.1, 0, 1),
        day("moss", "Clara Moss", 2, 1, 0.0, 1, 0.0, 0, 0),
        day("zelensky", "Volodymyr Zelensky", 8, 2, -0.4, 2, 0.1, 0, 0),
        day("sefcovic", "Maroš Šefčovič", 9, 1, 0.1, 1, 0.0, 0, 0)), List.of());
  }

  static BriefingData data(List<BriefingData.StatementItem> statements, List<BriefingData.ActorDay> days,
                           List<BriefingData.ToneStats> tones) {
    LocalDate d7 = LocalDate.of(2025, 12, 7);
    List<BriefingData.EventItem> events = List.of(
        new BriefingData.EventItem("ASSAULT|2025-12-07|south|port-alma", "ASSAULT", "drone", "launched", "South Isles",
            "south", "Port Alma", "port-alma", "over 120 drones", "actual", -10, d7, "a7", "Night attack",
            "Harbour Times", "https://news.example.org/7"),
        new BriefingData.EventItem("ASSAULT|2025-12-07|south|port-alma", "ASSAULT", null, "struck", "Southern forces",
            "south", "Port Alma", "port-alma", "", "actual", -9, d7, "a9", "Port hit again", "Ridge Wire", null),
        new BriefingData.EventItem("ASSAULT|2025-12-08|south|north", "ASSAULT", null, "attack", "South Isles", "south",
            "North Isles", "north", "", "threatened", -9, LocalDate.of(2025, 12, 8), "a8", "Threats", "Ridge Wire",
            null));
    List<BriefingData.EventDay> eventDays = List.of(
        new BriefingData.EventDay(d7, "ASSAULT", 1, 10),
        new BriefingData.EventDay(d7, "AGREE", 1, -4),
        new BriefingData.EventDay(LocalDate.of(2025, 12, 3), "THREATEN", 2, 12));
    List<BriefingData.QuantityDay> quantities = List.of(new BriefingData.QuantityDay(d7, "drone", 120));
    List<BriefingData.ArticleItem> articles = List.of(
        new BriefingData.ArticleItem("a7", d7, "Harbour Times", "Night attack", "https://news.example.org/7", 1, 1),
        new BriefingData.ArticleItem("a9", LocalDate.of(2025, 12, 9), "Ridge Wire", "Port hit again", null, 0, 1));
    List<BriefingData.SourceDay> sources = List.of(
        new BriefingData.SourceDay("Harbour Times", d7, 4),
        new BriefingData.SourceDay("Ridge Wire", LocalDate.of(2025, 12, 9), 2));
    List<BriefingData.DayCount> byDay = List.of(new BriefingData.DayCount(LocalDate.of(2025, 12, 2), 4),
        new BriefingData.DayCount(d7, 6));
    return new BriefingData(days, statements, events, tones, eventDays, quantities, articles, sources, byDay,
        7, 2, 1, 1, 2, 1, 3);
  }
}
