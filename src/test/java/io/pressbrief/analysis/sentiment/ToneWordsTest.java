package io.pressbrief.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToneWordsTest {
  private static ToneLexicon lexicon;

  @BeforeAll
  static void load() throws IOException {
    lexicon = ToneLexicon.builtIn();
  }

  private static List<String> features(String text) {
    List<Token> tokens = Tokenizer.tokens(text);
    return ToneWords.features(tokens, lexicon.words(tokens));
  }

  @Test
  void wordsUpToThreeAfterANegationAreMarkedAndFiguresCountButAreLeftOut() {
    assertEquals(List.of("the", "ferry", "did", "not", "NOT_sail", "NOT_on", "NOT_time", "in", "march"),
        features("The ferry did not sail on time in 1987, March."));
    assertEquals(List.of("not", "NOT_or", "ferries", "sailed"), features("Not 1, 2 or 3 ferries sailed."),
        "'ferries' is the fourth word after 'Not' when figures count");
  }

  /** A lexicon carrying {@code weights}, and the word score it gives {@code text}. */
  private static double wordScore(ToneWords weights, String text) throws IOException {
    ToneLexicon withWeights = ToneLexicon.builtIn(weights);
    List<Token> tokens = Tokenizer.tokens(text);
    return ToneWords.wordScore(tokens, withWeights.words(tokens));
  }

  @Test
  void theWordScoreIsTheKnownWeightsOverTheRootOfTheirNumber() throws IOException {
    ToneWords words = new ToneWords(Map.of("delays", -1.0, "NOT_sail", -0.5, "cheered", 2.0, "the", 0.1), 0.3, 0.6);
    // "the" twice, "sail" negated; "delays" is the fourth word after "not", past the negation's reach
    double expected = (0.1 + 0.1 - 0.5 - 1.0) / Math.sqrt(4);
    assertEquals(expected, wordScore(words, "The ferry did not sail, and then the delays grew."), 1e-12);
    assertEquals((0.1 - 0.5) / Math.sqrt(2), wordScore(words, "The ferries did not sail: delays."), 1e-12,
        "a negated word without a negated weight is not counted ('NOT_delays')");
    assertEquals(0.0, wordScore(words, "Ferries sail."), "no known word, no word score");
    // mixed half and half in units of the spreads, on the lexicon's scale
    assertEquals(0.5 * 0.3 + 0.5 * 0.6 * 0.3 / 0.6, words.tone(0.6, 0.3), 1e-12);
    assertEquals(-1.0, words.tone(-50, -0.9), 1e-12);
  }

  @Test
  void weightsReadBackAsWrittenAndMissingSpreadsAreRefused() throws IOException {
    ToneWords words = new ToneWords(Map.of("delays", -1.25, "NOT_sail", -0.5), 0.3, 0.6);
    StringWriter w = new StringWriter();
    words.write(w, "test weights");
    String text = w.toString();
    assertTrue(text.startsWith("# test weights\nlexicon_spread\t0.30000\nword_spread\t0.60000\n"), text);
    ToneWords read = ToneWords.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    String sentence = "No ferry will sail, and the delays grew.";
    assertEquals(wordScore(words, sentence), wordScore(read, sentence), 1e-12);
    assertEquals((-0.5 - 1.25) / Math.sqrt(2), wordScore(read, sentence), 1e-12,
        "NOT_sail, and 'delays' past the negation's reach");
    IOException e = assertThrows(IOException.class,
        () -> ToneWords.read(new ByteArrayInputStream("delays\t-1\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("spread"), e.getMessage());
  }

  @Test
  void conjugateGradientsFindTheDampedLeastSquaresSolution() {
    // A = [[1, 0], [1, 1], [0, 2]], b = [1, 2, 3], λ = 0.5: (AᵀA + λI) x = Aᵀb
    int[][] columns = {{0}, {0, 1}, {1}};
    double[][] values = {{1}, {1, 1}, {2}};
    double[] x = ToneWordsTraining.cgls(columns, values, new double[] {1, 2, 3}, 2, 0.5, 50);
    double[][] normal = {{2.5, 1}, {1, 5.5}};
    double[] expected = SentenceToneModel.solveSymmetric(normal, new double[] {3, 8});
    assertArrayEquals(expected, x, 1e-9);
  }

  @Test
  void trainingRecoversWeightsThatMadeTheTeachersScores() throws IOException {
    String[] good = {"calm", "rescued", "reopened", "thanked"};
    String[] bad = {"flooded", "looted", "stranded", "burned"};
    String[] plain = {"the", "port", "town", "ferry", "on", "monday", "harbour", "road"};
    Random random = new Random(3);
    List<List<String>> rows = new ArrayList<>();
    List<Double> teacher = new ArrayList<>();
    for (int r = 0; r < 2000; r++) {
      List<String> row = new ArrayList<>();
      double score = 0;
      for (int k = 0; k < 6; k++) {
        row.add(plain[random.nextInt(plain.length)]);
      }
      if (random.nextBoolean()) {
        row.add(good[random.nextInt(good.length)]);
        score += 1;
      }
      if (random.nextBoolean()) {
        row.add(bad[random.nextInt(bad.length)]);
        score -= 1;
      }
      rows.add(row);
      teacher.add(score + 0.05 * random.nextGaussian());
    }
    double[] t = teacher.stream().mapToDouble(Double::doubleValue).toArray();
    double[] lexiconTones = t.clone();
    ToneWords words = ToneWordsTraining.train(rows, t, lexiconTones, 5, 0.1, 200);
    StringWriter w = new StringWriter();
    words.write(w, "x");
    Map<String, Double> weights = new java.util.HashMap<>();
    w.toString().lines().filter(l -> !l.startsWith("#") && !l.contains("spread"))
        .forEach(l -> weights.put(l.split("\t")[0], Double.parseDouble(l.split("\t")[1])));
    for (String g : good) {
      for (String b : bad) {
        assertTrue(weights.get(g) > weights.get(b) + 1, g + " " + weights.get(g) + " against " + b + " " + weights.get(b));
      }
    }
    for (String p : plain) {
      assertTrue(Math.abs(weights.get(p)) < weights.get("rescued"), p + " " + weights.get(p));
    }
  }
}
