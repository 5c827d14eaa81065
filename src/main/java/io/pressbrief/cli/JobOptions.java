package io.pressbrief.cli;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecException;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments every job command takes: the spec, its dates and the Spark master (a picocli mixin). */
final class JobOptions {
  @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job spec.")
  Path jobFile;

  @ArgGroup(exclusive = true)
  DateOptions dates;

  @Option(names = "--master", description = "Spark master URL; overrides the job spec (default local[*]).")
  String master;

  /** A validated spec with the dates it runs for. */
  record Loaded(JobSpec spec, RunDates dates, String master) {}

  /** The validated spec and dates, or null after printing what is wrong with them (a usage error). */
  Loaded loadOrExplain(LocalDate today) {
    try {
      return load(today);
    } catch (JobSpecException e) {
      Progress.info("%s", e.getMessage());
      return null;
    }
  }

  /** Reads and validates the spec and the dates; failures say which key or option is wrong. */
  Loaded load(LocalDate today) throws JobSpecException {
    JobSpec spec = JobSpecLoader.load(jobFile);
    try {
      return new Loaded(spec, DateOptions.resolve(dates, spec, today), master != null ? master : spec.spark().master());
    } catch (IllegalArgumentException e) {
      throw new JobSpecException(e.getMessage());
    }
  }
}
