package io.pressbrief.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceToneModelTest {
  @Test
  void solvesASymmetricPositiveDefiniteSystem() {
    double[][] a = {{4, 2, 0}, {2, 5, 1}, {0, 1, 3}};
    double[] x = SentenceToneModel.solveSymmetric(a, new double[] {8, 15, 11});
    assertArrayEquals(new double[] {1, 2, 3}, x, 1e-9);
  }

  @Test
  void aMatrixThatIsNotPositiveDefiniteIsRefused() {
    double[][] a = {{1, 2}, {2, 1}};
    assertThrows(IllegalArgumentException.class, () -> SentenceToneModel.solveSymmetric(a, new double[] {1, 1}));
  }

  /** Embeddings whose first two values carry the rating (2·x0 − x1), the rest noise. */
  private static List<float[]> embeddings(Random random, double[] ratings) {
    List<float[]> out = new ArrayList<>();
    for (int r = 0; r < ratings.length; r++) {
      float[] e = new float[SentenceEmbeddings.DIMENSIONS];
      for (int j = 0; j < e.length; j++) {
        e[j] = (float) random.nextGaussian();
      }
      ratings[r] = 2 * e[0] - e[1];
      out.add(e);
    }
    return out;
  }

  @Test
  void theReadoutLearnsWhatTheEmbeddingsSayOfTheRatings() {
    Random random = new Random(7);
    double[] ratings = new double[1500];
    List<float[]> train = embeddings(random, ratings);
    double[] lexicon = new double[ratings.length];
    for (int i = 0; i < lexicon.length; i++) {
      lexicon[i] = Math.tanh(ratings[i] / 4) + 0.1 * random.nextGaussian();
    }
    SentenceToneModel model = SentenceToneModel.train(train, ratings, lexicon, 1);
    double[] fresh = new double[200];
    List<float[]> test = embeddings(random, fresh);
    double worst = 0;
    for (int i = 0; i < fresh.length; i++) {
      worst = Math.max(worst, Math.abs(model.readout(test.get(i)) - fresh[i]));
    }
    assertTrue(worst < 0.3, "read-out off by " + worst + " on unseen embeddings");
  }

  @Test
  void theToneMixesLexiconAndReadoutOnTheLexiconsScaleAndStaysWithinOne() {
    double[] weights = new double[SentenceEmbeddings.DIMENSIONS];
    weights[0] = 1;
    // lexicon spread 0.2, read-out spread 2: a read-out of 2 weighs as much as a lexicon tone of 0.2
    SentenceToneModel model = new SentenceToneModel(0, weights, 0.2, 2);
    float[] positive = new float[SentenceEmbeddings.DIMENSIONS];
    positive[0] = 2;
    assertEquals(0.2, model.tone(positive, 0.2), 1e-9);
    assertEquals(0.1, model.tone(positive, 0.0), 1e-9, "a text without lexicon words still gets a tone");
    assertEquals(0.0, model.tone(positive, -0.2), 1e-9, "they cancel");
    positive[0] = 100;
    assertEquals(1.0, model.tone(positive, 0.9), 1e-9);
  }

  @Test
  void aModelReadsBackAsWrittenAndAShortOneIsRefused() throws IOException {
    double[] weights = new double[SentenceEmbeddings.DIMENSIONS];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (i - 190) / 1000.0;
    }
    SentenceToneModel model = new SentenceToneModel(-0.05, weights, 0.3, 1.7);
    StringWriter w = new StringWriter();
    model.write(w, "a test model\ntwo comment lines");
    String text = w.toString();
    assertTrue(text.startsWith("# a test model\n# two comment lines\n"), text);
    SentenceToneModel read = SentenceToneModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    float[] e = new float[SentenceEmbeddings.DIMENSIONS];
    e[5] = 1;
    e[300] = -2;
    assertEquals(model.readout(e), read.readout(e), 1e-9);
    assertEquals(model.tone(e, 0.4), read.tone(e, 0.4), 1e-9);

    String shortModel = "intercept\t0\nlexicon_spread\t1\nreadout_spread\t1\nweights\t1\t2\n";
    IOException error = assertThrows(IOException.class,
        () -> SentenceToneModel.read(new ByteArrayInputStream(shortModel.getBytes(StandardCharsets.UTF_8))));
    assertTrue(error.getMessage().contains("384 weights (got 2)"), error.getMessage());
  }

  @Test
  void theShippedModelLoads() throws IOException {
    float[] zero = new float[SentenceEmbeddings.DIMENSIONS];
    double t = SentenceToneModel.builtIn().tone(zero, 0.5);
    assertTrue(t > -1 && t < 1, "tone " + t);
  }
}
