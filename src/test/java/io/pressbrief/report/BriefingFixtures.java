package io.pressbrief.report;

import io.pressbrief.job.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small briefing inputs the report tests share. */
final class BriefingFixtures {
  static final Period PERIOD = new Period(LocalDate.of(2025, 12, 6), LocalDate.of(2025, 12, 10));
  static final Period BEFORE = PERIOD.before(5);

  private BriefingFixtures() {}

  static BriefingData.StatementItem said(String actorId, String name, String text, String kind, double tone, int day) {
    return new BriefingData.StatementItem(actorId, name, name, text, kind, tone, LocalDate.of(2025, 12, day),
        "a" + day + actorId, "Headline " + day, "Harbour Times", "https://news.example.org/" + day);
  }

  static BriefingData data(List<BriefingData.StatementItem> statements) {
    List<BriefingData.ActorDay> days = List.of(
        new BriefingData.ActorDay("moss", "Clara Moss", LocalDate.of(2025, 12, 7), 3, 0.2, 5, -0.1, 0, 1),
        new BriefingData.ActorDay("moss", "Clara Moss", LocalDate.of(2025, 12, 2), 1, 0.0, 1, 0.0, 0, 0),
        new BriefingData.ActorDay("zelensky", "Volodymyr Zelensky", LocalDate.of(2025, 12, 8), 2, -0.4, 2, 0.1, 0, 0),
        new BriefingData.ActorDay("sefcovic", "Maroš Šefčovič", LocalDate.of(2025, 12, 9), 1, 0.1, 1, 0.0, 0, 0));
    List<BriefingData.EventItem> events = List.of(
        new BriefingData.EventItem("ASSAULT|2025-12-07|south|port-alma", "ASSAULT", "drone", "launched", "South Isles",
            "Port Alma", "over 120 drones", "actual", LocalDate.of(2025, 12, 7), "a7", "Night attack", "Harbour Times",
            "https://news.example.org/7"),
        new BriefingData.EventItem("ASSAULT|2025-12-07|south|port-alma", "ASSAULT", null, "struck", "Southern forces",
            "Port Alma", "", "actual", LocalDate.of(2025, 12, 7), "a9", "Port hit again", "Ridge Wire", null),
        new BriefingData.EventItem("ASSAULT|2025-12-08|south|north", "ASSAULT", null, "attack", "South Isles",
            "North Isles", "", "threatened", LocalDate.of(2025, 12, 8), "a8", "Threats", "Ridge Wire", null));
    return new BriefingData(days, statements, events, Map.of("Harbour Times", 4L, "Ridge Wire", 2L),
        Map.of(LocalDate.of(2025, 12, 7), 6L, LocalDate.of(2025, 12, 2), 4L), 7, 2, 1, 1, 0, 3);
  }
}
