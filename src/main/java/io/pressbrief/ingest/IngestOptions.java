package io.pressbrief.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Limits every reader applies.
 *
 * @param maxTextChars articles longer than this are rejected rather than analysed
 * @param today        publication dates after this day (plus one, for time zones) are impossible
 */
public record IngestOptions(int maxTextChars, LocalDate today) implements Serializable {
  /** Two million characters: about four times the longest real news article we have seen. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
}
