package io.pressbrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words (with inner apostrophes, hyphens and dots of abbreviations kept) and single
 * punctuation marks. Stateless and thread-safe.
 */
public final class Tokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}"                                  // U.S., U.K.
          + "|\\d+(?:[.,]\\d+)*"                            // 653, 1,500, 2.5
          + "|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*"
          + "|\\S",
      Pattern.UNICODE_CHARACTER_CLASS);

  private Tokenizer() {}

  /** The tokens of {@code text[from, to)}, clamped to the text; none when the range is empty. */
  public static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    from = Math.max(0, from);
    to = Math.min(text.length(), to);
    if (to <= from) {
      return out;
    }
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      String t = m.group();
      out.add(new Token(m.start(), m.end(), t, TextFold.fold(t)));
    }
    return out;
  }

  public static List<Token> tokens(String text) {
    return tokens(text, 0, text.length());
  }
}
