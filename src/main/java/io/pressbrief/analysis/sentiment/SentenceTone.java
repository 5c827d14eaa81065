package io.pressbrief.analysis.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a sentence's (or a statement's, or a text's) own tone is scored: by the lexicon alone, or by
 * the lexicon mixed with the contextual read-out of its sentence embedding. Immutable and thread-safe.
 */
public final class SentenceTone {
  /** The two ways; the lexicon is the default, the contextual one is more accurate and far slower. */
  public enum Model { LEXICON, CONTEXTUAL }

  private static final SentenceTone LEXICON_ONLY = new SentenceTone(null, null);

  private final SentenceEmbeddings embeddings;
  private final SentenceToneModel readout;

  private SentenceTone(SentenceEmbeddings embeddings, SentenceToneModel readout) {
    this.embeddings = embeddings;
    this.readout = readout;
  }

  /** The lexicon tone as it is. */
  public static SentenceTone lexicon() {
    return LEXICON_ONLY;
  }

  /** The lexicon tone mixed with {@code readout}'s reading of the text's embedding. */
  public static SentenceTone contextual(SentenceToneModel readout) {
    return new SentenceTone(SentenceEmbeddings.shared(), readout);
  }

  /** The scorer for {@code model}; a contextual one reads {@code modelFile}, or the shipped read-out when null. */
  public static SentenceTone of(Model model, Path modelFile) throws IOException {
    if (model == Model.LEXICON) {
      return lexicon();
    }
    if (modelFile == null) {
      return contextual(SentenceToneModel.builtIn());
    }
    try (InputStream in = Files.newInputStream(modelFile)) {
      return contextual(SentenceToneModel.read(in));
    }
  }

  public boolean isContextual() {
    return readout != null;
  }

  /** The tones of many texts at once (the model batches them), given their lexicon tones; -1..1 each. */
  public double[] tones(java.util.List<String> texts, double[] lexiconTones) {
    if (readout == null) {
      return lexiconTones.clone();
    }
    java.util.List<float[]> vectors = embeddings.embedAll(texts);
    double[] out = new double[lexiconTones.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = readout.tone(vectors.get(i), lexiconTones[i]);
    }
    return out;
  }

  /** The tone of {@code text}, given its lexicon tone ({@link ToneScorer}), -1..1. */
  public double tone(String text, double lexiconTone) {
    return readout == null ? lexiconTone : readout.tone(embeddings.embed(text), lexiconTone);
  }
}
