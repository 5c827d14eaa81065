package io.pressbrief.job;

import io.pressbrief.analysis.sentiment.SentenceTone;
import java.io.Serializable;
import java.util.List;

/**
 * A validated job: what to read, which dictionaries to use, what the briefing covers, where the
 * outputs go and where Spark runs. Every path in it is absolute or a file-system URI.
 *
 * @param name      the job's name (folder name under the reports folder)
 * @param archives  the archives to read
 * @param actors    user actor dictionaries, added to the built-in one
 * @param date      the default last day of every briefing's period ("2025-12-08", "today", "yesterday");
 *                  --date overrides
 * @param briefings the briefings to write, at least one, with distinct names
 * @param templates the folder of briefing templates, or null for the ones inside the jar
 * @param output    where tables and briefings are written
 * @param spark     where and how Spark runs
 * @param ingest    limits applied while reading
 * @param sentiment how tone is scored
 */
public record JobSpec(String name, List<Archive> archives, List<String> actors, String date, List<Briefing> briefings,
                      String templates, Output output, Spark spark, Ingest ingest, Sentiment sentiment)
    implements Serializable {
  public JobSpec {
    // manifests written before the choice existed were all scored by the lexicon
    sentiment = sentiment == null ? new Sentiment(SentenceTone.Model.LEXICON) : sentiment;
  }

  /**
   * One archive path (file, folder or glob) and how to read it.
   *
   * @param format "auto" (by each file's extension) or a format name: jsonl, json, csv, tsv, text, html, warc, pdf
   * @param fields article field → the archive's field or column name, for the fields named differently
   * @param source the outlet for records that name none, or null
   */
  public record Archive(String path, String format, java.util.Map<String, String> fields, String source)
      implements Serializable {
    public Archive {
      fields = java.util.Map.copyOf(fields);
    }

    /** An archive whose records use the article field names. */
    public Archive(String path, String format) {
      this(path, format, java.util.Map.of(), null);
    }

    /** How its records map to articles. */
    public io.pressbrief.ingest.RecordMapping mapping() {
      return new io.pressbrief.ingest.RecordMapping(fields, source);
    }
  }

  /**
   * One briefing: its kind, period and look.
   *
   * @param name          the output file name (daily → daily.pdf, daily.html, daily-*.csv)
   * @param type          daily (the period against the previous one), weekly (trend by week) or actor
   *                      (one actor's profile)
   * @param days          the period's length in days, ending on the job's date
   * @param compareDays   the comparison period's length, just before the period (0 for none)
   * @param weeks         for weekly briefings: how many weeks the trend charts show
   * @param actor         for actor profiles: the dictionary id of the actor
   * @param template      the template file name in the templates folder
   * @param paper         A4 or Letter
   * @param topStatements how many key statements page one quotes
   * @param actorsShown   how many actors the tables, charts and statement pages list
   * @param title         the briefing's title
   */
  public record Briefing(String name, BriefingType type, int days, int compareDays, int weeks, String actor,
                         String template, String paper, int topStatements, int actorsShown, String title)
      implements Serializable {}

  /** Output folders: Parquet tables, and briefings (one folder per period end date inside). */
  public record Output(String tables, String reports) implements Serializable {}

  /**
   * Spark master URL ("local[*]", "spark://host:7077") and partitions for analysis (0: twice the cores,
   * or one per 64 MB of a chunk if that is more).
   */
  public record Spark(String master, int partitions) implements Serializable {}

  /**
   * Reading limits.
   *
   * @param maxTextChars longer articles are rejected
   * @param chunkMb      archive files are read and published in chunks of about this many MB, so a
   *                     long backfill resumes after a crash from its last published chunk
   * @param englishOnly  articles not in English are set aside (as rejected, with the reason) instead of analysed
   */
  public record Ingest(int maxTextChars, int chunkMb, boolean englishOnly) implements Serializable {}

  /**
   * How tone is scored.
   *
   * @param sentenceTone the tone of sentences (so of articles) and of statements: the lexicon alone, the
   *                     lexicon mixed with distilled word weights (the default) or with the contextual
   *                     model (more accurate, far slower)
   */
  public record Sentiment(SentenceTone.Model sentenceTone) implements Serializable {
    /** The default sentence tone. */
    public static final Sentiment DEFAULT = new Sentiment(SentenceTone.Model.DEFAULT);

    public Sentiment {
      java.util.Objects.requireNonNull(sentenceTone, "sentenceTone");
    }
  }
}
