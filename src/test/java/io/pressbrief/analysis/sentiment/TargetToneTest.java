package io.pressbrief.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TargetToneTest {
  private static ToneLexicon lexicon;
  private static TargetTone tone;

  @BeforeAll
  static void load() throws IOException {
    lexicon = ToneLexicon.builtIn();
    tone = new TargetTone(new TargetFeatures(lexicon), TargetSentimentModel.builtIn());
  }

  private static double toward(String text, String target) {
    int start = text.indexOf(target);
    return tone.toward(text, 0, text.length(), new Span(start, start + target.length())).score();
  }

  @Test
  void praiseAndBlameGoToTheirOwnTargets() {
    String text = "The mayor praised Clara Moss but condemned Jane Doe for the delays.";
    assertTrue(toward(text, "Clara Moss") > toward(text, "Jane Doe"), "Moss is praised, Doe condemned");
  }

  @Test
  void whatIsSaidAboutATargetSetsItsTone() {
    assertTrue(toward("Critics accused Clara Moss of lying about the budget.", "Clara Moss") < -0.3);
    assertTrue(toward("Clara Moss was hailed as a hero after she rescued three children.", "Clara Moss") > 0.3);
    assertTrue(Math.abs(toward("Clara Moss met the committee on Tuesday.", "Clara Moss")) < 0.3);
  }

  @Test
  void featuresMarkNegationAndTheSideOfEachWord() {
    Map<String, Double> f = new TargetFeatures(lexicon).of("Moss did not praise Doe.", 0, 24, new Span(0, 4));
    assertTrue(f.containsKey("n3=RNOT_praise"), f.keySet().toString());
    assertTrue(f.containsKey("next=did"));
  }

  @Test
  void trainingIsDeterministicAndTheModelFileRoundTrips() throws IOException {
    TargetFeatures features = new TargetFeatures(lexicon);
    List<TargetSentimentModel.Example> examples = new ArrayList<>();
    String[][] data = {{"Fans cheered Moss warmly.", "1"}, {"Critics attacked Moss bitterly.", "-1"},
        {"Moss visited the port.", "0"}, {"Voters loved Moss.", "1"}, {"Rivals mocked Moss cruelly.", "-1"}};
    for (String[] d : data) {
      int at = d[0].indexOf("Moss");
      examples.add(new TargetSentimentModel.Example(features.of(d[0], 0, d[0].length(), new Span(at, at + 4)),
          Integer.parseInt(d[1])));
    }
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    TargetSentimentModel.train(examples, 20, 1e-4, 7).write(first, 0.0, "test");
    TargetSentimentModel.train(examples, 20, 1e-4, 7).write(second, 0.0, "test");
    assertEquals(first.toString(), second.toString());
    TargetSentimentModel back = TargetSentimentModel.read(
        new ByteArrayInputStream(first.toString().getBytes(StandardCharsets.UTF_8)));
    Map<String, Double> loved = examples.get(3).features();
    assertEquals(1, back.polarity(loved));
    assertArrayEquals(new double[] {1.0}, new double[] {back.probabilities(loved)[0] + back.probabilities(loved)[1]
        + back.probabilities(loved)[2]}, 1e-9);
  }
}
