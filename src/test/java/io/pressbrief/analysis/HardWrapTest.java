package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.statements.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapTest {
  /** A wire story wrapped at about 60 characters, its paragraphs opening on indented lines. */
  private static final String WIRE = "The new pier of the harbour will open in the spring, well\n"
      + "ahead of the ferry season, Clara Moss said in her weekly\n"
      + "review.\n"
      + "    Freight through the port rose by a third last year and\n"
      + "the quays are full on most days of the week, the harbour\n"
      + "office reported.\n";

  @Test
  void aHardWrappedTextReadsAsParagraphsAndKeepsItsLength() {
    String unwrapped = HardWrap.unwrap(WIRE);
    assertEquals(WIRE.length(), unwrapped.length(), "offsets stay those of the text as read");
    assertTrue(unwrapped.startsWith("The new pier of the harbour will open in the spring, well ahead"), unwrapped);
    assertTrue(unwrapped.contains("weekly review.\n    Freight"), "an indented line still opens a paragraph");
    assertTrue(unwrapped.endsWith("the harbour office reported.\n"), unwrapped);
  }

  @Test
  void textWithParagraphsOnLongLinesIsLeftAsItIs() {
    String news = "The harbour board expects the new pier to open in the spring, well ahead of the ferry season.\n"
        + "Clara Moss said so in her weekly review, which the board published on Monday afternoon.\n"
        + "Freight through the port rose by a third last year.\nShort line.\nAnother one.\n";
    assertSame(news, HardWrap.unwrap(news));
    String lines = "Moss:\nThe pier opens.\nLee:\nGood.\nMoss:\nYes.\n";
    assertSame(lines, HardWrap.unwrap(lines), "short lines that end their sentences are not wrapped");
  }

  @Test
  void anAttributionRunsOnAcrossTheLinesOfAWrappedStory() {
    List<Statement> s = AnalyzerFixtures.analyze(WIRE).statements();
    Statement first = s.get(0);
    assertEquals("moss", first.actorId(), s.toString());
    assertEquals("The new pier of the harbour will open in the spring, well ahead of the ferry season", first.text());
    assertEquals(WIRE.substring(first.content().start(), first.content().end()).replace('\n', ' '), first.text());
  }
}
