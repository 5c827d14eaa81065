package io.pressbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's own checks; re-rendering from tables is tested in SampleJobTest. */
class ReportCommandTest {
  @Test
  void withoutStoredTablesItSaysToRunTheJobFirst(@TempDir Path dir) throws IOException {
    Path job = Files.writeString(dir.resolve("job.yaml"), """
        name: nothing-yet
        archives: [{path: archive}]
        output: {tables: tables, reports: reports}
        """);
    assertEquals(ExitCodes.NO_INPUT, Main.commandLine().execute("report", job.toString()));
  }

  @Test
  void aBadJobSpecIsAUsageError(@TempDir Path dir) throws IOException {
    Path job = Files.writeString(dir.resolve("job.yaml"), "name: x\n");
    assertEquals(ExitCodes.USAGE, Main.commandLine().execute("report", job.toString()));
  }
}
