package io.pressbrief.analysis.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits {@link ToneWords}: a damped least-squares regression of what the contextual model says of each
 * training sentence on the sentence's word features (each row scaled by the root of its number of
 * known features), solved by conjugate gradients on the normal equations (CGLS), which needs only the
 * sparse rows. Deterministic: the same rows give the same weights.
 */
public final class ToneWordsTraining {
  private ToneWordsTraining() {}

  /**
   * The weights for features seen in at least {@code minCount} sentences.
   *
   * @param features     each sentence's features ({@link ToneWords#features})
   * @param teacher      what the contextual read-out says of each sentence
   * @param lexiconTones each sentence's lexicon tone, for the spread the mix divides by
   * @param damp         the damping (ridge penalty = damp²)
   * @param iterations   conjugate-gradient steps
   */
  public static ToneWords train(List<List<String>> features, double[] teacher, double[] lexiconTones, int minCount,
                                double damp, int iterations) {
    int n = features.size();
    if (n < 2 || teacher.length != n || lexiconTones.length != n) {
      throw new IllegalArgumentException("need a teacher score and a lexicon tone for each of two or more sentences");
    }
    Map<String, Integer> sentencesWith = new HashMap<>();
    for (List<String> f : features) {
      f.stream().distinct().forEach(k -> sentencesWith.merge(k, 1, Integer::sum));
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> names = sentencesWith.entrySet().stream().filter(e -> e.getValue() >= minCount)
        .map(Map.Entry::getKey).sorted().toList();
    for (String name : names) {
      index.put(name, index.size());
    }
    // rows as (column, value) pairs
    int[][] columns = new int[n][];
    double[][] values = new double[n][];
    for (int r = 0; r < n; r++) {
      Map<Integer, Integer> counts = new java.util.TreeMap<>();
      int known = 0;
      for (String f : features.get(r)) {
        Integer c = index.get(f);
        if (c != null) {
          counts.merge(c, 1, Integer::sum);
          known++;
        }
      }
      columns[r] = new int[counts.size()];
      values[r] = new double[counts.size()];
      int k = 0;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        columns[r][k] = e.getKey();
        values[r][k] = e.getValue() / Math.sqrt(known);
        k++;
      }
    }
    double mean = 0;
    for (double t : teacher) {
      mean += t / n;
    }
    double[] b = new double[n];
    for (int r = 0; r < n; r++) {
      b[r] = teacher[r] - mean;
    }
    double[] x = cgls(columns, values, b, names.size(), damp * damp, iterations);
    Map<String, Double> weights = new HashMap<>();
    for (int j = 0; j < x.length; j++) {
      weights.put(names.get(j), x[j]);
    }
    double[] fitted = multiply(columns, values, x);
    return new ToneWords(weights, spread(lexiconTones), spread(fitted));
  }

  /** Solves min |A x − b|² + λ|x|² for the sparse A given by rows, by conjugate gradients (CGLS). */
  static double[] cgls(int[][] columns, double[][] values, double[] b, int width, double lambda, int iterations) {
    double[] x = new double[width];
    double[] r = b.clone();
    double[] s = multiplyTransposed(columns, values, r, width);
    double[] p = s.clone();
    double gamma = dot(s, s);
    for (int it = 0; it < iterations && gamma > 1e-20; it++) {
      double[] q = multiply(columns, values, p);
      double alpha = gamma / (dot(q, q) + lambda * dot(p, p));
      for (int j = 0; j < width; j++) {
        x[j] += alpha * p[j];
      }
      for (int i = 0; i < r.length; i++) {
        r[i] -= alpha * q[i];
      }
      s = multiplyTransposed(columns, values, r, width);
      for (int j = 0; j < width; j++) {
        s[j] -= lambda * x[j];
      }
      double next = dot(s, s);
      double beta = next / gamma;
      for (int j = 0; j < width; j++) {
        p[j] = s[j] + beta * p[j];
      }
      gamma = next;
    }
    return x;
  }

  private static double[] multiply(int[][] columns, double[][] values, double[] x) {
    double[] out = new double[columns.length];
    for (int r = 0; r < columns.length; r++) {
      double s = 0;
      for (int k = 0; k < columns[r].length; k++) {
        s += values[r][k] * x[columns[r][k]];
      }
      out[r] = s;
    }
    return out;
  }

  private static double[] multiplyTransposed(int[][] columns, double[][] values, double[] y, int width) {
    double[] out = new double[width];
    for (int r = 0; r < columns.length; r++) {
      for (int k = 0; k < columns[r].length; k++) {
        out[columns[r][k]] += values[r][k] * y[r];
      }
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

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
