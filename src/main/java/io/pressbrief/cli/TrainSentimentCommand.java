package io.pressbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.sentiment.TargetFeatures;
import io.pressbrief.analysis.sentiment.TargetSentimentModel;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pressbrief train-sentiment}: trains the target-sentiment model from labelled sentences
 * ({@code {text, targets: [{start, end, polarity}]}} per line, as NewsMTSC's training split).
 */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
    description = {"Train the model of tone toward a target from labelled sentences.",
        "Input lines: {text, targets: [{start, end, polarity}]} with polarity -1, 0 or 1.",
        "Deterministic: the same input and options give the same weights."})
final class TrainSentimentCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--input", required = true, description = "Labelled JSON Lines.")
  Path input;

  @Option(names = "--out", required = true, description = "Model file written (feature and three weights a line).")
  Path out;

  @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--l2", defaultValue = "0.0001", description = "L2 regularisation (default ${DEFAULT-VALUE}).")
  double l2;

  @Option(names = "--runs", defaultValue = "5",
      description = "Models trained with seeds seed, seed+1, … whose weights are averaged (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", defaultValue = "20251208", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--min-weight", defaultValue = "0.1",
      description = "Drop features whose weights are all smaller (default ${DEFAULT-VALUE}), to keep the file small.")
  double minWeight;

  @Override
  public Integer call() throws Exception {
    TargetFeatures features = new TargetFeatures(ToneLexicon.builtIn());
    List<TargetSentimentModel.Example> examples = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        String text = node.path("text").asText("");
        for (JsonNode t : node.path("targets")) {
          int start = t.path("start").asInt(-1);
          int end = t.path("end").asInt(-1);
          int polarity = t.path("polarity").asInt(Integer.MIN_VALUE);
          if (start >= 0 && end >= start && end <= text.length() && polarity >= -1 && polarity <= 1) {
            examples.add(new TargetSentimentModel.Example(
                features.of(text, 0, text.length(), new Span(start, end)), polarity));
          }
        }
      }
    }
    Progress.info("train-sentiment: %d labelled targets from %s", examples.size(), input);
    TargetSentimentModel model = TargetSentimentModel.trainAveraged(examples, epochs, l2, seed, runs);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      model.write(w, minWeight, String.format(java.util.Locale.ROOT,
          "pressbrief target-sentiment model: three-class logistic regression over TargetFeatures.%n"
              + "Trained by: pressbrief train-sentiment --input %s --epochs %d --l2 %s --seed %d --runs %d --min-weight %s%n"
              + "%d labelled targets. Columns: feature, weight negative, neutral, positive.",
          input.getFileName(), epochs, l2, seed, runs, minWeight, examples.size()));
    }
    Progress.info("train-sentiment: model written to %s", out);
    return ExitCodes.OK;
  }
}
