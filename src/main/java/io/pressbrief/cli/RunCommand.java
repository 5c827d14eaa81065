package io.pressbrief.cli;

import io.pressbrief.spark.PressbriefJob;
import io.pressbrief.spark.RunSummary;
import io.pressbrief.spark.SparkSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pressbrief run JOB.yaml}: the main job, from archives to tables and briefings. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a job: read its archives, analyse them, store the tables and write the briefings.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure (see the message), or another run of the job holds its lock",
        "2:bad arguments or job spec", "3:success, but some input records were rejected (see the rejected table)",
        "4:no new input: no archive file is new or changed since the published run (briefings written)"})
final class RunCommand implements Callable<Integer> {
  @Mixin
  JobOptions job;

  @Option(names = "--full", description = "Read every archive file again, not only new and changed ones.")
  boolean full;

  @Override
  public Integer call() throws Exception {
    JobOptions.Loaded loaded = job.loadOrExplain(LocalDate.now());
    if (loaded == null) {
      return ExitCodes.USAGE;
    }
    Progress.info("run %s: briefings for %s on %s", loaded.spec().name(),
        loaded.dates().range() != null ? loaded.dates().range() : loaded.dates().end(), loaded.master());
    try (SparkSession spark = SparkSessions.create("pressbrief " + loaded.spec().name(), loaded.master())) {
      RunSummary summary;
      try {
        summary = PressbriefJob.run(spark, loaded.spec(), loaded.dates(), full, line -> Progress.info("%s", line));
      } catch (IllegalArgumentException e) {
        Progress.info("%s: %s", job.jobFile, e.getMessage());
        return ExitCodes.USAGE;
      }
      Progress.info("done: %d record(s) read: %d article(s) (%d set aside as not English, %d copies of another), "
              + "%d rejected; %d briefing(s) in %s", summary.recordsRead(), summary.articles(), summary.setAside(),
          summary.duplicates(), summary.rejected(), summary.briefings().size(),
          Path.of(summary.briefingPdf()).getParent());
      return summary.noNewInput() ? ExitCodes.NO_INPUT : summary.rejected() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }
  }
}
