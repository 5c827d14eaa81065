package io.pressbrief.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (with inner apostrophes, hyphens and dots of abbreviations kept) and single
 * punctuation marks. Stateless and thread-safe.
 *
 * <p>At each position the first of these that matches is the token, as the regular expression
 * {@code (?:\p{Lu}\.){2,} | \d+(?:[.,]\d+)* | [\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)* | '' | `` | \S}
 * would take it (with Unicode character classes): an abbreviation such as "U.S.", a number such as
 * "1,500" or "2.5", a word such as "Kyiv's" or "so-called", two apostrophes or backticks that stand
 * for a double quote mark (as some newsrooms write them), else one character that is not white
 * space. It is written out by hand because it runs over every text several times and a regular
 * expression was a third of the analyzer's time; {@code TokenizerTest} holds the two to the same
 * output.
 */
public final class Tokenizer {
  /** The one-character tokens of ASCII text, as written and folded, made once. */
  private static final String[] ASCII = new String[128];
  private static final String[] ASCII_FOLDED = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
      ASCII_FOLDED[c] = TextFold.fold(ASCII[c]);
    }
  }

  private Tokenizer() {}

  /** The tokens of {@code text[from, to)}, clamped to the text; none when the range is empty. */
  public static List<Token> tokens(String text, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(text.length(), to);
    List<Token> out = new ArrayList<>(Math.max(0, to - from) / 5 + 1);
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isWhiteSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = tokenEnd(text, i, to, cp);
      char c = text.charAt(i);
      if (end == i + 1 && c < ASCII.length) {
        out.add(new Token(i, end, ASCII[c], ASCII_FOLDED[c])); // punctuation and one-letter words, shared
      } else {
        String t = text.substring(i, end);
        out.add(new Token(i, end, t, TextFold.fold(t)));
      }
      i = end;
    }
    return out;
  }

  public static List<Token> tokens(String text) {
    return tokens(text, 0, text.length());
  }

  /**
   * How many of the tokens of {@code text[from, to)} are words ({@link Token#isWord}), counted
   * without making them: the analyzer asks this of many short spans.
   */
  public static int countWords(String text, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(text.length(), to);
    int words = 0;
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isWhiteSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      if (TextFold.isWordChar(text.charAt(i))) {
        words++;
      }
      i = tokenEnd(text, i, to, cp);
    }
    return words;
  }

  /** The end of the token starting with {@code cp} at {@code i}, which is no white space. */
  private static int tokenEnd(String text, int i, int to, int cp) {
    char c = text.charAt(i);
    if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) {
      return i + 2; // ''a quote'' or ``a quote'': two marks that stand for one
    }
    int end = abbreviation(text, i, to);
    if (end < 0) {
      end = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? number(text, i, to)
          : isWordPart(cp) ? word(text, i, to)
          : i + Character.charCount(cp);
      end = Math.min(end, to); // a surrogate pair split by the end of the range
    }
    return end;
  }

  /** The end of "U.S." or "U.S.A." at {@code i}: two or more capitals each with a dot; -1 otherwise. */
  private static int abbreviation(String text, int i, int to) {
    int pairs = 0;
    int j = i;
    while (j < to) {
      int cp = text.codePointAt(j);
      int after = j + Character.charCount(cp);
      if (Character.getType(cp) != Character.UPPERCASE_LETTER || after >= to || text.charAt(after) != '.') {
        break;
      }
      pairs++;
      j = after + 1;
    }
    return pairs >= 2 ? j : -1;
  }

  /** The end of digits with groups of "." or "," and more digits after them: "1,500.25". */
  private static int number(String text, int i, int to) {
    int j = digits(text, i, to);
    while (j + 1 < to && (text.charAt(j) == '.' || text.charAt(j) == ',')) {
      int more = digits(text, j + 1, to);
      if (more == j + 1) {
        break;
      }
      j = more;
    }
    return j;
  }

  private static int digits(String text, int i, int to) {
    int j = i;
    while (j < to) {
      int cp = text.codePointAt(j);
      if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  /** The end of letters, marks and numbers, with inner apostrophes or hyphens followed by more of them. */
  private static int word(String text, int i, int to) {
    int j = wordParts(text, i, to);
    while (j + 1 < to && isJoiner(text.charAt(j))) {
      int more = wordParts(text, j + 1, to);
      if (more == j + 1) {
        break;
      }
      j = more;
    }
    return j;
  }

  private static int wordParts(String text, int i, int to) {
    int j = i;
    while (j < to) {
      int cp = text.codePointAt(j);
      if (!isWordPart(cp) && !(j > i && j + 1 < to && misdecodedByte(cp) && isWordPart(text.codePointAt(j + 1)))) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  /**
   * A UTF-8 byte read as Latin-1 (U+0080 to U+00BF, but no space and no guillemet): text decoded twice
   * writes "François" as "FranÃ\u0083Â§ois", and such a character between letters stays in the word, so
   * that the name is still one word (a middle dot or a soft hyphen inside a word is kept too).
   */
  private static boolean misdecodedByte(int cp) {
    return cp >= 0x80 && cp <= 0xBF && cp != 0xAB && cp != 0xBB && !isWhiteSpace(cp);
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-';
  }

  /** A letter, mark or number: {@code [\p{L}\p{M}\p{N}]}. */
  private static boolean isWordPart(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** A space within a line: white space other than a line or paragraph break. */
  public static boolean isSpaceInLine(char c) {
    return isWhiteSpace(c) && c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029' && c != 0x0B && c != 0x0C
        && c != 0x85;
  }

  /**
   * Unicode's White_Space property (what {@code \s} means with Unicode character classes): no-break
   * spaces included, which {@link Character#isWhitespace} says no to and web news is full of.
   */
  public static boolean isWhiteSpace(int cp) {
    return cp == ' ' || cp >= 0x09 && cp <= 0x0D || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || cp >= 0x2000 && cp <= 0x200A || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
        || cp == 0x3000;
  }
}
