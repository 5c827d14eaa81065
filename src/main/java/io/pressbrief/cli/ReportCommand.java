package io.pressbrief.cli;

import io.pressbrief.spark.PressbriefJob;
import io.pressbrief.spark.RunSummary;
import io.pressbrief.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pressbrief report JOB.yaml}: the briefings again from the stored tables, without analysis. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write a job's briefings (PDF, HTML, CSV) from the tables an earlier run stored, without "
        + "reading or analysing the archives: for a changed template or another date.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure (see the message)", "2:bad arguments or job spec",
        "4:no stored tables (run the job first)"})
final class ReportCommand implements Callable<Integer> {
  @Mixin
  JobOptions job;

  @Override
  public Integer call() throws Exception {
    JobOptions.Loaded loaded = job.loadOrExplain(LocalDate.now());
    if (loaded == null) {
      return ExitCodes.USAGE;
    }
    String tables = loaded.spec().output().tables();
    if (!tables.contains(":/") && !Files.isRegularFile(Path.of(tables, "CURRENT"))) {
      Progress.info("no stored tables in %s: run `pressbrief run %s` first", tables, job.jobFile);
      return ExitCodes.NO_INPUT;
    }
    try (SparkSession spark = SparkSessions.create("pressbrief report " + loaded.spec().name(), loaded.master())) {
      List<RunSummary.BriefingFiles> written;
      try {
        written = PressbriefJob.report(spark, loaded.spec(), loaded.dates(), line -> Progress.info("%s", line));
      } catch (IllegalArgumentException e) {
        Progress.info("%s: %s", job.jobFile, e.getMessage());
        return ExitCodes.USAGE;
      }
      Progress.info("done: %d briefing(s) from the tables in %s", written.size(), tables);
      return ExitCodes.OK;
    }
  }
}
