package io.pressbrief.analysis.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpeechCuesTest {
  private static SpeechCues read(String lines) throws IOException {
    return SpeechCues.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachMarkGivesItsKindAndTheLemmaLosesTheMark() throws IOException {
    SpeechCues cues = read("""
        # a comment
        say: say said
        think*: thinks
        praise+: praised
        support+: support?
        read": read reads
        maintain^: maintained
        """);
    assertEquals(new SpeechCues.Cue("say", SpeechCues.Kind.SPEECH, false), cues.cue("said"));
    assertEquals(SpeechCues.Kind.COGNITION, cues.cue("thinks").kind());
    assertEquals("praise", cues.cue("praised").lemma());
    assertTrue(cues.cue("support").nounToo());
    assertEquals(new SpeechCues.Cue("read", SpeechCues.Kind.QUOTE, false), cues.quoteCue("reads"));
    assertEquals(new SpeechCues.Cue("maintain", SpeechCues.Kind.SPEECH, false, true), cues.cue("maintained"));
    assertFalse(cues.cue("said").clauseOnly(), "\"said\" speaks without a clause after it");
  }

  @Test
  void aCueOfDirectQuotesOnlyIsNoCueAnywhereElse() throws IOException {
    SpeechCues cues = read("say: said\nread\": read\n");
    assertNull(cues.cue("read"), "\"read the report\" reports nothing");
    assertEquals(cues.cue("said"), cues.quoteCue("said"), "beside a quote every cue counts");
  }

  @Test
  void aFormOfTwoWordsIsACueOnlyWithBothWords() throws IOException {
    SpeechCues cues = read("ask: asked\nask for+: asked_for\n");
    assertEquals(new SpeechCues.Cue("ask for", SpeechCues.Kind.ACT, false), cues.phrase("asked", "for"));
    assertEquals("ask", cues.cue("asked").lemma(), "alone the word keeps its own cue");
    assertNull(cues.phrase("asked", "whether"));
    assertNull(cues.cue("asked_for"));
    assertTrue(cues.cue("asked").opensPhrase());
    IOException e = assertThrows(IOException.class, () -> read("ask for+: asked_for\n"));
    assertTrue(e.getMessage().contains("'asked'"), e.getMessage());
  }

  @Test
  void aCueOfDirectQuotesOnlyMayOpenAFormOfTwoWords() throws IOException {
    SpeechCues cues = read("speak about+: spoke_about\nspeak\": spoke\nread\": read\nsay: said\n");
    assertNull(cues.cue("spoke"), "alone, \"spoke\" attributes nothing but a quote beside it");
    assertEquals("speak", cues.cueOrPhraseOpener("spoke").lemma(), "but it is looked up as the first word of two");
    assertEquals("speak about", cues.phrase("spoke", "about").lemma());
    assertNull(cues.cueOrPhraseOpener("read"), "a quote cue that opens no form of two words stays none");
    assertEquals(cues.cue("said"), cues.cueOrPhraseOpener("said"));
  }

  @Test
  void aLineWithoutALemmaIsReported() {
    IOException e = assertThrows(IOException.class, () -> read("said told\n"));
    assertTrue(e.getMessage().contains("said told"), e.getMessage());
  }
}
