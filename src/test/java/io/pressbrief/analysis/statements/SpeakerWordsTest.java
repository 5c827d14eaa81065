package io.pressbrief.analysis.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.AnalyzerFixtures;
import io.pressbrief.analysis.DataFiles;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.dates.DateResolver;
import io.pressbrief.analysis.sentiment.SentenceTone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerWordsTest {
  private static SpeakerWords read(String lines) throws IOException {
    return SpeakerWords.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  private static String builtInText() throws IOException {
    try (InputStream in = DataFiles.resource("/pressbrief/speaker-words.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBuiltInFileGivesEveryClass() throws IOException {
    SpeakerWords words = SpeakerWords.builtIn();
    assertTrue(words.titles().contains("president"));
    assertTrue(words.organisationHeads().contains("institute"));
    assertTrue(words.speakerHeads().contains("spokeswoman"));
    assertTrue(words.titleNouns().contains("memoir"));
    assertFalse(words.titleNouns().contains("show"), "after \"show,\" speech as often follows as a title");
  }

  @Test
  void aClassOverSeveralLinesGathersThemAll() throws IOException {
    StringBuilder file = new StringBuilder("# every class once\n");
    SpeakerWords.CLASSES.forEach(c -> file.append(c).append(": ").append(c.replace('-', '_')).append('\n'));
    SpeakerWords words = read(file + "titles: hetman  # a second line for one class\ntitles: doge\n");
    assertEquals(java.util.Set.of("titles", "hetman", "doge"), words.titles());
    assertEquals(java.util.Set.of("figures_posted"), words.figuresPosted());
  }

  @Test
  void aMisspeltMissingOrMalformedClassFailsTheLoad() throws IOException {
    String all = builtInText();
    IOException misspelt = assertThrows(IOException.class, () -> read(all + "title: hetman\n"));
    assertTrue(misspelt.getMessage().contains("no class 'title'"), misspelt.getMessage());
    IOException missing = assertThrows(IOException.class,
        () -> read(all.replaceAll("(?m)^labels:.*$", "")));
    assertTrue(missing.getMessage().contains("[labels]"), missing.getMessage());
    IOException shape = assertThrows(IOException.class, () -> read(all + "titles hetman\n"));
    assertTrue(shape.getMessage().contains("'titles hetman'"), shape.getMessage());
    IOException upper = assertThrows(IOException.class, () -> read(all + "titles: Hetman\n"));
    assertTrue(upper.getMessage().contains("'Hetman' is not lower-case"), upper.getMessage());
  }

  @Test
  void aTitleNounAddedToTheFileMakesTheQuoteAfterItATitle() throws IOException {
    String text = "In her 2019 ballad, “Tides Over the Harbour,” Moss wrote that the pier had been neglected for years.";
    assertTrue(extractor(SpeakerWords.builtIn()).extract(text, AnalyzerFixtures.PUBLISHED, List.of()).stream()
        .anyMatch(s -> s.text().contains("Tides Over the Harbour")), "a ballad is no title noun in the built-in file");
    SpeakerWords withBallad = read(builtInText() + "title-nouns: ballad\n");
    assertEquals(List.of("the pier had been neglected for years"),
        extractor(withBallad).extract(text, AnalyzerFixtures.PUBLISHED, List.of()).stream().map(Statement::text)
            .toList());
  }

  private static StatementExtractor extractor(SpeakerWords words) throws IOException {
    return new StatementExtractor(SpeechCues.builtIn(), words, ActorDictionary.of(AnalyzerFixtures.actors()), null,
        SentenceTone.lexicon(), new DateResolver());
  }
}
