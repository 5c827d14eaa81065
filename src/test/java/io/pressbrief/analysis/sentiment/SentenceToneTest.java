package io.pressbrief.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three sentence tones with the shipped word weights, embedding model and read-out. */
class SentenceToneTest {
  private static final String TROUBLES = "Fires, delays and water-main breaks have plagued the line for months.";
  private static final String GOOD = "The new bridge opened early and under budget, and commuters cheered.";
  private static final String PLAIN = "The committee meets on Tuesday in the town hall.";
  private static final String BAD = "Shelling flattened the market and left the district without water.";

  private static ToneScorer lexicon;
  private static SentenceTone words;
  private static SentenceTone contextual;

  @BeforeAll
  static void load() throws IOException {
    ToneLexicon toneLexicon = ToneLexicon.builtIn();
    lexicon = new ToneScorer(toneLexicon);
    words = SentenceTone.of(SentenceTone.Model.WORDS, toneLexicon, null);
    contextual = SentenceTone.of(SentenceTone.Model.CONTEXTUAL, toneLexicon, null);
  }

  private static double tone(SentenceTone how, String text) {
    List<Token> tokens = Tokenizer.tokens(text);
    ToneLexicon.Word[] looked = lexicon.words(tokens);
    return how.tone(text, tokens, looked, lexicon.score(tokens, looked));
  }

  @Test
  void aSentenceWithoutLexiconWordsStillGetsItsTone() {
    assertEquals(0.0, lexicon.score(TROUBLES), "no word of it is in the lexicon");
    assertTrue(tone(contextual, TROUBLES) < -0.2, "contextual tone " + tone(contextual, TROUBLES));
    assertTrue(tone(words, TROUBLES) < -0.05, "distilled word tone " + tone(words, TROUBLES));
  }

  @Test
  void goodNewsScoresAboveAPlainNoticeAndThatAboveBadNews() {
    for (SentenceTone how : List.of(words, contextual)) {
      double good = tone(how, GOOD);
      double plain = tone(how, PLAIN);
      double bad = tone(how, BAD);
      assertTrue(good > plain + 0.2 && plain > bad + 0.2, how.model() + ": " + good + " > " + plain + " > " + bad);
      assertTrue(Math.abs(plain) < 0.15, how.model() + ": a plain notice stays near neutral: " + plain);
    }
  }

  @Test
  void oneAtATimeAndInABatchGiveTheSameContextualTones() {
    List<String> texts = List.of("Crews restored power to every home by the evening.", BAD);
    double[] lexiconTones = texts.stream().mapToDouble(lexicon::score).toArray();
    double[] batch = contextual.tones(texts, lexiconTones);
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(tone(contextual, texts.get(i)), batch[i], 1e-4, texts.get(i));
    }
    assertThrows(IllegalStateException.class, () -> words.tones(texts, lexiconTones));
  }

  @Test
  void theLexiconModelIsTheLexiconToneAsItIs() throws IOException {
    SentenceTone plain = SentenceTone.of(SentenceTone.Model.LEXICON, null, null);
    assertEquals(0.37, plain.tone("anything at all", Tokenizer.tokens("anything at all"), null, 0.37));
    assertEquals(0.0, tone(plain, TROUBLES));
  }
}
