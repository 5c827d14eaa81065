package io.pressbrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences: at a full stop, question or exclamation mark (with any closing
 * quotes after it) followed by space and a capital, a digit or an opening quote, but not after a
 * known abbreviation or an initial; and always at a line break. Stateless and thread-safe.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "adm",
      "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "ft", "mt", "rev", "atty", "supt", "det", "cmdr", "del", "amb");
  /** Words that open a sentence and never continue a name after an abbreviation. */
  private static final Set<String> SENTENCE_OPENERS = Set.of("he", "she", "they", "it", "we", "i", "the", "but",
      "and", "this", "these", "those", "there", "his", "her", "their", "its", "our", "when", "while", "if", "yet",
      "so", "what", "why", "how", "in", "on", "at", "after", "before", "as", "some", "many", "most");

  private SentenceSplitter() {}

  /** The sentences of {@code text}, trimmed of surrounding white space, in order. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < n && isCloser(text.charAt(end))) {
          end++;
        }
        if (end < n && Tokenizer.isWhiteSpace(text.charAt(end)) && text.charAt(end) != '\n'
            && startsSentence(text, end)
            && !(c == '.' && abbreviationBefore(text, i) && !opensWithFunctionWord(text, end))) {
          add(text, start, end, out);
          start = end;
          i = end;
          continue;
        }
      }
      i++;
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB'
        || c == '.' || c == '!' || c == '?';
  }

  private static boolean startsSentence(String text, int from) {
    int j = from;
    while (j < text.length() && Tokenizer.isSpaceInLine(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return false;
    }
    char c = text.charAt(j);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018'
        || c == '\u00AB' || c == '(' || c == '\'';
  }

  /**
   * Whether the next word is a capitalised pronoun, article or conjunction, which no name or title
   * continues: "in the U.S. He says ..." ends a sentence, "Donald J. Trump" and "Mr. Lee" do not.
   */
  private static boolean opensWithFunctionWord(String text, int from) {
    int j = from;
    while (j < text.length() && Tokenizer.isSpaceInLine(text.charAt(j))) {
      j++;
    }
    int k = j;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    return k > j && Character.isUpperCase(text.charAt(j)) && k < text.length() && !Character.isLetter(text.charAt(k))
        && SENTENCE_OPENERS.contains(text.substring(j, k).toLowerCase(Locale.ROOT));
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int j = dot;
    while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
      j--;
    }
    String word = text.substring(j, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "Donald J. Trump", or "U.S." spelt out with dots
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Tokenizer.isWhiteSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Tokenizer.isWhiteSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
