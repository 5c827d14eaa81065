package io.pressbrief;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real archives and gold sets in ../shared, for tests that skip cleanly where they are absent. */
public final class SharedData {
  private SharedData() {}

  /** The path of a file in shared/, or a skipped test (with the reason) when it is not there. */
  public static Path require(String relative) {
    Path root = Path.of(System.getProperty("pressbrief.shared", "../shared"));
    Path file = root.resolve(relative);
    if (!Files.exists(file)) {
      String reason = "skipped: " + file + " is absent (the shared data sets sit beside the project)";
      System.err.println("pressbrief tests: " + reason);
      assumeTrue(false, reason);
    }
    return file;
  }
}
