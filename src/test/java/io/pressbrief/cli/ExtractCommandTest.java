package io.pressbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> rows(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void writesTheDocumentedTablesWithOffsetsIntoTheText(@TempDir Path dir) throws IOException {
    Path archive = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"x1\",\"published\":\"2025-12-08\",\"source\":\"Wire\",\"text\":\"“We will talk,” Putin said on Sunday.\"}\n"
            + "{\"id\":\"x2\",\"published\":\"2025-12-08\"}\n");
    Path out = dir.resolve("out");
    int code = Main.commandLine().execute("extract", "--input", archive.toString(), "--out", out.toString(), "--with-text");
    assertEquals(ExitCodes.REJECTED, code, "success, with a rejected record");
    for (String table : List.of("articles", "statements", "escalations", "mentions", "rejected")) {
      assertTrue(Files.exists(out.resolve(table + ".jsonl")), table);
    }
    JsonNode article = rows(out.resolve("articles.jsonl")).get(0);
    String text = article.get("text").asText();
    JsonNode s = rows(out.resolve("statements.jsonl")).get(0);
    assertEquals("x1", s.get("article_id").asText());
    assertEquals("We will talk,", text.substring(s.get("start").asInt(), s.get("end").asInt()));
    assertEquals("Putin", text.substring(s.get("speaker_start").asInt(), s.get("speaker_end").asInt()));
    assertEquals("putin", s.get("actor_id").asText());
    assertEquals("direct", s.get("kind").asText());
    assertEquals("2025-12-07", s.get("date").asText());
    assertEquals("day", s.get("date_precision").asText());
    JsonNode rejected = rows(out.resolve("rejected.jsonl")).get(0);
    assertEquals("line 2", rejected.get("position").asText());
    assertTrue(rejected.get("reason").asText().contains("no text"));
  }

  @Test
  void aMissingInputIsAClearFailure(@TempDir Path dir) {
    int code = Main.commandLine().execute("extract", "--input", dir.resolve("nope.jsonl").toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(ExitCodes.FAILED, code);
  }
}
