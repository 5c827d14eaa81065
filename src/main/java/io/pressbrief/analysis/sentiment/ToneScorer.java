package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import java.util.List;

/**
 * A rule-and-lexicon tone scorer of VADER's kind: sums word valences adjusted for negation,
 * boosters, emphasis by capitals and exclamation, and the shift of weight after "but", then maps
 * the sum to -1..1. A negative word right after a reverser ("reduce the risk", "prevent war") is
 * turned the other way, as negation turns a word. Immutable and thread-safe.
 *
 * <p>Scores: -1 is as negative as text gets, 1 as positive, 0 neutral; |score| below
 * {@link #NEUTRAL_BAND} counts as neutral. The same text always gets the same score.
 */
public final class ToneScorer {
  /** Scores closer to zero than this are neutral. */
  public static final double NEUTRAL_BAND = 0.05;
  private static final double NEGATION_FACTOR = -0.74;
  /** How far after a reverser ("prevent", "reduce") a negative word is what it acts on. */
  private static final int REVERSER_REACH = 3;
  private static final double CAPS_EMPHASIS = 0.733;
  private static final double EXCLAMATION_EMPHASIS = 0.292;
  private static final double NORMALISATION_ALPHA = 15.0;

  private final ToneLexicon lexicon;

  public ToneScorer(ToneLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The tone of {@code text[from, to)}, -1..1. */
  public double score(String text, int from, int to) {
    return score(Tokenizer.tokens(text, from, to));
  }

  public double score(String text) {
    return score(text, 0, text.length());
  }

  /** What the lexicon knows of each token ({@link ToneLexicon#words}), to score and reuse. */
  public ToneLexicon.Word[] words(List<Token> tokens) {
    return lexicon.words(tokens);
  }

  /** The tone of a token sequence, -1..1. */
  public double score(List<Token> tokens) {
    return score(tokens, lexicon.words(tokens));
  }

  /** The same, with what the lexicon knows of each token already looked up ({@link ToneLexicon#words}). */
  public double score(List<Token> tokens, ToneLexicon.Word[] words) {
    return normalise(sum(tokens, words));
  }

  /** The tone of a sentence in the polarity label the scorers use: -1, 0 or 1. */
  public static int polarity(double score) {
    return score >= NEUTRAL_BAND ? 1 : score <= -NEUTRAL_BAND ? -1 : 0;
  }

  double sum(List<Token> tokens) {
    return sum(tokens, lexicon.words(tokens));
  }

  /** The sum of the valences; the rules read what the lexicon said of each token, looked up once. */
  private double sum(List<Token> tokens, ToneLexicon.Word[] words) {
    int n = tokens.size();
    double[] valences = new double[n];
    boolean mixedCase = hasMixedCase(tokens);
    int contrastAt = -1;
    int exclamations = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.text().equals("!")) {
        exclamations++;
      }
      if (words[i].contrastive()) {
        contrastAt = i;
      }
      double v = words[i].valence();
      if (v == 0 || words[i].booster() != 0 || reversesWhatFollows(tokens, words, i)) {
        continue;
      }
      if (mixedCase && t.text().length() > 1 && isAllCaps(t.text())) {
        v += Math.signum(v) * CAPS_EMPHASIS;
      }
      for (int back = 1; back <= 3 && i - back >= 0; back++) {
        double boost = boosterBefore(tokens, words, i - back);
        if (boost != 0) {
          double scale = 1.0 - 0.05 * (back - 1);
          v += Math.signum(v) * boost * scale;
        }
      }
      // "wouldn't put an end to dirty campaigns": a negated reverser reverses nothing, and the
      // negation belongs to it, not to the word it acts on.
      int reverser = v < 0 ? reverserBefore(tokens, words, i) : -1;
      if (negatedBefore(words, i, reverser)) {
        v *= NEGATION_FACTOR;
      }
      if (reverser >= 0 && !negatedBefore(words, reverser, -1)) {
        v *= NEGATION_FACTOR;
      }
      valences[i] = v;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double v = valences[i];
      if (contrastAt >= 0) {
        v *= i < contrastAt ? 0.5 : i > contrastAt ? 1.5 : 1.0;
      }
      sum += v;
    }
    if (sum != 0) {
      sum += Math.signum(sum) * Math.min(exclamations, 4) * EXCLAMATION_EMPHASIS;
    }
    return sum;
  }

  /** Whether a negation stands up to three words before {@code i}, after {@code after}. */
  private static boolean negatedBefore(ToneLexicon.Word[] words, int i, int after) {
    for (int back = 1; back <= 3 && i - back > after && i - back >= 0; back++) {
      if (words[i - back].negation()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position of a reverser in the same clause, at most {@link #REVERSER_REACH} words before the
   * word at {@code i}, that acts on it; -1 if none does.
   */
  private static int reverserBefore(List<Token> tokens, ToneLexicon.Word[] words, int i) {
    for (int back = 1; back <= REVERSER_REACH && i - back >= 0; back++) {
      if (!tokens.get(i - back).isWord()) {
        return -1;
      }
      if (words[i - back].reverser()) {
        return i - back;
      }
    }
    return -1;
  }

  /**
   * Whether the word at {@code i} is a reverser acting on a negative word after it: its own valence
   * ("fight" is negative in VADER) then belongs to that phrase, "fight disease" being good news.
   */
  private static boolean reversesWhatFollows(List<Token> tokens, ToneLexicon.Word[] words, int i) {
    if (!words[i].reverser()) {
      return false;
    }
    for (int ahead = 1; ahead <= REVERSER_REACH && i + ahead < tokens.size(); ahead++) {
      if (!tokens.get(i + ahead).isWord()) {
        return false;
      }
      if (words[i + ahead].valence() < 0) {
        return true;
      }
    }
    return false;
  }

  /** The booster value of the word at {@code i}, or of a two- or three-word phrase ending there. */
  private double boosterBefore(List<Token> tokens, ToneLexicon.Word[] words, int i) {
    double b = words[i].booster();
    if (b != 0 || !words[i].endsBoosterPhrase()) {
      return b;
    }
    if (i >= 1) {
      b = lexicon.booster(tokens.get(i - 1).folded() + " " + tokens.get(i).folded());
      if (b != 0) {
        return b;
      }
    }
    if (i >= 2) {
      b = lexicon.booster(tokens.get(i - 2).folded() + " " + tokens.get(i - 1).folded() + " " + tokens.get(i).folded());
    }
    return b;
  }

  static double normalise(double sum) {
    double score = sum / Math.sqrt(sum * sum + NORMALISATION_ALPHA);
    return Math.max(-1.0, Math.min(1.0, score));
  }

  private static boolean hasMixedCase(List<Token> tokens) {
    boolean lower = false;
    for (Token t : tokens) {
      if (t.isWord() && !isAllCaps(t.text())) {
        lower = true;
        break;
      }
    }
    return lower;
  }

  private static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }
}
