package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.actors.Mention;
import io.pressbrief.analysis.escalation.Escalation;
import io.pressbrief.analysis.statements.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the text, the analysis finishes and every offset it reports lies inside the text. */
class AnalyzerRobustnessTest {
  private static final String[] PIECES = {
      "“", "”", "\"", "''", "«", "»", "‘", "’", ",", ".", ":", ";", "?", "!", " — ", "\n", "\n\n", " ",
      "said", "told reporters", "according to", "Moss", "Clara Moss", "he", "the minister", "that", "Port Alma",
      "attacked", "over 40 drones", "on Sunday", "will not", "if", "Southern forces", "sanctions", "U.S.", "Mr.",
      "praised", "the talks", "were", "difficult", "and", "CLINTON:", "Зеленський", "x", "2025-12-01"};

  @Test
  void randomTextsNeverBreakTheAnalysisAndOffsetsStayInside() {
    Random random = new Random(20251208L);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String t = text.toString();
      ArticleAnalysis a = AnalyzerFixtures.analyze(t);
      for (Statement s : a.statements()) {
        assertInside(t, s.content().start(), s.content().end());
        if (s.speakerSpan() != null) {
          assertInside(t, s.speakerSpan().start(), s.speakerSpan().end());
        }
        assertTrue(s.sentiment() >= -1 && s.sentiment() <= 1);
      }
      for (Escalation e : a.escalations()) {
        assertInside(t, e.triggerSpan().start(), e.triggerSpan().end());
      }
      for (Mention m : a.mentions()) {
        assertInside(t, m.start(), m.end());
      }
    }
  }

  private static void assertInside(String text, int start, int end) {
    assertTrue(0 <= start && start <= end && end <= text.length(),
        "[" + start + ", " + end + ") outside a text of " + text.length() + ": " + text);
  }
}
