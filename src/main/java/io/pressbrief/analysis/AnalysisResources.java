package io.pressbrief.analysis;

import io.pressbrief.analysis.actors.Actor;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.escalation.EscalationWeights;
import io.pressbrief.analysis.escalation.TriggerLexicon;
import io.pressbrief.analysis.sentiment.TargetSentimentModel;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.statements.SpeechCues;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable configuration analyzers are built from: the actor dictionary entries and the
 * paths of user dictionaries already read into memory. Serializable, so Spark broadcasts it once;
 * each partition builds its analyzer from it.
 */
public final class AnalysisResources implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Actor entries: the built-in ones, then the user's (which replace built-ins with the same id). */
  private final List<Actor> actors;

  private AnalysisResources(List<Actor> actors) {
    this.actors = List.copyOf(actors);
  }

  /** The built-in resources plus the user's actor dictionaries (local YAML files). */
  public static AnalysisResources load(List<Path> userDictionaries) throws IOException {
    List<Actor> userActors = new ArrayList<>();
    for (Path p : userDictionaries) {
      try (InputStream in = Files.newInputStream(p)) {
        userActors.addAll(ActorDictionary.read(in, p.toString()));
      }
    }
    return withUserActors(userActors);
  }

  /** The built-in resources plus actors the caller has read (from any file system). */
  public static AnalysisResources withUserActors(List<Actor> userActors) throws IOException {
    List<Actor> actors = new ArrayList<>(ActorDictionary.builtIn());
    actors.addAll(userActors);
    return new AnalysisResources(actors);
  }

  public List<Actor> actors() {
    return actors;
  }

  /** Builds an analyzer; call once per partition or thread, not per article. */
  public ArticleAnalyzer newAnalyzer() {
    try {
      return new ArticleAnalyzer(ActorDictionary.of(actors), SpeechCues.builtIn(), ToneLexicon.builtIn(),
          TargetSentimentModel.builtIn(), TriggerLexicon.builtIn(), EscalationWeights.builtIn());
    } catch (IOException e) {
      throw new IllegalStateException("pressbrief's built-in lexicons cannot be read: " + e.getMessage(), e);
    }
  }
}
