package io.pressbrief.analysis;

/**
 * A word or punctuation mark with its place in the text.
 *
 * @param start  offset of the first character
 * @param end    offset after the last character
 * @param text   the token as written
 * @param folded the token folded for look-ups ({@link TextFold})
 */
public record Token(int start, int end, String text, String folded) {
  public boolean isWord() {
    return TextFold.isWordChar(text.charAt(0));
  }

  public boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }
}
