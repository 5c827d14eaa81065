package io.pressbrief.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.pressbrief.analysis.AnalysisResources;
import io.pressbrief.analysis.ArticleAnalyzer;
import io.pressbrief.analysis.escalation.Escalation;
import io.pressbrief.analysis.escalation.EventStatus;
import io.pressbrief.analysis.escalation.Quantity;
import io.pressbrief.ingest.ArchiveFiles;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pressbrief compare-air-force}: the drones and missiles the analysis finds in an archive
 * (such as the president's nightly addresses), day by day, against an air force's own nightly
 * figures (a CSV with model, launched, destroyed and the night's start and end), and how many days
 * agree within a tolerance.
 */
@Command(name = "compare-air-force", mixinStandardHelpOptions = true,
    description = "Compare the daily drone and missile counts the analysis extracts with an air force's nightly figures.")
final class CompareAirForceCommand implements Callable<Integer> {
  /** Models that are drones; everything else launched is counted as a missile. */
  private static final Pattern DRONE_MODEL = Pattern.compile(
      "(?iu)shahed|geran|gerbera|uav|drone|orlan|zala|supercam|lancet|молнія|molniya|merlin|privet|forpost|orion");

  @Option(names = "--input", required = true, description = "Archive to analyse (JSON Lines).")
  List<String> inputs;

  @Option(names = "--air-force", required = true, description = "Nightly figures: CSV with time_start, time_end, "
      + "model, launched, destroyed.")
  File airForce;

  @Option(names = "--tolerance", defaultValue = "0.10", description = "Relative difference that still agrees "
      + "(default ${DEFAULT-VALUE}).")
  double tolerance;

  /** Drones and missiles on one day; -1 where nothing was said or recorded. */
  record Counts(long drones, long missiles) {
    static final Counts NONE = new Counts(-1, -1);

    Counts max(Counts o) {
      return new Counts(Math.max(drones, o.drones), Math.max(missiles, o.missiles));
    }

    Counts plus(Counts o) {
      return new Counts(Math.max(0, drones) + Math.max(0, o.drones), Math.max(0, missiles) + Math.max(0, o.missiles));
    }
  }

  /** One night's figures from the air force. */
  record Night(Counts launched, Counts destroyed) {}

  @Override
  public Integer call() throws Exception {
    Map<LocalDate, Counts> said = extracted(inputs);
    Map<LocalDate, Night> nights = airForce(airForce);
    if (said.isEmpty() || nights.isEmpty()) {
      Progress.info("compare-air-force: %d day(s) with counts in the archive, %d night(s) in %s", said.size(),
          nights.size(), airForce);
      return ExitCodes.NO_INPUT;
    }
    int compared = 0;
    int agreeLaunched = 0;
    int agreeDestroyed = 0;
    int agreeEither = 0;
    System.out.println("date\tsaid_drones\tsaid_missiles\tlaunched_drones\tlaunched_missiles\tdestroyed_drones\t"
        + "destroyed_missiles\tagrees");
    for (Map.Entry<LocalDate, Counts> e : said.entrySet()) {
      Night night = nightFor(nights, e.getKey());
      if (night == null) {
        continue;
      }
      compared++;
      boolean launched = agrees(e.getValue(), night.launched(), tolerance);
      boolean destroyed = agrees(e.getValue(), night.destroyed(), tolerance);
      agreeLaunched += launched ? 1 : 0;
      agreeDestroyed += destroyed ? 1 : 0;
      agreeEither += launched || destroyed ? 1 : 0;
      System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s%n", e.getKey(), shown(e.getValue().drones()),
          shown(e.getValue().missiles()), night.launched().drones(), night.launched().missiles(),
          night.destroyed().drones(), night.destroyed().missiles(),
          launched ? "launched" : destroyed ? "destroyed" : "no");
    }
    System.out.printf(Locale.ROOT, "%d day(s) with drone or missile counts in the archive, %d with air force "
            + "figures for that night: %d agree within %.0f%% with the launched figures, %d with the destroyed, "
            + "%d with either%n", said.size(), compared, agreeLaunched, 100 * tolerance, agreeDestroyed, agreeEither);
    return ExitCodes.OK;
  }

  /** Per day, the largest count of drones and of missiles any actual event that day was reported with. */
  static Map<LocalDate, Counts> extracted(List<String> inputs) throws IOException {
    ArticleAnalyzer analyzer = AnalysisResources.load(List.of()).newAnalyzer();
    Map<LocalDate, Counts> byDay = new TreeMap<>();
    for (io.pressbrief.ingest.Article article : ArchiveFiles.articles(inputs, new Configuration())) {
      for (Escalation e : analyzer.analyze(article).escalations()) {
        if (e.status() != EventStatus.ACTUAL) {
          continue;
        }
        long drones = -1;
        long missiles = -1;
        for (Quantity q : e.quantities()) {
          if (q.item().equals("drone")) {
            drones = Math.max(drones, q.count());
          } else if (q.item().equals("missile")) {
            missiles = Math.max(missiles, q.count());
          }
        }
        if (drones >= 0 || missiles >= 0) {
          byDay.merge(e.date(), new Counts(drones, missiles), Counts::max);
        }
      }
    }
    return byDay;
  }

  /** The air force's figures per night, keyed by the day the night ended (its report's morning). */
  static Map<LocalDate, Night> airForce(File csv) throws IOException {
    Map<LocalDate, Night> nights = new TreeMap<>();
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (rows.hasNext()) {
        Map<String, String> r = rows.next();
        String end = r.getOrDefault("time_end", "");
        if (end.length() < 10) {
          continue;
        }
        LocalDate day = LocalDate.parse(end.substring(0, 10));
        boolean drone = DRONE_MODEL.matcher(r.getOrDefault("model", "")).find();
        long launched = number(r.get("launched"));
        long destroyed = number(r.get("destroyed"));
        Night n = new Night(drone ? new Counts(launched, 0) : new Counts(0, launched),
            drone ? new Counts(destroyed, 0) : new Counts(0, destroyed));
        nights.merge(day, n, (x, y) -> new Night(x.launched().plus(y.launched()), x.destroyed().plus(y.destroyed())));
      }
    }
    return nights;
  }

  /** The night a day's count refers to: the one ending that day, else the one ending the next morning. */
  static Night nightFor(Map<LocalDate, Night> nights, LocalDate day) {
    Night same = nights.get(day);
    return same != null ? same : nights.get(day.plusDays(1));
  }

  /** Every kind the archive counted (drones, missiles) is within the tolerance of the night's figure. */
  static boolean agrees(Counts said, Counts recorded, double tolerance) {
    boolean any = false;
    for (long[] pair : new long[][] {{said.drones(), recorded.drones()}, {said.missiles(), recorded.missiles()}}) {
      if (pair[0] < 0) {
        continue;
      }
      any = true;
      if (Math.abs(pair[0] - pair[1]) > tolerance * Math.max(pair[1], 1)) {
        return false;
      }
    }
    return any;
  }

  private static long number(String s) {
    if (s == null || s.isBlank()) {
      return 0;
    }
    try {
      return Math.round(Double.parseDouble(s.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String shown(long v) {
    return v < 0 ? "-" : Long.toString(v);
  }
}
