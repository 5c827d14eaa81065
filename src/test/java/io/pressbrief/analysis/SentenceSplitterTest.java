package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aFullStopBeforeACapitalEndsASentence() {
    assertEquals(List.of("The ferry left at noon.", "It reached the island at two."),
        sentences("The ferry left at noon. It reached the island at two."));
  }

  @Test
  void titlesAndInitialsDoNotEndASentence() {
    assertEquals(List.of("Mr. Moss met Gen. Clara J. Hale on Monday."),
        sentences("Mr. Moss met Gen. Clara J. Hale on Monday."));
  }

  @Test
  void anAbbreviationBeforeAPronounOrArticleEndsASentence() {
    assertEquals(List.of("The ferry sails to the U.S.", "He says it is full."),
        sentences("The ferry sails to the U.S. He says it is full."));
    assertEquals(List.of("Mr. Moss met Dr. Hale at Harbour Co.", "The talks went well."),
        sentences("Mr. Moss met Dr. Hale at Harbour Co. The talks went well."), "a title before a name still holds");
  }

  @Test
  void closingQuotesStayWithTheirSentenceAndAnOpeningQuoteStartsOne() {
    assertEquals(List.of("“We are ready.”", "“So are we,” Moss said."),
        sentences("“We are ready.” “So are we,” Moss said."));
  }

  @Test
  void aLineBreakAlwaysEndsASentence() {
    assertEquals(List.of("Harbour reopens", "The harbour reopened on Monday."),
        sentences("Harbour reopens\n\nThe harbour reopened on Monday."));
  }

  @Test
  void aNoBreakSpaceSeparatesSentencesLikeAnyOtherSpace() {
    // Web pages put U+00A0 after full stops; Character.isWhitespace does not count it as a space.
    assertEquals(List.of("The council cut the school budget.", "“We need the money,” Moss said."),
        sentences("The council cut the school budget.\u00A0“We need the money,” Moss said.\u00A0"));
  }
}
