package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The contextual sentence tone: a linear read-out of a sentence's embedding ({@link SentenceEmbeddings}),
 * trained by pressbrief's own code on rated sentences ({@code pressbrief train-sentence-tone}), mixed
 * half and half with the lexicon tone, each in units of its spread over the training sentences.
 * The result is on the lexicon's scale (-1..1, the same neutral band). Immutable and thread-safe.
 */
public final class SentenceToneModel {
  /** The shipped model, trained on VADER's rated tweets (see README). */
  public static final String RESOURCE = "/pressbrief/sentence-tone-model.tsv";
  /** The ridge penalty the shipped model was trained with. */
  public static final double DEFAULT_PENALTY = 10;

  private final double intercept;
  private final double[] weights;
  /** The standard deviations of the lexicon tone and of the read-out over the training sentences. */
  private final double lexiconSpread;
  private final double readoutSpread;

  public SentenceToneModel(double intercept, double[] weights, double lexiconSpread, double readoutSpread) {
    if (!(lexiconSpread > 0) || !(readoutSpread > 0)) {
      throw new IllegalArgumentException("spreads must be positive: " + lexiconSpread + ", " + readoutSpread);
    }
    this.intercept = intercept;
    this.weights = weights.clone();
    this.lexiconSpread = lexiconSpread;
    this.readoutSpread = readoutSpread;
  }

  /** What the read-out alone says of an embedding, on the training ratings' scale. */
  public double readout(float[] embedding) {
    if (embedding.length != weights.length) {
      throw new IllegalArgumentException("embedding has " + embedding.length + " values, the model " + weights.length);
    }
    double s = intercept;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i] * embedding[i];
    }
    return s;
  }

  /** The tone of a sentence from its embedding and its lexicon tone ({@link ToneScorer}), -1..1. */
  public double tone(float[] embedding, double lexiconTone) {
    double mixed = 0.5 * lexiconTone / lexiconSpread + 0.5 * readout(embedding) / readoutSpread;
    return Math.max(-1, Math.min(1, mixed * lexiconSpread));
  }

  /**
   * Fits the read-out by ridge regression of the ratings on the embeddings (penalty {@code penalty}),
   * and measures the two spreads on the same sentences.
   */
  public static SentenceToneModel train(List<float[]> embeddings, double[] ratings, double[] lexiconTones,
                                        double penalty) {
    int n = embeddings.size();
    if (n < 2 || ratings.length != n || lexiconTones.length != n) {
      throw new IllegalArgumentException("need as many ratings and lexicon tones as embeddings, and two or more");
    }
    int d = embeddings.get(0).length;
    double[] mean = new double[d];
    for (float[] e : embeddings) {
      for (int j = 0; j < d; j++) {
        mean[j] += e[j] / (double) n;
      }
    }
    double ratingMean = Arrays.stream(ratings).average().orElse(0);
    double[][] gram = new double[d][d];
    double[] moment = new double[d];
    double[] centred = new double[d];
    for (int r = 0; r < n; r++) {
      float[] e = embeddings.get(r);
      for (int j = 0; j < d; j++) {
        centred[j] = e[j] - mean[j];
      }
      for (int j = 0; j < d; j++) {
        moment[j] += centred[j] * (ratings[r] - ratingMean);
        for (int k = 0; k <= j; k++) {
          gram[j][k] += centred[j] * centred[k];
        }
      }
    }
    for (int j = 0; j < d; j++) {
      gram[j][j] += penalty;
      for (int k = 0; k < j; k++) {
        gram[k][j] = gram[j][k];
      }
    }
    double[] w = solveSymmetric(gram, moment);
    double b = ratingMean;
    for (int j = 0; j < d; j++) {
      b -= w[j] * mean[j];
    }
    double[] readouts = new double[n];
    for (int r = 0; r < n; r++) {
      double s = b;
      for (int j = 0; j < d; j++) {
        s += w[j] * embeddings.get(r)[j];
      }
      readouts[r] = s;
    }
    return new SentenceToneModel(b, w, spread(lexiconTones), spread(readouts));
  }

  /** Solves {@code a x = y} for a symmetric positive-definite {@code a} (Cholesky); {@code a} is overwritten. */
  static double[] solveSymmetric(double[][] a, double[] y) {
    int d = y.length;
    for (int j = 0; j < d; j++) {
      double s = a[j][j];
      for (int k = 0; k < j; k++) {
        s -= a[j][k] * a[j][k];
      }
      if (!(s > 0)) {
        throw new IllegalArgumentException("matrix is not positive definite");
      }
      a[j][j] = Math.sqrt(s);
      for (int i = j + 1; i < d; i++) {
        double t = a[i][j];
        for (int k = 0; k < j; k++) {
          t -= a[i][k] * a[j][k];
        }
        a[i][j] = t / a[j][j];
      }
    }
    double[] z = new double[d];
    for (int i = 0; i < d; i++) {
      double t = y[i];
      for (int k = 0; k < i; k++) {
        t -= a[i][k] * z[k];
      }
      z[i] = t / a[i][i];
    }
    double[] x = new double[d];
    for (int i = d - 1; i >= 0; i--) {
      double t = z[i];
      for (int k = i + 1; k < d; k++) {
        t -= a[k][i] * x[k];
      }
      x[i] = t / a[i][i];
    }
    return x;
  }

  /** Writes the model as text: '#' comments, then "name TAB value(s)" lines. */
  public void write(Writer w, String comment) throws IOException {
    for (String line : comment.split("\n")) {
      w.write("# " + line + "\n");
    }
    w.write("intercept\t" + number(intercept) + "\n");
    w.write("lexicon_spread\t" + number(lexiconSpread) + "\n");
    w.write("readout_spread\t" + number(readoutSpread) + "\n");
    StringBuilder sb = new StringBuilder("weights");
    for (double v : weights) {
      sb.append('\t').append(number(v));
    }
    w.write(sb.append('\n').toString());
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  /** Reads a model written by {@link #write}. */
  public static SentenceToneModel read(InputStream in) throws IOException {
    double intercept = Double.NaN;
    double lexicon = Double.NaN;
    double readout = Double.NaN;
    List<Double> weights = new ArrayList<>();
    for (String line : DataFiles.lines(in)) {
      String[] parts = line.split("\t");
      try {
        switch (parts[0]) {
          case "intercept" -> intercept = Double.parseDouble(parts[1]);
          case "lexicon_spread" -> lexicon = Double.parseDouble(parts[1]);
          case "readout_spread" -> readout = Double.parseDouble(parts[1]);
          case "weights" -> {
            for (int i = 1; i < parts.length; i++) {
              weights.add(Double.parseDouble(parts[i]));
            }
          }
          default -> throw new IOException("sentence tone model: unknown line '" + parts[0] + "'");
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException("sentence tone model: bad line '" + line + "'", e);
      }
    }
    if (Double.isNaN(intercept) || Double.isNaN(lexicon) || Double.isNaN(readout)
        || weights.size() != SentenceEmbeddings.DIMENSIONS) {
      throw new IOException("sentence tone model: needs intercept, lexicon_spread, readout_spread and "
          + SentenceEmbeddings.DIMENSIONS + " weights (got " + weights.size() + ")");
    }
    return new SentenceToneModel(intercept, weights.stream().mapToDouble(Double::doubleValue).toArray(), lexicon, readout);
  }

  /** The shipped model. */
  public static SentenceToneModel builtIn() throws IOException {
    try (InputStream in = DataFiles.resource(RESOURCE)) {
      return read(in);
    }
  }

  /** The standard deviation of {@code values}. */
  static double spread(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v / values.length;
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / values.length);
  }
}
