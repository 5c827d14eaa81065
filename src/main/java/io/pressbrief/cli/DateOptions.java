package io.pressbrief.cli;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.Period;
import io.pressbrief.job.RunDates;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --date D} or {@code --from D --to D}: the days a run or a report is about. */
final class DateOptions {
  @Option(names = "--date", description = "Last day of the briefings' periods: YYYY-MM-DD, today or yesterday "
      + "(default: the job spec's briefing.date).")
  String date;

  @ArgGroup(exclusive = false)
  Range range;

  /** An explicit period for every briefing. */
  static final class Range {
    @Option(names = "--from", required = true, description = "First day of the period (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day of the period (YYYY-MM-DD).")
    LocalDate to;
  }

  /** The run's dates from the options (which may be absent) or the job spec's date. */
  static RunDates resolve(DateOptions options, JobSpec spec, LocalDate today) {
    if (options != null && options.range != null) {
      return RunDates.covering(new Period(options.range.from, options.range.to));
    }
    String last = options != null && options.date != null ? options.date : spec.date();
    return RunDates.endingOn(JobSpecLoader.resolveDate(last, today));
  }
}
