package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.DataFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Tone toward a target as a three-class logistic regression (negative, neutral, positive) over
 * {@link TargetFeatures}, trained by pressbrief's own code ({@code pressbrief train-sentiment}).
 * The weights are a small text file shipped in the jar. Immutable and thread-safe once built.
 */
public final class TargetSentimentModel {
  /** The shipped model, trained on NewsMTSC's training split (see README). */
  public static final String RESOURCE = "/pressbrief/target-sentiment-model.tsv";
  private static final int CLASSES = 3;

  /** Weights per feature: negative, neutral, positive. */
  private final Map<String, double[]> weights;

  /**
   * The same weights as the scorer reads them ({@link TargetFeatures.Sink}): the features without a
   * word by their name, and the word features by their word ({@link WordWeights}), so one look-up of
   * a word serves all its features and no feature name is built while scoring.
   */
  private final Map<String, double[]> constants;
  private final WordTable<WordWeights> byWord;

  /** The weights of one word's features, by prefix ({@link TargetFeatures#WORD_PREFIXES}); filled while the model is built. */
  private static final class WordWeights {
    private static final WordTable<double[]> NO_PAIRS = new WordTable<>(Map.of());
    final double[][] plain = new double[WORD_PREFIXES.length][];
    /** The features of the word negated before it ("n12=NOT_" + word). */
    final double[][] negated = new double[WORD_PREFIXES.length][];
    /** The pairs the word starts ("bi=" + word + "_" + next), by the next word. */
    WordTable<double[]> pairs = NO_PAIRS;
  }

  private TargetSentimentModel(Map<String, double[]> weights) {
    this.weights = Map.copyOf(weights);
    Map<String, double[]> constants = new HashMap<>();
    Map<String, WordWeights> byWord = new HashMap<>();
    Map<String, Map<String, double[]>> pairsByFirst = new HashMap<>();
    weights.forEach((name, w) -> {
      int prefix = -1;
      for (int i = 0; i < WORD_PREFIXES.length && prefix < 0; i++) {
        prefix = name.startsWith(WORD_PREFIXES[i]) ? i : -1;
      }
      if (prefix < 0 || name.length() == WORD_PREFIXES[prefix].length()) {
        constants.put(name, w); // and a word feature without its word ("next=" at a sentence's end)
        return;
      }
      String word = name.substring(WORD_PREFIXES[prefix].length());
      if (prefix == PAIR_PREFIX) {
        // Split at every "_": the scorer asks for first and next word, and a word may hold "_" itself.
        for (int at = word.indexOf(TargetFeatures.PAIR); at >= 0; at = word.indexOf(TargetFeatures.PAIR, at + 1)) {
          pairsByFirst.computeIfAbsent(word.substring(0, at), k -> new HashMap<>())
              .put(word.substring(at + TargetFeatures.PAIR.length()), w);
        }
      } else if (word.startsWith(TargetFeatures.NEGATED)) { // folded words are lower case: never "NOT_…" themselves
        byWord.computeIfAbsent(word.substring(TargetFeatures.NEGATED.length()), k -> new WordWeights())
            .negated[prefix] = w;
      } else {
        byWord.computeIfAbsent(word, k -> new WordWeights()).plain[prefix] = w;
      }
    });
    pairsByFirst.forEach((first, pairs) -> byWord.computeIfAbsent(first, k -> new WordWeights()).pairs =
        new WordTable<>(pairs));
    this.constants = constants;
    this.byWord = new WordTable<>(byWord);
  }

  private static final String[] WORD_PREFIXES = TargetFeatures.WORD_PREFIXES.toArray(String[]::new);
  private static final int PAIR_PREFIX = TargetFeatures.WORD_PREFIXES.indexOf("bi=");

  /** The index of a word feature's prefix, or -1; the features pass the constants, which equals finds by identity. */
  private static int prefixIndex(String prefix) {
    for (int i = 0; i < WORD_PREFIXES.length; i++) {
      if (WORD_PREFIXES[i].equals(prefix)) {
        return i;
      }
    }
    return -1;
  }

  /** A fresh accumulator of class scores for one target; not thread-safe, and cheap to make. */
  public Scores scores() {
    return new Scores();
  }

  /** Class scores summed as the features of one target arrive. */
  public final class Scores implements TargetFeatures.Sink {
    private final double[] sums = new double[CLASSES];
    /**
     * The last word looked up and its weights: a token's word comes as several features in a row
     * (near it within 12, 6 and 3 words, and the pair it starts), the same string each time, so it
     * is looked up once.
     */
    private String lastWord;
    private WordWeights lastWeights;

    private Scores() {}

    @Override
    public void add(String prefix, String word, double value) {
      if (value == 0) {
        return; // most words carry no valence: their "lex" features weigh nothing, so skip the look-ups
      }
      if (word.isEmpty()) {
        addWeights(constants.get(prefix), value);
      } else {
        WordWeights w = weightsOf(word);
        addWeights(w == null ? null : slot(w.plain, prefix), value);
      }
    }

    @Override
    public void addNegated(String prefix, String word, double value) {
      WordWeights w = weightsOf(word);
      addWeights(w == null ? null : slot(w.negated, prefix), value);
    }

    @Override
    public void addPair(String prefix, String first, String second, double value) {
      if (prefixIndex(prefix) != PAIR_PREFIX) {
        add(prefix, first + TargetFeatures.PAIR + second, value); // kept by their whole word, as built above
        return;
      }
      WordWeights w = weightsOf(first);
      addWeights(w == null ? null : w.pairs.get(second), value);
    }

    private WordWeights weightsOf(String word) {
      if (word != lastWord) {
        lastWord = word;
        lastWeights = byWord.get(word);
      }
      return lastWeights;
    }

    private double[] slot(double[][] byPrefix, String prefix) {
      int slot = prefixIndex(prefix);
      return slot < 0 ? null : byPrefix[slot];
    }

    private void addWeights(double[] w, double value) {
      if (w != null) {
        for (int c = 0; c < CLASSES; c++) {
          sums[c] += w[c] * value;
        }
      }
    }

    /** Class probabilities: negative, neutral, positive. */
    public double[] probabilities() {
      return softmax(sums);
    }
  }

  /** The model shipped in the jar. */
  public static TargetSentimentModel builtIn() throws IOException {
    return read(DataFiles.resource(RESOURCE));
  }

  /** Reads "feature TAB w_neg TAB w_neu TAB w_pos" lines ('#' comments allowed). */
  public static TargetSentimentModel read(InputStream in) throws IOException {
    Map<String, double[]> w = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\t");
        if (p.length != CLASSES + 1) {
          throw new IOException("sentiment model: expected feature and 3 weights, got '" + line + "'");
        }
        w.put(p[0], new double[] {Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3])});
      }
    }
    return new TargetSentimentModel(w);
  }

  /** Class probabilities: negative, neutral, positive. */
  public double[] probabilities(Map<String, Double> features) {
    double[] s = new double[CLASSES];
    for (Map.Entry<String, Double> f : features.entrySet()) {
      double[] w = weights.get(f.getKey());
      if (w != null) {
        for (int c = 0; c < CLASSES; c++) {
          s[c] += w[c] * f.getValue();
        }
      }
    }
    return softmax(s);
  }

  /** The most likely polarity: -1, 0 or 1. */
  public int polarity(Map<String, Double> features) {
    return polarityOf(probabilities(features));
  }

  /** The most likely polarity (-1, 0 or 1) of class probabilities negative, neutral, positive. */
  static int polarityOf(double[] p) {
    int best = 0;
    for (int c = 1; c < CLASSES; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best - 1;
  }

  private static double[] softmax(double[] s) {
    double max = Math.max(s[0], Math.max(s[1], s[2]));
    double sum = 0;
    double[] p = new double[CLASSES];
    for (int c = 0; c < CLASSES; c++) {
      p[c] = Math.exp(s[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < CLASSES; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** One training example: features and a polarity (-1, 0, 1). */
  public record Example(Map<String, Double> features, int polarity) {}

  /**
   * Trains by stochastic gradient descent with L2 regularisation and class weights that balance the
   * classes. Deterministic: the same examples and seed give the same weights.
   */
  public static TargetSentimentModel train(List<Example> examples, int epochs, double l2, long seed) {
    Map<String, double[]> w = new HashMap<>();
    int[] counts = new int[CLASSES];
    for (Example e : examples) {
      counts[e.polarity() + 1]++;
    }
    double[] classWeight = new double[CLASSES];
    for (int c = 0; c < CLASSES; c++) {
      classWeight[c] = counts[c] == 0 ? 0 : examples.size() / (double) (CLASSES * counts[c]);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    double rate = 0.1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        Example e = examples.get(i);
        double[] s = new double[CLASSES];
        for (Map.Entry<String, Double> f : e.features().entrySet()) {
          double[] fw = w.computeIfAbsent(f.getKey(), k -> new double[CLASSES]);
          for (int c = 0; c < CLASSES; c++) {
            s[c] += fw[c] * f.getValue();
          }
        }
        double[] p = softmax(s);
        int y = e.polarity() + 1;
        for (Map.Entry<String, Double> f : e.features().entrySet()) {
          double[] fw = w.get(f.getKey());
          for (int c = 0; c < CLASSES; c++) {
            double gradient = (p[c] - (c == y ? 1 : 0)) * classWeight[y] * f.getValue() + l2 * fw[c];
            fw[c] -= rate * gradient;
          }
        }
      }
      rate *= 0.8;
    }
    return new TargetSentimentModel(w);
  }

  /**
   * Trains {@code runs} models, each with its own shuffling seed ({@code seed}, {@code seed + 1}, …),
   * and averages their weights: one run's F1 moves by about a point with the order of the examples,
   * the average much less.
   */
  public static TargetSentimentModel trainAveraged(List<Example> examples, int epochs, double l2, long seed,
      int runs) {
    Map<String, double[]> sum = new HashMap<>();
    for (int run = 0; run < runs; run++) {
      TargetSentimentModel model = train(examples, epochs, l2, seed + run);
      for (Map.Entry<String, double[]> e : model.weights.entrySet()) {
        double[] s = sum.computeIfAbsent(e.getKey(), k -> new double[CLASSES]);
        for (int c = 0; c < CLASSES; c++) {
          s[c] += e.getValue()[c] / runs;
        }
      }
    }
    return new TargetSentimentModel(sum);
  }

  /** Writes the weights, dropping features whose weights are all below {@code minWeight}, in name order. */
  public void write(Writer out, double minWeight, String header) throws IOException {
    BufferedWriter w = new BufferedWriter(out);
    for (String line : header.split("\n")) {
      w.write("# " + line + "\n");
    }
    List<String> names = new ArrayList<>(weights.keySet());
    Collections.sort(names);
    for (String name : names) {
      double[] v = weights.get(name);
      if (Math.max(Math.abs(v[0]), Math.max(Math.abs(v[1]), Math.abs(v[2]))) < minWeight || name.contains("\t")
          || name.contains("\n")) {
        continue;
      }
      w.write(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", name, v[0], v[1], v[2]));
    }
    w.flush();
  }
}
