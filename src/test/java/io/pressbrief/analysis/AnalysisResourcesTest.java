package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.pressbrief.analysis.sentiment.SentenceTone;
import io.pressbrief.ingest.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class AnalysisResourcesTest {
  private static final Article ARTICLE = new Article("r1", null, "Test Wire", "Test",
      AnalyzerFixtures.PUBLISHED.toString(), AnalyzerFixtures.PUBLISHED,
      "\"We will not give up the harbour,\" Clara Moss said on Sunday. The harbour minister praised the pilots "
          + "but condemned the blockade. Southern ships shelled Vell overnight, the coast guard said.");

  @Test
  void analyzersThatShareTheirPartsAnalyseAlikeAndAsAFreshlyBuiltOne() throws Exception {
    // the fixture's analyzer scores tone by the lexicon alone
    AnalysisResources resources = AnalysisResources.withUserActors(AnalyzerFixtures.actors().subList(
        io.pressbrief.analysis.actors.ActorDictionary.builtIn().size(), AnalyzerFixtures.actors().size()),
        SentenceTone.Model.LEXICON);
    ArticleAnalysis first = resources.newAnalyzer().analyze(ARTICLE);
    ArticleAnalysis second = resources.newAnalyzer().analyze(ARTICLE);
    assertFalse(first.statements().isEmpty(), "the article's statements are found");
    assertEquals(first, second);
    assertEquals(AnalyzerFixtures.analyzer().analyze(ARTICLE), first);
  }

  @Test
  void aCopySentToAnotherJvmBuildsItsOwnPartsAndAnalysesTheSame() throws Exception {
    AnalysisResources resources = AnalysisResources.withUserActors(java.util.List.of());
    ArticleAnalysis here = resources.newAnalyzer().analyze(ARTICLE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(resources);
    }
    assertFalse(bytes.size() > 1_000_000, "the lexicons and model travel as the jar's resources, not in the copy: "
        + bytes.size() + " bytes");
    AnalysisResources copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (AnalysisResources) in.readObject();
    }
    assertEquals(here, copy.newAnalyzer().analyze(ARTICLE));
  }
}
