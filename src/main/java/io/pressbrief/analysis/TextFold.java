package io.pressbrief.analysis;

/**
 * Folds text for dictionary matching without changing its length, so offsets found in the folded
 * text are offsets in the original: lower case, one apostrophe, one hyphen.
 */
public final class TextFold {
  private TextFold() {}

  /** The folded form of {@code text}, of the same length. */
  public static String fold(CharSequence text) {
    String original = text.toString();
    int i = 0;
    while (i < original.length() && fold(original.charAt(i)) == original.charAt(i)) {
      i++;
    }
    if (i == original.length()) {
      return original; // most words are folded already: no copy, as this runs on every token
    }
    char[] out = original.toCharArray();
    for (; i < out.length; i++) {
      out[i] = fold(out[i]);
    }
    return new String(out);
  }

  /** One character folded: lower case (locale-independent), typographic apostrophes and dashes made plain. */
  public static char fold(char c) {
    if (c < 0x80 && c != '`') { // most of any text: Character.toLowerCase was a tenth of the analyzer's time
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4' -> {
        return '\'';
      }
      case '\u2010', '\u2011', '\u2012', '\u2013' -> {
        return '-';
      }
      case '\u00A0' -> {
        return ' ';
      }
      default -> {
        return Character.toLowerCase(c);
      }
    }
  }

  /** True for characters that are part of a word: letters, digits and combining marks. */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
