package io.pressbrief.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contextual sentence tone with the real embedding model and the shipped read-out. */
class SentenceToneTest {
  private static ToneScorer lexicon;
  private static SentenceTone contextual;

  @BeforeAll
  static void load() throws IOException {
    lexicon = new ToneScorer(ToneLexicon.builtIn());
    contextual = SentenceTone.of(SentenceTone.Model.CONTEXTUAL, null);
  }

  private static double contextual(String text) {
    return contextual.tone(text, lexicon.score(text));
  }

  @Test
  void aSentenceWithoutLexiconWordsStillGetsItsTone() {
    String troubles = "Fires, delays and water-main breaks have plagued the line for months.";
    assertEquals(0.0, lexicon.score(troubles), "no word of it is in the lexicon");
    assertTrue(contextual(troubles) < -0.2, "contextual tone " + contextual(troubles));
  }

  @Test
  void goodNewsScoresAboveAPlainNoticeAndThatAboveBadNews() {
    double good = contextual("The new bridge opened early and under budget, and commuters cheered.");
    double plain = contextual("The committee meets on Tuesday in the town hall.");
    double bad = contextual("Shelling flattened the market and left the district without water.");
    assertTrue(good > plain + 0.2 && plain > bad + 0.2, good + " > " + plain + " > " + bad);
    assertTrue(Math.abs(plain) < 0.15, "a plain notice stays near neutral: " + plain);
  }

  @Test
  void oneAtATimeAndInABatchGiveTheSameTones() {
    List<String> texts = List.of("Crews restored power to every home by the evening.",
        "Shelling flattened the market and left the district without water.");
    double[] lexiconTones = texts.stream().mapToDouble(lexicon::score).toArray();
    double[] batch = contextual.tones(texts, lexiconTones);
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(contextual.tone(texts.get(i), lexiconTones[i]), batch[i], 1e-4, texts.get(i));
    }
  }

  @Test
  void theLexiconModelIsTheLexiconToneAsItIs() throws IOException {
    SentenceTone plain = SentenceTone.of(SentenceTone.Model.LEXICON, null);
    assertEquals(0.37, plain.tone("anything at all", 0.37));
    assertEquals(0.0, plain.tone("Fires, delays and water-main breaks.", 0.0));
  }
}
