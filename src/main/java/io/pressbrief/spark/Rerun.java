package io.pressbrief.spark;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.RunManifest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * Reproduces the tables a run published, from its manifest: the same job spec, the same input
 * files (checked against their SHA-256) with the same code and data (checked against their
 * checksums), read again from scratch into a new tables folder, for the same dates.
 */
public final class Rerun {
  private Rerun() {}

  /**
   * Runs the manifest's job again into {@code tables} and {@code reports}.
   *
   * @throws IllegalArgumentException when an input file or the code and data differ from the manifest's,
   *                                  naming each difference
   */
  public static RunSummary fromManifest(SparkSession spark, RunManifest manifest, String tables, String reports,
                                        Consumer<String> progress) throws IOException {
    JobSpec recorded = manifest.spec();
    List<String> differences = new ArrayList<>();
    Map<String, String> versions = PressbriefJob.analysisVersions(spark, recorded);
    for (Map.Entry<String, String> v : manifest.analysis().entrySet()) {
      if (!Objects.equals(v.getValue(), versions.get(v.getKey()))) {
        differences.add(v.getKey() + " has changed since the run (checksum " + versions.get(v.getKey())
            + ", the run's " + v.getValue() + ")");
      }
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Set<String> inputs = new TreeSet<>();
    for (RunManifest.Input in : manifest.inputs()) {
      inputs.add(in.path());
      String now;
      try {
        now = PressbriefJob.checksum(in.path(), conf);
      } catch (IOException e) {
        differences.add(in.path() + " cannot be read (" + e.getMessage() + ")");
        continue;
      }
      if (in.sha256() != null && !in.sha256().equals(now)) {
        differences.add(in.path() + " has changed since the run (SHA-256 " + now + ", the run's " + in.sha256() + ")");
      }
    }
    if (!differences.isEmpty()) {
      throw new IllegalArgumentException("the run of " + manifest.runId() + " cannot be reproduced: "
          + String.join("; ", differences));
    }
    JobSpec spec = new JobSpec(recorded.name(), recorded.archives(), recorded.actors(), recorded.date(),
        recorded.briefings(), recorded.templates(), new JobSpec.Output(tables, reports), recorded.spark(),
        recorded.ingest(), recorded.sentiment());
    progress.accept("rerun of " + manifest.runId() + ": " + inputs.size() + " input file(s) and the code and data "
        + "match the manifest; reading them again into " + tables);
    return PressbriefJob.run(spark, spec, manifest.dates(), true, inputs::contains, progress);
  }
}
