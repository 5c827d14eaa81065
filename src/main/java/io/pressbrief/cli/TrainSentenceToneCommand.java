package io.pressbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressbrief.analysis.sentiment.SentenceEmbeddings;
import io.pressbrief.analysis.sentiment.SentenceToneModel;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.sentiment.ToneScorer;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pressbrief train-sentence-tone}: trains the contextual sentence-tone read-out from rated
 * texts ({@code {text, gold}} per line, as VADER's rated sets).
 */
@Command(name = "train-sentence-tone", mixinStandardHelpOptions = true,
    description = {"Train the contextual sentence tone's read-out from rated texts.",
        "Input lines: {text, gold} with gold a rating on any scale symmetric around 0 (VADER's: -4..4).",
        "Deterministic: the same input and options give the same model on the same machine."})
final class TrainSentenceToneCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--input", required = true, description = "Rated JSON Lines.")
  Path input;

  @Option(names = "--out", required = true, description = "Model file written.")
  Path out;

  @Option(names = "--penalty", defaultValue = "10", description = "Ridge penalty (default ${DEFAULT-VALUE}).")
  double penalty;

  @Override
  public Integer call() throws Exception {
    ToneScorer lexicon = new ToneScorer(ToneLexicon.builtIn());
    List<String> texts = new ArrayList<>();
    List<Double> ratings = new ArrayList<>();
    long skipped = 0;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        if (!node.path("gold").isNumber() || node.path("text").asText("").isBlank()) {
          skipped++;
          continue;
        }
        texts.add(node.path("text").asText());
        ratings.add(node.path("gold").asDouble());
      }
    }
    if (texts.size() < 2) {
      Progress.info("train-sentence-tone: %s has fewer than two rated texts ({text, gold})", input);
      return ExitCodes.USAGE;
    }
    Progress.info("train-sentence-tone: %d rated texts from %s (%d without text or gold skipped); embedding them",
        texts.size(), input, skipped);
    List<float[]> embeddings = SentenceEmbeddings.shared().embedAll(texts);
    double[] tones = texts.stream().mapToDouble(lexicon::score).toArray();
    SentenceToneModel model = SentenceToneModel.train(embeddings,
        ratings.stream().mapToDouble(Double::doubleValue).toArray(), tones, penalty);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      model.write(w, String.format(Locale.ROOT,
          "pressbrief contextual sentence tone: a ridge read-out of bge-small-en-v1.5 sentence embeddings,%n"
              + "mixed half and half with the lexicon tone (each divided by its spread over these texts).%n"
              + "Trained by: pressbrief train-sentence-tone --input %s --penalty %s%n%d rated texts.",
          input.getFileName(), penalty, texts.size()));
    }
    Progress.info("train-sentence-tone: model written to %s", out);
    return ExitCodes.OK;
  }
}
