package io.pressbrief.cli;

import io.pressbrief.analysis.sentiment.SentenceTone;
import picocli.CommandLine.Option;

/** The {@code --sentence-tone} option of the commands that analyse text. */
final class SentenceToneOption {
  @Option(names = "--sentence-tone", defaultValue = "words",
      description = {"How the tone of sentences, articles and statements is scored (default ${DEFAULT-VALUE}):",
          "lexicon (VADER's kind), words (the lexicon mixed with word weights distilled from the contextual",
          "model, about as fast) or contextual (mixed with a sentence-embedding model: more accurate, ~200 x slower)."})
  SentenceTone.Model model;
}
