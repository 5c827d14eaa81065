package io.pressbrief.cli;

import io.pressbrief.job.RunManifest;
import io.pressbrief.spark.PressbriefJob;
import io.pressbrief.spark.Rerun;
import io.pressbrief.spark.RunSummary;
import io.pressbrief.spark.SparkSessions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pressbrief rerun MANIFEST.json}: a published run again, from its manifest, into new folders. */
@Command(name = "rerun", mixinStandardHelpOptions = true,
    description = "Reproduce the tables of a run from its manifest (tables/runs/RUN.json): the same spec, inputs "
        + "and dates, checked against the manifest's checksums, read again into new folders.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:reproduced", "1:failure", "2:bad arguments, or an input or the code differs from the manifest's",
        "3:reproduced, with rejected records (as the run had)"})
final class RerunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MANIFEST.json", description = "A run's manifest.")
  Path manifestFile;

  @Option(names = "--tables", required = true, description = "Folder for the reproduced tables (new or empty).")
  String tables;

  @Option(names = "--reports", required = true, description = "Folder for the reproduced briefings.")
  String reports;

  @Option(names = "--master", description = "Spark master URL (default: the manifest's job spec).")
  String master;

  @Override
  public Integer call() throws Exception {
    RunManifest manifest;
    try (InputStream in = Files.newInputStream(manifestFile)) {
      manifest = PressbriefJob.readManifest(in);
    }
    String sparkMaster = master != null ? master : manifest.spec().spark().master();
    try (SparkSession spark = SparkSessions.create("pressbrief rerun " + manifest.runId(), sparkMaster)) {
      RunSummary summary;
      try {
        summary = Rerun.fromManifest(spark, manifest, tables, reports, line -> Progress.info("%s", line));
      } catch (IllegalArgumentException e) {
        Progress.info("%s", e.getMessage());
        return ExitCodes.USAGE;
      }
      Progress.info("reproduced %s: %d record(s) read, %d rejected; tables in %s", manifest.runId(),
          summary.recordsRead(), summary.rejected(), tables);
      return summary.rejected() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }
  }
}
