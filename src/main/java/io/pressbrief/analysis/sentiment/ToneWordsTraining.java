package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fits {@link ToneWords}: a damped least-squares regression of what the contextual model says of each
 * training text on the text's word features (each row scaled by the root of its number of known
 * features) and its lexicon tone (not damped), solved by conjugate gradients on the normal equations
 * (CGLS), which needs only the sparse rows. Deterministic: the same rows give the same weights.
 */
public final class ToneWordsTraining {
  private ToneWordsTraining() {}

  /** Words that open a clause of their own within a sentence ("..., but the ferries sailed"). */
  private static final Set<String> CLAUSE_WORDS = Set.of("but", "while", "whereas", "although", "though");
  /** Marks that close a clause or open an aside: , ; : ( ) and dashes. */
  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", "-", "\u2013", "\u2014");
  /** A clause of fewer words is not worth the teacher's reading. */
  static final int MIN_CLAUSE_WORDS = 4;

  /**
   * The clauses of a sentence worth a training row of their own, as token ranges {from, to}: the stretches
   * between commas, semicolons, colons, brackets, dashes and the words "but", "while", "whereas",
   * "although", "though", with {@link #MIN_CLAUSE_WORDS} words or more, when the sentence has two
   * stretches or more. The teacher's tone of a clause tells the words in it apart from the words in the
   * rest of the sentence, which the sentence's tone alone cannot.
   */
  public static List<int[]> clauses(List<Token> tokens) {
    List<int[]> stretches = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      boolean end = i == tokens.size() || CLAUSE_MARKS.contains(tokens.get(i).text())
          || CLAUSE_WORDS.contains(tokens.get(i).folded());
      if (end) {
        if (i > from) {
          stretches.add(new int[] {from, i});
        }
        // a clause word belongs to the clause it opens; a mark to none
        from = i < tokens.size() && CLAUSE_WORDS.contains(tokens.get(i).folded()) ? i : i + 1;
      }
    }
    if (stretches.size() < 2) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    for (int[] s : stretches) {
      int words = 0;
      for (int i = s[0]; i < s[1]; i++) {
        words += tokens.get(i).isWord() ? 1 : 0;
      }
      if (words >= MIN_CLAUSE_WORDS) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The weights for features seen in at least {@code minCount} texts, but for those under {@code minWeight}
   * in size, and the lexicon tone's weight. A small weight moves a sentence's tone by next to nothing
   * while each word kept costs room in the table every token is looked up in.
   *
   * @param features     each text's features ({@link ToneWords#features})
   * @param teacher      what the contextual model says of each text, on the lexicon's scale
   * @param lexiconTones each text's lexicon tone
   * @param damp         the damping of the word weights (ridge penalty = damp²)
   * @param iterations   conjugate-gradient steps
   * @param minWeight    the smallest weight kept (in size)
   */
  public static ToneWords train(List<List<String>> features, double[] teacher, double[] lexiconTones, int minCount,
                                double damp, int iterations, double minWeight) {
    int n = features.size();
    if (n < 2 || teacher.length != n || lexiconTones.length != n) {
      throw new IllegalArgumentException("need a teacher score and a lexicon tone for each of two or more texts");
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
    int lexiconColumn = names.size();
    // rows as (column, value) pairs; the last column is the lexicon tone
    int[][] columns = new int[n][];
    double[][] values = new double[n][];
    for (int r = 0; r < n; r++) {
      Map<Integer, Integer> counts = new TreeMap<>();
      int known = 0;
      for (String f : features.get(r)) {
        Integer c = index.get(f);
        if (c != null) {
          counts.merge(c, 1, Integer::sum);
          known++;
        }
      }
      columns[r] = new int[counts.size() + 1];
      values[r] = new double[counts.size() + 1];
      int k = 0;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        columns[r][k] = e.getKey();
        values[r][k] = e.getValue() / Math.sqrt(known);
        k++;
      }
      columns[r][k] = lexiconColumn;
      values[r][k] = lexiconTones[r];
    }
    // centred, so that a text with no known word and no lexicon word stays neutral
    double mean = 0;
    for (double t : teacher) {
      mean += t / n;
    }
    double[] b = new double[n];
    for (int r = 0; r < n; r++) {
      b[r] = teacher[r] - mean;
    }
    double[] penalties = new double[lexiconColumn + 1];
    Arrays.fill(penalties, 0, lexiconColumn, damp * damp);
    double[] x = cgls(columns, values, b, penalties, iterations);
    Map<String, Double> weights = new HashMap<>();
    for (int j = 0; j < lexiconColumn; j++) {
      if (Math.abs(x[j]) >= minWeight) {
        weights.put(names.get(j), x[j]);
      }
    }
    return new ToneWords(weights, x[lexiconColumn]);
  }

  /**
   * Solves min |A x − b|² + Σ λⱼ xⱼ² for the sparse A given by rows (λ for each column: {@code penalties},
   * whose length is A's width), by conjugate gradients (CGLS).
   */
  static double[] cgls(int[][] columns, double[][] values, double[] b, double[] penalties, int iterations) {
    int width = penalties.length;
    double[] x = new double[width];
    double[] r = b.clone();
    double[] s = multiplyTransposed(columns, values, r, width);
    double[] p = s.clone();
    double gamma = dot(s, s);
    for (int it = 0; it < iterations && gamma > 1e-20; it++) {
      double[] q = multiply(columns, values, p);
      double penalised = 0;
      for (int j = 0; j < width; j++) {
        penalised += penalties[j] * p[j] * p[j];
      }
      double alpha = gamma / (dot(q, q) + penalised);
      for (int j = 0; j < width; j++) {
        x[j] += alpha * p[j];
      }
      for (int i = 0; i < r.length; i++) {
        r[i] -= alpha * q[i];
      }
      s = multiplyTransposed(columns, values, r, width);
      for (int j = 0; j < width; j++) {
        s[j] -= penalties[j] * x[j];
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
}
