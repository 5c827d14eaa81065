package io.pressbrief.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from an archive: the unit every analysis step works on.
 *
 * @param id        the record's own id, or one derived from its file and position
 * @param url       where the article was published, if known
 * @param source    the outlet
 * @param title     the headline, if known
 * @param published the publication time as ISO-8601 (a date, or a date-time with offset)
 * @param date      the publication day, used for partitions and relative dates; null only for an
 *                  undated record read by {@code extract} (the run job rejects those: its tables are by day)
 * @param text      the body text; every offset in the analysis refers to this string
 * @param setAside  null for an article to analyse; else why it is kept but not analysed (not English)
 */
public record Article(String id, String url, String source, String title, String published,
                      LocalDate date, String text, String setAside) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** An article to analyse. */
  public Article(String id, String url, String source, String title, String published, LocalDate date, String text) {
    this(id, url, source, title, published, date, text, null);
  }
}
