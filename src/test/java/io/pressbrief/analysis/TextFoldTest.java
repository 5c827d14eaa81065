package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFoldTest {
  @Test
  void foldsToLowerCaseWithPlainApostrophesAndHyphens() {
    assertEquals("kyiv's mayor said \u201Cno\u201D - the u.s. navy's 'ship' зеленський",
        TextFold.fold("Kyiv’s MAYOR said \u201Cno\u201D \u2013 the U.S.\u00A0Navy‘s `ship´ Зеленський"));
  }

  @Test
  void keepsTheLengthSoOffsetsStayTheOriginals() {
    // String.toLowerCase turns a dotted capital I into two characters; folding never does.
    assertEquals(1, TextFold.fold("\u0130").length());
  }

  @Test
  void everyCharacterFoldsAsCharacterToLowerCaseSaveTheMarksItMakesPlain() {
    String plainApostrophes = "\u2019\u2018\u02BC\u0060\u00B4";
    String plainHyphens = "\u2010\u2011\u2012\u2013";
    for (int code = 0; code <= Character.MAX_VALUE; code++) {
      char c = (char) code;
      char expected = plainApostrophes.indexOf(c) >= 0 ? '\''
          : plainHyphens.indexOf(c) >= 0 ? '-'
          : c == '\u00A0' ? ' '
          : Character.toLowerCase(c);
      assertEquals(expected, TextFold.fold(c), "U+" + Integer.toHexString(code));
    }
  }
}
