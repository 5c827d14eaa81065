package io.pressbrief.analysis.sentiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pressbrief.analysis.DataFiles;
import io.pressbrief.analysis.TextFold;
import io.pressbrief.analysis.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word valences and modifier words for {@link ToneScorer}: VADER's published lexicon (read from its
 * Maven artifact), overridden by pressbrief's news additions. Immutable and thread-safe.
 */
public final class ToneLexicon {
  private static final String VADER_RESOURCE = "/vader_sentiment_lexicon.txt";

  /** The modifier rules as written in tone-rules.yaml. */
  public record Rules(List<String> negations, Map<String, Double> boosters, List<String> contrastives,
                      List<String> reversers) {
    public Rules {
      reversers = reversers == null ? List.of() : reversers;
    }
  }

  /**
   * What the lexicon knows of one folded word, found in one look-up: its valence, its booster
   * increment, whether it negates, contrasts ("but") or reverses ("prevent"), and whether it ends a
   * booster phrase ("kind of"), so that phrases are only built where one may end.
   */
  public record Word(double valence, double booster, boolean negation, boolean contrastive, boolean reverser,
                     boolean endsBoosterPhrase) {
    static final Word NONE = new Word(0, 0, false, false, false, false);
    /** An unlisted word ending in "n't" ("mightn't"): a negation and nothing else. */
    static final Word CONTRACTED_NEGATION = new Word(0, 0, true, false, false, false);
  }

  /** Every word or booster phrase the lexicon knows, with all it knows of it. */
  private final WordTable<Word> words;

  public ToneLexicon(Map<String, Double> valence, Rules rules) {
    Set<String> negations = Set.copyOf(rules.negations().stream().map(TextFold::fold).toList());
    Map<String, Double> boosters = new HashMap<>();
    rules.boosters().forEach((k, v) -> boosters.put(TextFold.fold(k), v));
    Set<String> contrastives = Set.copyOf(rules.contrastives().stream().map(TextFold::fold).toList());
    Set<String> reversers = Set.copyOf(rules.reversers().stream().map(TextFold::fold).toList());
    Set<String> phraseEnds = new java.util.HashSet<>();
    boosters.keySet().stream().filter(k -> k.contains(" "))
        .forEach(k -> phraseEnds.add(k.substring(k.lastIndexOf(' ') + 1)));
    Set<String> known = new java.util.HashSet<>(valence.keySet());
    known.addAll(negations);
    known.addAll(boosters.keySet());
    known.addAll(contrastives);
    known.addAll(reversers);
    known.addAll(phraseEnds);
    Map<String, Word> w = new HashMap<>();
    for (String k : known) {
      w.put(k, new Word(valence.getOrDefault(k, 0.0), boosters.getOrDefault(k, 0.0),
          negations.contains(k) || k.endsWith("n't"), contrastives.contains(k), reversers.contains(k),
          phraseEnds.contains(k)));
    }
    this.words = new WordTable<>(w);
  }

  /**
   * What the lexicon knows of each token, in order: looked up once per sentence, then shared by the
   * sentence's tone and the tone toward each of its targets.
   */
  public Word[] words(List<Token> tokens) {
    Word[] out = new Word[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = word(tokens.get(i).folded());
    }
    return out;
  }

  /** All the lexicon knows of a folded word, in one look-up (for the scorer's loops over every token). */
  public Word word(String folded) {
    Word w = words.get(folded);
    return w != null ? w : folded.endsWith("n't") ? Word.CONTRACTED_NEGATION : Word.NONE;
  }

  /** VADER's lexicon with pressbrief's news additions and rules, from the class path. */
  public static ToneLexicon builtIn() throws IOException {
    Map<String, Double> valence = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(DataFiles.resource(VADER_RESOURCE),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split("\t");
        if (parts.length >= 2 && !parts[0].isBlank()) {
          valence.put(TextFold.fold(parts[0].strip()), Double.parseDouble(parts[1]));
        }
      }
    }
    for (String entry : DataFiles.lines(DataFiles.resource("/pressbrief/tone-news.txt"))) {
      String[] parts = entry.split("\\s+");
      if (parts.length != 2) {
        throw new IOException("tone-news.txt: expected 'word valence', got '" + entry + "'");
      }
      valence.put(TextFold.fold(parts[0]), Double.parseDouble(parts[1]));
    }
    Rules rules;
    try (InputStream in = DataFiles.resource("/pressbrief/tone-rules.yaml")) {
      rules = new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(in, Rules.class);
    }
    return new ToneLexicon(valence, rules);
  }

  /** The booster increment of a folded word or phrase ("sort of"), or 0. */
  public double booster(String folded) {
    return word(folded).booster();
  }
}
