package io.pressbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void aFileSystemErrorSaysWhatWentWrongNotOnlyThePath() {
    assertEquals("already exists: /data/day-1.jsonl", Main.describe(new FileAlreadyExistsException("/data/day-1.jsonl")));
    assertEquals("no such file or folder: /data/jobs/x.yaml", Main.describe(new NoSuchFileException("/data/jobs/x.yaml")));
    assertEquals("the spec names no archive", Main.describe(new IllegalArgumentException("the spec names no archive")));
    assertEquals("NullPointerException", Main.describe(new NullPointerException()));
  }
}
