package io.pressbrief.ingest;

/**
 * An input record that could not be analysed, with where it was and why, so a person can fix it.
 *
 * @param source   the file the record came from
 * @param position where in the file ("line 12", "record 3", "byte 4096")
 * @param reason   a sentence saying what is wrong and what would make the record acceptable
 * @param excerpt  the start of the raw record, for recognising it (may be empty)
 */
public record Rejection(String source, String position, String reason, String excerpt) {
  private static final int EXCERPT_CHARS = 160;

  /**
   * An article the analysis failed on: it is set aside with the error instead of stopping the run.
   *
   * @param source where the article came from (its file), or null when unknown
   */
  public static Rejection analysisFailed(String articleId, String source, RuntimeException error, String text) {
    return of(source == null ? "article " + articleId : source, "article " + articleId,
        "the analysis failed on this article (" + error + where(error) + "); the run went on without it: "
            + "please report it with the article", text);
  }

  /** The first pressbrief frame of an error, so a report of it points at the code. */
  private static String where(Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getClassName().startsWith("io.pressbrief.")) {
        return " at " + frame.getFileName() + ":" + frame.getLineNumber();
      }
    }
    return "";
  }

  /** A rejection that keeps only the first characters of the raw record. */
  public static Rejection of(String source, String position, String reason, String raw) {
    String excerpt = raw == null ? "" : raw.strip();
    if (excerpt.length() > EXCERPT_CHARS) {
      excerpt = excerpt.substring(0, EXCERPT_CHARS) + "…";
    }
    return new Rejection(source, position, reason, excerpt);
  }
}
