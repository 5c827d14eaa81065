package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.DataFiles;
import io.pressbrief.analysis.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distilled sentence tone: a weight for each news word (and for the word after a negation), learned
 * by {@code pressbrief train-tone-words} to reproduce what the contextual model ({@link SentenceTone}
 * with {@link SentenceToneModel}) says of news sentences and their clauses, so that most of what it knows
 * costs a word look-up. A sentence's word score is the sum of its known words' weights over the square
 * root of their number; its tone is the lexicon tone times a weight fitted with the words, plus the word
 * score, on the lexicon's scale. Immutable and thread-safe.
 */
public final class ToneWords {
  /** The shipped weights (see README). */
  public static final String RESOURCE = "/pressbrief/tone-words.tsv";
  /** A word within this many words after a negation ("not", "never", "without") has its negated weight. */
  static final int NEGATION_REACH = 3;
  private static final String NEGATED = "NOT_";
  private static final String LEXICON_WEIGHT = "lexicon_weight";

  private final Map<String, Double> asWritten;
  private final double lexiconWeight;

  /**
   * Weights by feature (a folded word, or "NOT_" and the folded word after a negation), and the weight of
   * the lexicon tone they are added to.
   */
  public ToneWords(Map<String, Double> weights, double lexiconWeight) {
    if (!Double.isFinite(lexiconWeight)) {
      throw new IllegalArgumentException("the lexicon weight must be a number: " + lexiconWeight);
    }
    this.asWritten = Map.copyOf(weights);
    this.lexiconWeight = lexiconWeight;
  }

  public double lexiconWeight() {
    return lexiconWeight;
  }

  /** The weights by folded word: {as it stands, after a negation}, NaN where it has none ({@link ToneLexicon}). */
  Map<String, double[]> byWord() {
    Map<String, double[]> out = new HashMap<>();
    asWritten.forEach((feature, w) -> {
      boolean negated = feature.startsWith(NEGATED);
      out.computeIfAbsent(negated ? feature.substring(NEGATED.length()) : feature,
          k -> new double[] {Double.NaN, Double.NaN})[negated ? 1 : 0] = w;
    });
    return out;
  }

  /**
   * The features of a sentence as training and scoring see them: each word's folded form, prefixed
   * "NOT_" within {@link #NEGATION_REACH} words after a negation of the lexicon's ({@code words});
   * figures count as words there but are no features ("0", "1987" say nothing of tone in themselves).
   */
  public static List<String> features(List<Token> tokens, ToneLexicon.Word[] words) {
    List<String> out = new ArrayList<>(tokens.size());
    int sinceNegation = NEGATION_REACH + 1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      boolean negated = !words[i].negation() && ++sinceNegation <= NEGATION_REACH;
      if (words[i].negation()) {
        sinceNegation = 0;
      }
      if (hasLetter(t.text())) {
        out.add(negated ? NEGATED + t.folded() : t.folded());
      }
    }
    return out;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word score of a sentence: the weights of its features that have one, summed, over the root of
   * their number. {@code words} must come from a lexicon built with these weights ({@link ToneLexicon#builtIn(ToneWords)}).
   */
  public static double wordScore(List<Token> tokens, ToneLexicon.Word[] words) {
    double sum = 0;
    int known = 0;
    int sinceNegation = NEGATION_REACH + 1;
    for (int i = 0; i < tokens.size(); i++) {
      ToneLexicon.Word w = words[i];
      if (!tokens.get(i).isWord()) {
        continue;
      }
      boolean negated = !w.negation() && ++sinceNegation <= NEGATION_REACH;
      if (w.negation()) {
        sinceNegation = 0;
      }
      double v = negated ? w.toneWordNegated() : w.toneWord();
      if (!Double.isNaN(v)) {
        sum += v;
        known++;
      }
    }
    return known == 0 ? 0 : sum / Math.sqrt(known);
  }

  /** The tone of a sentence from its word score and its lexicon tone, -1..1. */
  public double tone(double wordScore, double lexiconTone) {
    return Math.max(-1, Math.min(1, lexiconWeight * lexiconTone + wordScore));
  }

  /** Writes the weights as text: '#' comments, the lexicon's weight, then "feature TAB weight" in feature order. */
  public void write(Writer w, String comment) throws IOException {
    for (String line : comment.split("\n")) {
      w.write("# " + line + "\n");
    }
    w.write(LEXICON_WEIGHT + "\t" + number(lexiconWeight) + "\n");
    for (Map.Entry<String, Double> e : new TreeMap<>(asWritten).entrySet()) {
      w.write(e.getKey() + "\t" + number(e.getValue()) + "\n");
    }
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.5g", v);
  }

  /**
   * Reads weights written by {@link #write}, or by the first version of {@code train-tone-words}, which
   * mixed the two scores half and half in units of their spreads ({@code lexicon_spread}, {@code
   * word_spread}): that is the same form, with the lexicon's weight 0.5 and the word weights scaled.
   */
  public static ToneWords read(InputStream in) throws IOException {
    Map<String, Double> header = new HashMap<>();
    Map<String, Double> weights = new HashMap<>();
    for (String line : DataFiles.lines(in)) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IOException("tone words: expected 'feature TAB weight', got '" + line + "'");
      }
      try {
        double v = Double.parseDouble(parts[1]);
        switch (parts[0]) {
          case LEXICON_WEIGHT, "lexicon_spread", "word_spread" -> header.put(parts[0], v);
          default -> weights.put(parts[0], v);
        }
      } catch (NumberFormatException e) {
        throw new IOException("tone words: bad weight in '" + line + "'", e);
      }
    }
    if (header.containsKey(LEXICON_WEIGHT)) {
      return new ToneWords(weights, header.get(LEXICON_WEIGHT));
    }
    Double lexiconSpread = header.get("lexicon_spread");
    Double wordSpread = header.get("word_spread");
    if (lexiconSpread == null || wordSpread == null || !(lexiconSpread > 0) || !(wordSpread > 0)) {
      throw new IOException("tone words: the line '" + LEXICON_WEIGHT + " TAB weight' is missing");
    }
    double scale = 0.5 * lexiconSpread / wordSpread;
    Map<String, Double> scaled = new HashMap<>();
    weights.forEach((k, v) -> scaled.put(k, v * scale));
    return new ToneWords(scaled, 0.5);
  }

  /** The shipped weights. */
  public static ToneWords builtIn() throws IOException {
    try (InputStream in = DataFiles.resource(RESOURCE)) {
      return read(in);
    }
  }
}
