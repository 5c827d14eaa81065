package io.pressbrief.cli;

import io.pressbrief.analysis.SentenceSplitter;
import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import io.pressbrief.analysis.sentiment.SentenceTone;
import io.pressbrief.analysis.sentiment.SentenceToneModel;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.sentiment.ToneScorer;
import io.pressbrief.analysis.sentiment.ToneWords;
import io.pressbrief.analysis.sentiment.ToneWordsTraining;
import io.pressbrief.ingest.Article;
import io.pressbrief.ingest.ArchiveFiles;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pressbrief train-tone-words}: distils the contextual sentence tone into word weights
 * ({@link ToneWords}) over the sentences of unlabelled news archives.
 */
@Command(name = "train-tone-words", mixinStandardHelpOptions = true,
    description = {"Distil the contextual sentence tone into word weights over news sentences.",
        "Reads any archive format; no labels needed: the contextual model (the shipped read-out) is the teacher.",
        "Deterministic: the same archives and options give the same weights on the same machine."})
final class TrainToneWordsCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, description = "Archive files, folders or globs (repeatable).")
  List<String> corpora;

  @Option(names = "--out", required = true, description = "Weights file written.")
  Path out;

  @Option(names = "--sentences", defaultValue = "1000000",
      description = "Sentences drawn at random from the archives (default ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--min-count", defaultValue = "2",
      description = "Words (or negated words) in fewer sentences get no weight (default ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--damp", defaultValue = "0.3", description = "Damping (ridge penalty = damp²; default ${DEFAULT-VALUE}).")
  double damp;

  @Option(names = "--iterations", defaultValue = "300", description = "Conjugate-gradient steps (default ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--min-weight", defaultValue = "0.05",
      description = "Weights smaller than this are left out (default ${DEFAULT-VALUE}).")
  double minWeight;

  @Option(names = "--seed", defaultValue = "20251208", description = "Seed of the random draw (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    List<String> drawn = new ArrayList<>();
    for (Article a : ArchiveFiles.articles(corpora, new Configuration())) {
      String text = a.text();
      for (Span s : SentenceSplitter.split(text)) {
        String sentence = text.substring(s.start(), s.end()).strip();
        // headlines, bylines and tables are no sentences to learn tone from
        if (sentence.length() >= 30 && sentence.length() <= 300 && sentence.chars().anyMatch(Character::isLowerCase)) {
          drawn.add(sentence);
        }
      }
    }
    if (drawn.size() < 2) {
      Progress.info("train-tone-words: fewer than two sentences in %s", corpora);
      return ExitCodes.NO_INPUT;
    }
    int found = drawn.size();
    Collections.shuffle(drawn, new Random(seed));
    drawn = drawn.subList(0, Math.min(sentences, drawn.size()));
    Progress.info("train-tone-words: %d of %d sentences drawn; the contextual model reads them and their clauses "
        + "(about 2 ms each)", drawn.size(), found);
    ToneLexicon lexicon = ToneLexicon.builtIn();
    ToneScorer scorer = new ToneScorer(lexicon);
    SentenceTone teacher = SentenceTone.contextual(SentenceToneModel.builtIn());
    List<Double> teacherTones = new ArrayList<>();
    List<Double> lexiconTones = new ArrayList<>();
    List<List<String>> features = new ArrayList<>();
    int batch = 128;
    for (int from = 0; from < drawn.size(); from += batch) {
      List<String> texts = new ArrayList<>();
      for (String sentence : drawn.subList(from, Math.min(drawn.size(), from + batch))) {
        List<Token> tokens = Tokenizer.tokens(sentence);
        addRow(sentence, tokens, lexicon, scorer, texts, features, lexiconTones);
        for (int[] clause : ToneWordsTraining.clauses(tokens)) {
          String text = sentence.substring(tokens.get(clause[0]).start(), tokens.get(clause[1] - 1).end());
          addRow(text, Tokenizer.tokens(text), lexicon, scorer, texts, features, lexiconTones);
        }
      }
      double[] batchLexiconTones = toArray(lexiconTones.subList(lexiconTones.size() - texts.size(), lexiconTones.size()));
      for (double t : teacher.tones(texts, batchLexiconTones)) {
        teacherTones.add(t);
      }
      if ((from / batch) % 160 == 159) {
        Progress.info("train-tone-words: %d of %d sentences read (%d texts with their clauses)",
            from + batch, drawn.size(), teacherTones.size());
      }
    }
    ToneWords model = ToneWordsTraining.train(features, toArray(teacherTones), toArray(lexiconTones), minCount, damp,
        iterations, minWeight);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      model.write(w, String.format(Locale.ROOT,
          "pressbrief tone words: word weights distilled from the contextual sentence tone (sentence-tone-model.tsv)%n"
              + "over %d news sentences drawn from %d and their clauses (%d texts); a NOT_ word is one within three%n"
              + "words after a negation. A text's tone is lexicon_weight times its lexicon tone plus its word score.%n"
              + "Trained by: pressbrief train-tone-words --corpus %s --sentences %d --min-count %d --damp %s "
              + "--iterations %d --min-weight %s --seed %d",
          drawn.size(), found, features.size(), String.join(" --corpus ", corpora.stream().map(c -> Path.of(c).getFileName().toString())
              .toList()), sentences, minCount, damp, iterations, minWeight, seed));
    }
    Progress.info("train-tone-words: weights for %d texts written to %s", features.size(), out);
    return ExitCodes.OK;
  }

  /** A training row: the text (for the teacher), its features and its lexicon tone. */
  private static void addRow(String text, List<Token> tokens, ToneLexicon lexicon, ToneScorer scorer, List<String> texts,
                             List<List<String>> features, List<Double> lexiconTones) {
    ToneLexicon.Word[] words = lexicon.words(tokens);
    texts.add(text);
    features.add(ToneWords.features(tokens, words));
    lexiconTones.add(scorer.score(tokens, words));
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
