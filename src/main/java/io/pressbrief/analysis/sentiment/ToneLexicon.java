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
 * Maven artifact), overridden by pressbrief's news additions; and the distilled word weights of
 * {@link ToneWords}, so that one look-up of a token serves both. Immutable and thread-safe.
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
   * increment, whether it negates, contrasts ("but") or reverses ("prevent"), whether it ends a
   * booster phrase ("kind of"), so that phrases are only built where one may end, and its distilled
   * weights ({@link ToneWords}) as it stands and after a negation (NaN where it has none).
   */
  public record Word(double valence, double booster, boolean negation, boolean contrastive, boolean reverser,
                     boolean endsBoosterPhrase, double toneWord, double toneWordNegated) {
    static final Word NONE = new Word(0, 0, false, false, false, false, Double.NaN, Double.NaN);
    /** An unlisted word ending in "n't" ("mightn't"): a negation and nothing else. */
    static final Word CONTRACTED_NEGATION = new Word(0, 0, true, false, false, false, Double.NaN, Double.NaN);
  }

  /** Every word or booster phrase the lexicon knows, with all it knows of it. */
  private final WordTable<Word> words;

  /** The distilled word weights the lexicon carries, or null. */
  private final ToneWords toneWords;

  public ToneLexicon(Map<String, Double> valence, Rules rules) {
    this(valence, rules, null);
  }

  /** The same with distilled word weights (null for none). */
  public ToneLexicon(Map<String, Double> valence, Rules rules, ToneWords toneWords) {
    this.toneWords = toneWords;
    Map<String, double[]> weightsByWord = toneWords == null ? Map.of() : toneWords.byWord();
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
    known.addAll(weightsByWord.keySet());
    Map<String, Word> w = new HashMap<>();
    double[] none = {Double.NaN, Double.NaN};
    for (String k : known) {
      double[] weights = weightsByWord.getOrDefault(k, none);
      w.put(k, new Word(valence.getOrDefault(k, 0.0), boosters.getOrDefault(k, 0.0),
          negations.contains(k) || k.endsWith("n't"), contrastives.contains(k), reversers.contains(k),
          phraseEnds.contains(k), weights[0], weights[1]));
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

  /** VADER's lexicon with pressbrief's news additions and rules, and the shipped distilled word weights. */
  public static ToneLexicon builtIn() throws IOException {
    return builtIn(ToneWords.builtIn());
  }

  /** VADER's lexicon with pressbrief's news additions and rules, from the class path, and {@code toneWords}. */
  public static ToneLexicon builtIn(ToneWords toneWords) throws IOException {
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
    return new ToneLexicon(valence, rules, toneWords);
  }

  /** The distilled word weights its words carry, or null. */
  public ToneWords toneWords() {
    return toneWords;
  }

  /** The booster increment of a folded word or phrase ("sort of"), or 0. */
  public double booster(String folded) {
    return word(folded).booster();
  }
}
