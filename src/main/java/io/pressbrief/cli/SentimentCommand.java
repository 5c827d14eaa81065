package io.pressbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import io.pressbrief.analysis.sentiment.SentenceTone;
import io.pressbrief.analysis.sentiment.TargetFeatures;
import io.pressbrief.analysis.sentiment.TargetSentimentModel;
import io.pressbrief.analysis.sentiment.TargetTone;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.sentiment.ToneScorer;
import io.pressbrief.analysis.sentiment.ToneWords;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pressbrief sentiment}: scores texts, and the tone toward targets in them, so anyone can
 * check pressbrief's sentiment on their own labelled data.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
    description = {"Score the tone of texts and toward targets in them.",
        "Input lines: {id, text, targets?: [{id, start, end}]}; output lines: {id, score, targets: [{id, score, polarity}]}.",
        "score runs from -1 (most negative) to 1 (most positive), neutral within ±" + ToneScorer.NEUTRAL_BAND + ".",
        "A text's score is its sentence tone (--sentence-tone); a target's is P(positive) - P(negative) of the",
        "target model, and its polarity the most likely class."})
final class SentimentCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--input", required = true, description = "JSON Lines to score.")
  Path input;

  @Option(names = "--out", required = true, description = "JSON Lines written.")
  Path out;

  @Option(names = "--model", description = "A target model written by train-sentiment (default: the one shipped).")
  Path model;

  @Mixin
  SentenceToneOption sentenceModel;

  @Option(names = "--sentence-tone-model",
      description = "Word weights written by train-tone-words (with words) or a read-out written by "
          + "train-sentence-tone (with contextual); default: the ones shipped.")
  Path sentenceToneModel;

  @Override
  public Integer call() throws Exception {
    SentenceTone.Model how = sentenceModel.model;
    ToneLexicon lexicon = how == SentenceTone.Model.WORDS && sentenceToneModel != null
        ? ToneLexicon.builtIn(readToneWords(sentenceToneModel)) : ToneLexicon.builtIn();
    ToneScorer scorer = new ToneScorer(lexicon);
    SentenceTone sentenceTone = SentenceTone.of(how, lexicon,
        how == SentenceTone.Model.CONTEXTUAL ? sentenceToneModel : null);
    TargetTone targets = new TargetTone(new TargetFeatures(lexicon), targetModel());
    long lines = 0;
    long bad = 0;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
         BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          Progress.info("sentiment: line %d is not valid JSON, skipped (%s)", lines, e.getOriginalMessage());
          bad++;
          continue;
        }
        String text = node.path("text").asText("");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", node.get("id"));
        List<Map<String, Object>> scored = new ArrayList<>();
        List<Token> tokens = Tokenizer.tokens(text);
        ToneLexicon.Word[] words = scorer.words(tokens);
        double textTone = scorer.score(tokens, words);
        row.put("score", round(sentenceTone.tone(text, tokens, words, textTone)));
        for (JsonNode t : node.path("targets")) {
          int start = t.path("start").asInt(-1);
          int end = t.path("end").asInt(-1);
          Map<String, Object> tr = new LinkedHashMap<>();
          tr.put("id", t.get("id"));
          if (start < 0 || end < start || end > text.length()) {
            tr.put("score", 0.0);
            tr.put("polarity", 0);
            tr.put("error", "start and end must lie within the text");
          } else {
            TargetTone.Toward toward = targets.toward(tokens, new Span(start, end), textTone);
            tr.put("score", round(toward.score()));
            tr.put("polarity", toward.polarity());
          }
          scored.add(tr);
        }
        row.put("targets", scored);
        w.write(JSON.writeValueAsString(row));
        w.write('\n');
      }
    }
    Progress.info("sentiment: %d text(s) scored, %d line(s) skipped -> %s", lines - bad, bad, out);
    return bad > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
  }

  private static ToneWords readToneWords(Path file) throws java.io.IOException {
    try (var in = Files.newInputStream(file)) {
      return ToneWords.read(in);
    }
  }

  private TargetSentimentModel targetModel() throws java.io.IOException {
    if (model == null) {
      return TargetSentimentModel.builtIn();
    }
    try (var in = Files.newInputStream(model)) {
      return TargetSentimentModel.read(in);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
