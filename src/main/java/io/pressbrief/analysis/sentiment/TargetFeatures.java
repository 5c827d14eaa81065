package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features the target-sentiment model reads around one target in a sentence: the words near it
 * (with negation marked and the side they stand on), word pairs next to it, the valence of the words
 * before and after it and in its own clause, its neighbours, whether it is quoted or the speaker of
 * what follows, and the common nouns of the mention ("the minister"; a name is only {@code t=NAME}, so
 * the model cannot learn to favour a person by name). The same code serves training and scoring.
 * Immutable and thread-safe.
 */
public final class TargetFeatures {
  private static final Set<String> SPEECH = Set.of("said", "says", "told", "wrote", "added", "argued", "claimed");

  /**
   * The prefixes of the features that end in a word ({@link Sink}); every other feature is its prefix
   * alone. A new word feature's prefix goes here, or the model cannot find its weights when scoring.
   */
  public static final List<String> WORD_PREFIXES = List.of("n3=L", "n3=R", "n12=", "n6=", "c=", "bi=", "t=",
      "next=", "prev=");

  private final ToneLexicon lexicon;
  private final ToneScorer scorer;

  public TargetFeatures(ToneLexicon lexicon) {
    this.lexicon = lexicon;
    this.scorer = new ToneScorer(lexicon);
  }

  /** Feature name to value for the target at {@code target} in {@code text[from, to)}. */
  public Map<String, Double> of(String text, int from, int to, Span target) {
    return of(Tokenizer.tokens(text, from, to), target);
  }

  /** The features of a target in an already tokenised sentence (tokenise once for all its targets). */
  public Map<String, Double> of(List<Token> tokens, Span target) {
    return of(tokens, target, scorer.score(tokens));
  }

  /** The features, with the sentence's lexicon tone ({@link ToneScorer#score}) already computed by the caller. */
  public Map<String, Double> of(List<Token> tokens, Span target, double sentenceTone) {
    Map<String, Double> f = new HashMap<>();
    visit(tokens, target, sentenceTone, (prefix, word, value) -> f.merge(prefix + word, value, Double::sum));
    return f;
  }

  /**
   * Receives the features one at a time, each name in two parts: a prefix ("n12=", or the whole name)
   * and a word ("" when there is none), so that scoring can look weights up without building names.
   */
  @FunctionalInterface
  public interface Sink {
    void add(String prefix, String word, double value);

    /**
     * A word feature of a word negated before it: the feature {@code prefix + "NOT_" + word}. A sink
     * that looks words up overrides this (and {@link #addPair}) to find it without building the name.
     */
    default void addNegated(String prefix, String word, double value) {
      add(prefix, NEGATED + word, value);
    }

    /** A feature of two words in a row: {@code prefix + first + "_" + second}. */
    default void addPair(String prefix, String first, String second, double value) {
      add(prefix, first + PAIR + second, value);
    }
  }

  /** How a negated word and a pair of words are written in feature names (and the model file). */
  static final String NEGATED = "NOT_";
  static final String PAIR = "_";

  /** Hands every feature of the target to {@code f}, the sentence's lexicon tone computed here. */
  public void visit(List<Token> tokens, Span target, Sink f) {
    visit(tokens, target, scorer.score(tokens), f);
  }

  /**
   * Hands every feature of the target to {@code f}, {@code sentenceTone} being the sentence's
   * {@link ToneScorer#score}; a word feature that occurs twice is handed over twice.
   */
  public void visit(List<Token> tokens, Span target, double sentenceTone, Sink f) {
    visit(tokens, lexicon.words(tokens), target, sentenceTone, f);
  }

  /** The same, with what the lexicon knows of each token already looked up ({@link ToneLexicon#words}). */
  public void visit(List<Token> tokens, ToneLexicon.Word[] words, Span target, double sentenceTone, Sink f) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= target.start() && t.start() < target.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      first = 0;
      last = 0;
    }
    int clauseFrom = clauseStart(tokens, first);
    int clauseTo = clauseEnd(tokens, last);
    // The valence sums are handed over once, each with what the words around the target add up to in
    // token order, exactly the value a map of features summing each word's share holds, and a feature
    // is handed over (even at 0) whenever a word had a share in it, as training has always seen them.
    ValenceSum lex = new ValenceSum();
    ValenceSum lexLeft = new ValenceSum();
    ValenceSum lexRight = new ValenceSum();
    ValenceSum lexWeighed = new ValenceSum();
    ValenceSum lexClause = new ValenceSum();
    ValenceSum lex6 = new ValenceSum();
    ValenceSum lex3 = new ValenceSum();
    ValenceSum positive = new ValenceSum();
    ValenceSum negative = new ValenceSum();
    boolean negated = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (i >= first && i <= last) {
        continue;
      }
      String w = tokens.get(i).folded();
      int distance = i < first ? first - i : i - last;
      boolean left = i < first;
      boolean negatedHere = negated;
      if (isNegation(w)) {
        negated = true;
      } else if (isClausePunctuation(w)) {
        negated = false;
      }
      double v = words[i].valence();
      if (negated && v != 0) {
        v *= -0.74;
      }
      lex.add(v / 4);
      (left ? lexLeft : lexRight).add(v / 4);
      lexWeighed.add(v / 4 / (1 + distance / 3.0));
      if (i >= clauseFrom && i < clauseTo) {
        lexClause.add(v / 4);
        if (v != 0) {
          addWord(f, "c=", w, negatedHere);
        }
      }
      if (v > 0) {
        positive.add(1);
      } else if (v < 0) {
        negative.add(1);
      }
      if (distance > 12) {
        continue; // words far away count through the sums above only
      }
      addWord(f, "n12=", w, negatedHere);
      if (distance <= 6) {
        addWord(f, "n6=", w, negatedHere);
        lex6.add(v / 4);
      }
      if (distance <= 3) {
        addWord(f, left ? "n3=L" : "n3=R", w, negatedHere);
        lex3.add(v / 4);
      }
      if (i + 1 < tokens.size() && !(i + 1 >= first && i + 1 <= last) && distance <= 5) {
        f.addPair("bi=", w, tokens.get(i + 1).folded(), 1);
      }
    }
    lex.handTo(f, "lex");
    lexLeft.handTo(f, "lexL");
    lexRight.handTo(f, "lexR");
    lexWeighed.handTo(f, "lexW");
    lexClause.handTo(f, "lexC");
    positive.handTo(f, "pos");
    negative.handTo(f, "neg");
    lex6.handTo(f, "lex6");
    lex3.handTo(f, "lex3");
    String next = last + 1 < tokens.size() ? tokens.get(last + 1).folded() : "";
    String previous = first > 0 ? tokens.get(first - 1).folded() : "";
    for (int i = first; i <= last; i++) {
      Token t = tokens.get(i);
      f.add("t=", t.isCapitalised() ? "NAME" : t.folded(), 1);
    }
    f.add(first == clauseFrom ? "clauseFirst" : "clauseInside", "", 1);
    int quoteMarks = 0;
    for (int i = 0; i < first; i++) {
      String q = tokens.get(i).text();
      if (q.equals("\"") || q.equals("\u201C") || q.equals("\u201D")) {
        quoteMarks++;
      }
    }
    if (quoteMarks % 2 == 1) {
      f.add("inQuote", "", 1);
    }
    f.add("position", "", first / (double) Math.max(1, tokens.size()));
    f.add("next=", next, 1);
    f.add("prev=", previous, 1);
    if (SPEECH.contains(next)) {
      f.add("speaker", "", 1);
    }
    // The rule-based view as two features: the tone of the target's clause and of the whole sentence.
    // Most targets' clause is their sentence but for its full stop, which the rules give no weight.
    double clauseTone = clauseFrom == 0 && onlyFullStopsFrom(tokens, clauseTo) ? sentenceTone
        : scorer.score(tokens.subList(clauseFrom, clauseTo), java.util.Arrays.copyOfRange(words, clauseFrom, clauseTo));
    f.add("clauseTone", "", clauseTone);
    f.add("sentenceTone", "", sentenceTone);
    f.add("bias", "", 1);
  }

  /** A feature that sums a share of each word around the target; handed over once, if any word had a share. */
  private static final class ValenceSum {
    private double sum;
    private boolean shared;

    void add(double share) {
      sum = shared ? sum + share : share;
      shared = true;
    }

    void handTo(Sink f, String name) {
      if (shared) {
        f.add(name, "", sum);
      }
    }
  }

  private static void addWord(Sink f, String prefix, String word, boolean negated) {
    if (negated) {
      f.addNegated(prefix, word, 1);
    } else {
      f.add(prefix, word, 1);
    }
  }

  private static boolean onlyFullStopsFrom(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (!tokens.get(i).text().equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static int clauseStart(List<Token> tokens, int first) {
    int from = first;
    while (from > 0 && !breaksClause(tokens.get(from - 1))) {
      from--;
    }
    return from;
  }

  private static int clauseEnd(List<Token> tokens, int last) {
    int to = last + 1;
    while (to < tokens.size() && !breaksClause(tokens.get(to))) {
      to++;
    }
    return to;
  }

  // The word lists below are switches rather than sets: they are asked about every token around every
  // target, and a switch on a string compares its hash, which the token's string keeps, before any text.

  /** A word that negates the words after it, up to the clause's punctuation (the list the model was trained with). */
  private static boolean isNegation(String w) {
    return switch (w) {
      case "not", "n't", "no", "never", "without", "nor", "neither", "cannot" -> true;
      default -> w.endsWith("n't");
    };
  }

  private static boolean isClausePunctuation(String w) {
    return switch (w) {
      case ".", ",", ";", ":", "!", "?" -> true;
      default -> false;
    };
  }

  /** Where the clause of a target ends, on either side: a sentence's punctuation or a contrasting word. */
  private static boolean breaksClause(Token t) {
    return switch (t.folded()) {
      case ".", ";", "?", "!", "but", "while", "whereas", "although", "though", "however", "yet", "unlike", "despite" ->
          true;
      default -> false;
    };
  }
}
