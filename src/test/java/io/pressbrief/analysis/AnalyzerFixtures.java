package io.pressbrief.analysis;

import io.pressbrief.analysis.actors.Actor;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.actors.Role;
import io.pressbrief.analysis.escalation.EscalationWeights;
import io.pressbrief.analysis.escalation.TriggerLexicon;
import io.pressbrief.analysis.sentiment.TargetSentimentModel;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.statements.SpeakerWords;
import io.pressbrief.analysis.statements.SpeechCues;
import io.pressbrief.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The built-in analyzer plus a few actors of the tests' own made-up world, built once for all tests. */
public final class AnalyzerFixtures {
  /** A Monday. */
  public static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 8);
  private static ArticleAnalyzer analyzer;

  private AnalyzerFixtures() {}

  public static List<Actor> actors() throws IOException {
    List<Actor> actors = new ArrayList<>(ActorDictionary.builtIn());
    // Brandt was harbour minister until the first day of 2020, Moss since then.
    LocalDate handover = LocalDate.of(2020, 1, 1);
    actors.add(new Actor("moss", "Clara Moss", "person", "north", List.of("Moss"),
        List.of(new Role("harbour minister", handover, null)), "female"));
    actors.add(new Actor("brandt", "Ivo Brandt", "person", "north", List.of("Brandt"),
        List.of(new Role("harbour minister", null, handover)), "male"));
    actors.add(new Actor("north", "North Isles", "country", null, List.of("North Isles'", "Northern"), List.of()));
    actors.add(new Actor("south", "South Isles", "country", null, List.of("Southern"), List.of()));
    actors.add(new Actor("port-alma", "Port Alma", "place", "north", List.of(), List.of()));
    actors.add(new Actor("vell", "Vell", "place", "north", List.of(), List.of()));
    return actors;
  }

  public static synchronized ArticleAnalyzer analyzer() {
    if (analyzer == null) {
      try {
        analyzer = new ArticleAnalyzer(ActorDictionary.of(actors()), SpeechCues.builtIn(), SpeakerWords.builtIn(),
            ToneLexicon.builtIn(),
            TargetSentimentModel.builtIn(), TriggerLexicon.builtIn(), EscalationWeights.builtIn());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return analyzer;
  }

  public static ArticleAnalysis analyze(String text) {
    return analyze(text, PUBLISHED);
  }

  /** The analysis of {@code text} as an article published on {@code day}. */
  public static ArticleAnalysis analyze(String text, LocalDate day) {
    return analyzer().analyze(new Article("t1", null, "Test Wire", "Test", day.toString(), day, text));
  }
}
