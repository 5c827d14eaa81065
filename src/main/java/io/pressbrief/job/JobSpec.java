package io.pressbrief.job;

import java.io.Serializable;
import java.util.List;

/**
 * A validated job: what to read, which dictionaries to use, what the briefing covers, where the
 * outputs go and where Spark runs. Every path in it is absolute or a file-system URI.
 *
 * @param name      the job's name (folder name under the reports folder)
 * @param archives  the archives to read
 * @param actors    user actor dictionaries, added to the built-in one
 * @param briefing  what the briefing covers and how it looks
 * @param templates the folder of briefing templates, or null for the ones inside the jar
 * @param output    where tables and briefings are written
 * @param spark     where and how Spark runs
 * @param ingest    limits applied while reading
 */
public record JobSpec(String name, List<Archive> archives, List<String> actors, Briefing briefing, String templates,
                      Output output, Spark spark, Ingest ingest) implements Serializable {

  /** One archive path (file, folder or glob) and its format. */
  public record Archive(String path, String format) implements Serializable {}

  /**
   * The briefing's period and look.
   *
   * @param date          the default last day of the period ("2025-12-08", "today", "yesterday"); --date overrides
   * @param days          the period's length in days, ending on the date
   * @param compareDays   the comparison period's length, just before the period (0 for none)
   * @param template      the template file name in the templates folder
   * @param topStatements how many key statements page one quotes
   * @param actorsShown   how many actors the tables and statement pages list
   * @param title         the briefing's title
   */
  public record Briefing(String date, int days, int compareDays, String template, int topStatements,
                         int actorsShown, String title) implements Serializable {}

  /** Output folders: Parquet tables, and briefings (one folder per period end date inside). */
  public record Output(String tables, String reports) implements Serializable {}

  /** Spark master URL ("local[*]", "spark://host:7077") and partitions for analysis (0: twice the cores). */
  public record Spark(String master, int partitions) implements Serializable {}

  /** Reading limits. */
  public record Ingest(int maxTextChars) implements Serializable {}
}
