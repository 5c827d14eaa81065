package io.pressbrief.job;

import java.util.List;
import java.util.Map;

/**
 * What one run read, with which code and data, what it produced and how long each stage took;
 * written as JSON to {@code TABLES/runs/RUN.json}, so a figure can be traced to the exact inputs
 * and versions behind it.
 *
 * @param runId        the run's id (also its snapshot's name)
 * @param job          the job's name
 * @param status       published, no-new-input or failed
 * @param started      ISO instant
 * @param finished     ISO instant
 * @param codeVersion  pressbrief's version
 * @param sparkVersion the Spark version
 * @param master       the Spark master
 * @param spec         the validated job spec
 * @param analysis     SHA-256 of the code, each built-in data file and each job dictionary
 * @param dates        the briefings' dates
 * @param inputs       every input file, whether this run read it
 * @param counts       what this run read and found
 * @param stageMillis  time per stage
 * @param snapshot     the published snapshot of tables
 * @param briefings    the briefing files written
 * @param error        for a failed run, the error
 */
public record RunManifest(String runId, String job, String status, String started, String finished,
                          String codeVersion, String sparkVersion, String master, JobSpec spec,
                          Map<String, String> analysis, RunDates dates, List<Input> inputs, Counts counts,
                          Map<String, Long> stageMillis, String snapshot, List<String> briefings, String error) {

  /** One input file. */
  public record Input(String path, long size, long modified, String sha256, boolean read) {}

  /** Records read by this run and what was found in them, and the published tables' totals. */
  public record Counts(long recordsRead, long articles, long rejected, long setAside, long duplicates,
                       long statements, long escalations, long mentions, long tableArticles, long tableStatements,
                       long tableEscalations) {}
}
