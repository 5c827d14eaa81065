package io.pressbrief.analysis.sentiment;

import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import java.util.List;
import java.util.Set;

/**
 * The tone toward one target in a text: the tone of the clause that holds the target, so that in
 * "X praised Y but condemned Z" the praise is Y's and the condemnation Z's. Clauses end at sentence
 * punctuation, semicolons and contrastive or subordinating words. Immutable and thread-safe.
 */
public final class TargetTone {
  private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "whereas", "although", "though",
      "however", "yet", "unlike", "despite");
  private final ToneScorer scorer;

  public TargetTone(ToneScorer scorer) {
    this.scorer = scorer;
  }

  /** The tone toward the target at {@code target} in {@code text}, -1..1. */
  public double toward(String text, Span target) {
    List<Token> tokens = Tokenizer.tokens(text);
    int at = 0;
    while (at < tokens.size() && tokens.get(at).end() <= target.start()) {
      at++;
    }
    int from = at;
    while (from > 0 && !breaksBefore(tokens.get(from - 1))) {
      from--;
    }
    int to = at;
    while (to < tokens.size() && (to == at || !breaksBefore(tokens.get(to)))) {
      to++;
    }
    if (from >= to) {
      return 0;
    }
    return scorer.score(tokens.subList(from, Math.min(to, tokens.size())));
  }

  private static boolean breaksBefore(Token t) {
    return t.text().equals(".") || t.text().equals(";") || t.text().equals("?") || t.text().equals("!")
        || CLAUSE_BREAKS.contains(t.folded());
  }
}
