package io.pressbrief.cli;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecException;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.Period;
import io.pressbrief.spark.PressbriefJob;
import io.pressbrief.spark.RunSummary;
import io.pressbrief.spark.SparkSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pressbrief run JOB.yaml}: the main job, from archives to tables and a briefing. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a job: read its archives, analyse them, store the tables and write the briefing.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure (see the message)", "2:bad arguments or job spec",
        "3:success, but some input records were rejected (see the rejected table)"})
final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job spec.")
  Path jobFile;

  @ArgGroup(exclusive = true)
  Dates dates;

  @Option(names = "--master", description = "Spark master URL; overrides the job spec (default local[*]).")
  String master;

  /** Either one day or a range. */
  static final class Dates {
    @Option(names = "--date", description = "Last day of the briefing period: YYYY-MM-DD, today or yesterday.")
    String date;

    @ArgGroup(exclusive = false)
    Range range;
  }

  /** An explicit period. */
  static final class Range {
    @Option(names = "--from", required = true, description = "First day of the period (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day of the period (YYYY-MM-DD).")
    LocalDate to;
  }

  @Override
  public Integer call() throws Exception {
    JobSpec spec;
    Period period;
    try {
      spec = JobSpecLoader.load(jobFile);
      period = period(spec, LocalDate.now());
    } catch (JobSpecException | IllegalArgumentException e) {
      Progress.info("%s", e.getMessage());
      return ExitCodes.USAGE;
    }
    String sparkMaster = master != null ? master : spec.spark().master();
    Progress.info("run %s: briefing for %s on %s", spec.name(), period, sparkMaster);
    try (SparkSession spark = SparkSessions.create("pressbrief " + spec.name(), sparkMaster)) {
      RunSummary summary = PressbriefJob.run(spark, spec, period, line -> Progress.info("%s", line));
      Progress.info("done: %d record(s) read, %d analysed, %d rejected; briefing %s",
          summary.recordsRead(), summary.articles(), summary.rejected(), summary.briefingPdf());
      return summary.rejected() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }
  }

  Period period(JobSpec spec, LocalDate today) {
    if (dates != null && dates.range != null) {
      return new Period(dates.range.from, dates.range.to);
    }
    String last = dates != null && dates.date != null ? dates.date : spec.briefing().date();
    return Period.ending(JobSpecLoader.resolveDate(last, today), spec.briefing().days());
  }
}
