package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import java.util.List;

/**
 * The tone toward one target in a sentence, from the trained target model: "X praised Y but
 * condemned Z" is positive toward Y and negative toward Z because the model reads the words around
 * each target, on each side, with negation marked. Immutable and thread-safe.
 */
public final class TargetTone {
  /** Tone toward a target: a score from -1 to 1 and the most likely polarity (-1, 0, 1). */
  public record Toward(double score, int polarity) {}

  private final TargetFeatures features;
  private final TargetSentimentModel model;

  public TargetTone(TargetFeatures features, TargetSentimentModel model) {
    this.features = features;
    this.model = model;
  }

  /** The tone toward the target at {@code target}, within the sentence {@code text[from, to)}. */
  public Toward toward(String text, int from, int to, Span target) {
    return toward(Tokenizer.tokens(text, from, to), target);
  }

  /** The tone toward the target in an already tokenised sentence. */
  public Toward toward(List<Token> sentence, Span target) {
    TargetSentimentModel.Scores scores = model.scores();
    features.visit(sentence, target, scores);
    return toward(scores);
  }

  /** The same, with the sentence's lexicon tone already known (it is the same for all its targets). */
  public Toward toward(List<Token> sentence, Span target, double sentenceTone) {
    TargetSentimentModel.Scores scores = model.scores(); // weighed as they are found: no feature map built
    features.visit(sentence, target, sentenceTone, scores);
    return toward(scores);
  }

  /** The same, with what the lexicon knows of each of the sentence's tokens already looked up. */
  public Toward toward(List<Token> sentence, ToneLexicon.Word[] words, Span target, double sentenceTone) {
    TargetSentimentModel.Scores scores = model.scores();
    features.visit(sentence, words, target, sentenceTone, scores);
    return toward(scores);
  }

  private static Toward toward(TargetSentimentModel.Scores scores) {
    double[] p = scores.probabilities();
    return new Toward(p[2] - p[0], TargetSentimentModel.polarityOf(p));
  }
}
