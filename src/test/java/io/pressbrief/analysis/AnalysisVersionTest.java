package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisVersionTest {
  private static Path jar(Path dir, String name, long time, String classBytes, String buildNote) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      String[][] entries = {{"io/pressbrief/A.class", classBytes}, {"pressbrief/cues.txt", "say: said"},
          {"META-INF/maven/io.pressbrief/pressbrief/pom.properties", buildNote}};
      for (String[] e : entries) {
        JarEntry entry = new JarEntry(e[0]);
        entry.setTime(time);
        out.putNextEntry(entry);
        out.write(e[1].getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void twoBuildsOfTheSameCodeHaveOneChecksumAndAChangeInTheCodeAnother(@TempDir Path dir) throws IOException {
    String morning = AnalysisVersion.jarChecksum(jar(dir, "a.jar", 1_700_000_000_000L, "code v1", "#Mon 07:05"));
    String evening = AnalysisVersion.jarChecksum(jar(dir, "b.jar", 1_700_040_000_000L, "code v1", "#Mon 19:40"));
    String changed = AnalysisVersion.jarChecksum(jar(dir, "c.jar", 1_700_000_000_000L, "code v2", "#Mon 07:05"));
    assertEquals(morning, evening, "entry times and Maven's build notes are not the code");
    assertNotEquals(morning, changed);
  }
}
