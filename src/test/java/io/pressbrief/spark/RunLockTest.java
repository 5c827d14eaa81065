package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  private final Configuration conf = new Configuration();

  @Test
  void aLockIsHeldUntilClosed(@TempDir Path dir) throws Exception {
    try (RunLock lock = RunLock.acquire(dir.toString(), conf, m -> { })) {
      assertTrue(Files.exists(dir.resolve("LOCK")));
      assertThrows(RunLock.RunLockedException.class, () -> RunLock.acquire(dir.toString(), conf, m -> { }));
    }
    assertFalse(Files.exists(dir.resolve("LOCK")));
  }

  @Test
  void theLockOfAKilledRunOnThisHostIsTakenOverWithAMessage(@TempDir Path dir) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String host = InetAddress.getLocalHost().getHostName();
    Files.writeString(dir.resolve("LOCK"), gone.pid() + "@" + host + " 2025-12-08T02:00:00Z");
    List<String> messages = new ArrayList<>();
    try (RunLock lock = RunLock.acquire(dir.toString(), conf, messages::add)) {
      assertTrue(messages.get(0).contains("stale lock"), messages.toString());
    }
  }

  @Test
  void aLockFromAnotherHostIsNeverTakenOver(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("LOCK"), "12@elsewhere.example 2025-12-08T02:00:00Z");
    RunLock.RunLockedException e = assertThrows(RunLock.RunLockedException.class,
        () -> RunLock.acquire(dir.toString(), conf, m -> { }));
    assertTrue(e.getMessage().contains("12@elsewhere.example"), e.getMessage());
  }
}
