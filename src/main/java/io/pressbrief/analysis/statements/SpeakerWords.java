package io.pressbrief.analysis.statements;

import io.pressbrief.analysis.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word classes statements' speakers and sources are read by (titles, offices, heads of speaker
 * phrases, documents, ...), from a data file of lines {@code class: word word ...}. Immutable and
 * thread-safe. See {@code speaker-words.txt} for what each class is for.
 */
public record SpeakerWords(
    Set<String> titles, Set<String> nameTitles, Set<String> offices, Set<String> spokespersons,
    Set<String> organisationHeads, Set<String> firmHeads,
    Set<String> neverNames, Set<String> speakerHeads, Set<String> headlineHeads, Set<String> sourceNouns,
    Set<String> spokenSources, Set<String> evidence, Set<String> documents, Set<String> issuingVerbs,
    Set<String> meansOfSpeech, Set<String> thingsTold, Set<String> titleNouns, Set<String> labels,
    Set<String> securities, Set<String> figuresPosted) {

  /** The classes a file must give, in the record's order. */
  static final List<String> CLASSES = List.of("titles", "name-titles", "offices", "spokespersons",
      "organisation-heads", "firm-heads",
      "never-names", "speaker-heads", "headline-heads", "source-nouns", "spoken-sources", "evidence", "documents",
      "issuing-verbs", "means-of-speech", "things-told", "title-nouns", "labels", "securities", "figures-posted");

  private static final Pattern LINE = Pattern.compile("([a-z-]+):\\s+(\\S.*)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public SpeakerWords {
    titles = Set.copyOf(titles);
    nameTitles = Set.copyOf(nameTitles);
    offices = Set.copyOf(offices);
    spokespersons = Set.copyOf(spokespersons);
    organisationHeads = Set.copyOf(organisationHeads);
    firmHeads = Set.copyOf(firmHeads);
    neverNames = Set.copyOf(neverNames);
    speakerHeads = Set.copyOf(speakerHeads);
    headlineHeads = Set.copyOf(headlineHeads);
    sourceNouns = Set.copyOf(sourceNouns);
    spokenSources = Set.copyOf(spokenSources);
    evidence = Set.copyOf(evidence);
    documents = Set.copyOf(documents);
    issuingVerbs = Set.copyOf(issuingVerbs);
    meansOfSpeech = Set.copyOf(meansOfSpeech);
    thingsTold = Set.copyOf(thingsTold);
    titleNouns = Set.copyOf(titleNouns);
    labels = Set.copyOf(labels);
    securities = Set.copyOf(securities);
    figuresPosted = Set.copyOf(figuresPosted);
  }

  /**
   * Reads a word-class file. A class may take several lines, each adding words; a class the file lacks,
   * one it names that does not exist, an upper-case word or a line of another shape fails the load, naming
   * the entry (its number among the file's non-comment lines), as a misspelt class would otherwise silently
   * empty one.
   */
  public static SpeakerWords read(InputStream in) throws IOException {
    Map<String, Set<String>> words = new LinkedHashMap<>();
    CLASSES.forEach(c -> words.put(c, new LinkedHashSet<>()));
    int n = 0;
    for (String line : DataFiles.lines(in)) {
      n++;
      var m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IOException("speaker words, entry " + n + ": expected 'class: word word ...', got '" + line + "'");
      }
      Set<String> into = words.get(m.group(1));
      if (into == null) {
        throw new IOException("speaker words, entry " + n + ": no class '" + m.group(1) + "'; the classes are "
            + CLASSES);
      }
      for (String word : SPACES.split(m.group(2))) {
        if (!word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
          throw new IOException("speaker words, entry " + n + ": '" + word + "' is not lower-case, and words are "
              + "matched folded");
        }
        into.add(word);
      }
    }
    List<String> missing = CLASSES.stream().filter(c -> words.get(c).isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw new IOException("speaker words: no words for " + missing);
    }
    return new SpeakerWords(words.get("titles"), words.get("name-titles"), words.get("offices"),
        words.get("spokespersons"),
        words.get("organisation-heads"), words.get("firm-heads"), words.get("never-names"), words.get("speaker-heads"),
        words.get("headline-heads"), words.get("source-nouns"), words.get("spoken-sources"), words.get("evidence"),
        words.get("documents"), words.get("issuing-verbs"), words.get("means-of-speech"), words.get("things-told"),
        words.get("title-nouns"), words.get("labels"), words.get("securities"), words.get("figures-posted"));
  }

  /** The built-in word classes ({@code /pressbrief/speaker-words.txt}). */
  public static SpeakerWords builtIn() throws IOException {
    return read(DataFiles.resource("/pressbrief/speaker-words.txt"));
  }
}
