package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.actors.Mention;
import io.pressbrief.analysis.sentiment.SentenceTone;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.sentiment.ToneScorer;
import io.pressbrief.analysis.statements.Statement;
import io.pressbrief.ingest.Article;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
  private static final String TEXT = "“The new bridge is a wonderful gift to the port. The old ferry was a disgrace,” "
      + "Moss said on Sunday. Jane Doe said the delays were a disaster for Port Alma, and the North Isles "
      + "condemned the South Isles.";

  private static Article article(String text) {
    return new Article("t1", null, "Test Wire", "Test", "2025-12-08", AnalyzerFixtures.PUBLISHED, text);
  }

  @Test
  void aStatementsToneIsTheToneOfItsContentAlsoWhenItRunsOverTwoSentences() throws IOException {
    ToneScorer tone = new ToneScorer(ToneLexicon.builtIn());
    List<Statement> statements = AnalyzerFixtures.analyzer().analyze(article(TEXT)).statements();
    assertEquals(2, statements.size(), statements.toString());
    assertTrue(statements.get(0).content().end() > SentenceSplitter.split(TEXT).get(0).end(),
        "the quote runs over two of the analyzer's sentences: " + statements.get(0).text());
    for (Statement s : statements) {
      assertNotEquals(0.0, s.sentiment(), s.text());
      assertEquals(tone.score(TEXT, s.content().start(), s.content().end()), s.sentiment(), 1e-12, s.text());
    }
  }

  @Test
  void withoutSentimentTheAnalysisFindsTheSameThingsWithEveryToneAtZero() {
    ArticleAnalyzer analyzer = AnalyzerFixtures.analyzer();
    ArticleAnalysis with = analyzer.analyze(article(TEXT));
    ArticleAnalysis without = analyzer.withoutSentiment().analyze(article(TEXT));
    assertNotEquals(0.0, with.tone());
    assertEquals(0.0, without.tone());
    assertEquals(with.escalations(), without.escalations());
    assertEquals(with.statements().size(), without.statements().size());
    for (int i = 0; i < with.statements().size(); i++) {
      Statement s = with.statements().get(i);
      Statement t = without.statements().get(i);
      assertEquals(s.content(), t.content());
      assertEquals(s.actorId(), t.actorId());
      assertEquals(0.0, t.sentiment());
    }
    assertFalse(with.mentions().stream().allMatch(m -> m.sentiment() == 0), "some tone toward the actors");
    assertEquals(with.mentions().stream().map(m -> m.actorId() + "@" + m.start()).toList(),
        without.mentions().stream().map(m -> m.actorId() + "@" + m.start()).toList());
    assertTrue(without.mentions().stream().mapToDouble(Mention::sentiment).allMatch(v -> v == 0));
  }

  @Test
  void theContextualSentenceToneChangesTheToneOfSentencesAndStatementsButNotTowardActors() throws IOException {
    String text = "Harbour minister Clara Moss said fires, delays and water-main breaks have plagued the ferry line "
        + "for months. The committee meets on Tuesday.";
    ArticleAnalyzer contextual = AnalysisResources.withUserActors(AnalyzerFixtures.actors().subList(
        ActorDictionary.builtIn().size(), AnalyzerFixtures.actors().size()), SentenceTone.Model.CONTEXTUAL)
        .newAnalyzer();
    ArticleAnalysis lexicon = AnalyzerFixtures.analyzer().analyze(article(text));
    ArticleAnalysis mixed = contextual.analyze(article(text));
    assertEquals(0.0, lexicon.tone(), "no lexicon word in either sentence");
    assertTrue(mixed.tone() < -0.05, "the article's tone: " + mixed.tone());
    assertEquals(1, mixed.statements().size(), mixed.statements().toString());
    assertEquals(0.0, lexicon.statements().get(0).sentiment());
    assertTrue(mixed.statements().get(0).sentiment() < -0.2, mixed.statements().toString());
    assertEquals(lexicon.statements().get(0).content(), mixed.statements().get(0).content());
    assertEquals(lexicon.mentions(), mixed.mentions(), "tone toward actors is the target model's, as trained");
  }
}
