package io.pressbrief.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToneScorerTest {
  private static ToneScorer scorer;

  @BeforeAll
  static void load() throws IOException {
    scorer = new ToneScorer(ToneLexicon.builtIn());
  }

  @Test
  void scoresStayWithinMinusOneAndOne() {
    double s = scorer.score("wonderful excellent great superb amazing fantastic brilliant lovely");
    assertTrue(s > 0.9 && s <= 1.0, "saturates below 1: " + s);
    assertEquals(0.0, scorer.score("The committee meets on Tuesday in the town hall."));
  }

  @Test
  void negationFlipsTheToneOfWhatFollows() {
    assertTrue(scorer.score("The plan is good.") > 0);
    assertTrue(scorer.score("The plan is not good.") < 0);
  }

  @Test
  void boostersStrengthenAndDampenersWeaken() {
    double plain = scorer.score("The talks were good.");
    assertTrue(scorer.score("The talks were very good.") > plain);
    assertTrue(scorer.score("The talks were somewhat good.") < plain);
  }

  @Test
  void boosterPhrasesAndContractedNegationsAreRead() {
    double plain = scorer.score("The talks were good.");
    assertTrue(scorer.score("The talks were sort of good.") < plain, "'sort of' dampens");
    assertTrue(scorer.score("The talks were a little bit good.") < plain, "'a little bit' dampens");
    assertTrue(scorer.score("The talks mightn't be good.") < 0, "any word in n't negates");
  }

  @Test
  void whatComesAfterButCountsMore() {
    assertTrue(scorer.score("The offer was generous, but the terms were terrible.") < 0);
    assertTrue(scorer.score("The terms were terrible, but the offer was generous.") > 0);
  }

  @Test
  void capitalsAndExclamationsAddEmphasis() {
    assertTrue(scorer.score("This is GOOD news") > scorer.score("This is good news"));
    assertTrue(scorer.score("This is good news!") > scorer.score("This is good news"));
  }

  @Test
  void warVocabularyIsNegativeAndPeaceVocabularyPositive() {
    assertTrue(scorer.score("The army continued its invasion and the shelling of the city.") < -0.3);
    assertTrue(scorer.score("Both sides agreed a ceasefire and a dignified peace.") > 0.3);
  }

  @Test
  void reducingOrEndingSomethingBadIsGoodNews() {
    assertTrue(scorer.score("The war goes on.") < 0);
    assertTrue(scorer.score("The deal could end the war.") > 0);
    assertTrue(scorer.score("Clean water reduces the risk of disease.") > 0);
    assertTrue(scorer.score("The new checks prevented an attack on the station.") > 0);
  }

  @Test
  void aNegatedReverserLeavesTheBadThingBad() {
    assertTrue(scorer.score("The talks did not end the war.") < 0);
    assertTrue(scorer.score("The town council wouldn't stop the attacks.") < 0);
    // only the words right after it: "fighting killed" is not fighting against killing
    assertTrue(scorer.score("Heavy fighting killed four soldiers near the river.") < 0);
  }

  @Test
  void polarityUsesTheNeutralBand() {
    assertEquals(0, ToneScorer.polarity(0.04));
    assertEquals(1, ToneScorer.polarity(0.05));
    assertEquals(-1, ToneScorer.polarity(-0.2));
  }
}
