package io.pressbrief.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Limits every reader applies.
 *
 * @param maxTextChars articles longer than this are rejected rather than analysed
 * @param today        publication dates after this day (plus one, for time zones) are impossible
 * @param englishOnly  set articles that are not in English aside instead of analysing them as English
 * @param requireDate  reject records without a publication date; when false (the extract command,
 *                     scoring sentences that have none) they are read undated
 */
public record IngestOptions(int maxTextChars, LocalDate today, boolean englishOnly, boolean requireDate)
    implements Serializable {
  /** Two million characters: about four times the longest real news article we have seen. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;

  /** The cap and day with the language check on and a publication date required. */
  public IngestOptions(int maxTextChars, LocalDate today) {
    this(maxTextChars, today, true, true);
  }

  /** The cap, the day and the language check, with a publication date required. */
  public IngestOptions(int maxTextChars, LocalDate today, boolean englishOnly) {
    this(maxTextChars, today, englishOnly, true);
  }

  /**
   * The most bytes one whole-file record (an HTML page, a PDF, a text file) may have: markup and
   * layout make a file several times its text, so the cap on text allows ten bytes a character.
   */
  public long maxFileBytes() {
    return Math.max(1L << 20, maxTextChars * 10L);
  }
}
