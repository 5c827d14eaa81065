package io.pressbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareAirForceCommandTest {
  @Test
  void nightlyFiguresAddUpDronesAndMissilesByModelPerMorning(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("nights.csv"), """
        time_start,time_end,model,launched,destroyed
        2025-03-01 19:00,2025-03-02 08:00,Shahed-136/131,120.0,100.0
        2025-03-01 19:00,2025-03-02 08:00,Iskander-M,4.0,1.0
        2025-03-01 19:00,2025-03-02 08:00,X-101/X-555,6.0,6.0
        2025-03-02 19:00,2025-03-03 08:00,Lancet,2.0,
        """);
    Map<LocalDate, CompareAirForceCommand.Night> nights = CompareAirForceCommand.airForce(csv.toFile());
    CompareAirForceCommand.Night night = nights.get(LocalDate.of(2025, 3, 2));
    assertEquals(new CompareAirForceCommand.Counts(120, 10), night.launched());
    assertEquals(new CompareAirForceCommand.Counts(100, 7), night.destroyed());
    assertEquals(new CompareAirForceCommand.Counts(2, 0), nights.get(LocalDate.of(2025, 3, 3)).launched());
  }

  @Test
  void aDayAgreesWhenEveryKindItCountsIsWithinTheTolerance() {
    CompareAirForceCommand.Counts recorded = new CompareAirForceCommand.Counts(120, 10);
    assertTrue(CompareAirForceCommand.agrees(new CompareAirForceCommand.Counts(115, -1), recorded, 0.10));
    assertFalse(CompareAirForceCommand.agrees(new CompareAirForceCommand.Counts(115, 20), recorded, 0.10));
    assertFalse(CompareAirForceCommand.agrees(new CompareAirForceCommand.Counts(-1, -1), recorded, 0.10),
        "nothing said, nothing to agree with");
  }

  @Test
  void countsFromAnAddressAreComparedWithTheNightTheyReport(@TempDir Path dir) throws IOException {
    Path archive = Files.writeString(dir.resolve("addresses.jsonl"), String.join("\n",
        "{\"id\":\"a1\",\"published\":\"2025-03-02T20:00:00+02:00\",\"title\":\"Evening address\",\"text\":"
            + "\"Last night Russia launched 118 drones and 10 missiles against our cities.\"}",
        "{\"id\":\"a2\",\"published\":\"2025-03-03T20:00:00+02:00\",\"title\":\"Evening address\",\"text\":"
            + "\"We thank our partners for their support.\"}") + "\n");
    Path csv = Files.writeString(dir.resolve("nights.csv"), """
        time_start,time_end,model,launched,destroyed
        2025-03-01 19:00,2025-03-02 08:00,Shahed-136/131,120.0,100.0
        2025-03-01 19:00,2025-03-02 08:00,Iskander-M,10.0,4.0
        """);
    Map<LocalDate, CompareAirForceCommand.Counts> said = CompareAirForceCommand.extracted(List.of(archive.toString()));
    assertEquals(List.of(new CompareAirForceCommand.Counts(118, 10)), List.copyOf(said.values()), said.toString());
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertEquals(ExitCodes.OK, Main.commandLine().execute("compare-air-force", "--input", archive.toString(),
          "--air-force", csv.toString()));
    } finally {
      System.setOut(stdout);
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 agree within 10% with the launched figures"),
        out.toString(StandardCharsets.UTF_8));
  }
}
