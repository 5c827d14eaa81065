package io.pressbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @Test
  void medianOfAnOddCountIsTheMiddleValueAndOfAnEvenCountTheMeanOfTheMiddleTwo() {
    assertEquals(3.0, BenchCommand.median(new double[] {9, 3, 1}));
    assertEquals(2.5, BenchCommand.median(new double[] {4, 1, 2, 3}));
  }

  @Test
  void reportsTheAnalyzerSpeedAndSentimentsShareFromAlternatingRounds(@TempDir Path dir) throws Exception {
    Path archive = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"a1\",\"published\":\"2025-12-08\",\"text\":\"The mayor praised Clara Moss but condemned the "
            + "ferry company. “We will not wait,” Moss said on Sunday.\"}\n"
            + "{\"id\":\"a2\",\"published\":\"2025-12-09\",\"text\":\"Jane Doe, the harbour master, said the new "
            + "pier was a disaster and blamed the council.\"}\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.commandLine().execute("bench", "--input", archive.toString(), "--seconds", "1", "--warmup", "0",
          "--rounds", "3");
    } finally {
      System.setOut(out);
    }
    assertEquals(ExitCodes.OK, code);
    String report = printed.toString(StandardCharsets.UTF_8);
    Matcher speed = Pattern.compile("analyzer: (\\d+) articles/s, [\\d.]+ MB/s of text on one core \\((\\d+) articles")
        .matcher(report);
    assertTrue(speed.find(), report);
    assertTrue(Long.parseLong(speed.group(2)) > 0, "articles were analysed: " + report);
    Matcher share = Pattern.compile("sentiment \\(the tone of sentences, statements and articles, and toward actors\\): "
        + "(\\d+)% of the analyzer's time, adding (\\d+)% to the rest of it \\(medians of 3 rounds; adding (\\d+) to (\\d+)%").matcher(report);
    assertTrue(share.find(), report);
    assertTrue(Integer.parseInt(share.group(3)) <= Integer.parseInt(share.group(4)), "a range, low to high: " + report);
  }
}
