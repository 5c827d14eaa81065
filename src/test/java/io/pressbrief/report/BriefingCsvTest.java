package io.pressbrief.report;

import static io.pressbrief.report.BriefingFixtures.REQUEST;
import static io.pressbrief.report.BriefingFixtures.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.job.BriefingType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingCsvTest {
  @Test
  void eachTableOfTheBriefingIsACsvFileWithPlainNumbers(@TempDir Path dir) throws IOException {
    BriefingData data = BriefingFixtures.data(List.of(
        said("moss", "Clara Moss", "We will rebuild, \"whatever\" it costs,\nand soon.", "direct", -0.6, 7)));
    BriefingModel model = new BriefingModelBuilder(BriefingFixtures.spec(BriefingType.DAILY, 3, "A4"))
        .build(data, REQUEST);
    List<Path> files = BriefingCsv.write(model, data, dir, "daily");
    assertEquals(List.of("daily-actors.csv", "daily-statements.csv", "daily-events.csv", "daily-articles.csv",
        "daily-outlets.csv", "daily-trend.csv", "daily-movers.csv"),
        files.stream().map(f -> f.getFileName().toString()).toList());
    List<String> actors = Files.readAllLines(dir.resolve("daily-actors.csv"));
    assertEquals("actor_id,actor,statements,statements_before,statement_tone,mentions,tone_toward,"
        + "escalations_as_agent,escalations_as_target", actors.get(0));
    assertEquals("moss,\"Clara Moss\",3,1,0.2,5,-0.1,0,1", actors.get(1));
    String statements = Files.readString(dir.resolve("daily-statements.csv"));
    assertTrue(statements.contains("\"We will rebuild, \"\"whatever\"\" it costs,\nand soon.\""),
        "quotes doubled and line breaks kept inside a quoted field: " + statements);
    assertEquals(4, Files.readAllLines(dir.resolve("daily-events.csv")).size(), "header and every report");
  }

  @Test
  void textASpreadsheetWouldRunIsMadeInert() {
    assertEquals("'=HYPERLINK(\"x\")", BriefingCsv.inert("=HYPERLINK(\"x\")"));
    assertEquals("'+1", BriefingCsv.inert("+1"));
    assertEquals("'@SUM(A1)", BriefingCsv.inert("@SUM(A1)"));
    assertEquals("Kyiv", BriefingCsv.inert("Kyiv"));
  }
}
