package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a sentence's (or a statement's, or a text's) own tone is scored from its lexicon tone: as it is,
 * mixed with the distilled word weights ({@link ToneWords}), or mixed with the contextual read-out of
 * its sentence embedding ({@link SentenceToneModel}). Immutable and thread-safe.
 */
public final class SentenceTone {
  /** The three ways: the lexicon alone, with distilled word weights (about as fast), contextual (far slower). */
  public enum Model {
    LEXICON, WORDS, CONTEXTUAL;

    /** What a job or command uses unless told otherwise. */
    public static final Model DEFAULT = WORDS;
  }

  private static final SentenceTone LEXICON_ONLY = new SentenceTone(Model.LEXICON, null, null, null);

  private final Model model;
  private final ToneWords toneWords;
  private final SentenceEmbeddings embeddings;
  private final SentenceToneModel readout;

  private SentenceTone(Model model, ToneWords toneWords, SentenceEmbeddings embeddings, SentenceToneModel readout) {
    this.model = model;
    this.toneWords = toneWords;
    this.embeddings = embeddings;
    this.readout = readout;
  }

  /** The lexicon tone as it is. */
  public static SentenceTone lexicon() {
    return LEXICON_ONLY;
  }

  /** The lexicon tone mixed with the distilled word weights {@code lexicon} carries. */
  public static SentenceTone words(ToneLexicon lexicon) {
    if (lexicon.toneWords() == null) {
      throw new IllegalArgumentException("the lexicon carries no distilled word weights");
    }
    return new SentenceTone(Model.WORDS, lexicon.toneWords(), null, null);
  }

  /** The lexicon tone mixed with {@code readout}'s reading of the text's embedding. */
  public static SentenceTone contextual(SentenceToneModel readout) {
    return new SentenceTone(Model.CONTEXTUAL, null, SentenceEmbeddings.shared(), readout);
  }

  /**
   * The scorer for {@code model}: the word weights {@code lexicon} carries, or the contextual read-out
   * from {@code readoutFile} (the shipped one when it is null).
   */
  public static SentenceTone of(Model model, ToneLexicon lexicon, Path readoutFile) throws IOException {
    return switch (model) {
      case LEXICON -> lexicon();
      case WORDS -> words(lexicon);
      case CONTEXTUAL -> {
        if (readoutFile == null) {
          yield contextual(SentenceToneModel.builtIn());
        }
        try (InputStream in = Files.newInputStream(readoutFile)) {
          yield contextual(SentenceToneModel.read(in));
        }
      }
    };
  }

  public Model model() {
    return model;
  }

  /** Whether it reads the text itself (the contextual model), so that batching texts pays. */
  public boolean isContextual() {
    return model == Model.CONTEXTUAL;
  }

  /**
   * The tone of a text from its tokens, what the lexicon says of them (a lexicon carrying the word
   * weights, in {@code words} mode) and its lexicon tone ({@link ToneScorer}), -1..1. The text itself
   * is read only by the contextual model and may be null otherwise.
   */
  public double tone(String text, List<Token> tokens, ToneLexicon.Word[] words, double lexiconTone) {
    return switch (model) {
      case LEXICON -> lexiconTone;
      case WORDS -> toneWords.tone(ToneWords.wordScore(tokens, words), lexiconTone);
      case CONTEXTUAL -> readout.tone(embeddings.embed(text), lexiconTone);
    };
  }

  /** The tones of many texts at once (the contextual model batches them), given their lexicon tones; -1..1 each. */
  public double[] tones(List<String> texts, double[] lexiconTones) {
    if (model != Model.CONTEXTUAL) {
      throw new IllegalStateException("only the contextual tone reads texts in batches");
    }
    List<float[]> vectors = embeddings.embedAll(texts);
    double[] out = new double[lexiconTones.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = readout.tone(vectors.get(i), lexiconTones[i]);
    }
    return out;
  }
}
