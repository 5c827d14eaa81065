package io.pressbrief.analysis;

/**
 * Undoes hard line wrapping, as in wire archives whose lines break every 60 to 80 characters and
 * whose paragraphs start on an indented line (Reuters-21578): there a line break inside a paragraph
 * is a space, and sentences, quotes and attributions run on across it. The text keeps its length, so
 * every offset found in it is an offset into the text as read. Stateless and thread-safe.
 */
public final class HardWrap {
  /** Lines longer than this are written as paragraphs, not wrapped. */
  private static final int MAX_WRAPPED_LINE = 90;
  /** Lines a text needs before its layout says anything. */
  private static final int MIN_LINES = 4;

  private HardWrap() {}

  /**
   * The text with the line breaks inside its paragraphs made spaces, when it is hard-wrapped: nearly
   * all its lines short, and many of them ending mid-sentence with the next line going on unindented.
   * Any other text is returned as it is. A blank line or an indented line still starts a paragraph.
   */
  public static String unwrap(String text) {
    int lines = 0;
    int shortLines = 0;
    int runOn = 0;
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      int length = nl - start;
      if (length > 0) {
        lines++;
        shortLines += length <= MAX_WRAPPED_LINE ? 1 : 0;
        runOn += runsOn(text, nl) ? 1 : 0;
      }
      start = nl + 1;
    }
    if (lines < MIN_LINES || shortLines * 10 < lines * 9 || runOn * 10 < lines * 3) {
      return text;
    }
    char[] unwrapped = text.toCharArray();
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      if (nl > 0 && text.charAt(nl - 1) != '\n' && continues(text, nl)) {
        unwrapped[nl] = ' ';
        if (text.charAt(nl - 1) == '\r') {
          unwrapped[nl - 1] = ' ';
        }
      }
    }
    return new String(unwrapped);
  }

  /** Whether the line ending at {@code nl} stops mid-sentence ("in", "since early") and the next goes on. */
  private static boolean runsOn(String text, int nl) {
    char last = text.charAt(nl - 1);
    return (Character.isLetterOrDigit(last) || last == ',' || last == '-') && continues(text, nl);
  }

  /** Whether the line after the break at {@code nl} goes on the paragraph: not blank, not indented. */
  private static boolean continues(String text, int nl) {
    return nl + 1 < text.length() && !Character.isWhitespace(text.charAt(nl + 1));
  }
}
