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
  void weighingFeaturesAsTheyArriveGivesTheProbabilitiesOfTheFeatureMap() throws IOException {
    TargetFeatures features = new TargetFeatures(lexicon);
    TargetSentimentModel model = TargetSentimentModel.builtIn();
    String[] sentences = {
        "The mayor praised Clara Moss but condemned Jane Doe for the delays, saying they were not acceptable.",
        "Moss said the \"disastrous\" ferry deal would never work, and Doe agreed.",
        "Peace talks between the North Isles and the South Isles broke down again on Monday.",
        // a target first and last, with nothing before or after it: its "prev=" and "next=" have no word
        "Ferries ran late all week, a failure that nobody would blame on Moss"};
    for (String text : sentences) {
      List<io.pressbrief.analysis.Token> tokens = io.pressbrief.analysis.Tokenizer.tokens(text);
      for (io.pressbrief.analysis.Token t : tokens) {
        if (!t.isCapitalised()) {
          continue;
        }
        Span target = new Span(t.start(), t.end());
        TargetSentimentModel.Scores scores = model.scores();
        features.visit(tokens, target, scores);
        assertArrayEquals(model.probabilities(features.of(tokens, target)), scores.probabilities(), 1e-12,
            t.text() + " in: " + text);
      }
    }
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
  void aClauseThatIsItsSentenceButForTheFullStopHasTheSentencesToneAndAnExclamationIsLeftOut() {
    TargetFeatures features = new TargetFeatures(lexicon);
    ToneScorer scorer = new ToneScorer(lexicon);
    String calm = "Clara Moss rescued three children.";
    List<io.pressbrief.analysis.Token> calmTokens = io.pressbrief.analysis.Tokenizer.tokens(calm);
    assertEquals(scorer.score(calmTokens.subList(0, calmTokens.size() - 1)),
        features.of(calm, 0, calm.length(), new Span(0, 10)).get("clauseTone"), 1e-12);
    String loud = "Clara Moss rescued three children!";
    List<io.pressbrief.analysis.Token> loudTokens = io.pressbrief.analysis.Tokenizer.tokens(loud);
    Map<String, Double> f = features.of(loud, 0, loud.length(), new Span(0, 10));
    assertEquals(scorer.score(loudTokens.subList(0, loudTokens.size() - 1)), f.get("clauseTone"), 1e-12);
    assertTrue(f.get("sentenceTone") > f.get("clauseTone"), "the sentence's '!' adds emphasis: " + f);
  }

  @Test
  void aTargetsNameCarriesNoWeightOfItsOwn() {
    TargetFeatures features = new TargetFeatures(lexicon);
    String moss = "Critics praised Clara Moss for the new bridge.";
    String doe = "Critics praised Janet Doe for the new bridge.";
    Map<String, Double> f = features.of(moss, 0, moss.length(), new Span(16, 26));
    assertEquals(f, features.of(doe, 0, doe.length(), new Span(16, 25)), "the model cannot learn who is liked");
    assertEquals(2.0, f.get("t=NAME"));
    String minister = "Critics praised the minister for the new bridge.";
    assertTrue(features.of(minister, 0, minister.length(), new Span(20, 28)).containsKey("t=minister"),
        "a common noun is a word like any other");
  }

  @Test
  void featuresTellTheTargetsClauseAndWhetherItIsQuoted() {
    TargetFeatures features = new TargetFeatures(lexicon);
    String text = "Moss won praise, but Doe was “a disaster for the port,” said Lee.";
    Map<String, Double> doe = features.of(text, 0, text.length(), new Span(21, 24));
    assertTrue(doe.containsKey("c=disaster") && !doe.containsKey("c=praise"), doe.keySet().toString());
    assertTrue(doe.get("lexC") < 0, "Doe's clause is negative");
    assertTrue(!doe.containsKey("inQuote"));
    int port = text.indexOf("port");
    assertEquals(1.0, features.of(text, 0, text.length(), new Span(port, port + 4)).get("inQuote"));
  }

  @Test
  void averagedTrainingIsTheMeanOfItsRuns() throws IOException {
    TargetFeatures features = new TargetFeatures(lexicon);
    List<TargetSentimentModel.Example> examples = new ArrayList<>();
    String[][] data = {{"Fans cheered Moss.", "1"}, {"Critics attacked Moss.", "-1"}, {"Moss visited.", "0"}};
    for (String[] d : data) {
      int at = d[0].indexOf("Moss");
      examples.add(new TargetSentimentModel.Example(features.of(d[0], 0, d[0].length(), new Span(at, at + 4)),
          Integer.parseInt(d[1])));
    }
    Map<String, Double> cheered = examples.get(0).features();
    double one = TargetSentimentModel.train(examples, 5, 1e-4, 3).probabilities(cheered)[2];
    double other = TargetSentimentModel.train(examples, 5, 1e-4, 4).probabilities(cheered)[2];
    double averaged = TargetSentimentModel.trainAveraged(examples, 5, 1e-4, 3, 2).probabilities(cheered)[2];
    assertTrue(one != other, "two seeds, two models");
    assertTrue(averaged > Math.min(one, other) - 1e-9 && averaged < Math.max(one, other) + 1e-9,
        one + " " + averaged + " " + other);
    StringWriter single = new StringWriter();
    StringWriter runOfOne = new StringWriter();
    TargetSentimentModel.train(examples, 5, 1e-4, 3).write(single, 0.0, "t");
    TargetSentimentModel.trainAveraged(examples, 5, 1e-4, 3, 1).write(runOfOne, 0.0, "t");
    assertEquals(single.toString(), runOfOne.toString());
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
