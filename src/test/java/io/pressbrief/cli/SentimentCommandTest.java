package io.pressbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
