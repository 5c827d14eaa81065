package io.pressbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String labelled(String id, String text, String target, int polarity) {
    int start = text.indexOf(target);
    return String.format(java.util.Locale.ROOT,
        "{\"id\":\"%s\",\"text\":\"%s\",\"targets\":[{\"id\":\"%s-t\",\"start\":%d,\"end\":%d,\"polarity\":%d}]}%n",
        id, text, id, start, start + target.length(), polarity);
  }

  @Test
  void scoresWithAModelTrainedOnTheUsersOwnData(@TempDir Path dir) throws IOException {
    StringBuilder train = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      train.append(labelled("p" + i, "Residents thanked the mayor for the new bridge.", "mayor", 1));
      train.append(labelled("n" + i, "Residents blamed the mayor for the flooding.", "mayor", -1));
      train.append(labelled("o" + i, "The mayor spoke to residents on Tuesday.", "mayor", 0));
    }
    Path input = Files.writeString(dir.resolve("train.jsonl"), train.toString());
    Path model = dir.resolve("model.tsv");
    assertEquals(ExitCodes.OK, Main.commandLine().execute("train-sentiment", "--input", input.toString(), "--out",
        model.toString(), "--runs", "2", "--min-weight", "0"));
    assertTrue(Files.readString(model).contains("--runs 2"), "the model says how it was trained");

    Path texts = Files.writeString(dir.resolve("in.jsonl"),
        labelled("a", "Residents thanked the mayor again.", "mayor", 1)
            + labelled("b", "Residents blamed the mayor again.", "mayor", -1));
    Path out = dir.resolve("out.jsonl");
    assertEquals(ExitCodes.OK, Main.commandLine().execute("sentiment", "--input", texts.toString(), "--out",
        out.toString(), "--model", model.toString()));
    var lines = Files.readAllLines(out);
    JsonNode thanked = JSON.readTree(lines.get(0)).get("targets").get(0);
    JsonNode blamed = JSON.readTree(lines.get(1)).get("targets").get(0);
    assertEquals(1, thanked.get("polarity").asInt(), lines.get(0));
    assertEquals(-1, blamed.get("polarity").asInt(), lines.get(1));
  }

  @Test
  void aTargetOutsideItsTextIsScoredNeutralWithAnError(@TempDir Path dir) throws IOException {
    Path texts = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"x\",\"text\":\"Short.\",\"targets\":[{\"id\":\"t\",\"start\":3,\"end\":40}]}\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(ExitCodes.OK, Main.commandLine().execute("sentiment", "--input", texts.toString(), "--out",
        out.toString()));
    JsonNode target = JSON.readTree(Files.readAllLines(out).get(0)).get("targets").get(0);
    assertEquals(0, target.get("polarity").asInt());
    assertTrue(target.get("error").asText().contains("within the text"));
  }

  @Test
  void trainSentenceToneWritesAModelTheSentimentCommandUses(@TempDir Path dir) throws IOException {
    String[] good = {"The festival drew record crowds and glowing reviews.", "Volunteers rebuilt the school in a week.",
        "The new clinic cut waiting times by half.", "Exports rose and the port hired hundreds."};
    String[] bad = {"The flood swept away the lower town.", "Riots left the square in ruins.",
        "The clinic closed and patients were turned away.", "Layoffs hit half the port's workers."};
    StringBuilder rated = new StringBuilder();
    for (int i = 0; i < good.length; i++) {
      rated.append(String.format(java.util.Locale.ROOT, "{\"id\":\"g%d\",\"text\":\"%s\",\"gold\":2.5}%n", i, good[i]));
      rated.append(String.format(java.util.Locale.ROOT, "{\"id\":\"b%d\",\"text\":\"%s\",\"gold\":-2.5}%n", i, bad[i]));
    }
    rated.append("{\"id\":\"unrated\",\"text\":\"No rating here.\"}\n");
    Path input = Files.writeString(dir.resolve("rated.jsonl"), rated.toString());
    Path model = dir.resolve("tone.tsv");
    assertEquals(ExitCodes.OK, Main.commandLine().execute("train-sentence-tone", "--input", input.toString(),
        "--out", model.toString(), "--penalty", "1"));
    assertTrue(Files.readString(model).contains("8 rated texts"), "the unrated line is left out");

    Path texts = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"a\",\"text\":\"Exports rose and the port hired hundreds.\"}\n"
            + "{\"id\":\"b\",\"text\":\"Layoffs hit half the port's workers.\"}\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(ExitCodes.OK, Main.commandLine().execute("sentiment", "--input", texts.toString(), "--out",
        out.toString(), "--sentence-tone", "contextual", "--sentence-tone-model", model.toString()));
    var lines = Files.readAllLines(out);
    // two of the texts it was trained on; the lexicon alone finds no tone in the first
    double hired = JSON.readTree(lines.get(0)).get("score").asDouble();
    double laidOff = JSON.readTree(lines.get(1)).get("score").asDouble();
    assertTrue(hired > 0.05 && laidOff < -0.05, hired + ", " + laidOff);

    Path one = Files.writeString(dir.resolve("one.jsonl"), "{\"text\":\"Alone.\",\"gold\":1}\n");
    assertEquals(ExitCodes.USAGE, Main.commandLine().execute("train-sentence-tone", "--input", one.toString(),
        "--out", dir.resolve("none.tsv").toString()));
  }

  @Test
  void theShippedSentenceToneModelIsWhatTrainingOnVadersTweetsGives(@TempDir Path dir) throws IOException {
    Path tweets = io.pressbrief.SharedData.require("gold/sentiment/vader-tweets.jsonl");
    Path model = dir.resolve("tone.tsv");
    assertEquals(ExitCodes.OK, Main.commandLine().execute("train-sentence-tone", "--input", tweets.toString(),
        "--out", model.toString()));
    List<String> trained = values(Files.readAllLines(model));
    List<String> shipped = values(Files.readAllLines(Path.of("src/main/resources/pressbrief/sentence-tone-model.tsv")));
    assertEquals(shipped.size(), trained.size());
    for (int i = 0; i < shipped.size(); i++) {
      // the same within float rounding: ONNX Runtime may sum in another order on another CPU
      assertEquals(Double.parseDouble(shipped.get(i)), Double.parseDouble(trained.get(i)), 1e-4, "value " + i);
    }
  }

  private static List<String> values(List<String> modelLines) {
    List<String> out = new java.util.ArrayList<>();
    for (String line : modelLines) {
      if (!line.startsWith("#")) {
        String[] parts = line.split("\t");
        out.addAll(List.of(parts).subList(1, parts.length));
      }
    }
    return out;
  }
}
