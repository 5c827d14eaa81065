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
    ToneWords words = new ToneWords(Map.of("delays", -1.0, "NOT_sail", -0.5, "cheered", 2.0, "the", 0.1), 0.4);
    // "the" twice, "sail" negated; "delays" is the fourth word after "not", past the negation's reach
    double expected = (0.1 + 0.1 - 0.5 - 1.0) / Math.sqrt(4);
    assertEquals(expected, wordScore(words, "The ferry did not sail, and then the delays grew."), 1e-12);
    assertEquals((0.1 - 0.5) / Math.sqrt(2), wordScore(words, "The ferries did not sail: delays."), 1e-12,
        "a negated word without a negated weight is not counted ('NOT_delays')");
    assertEquals(0.0, wordScore(words, "Ferries sail."), "no known word, no word score");
    // the lexicon tone weighed, plus the word score, within -1..1
    assertEquals(0.4 * 0.3 + 0.2, words.tone(0.2, 0.3), 1e-12);
    assertEquals(-1.0, words.tone(-50, -0.9), 1e-12);
  }

  @Test
  void weightsReadBackAsWrittenAndAMissingLexiconWeightIsRefused() throws IOException {
    ToneWords words = new ToneWords(Map.of("delays", -1.25, "NOT_sail", -0.5), 0.45);
    StringWriter w = new StringWriter();
    words.write(w, "test weights");
    String text = w.toString();
    assertTrue(text.startsWith("# test weights\nlexicon_weight\t0.45000\n"), text);
    ToneWords read = read(text);
    assertEquals(0.45, read.lexiconWeight(), 1e-12);
    String sentence = "No ferry will sail, and the delays grew.";
    assertEquals(wordScore(words, sentence), wordScore(read, sentence), 1e-12);
    assertEquals((-0.5 - 1.25) / Math.sqrt(2), wordScore(read, sentence), 1e-12,
        "NOT_sail, and 'delays' past the negation's reach");
    IOException e = assertThrows(IOException.class, () -> read("delays\t-1\n"));
    assertTrue(e.getMessage().contains("lexicon_weight"), e.getMessage());
  }

  @Test
  void weightsOfTheFirstVersionMixedInUnitsOfTheirSpreadsReadAsTheSameTone() throws IOException {
    // then: tone = (0.5 lexicon / 0.3 + 0.5 words / 0.6) * 0.3
    ToneWords old = read("lexicon_spread\t0.3\nword_spread\t0.6\ndelays\t-1.2\n");
    double wordScore = wordScore(old, "The delays grew.");
    assertEquals(-1.2 * 0.5 * 0.3 / 0.6 / Math.sqrt(3 - 2), wordScore, 1e-12, "only 'delays' has a weight");
    assertEquals((0.5 * 0.2 / 0.3 + 0.5 * -1.2 / 0.6) * 0.3, old.tone(wordScore, 0.2), 1e-12);
  }

  private static ToneWords read(String text) throws IOException {
    return ToneWords.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void conjugateGradientsFindTheDampedLeastSquaresSolution() {
    // A = [[1, 0], [1, 1], [0, 2]], b = [1, 2, 3], λ = 0.5 for both columns: (AᵀA + λI) x = Aᵀb
    int[][] columns = {{0}, {0, 1}, {1}};
    double[][] values = {{1}, {1, 1}, {2}};
    double[] x = ToneWordsTraining.cgls(columns, values, new double[] {1, 2, 3}, new double[] {0.5, 0.5}, 50);
    assertArrayEquals(SentenceToneModel.solveSymmetric(new double[][] {{2.5, 1}, {1, 5.5}}, new double[] {3, 8}), x,
        1e-9);
    // the second column not damped
    double[] undamped = ToneWordsTraining.cgls(columns, values, new double[] {1, 2, 3}, new double[] {0.5, 0}, 50);
    assertArrayEquals(SentenceToneModel.solveSymmetric(new double[][] {{2.5, 1}, {1, 5}}, new double[] {3, 8}),
        undamped, 1e-9);
  }

  private static List<String> clauses(String sentence) {
    List<Token> tokens = Tokenizer.tokens(sentence);
    List<String> out = new ArrayList<>();
    for (int[] c : ToneWordsTraining.clauses(tokens)) {
      out.add(sentence.substring(tokens.get(c[0]).start(), tokens.get(c[1] - 1).end()));
    }
    return out;
  }

  @Test
  void aSentenceIsCutIntoItsClausesOfFourWordsOrMore() {
    assertEquals(List.of("The ferry sailed on time", "but the harbour road flooded again."),
        clauses("The ferry sailed on time, but the harbour road flooded again."), "the last clause keeps the full stop");
    assertEquals(List.of("who lost the vote"), clauses("The mayor (who lost the vote) thanked the crew."),
        "the aside has four words; the main clause around it is cut into stretches of two and three");
    assertEquals(List.of("Although the pier was closed for a week", "the ferries kept their timetable."),
        clauses("Although the pier was closed for a week; the ferries kept their timetable."));
    assertEquals(List.of(), clauses("The ferry sailed on time and the road flooded."), "one clause: the sentence itself");
    assertEquals(List.of(), clauses("Sailed, then: stopped."), "no stretch of four words");
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
    // the teacher also hears the lexicon: 0.4 of a lexicon tone that is unrelated to the words
    double[] lexiconTones = new double[t.length];
    for (int r = 0; r < t.length; r++) {
      lexiconTones[r] = random.nextGaussian() * 0.3;
      t[r] += 0.4 * lexiconTones[r];
    }
    ToneWords words = ToneWordsTraining.train(rows, t, lexiconTones, 5, 0.1, 200, 0);
    assertEquals(0.4, words.lexiconWeight(), 0.02);
    Map<String, Double> weights = weights(words);
    for (String g : good) {
      for (String b : bad) {
        assertTrue(weights.get(g) > weights.get(b) + 1, g + " " + weights.get(g) + " against " + b + " " + weights.get(b));
      }
    }
    for (String p : plain) {
      assertTrue(Math.abs(weights.get(p)) < weights.get("rescued"), p + " " + weights.get(p));
    }
    // the same rows with the small weights left out: the plain words go, the telling ones stay as they were
    double smallest = 0.2;
    Map<String, Double> pruned = weights(ToneWordsTraining.train(rows, t, lexiconTones, 5, 0.1, 200, smallest));
    weights.forEach((word, weight) -> assertEquals(Math.abs(weight) >= smallest ? weight : null, pruned.get(word), word));
    assertTrue(pruned.size() < weights.size(), "some plain words had weights under " + smallest + ": " + weights);
    assertTrue(pruned.keySet().containsAll(List.of(good)) && pruned.keySet().containsAll(List.of(bad)), pruned.toString());
  }

  /** The weights as written to a file. */
  private static Map<String, Double> weights(ToneWords words) throws IOException {
    StringWriter w = new StringWriter();
    words.write(w, "x");
    Map<String, Double> weights = new java.util.HashMap<>();
    w.toString().lines().filter(l -> !l.startsWith("#") && !l.startsWith("lexicon_weight"))
        .forEach(l -> weights.put(l.split("\t")[0], Double.parseDouble(l.split("\t")[1])));
    return weights;
  }
}
