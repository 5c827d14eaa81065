package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableStoreTest {
  @Test
  void aSnapshotIsVisibleOnlyOncePublishedAndOldOnesAreRemoved(@TempDir Path dir) throws Exception {
    TableStore store = new TableStore(dir.toString(), new Configuration());
    assertNull(store.current());
    Files.createDirectories(Path.of(store.snapshotPath("r1"), "articles", "date=2025-12-06"));
    assertNull(store.current(), "written but not published");
    store.publish("r1");
    assertEquals("r1", store.current());
    Files.createDirectories(Path.of(store.snapshotPath("r2")));
    store.publish("r2");
    Files.createDirectories(Path.of(store.snapshotPath("r3")));
    store.publish("r3");
    store.awaitCleanup();
    assertFalse(Files.exists(Path.of(store.snapshotPath("r1"))), "older than the previous one");
    assertTrue(Files.exists(Path.of(store.snapshotPath("r2"))), "the previous one is kept for readers still on it");
    Files.createDirectories(Path.of(store.snapshotPath("r4-killed")));
    store.removeUnpublished();
    assertFalse(Files.exists(Path.of(store.snapshotPath("r4-killed"))), "a killed run's leftovers go");
    assertEquals("r3", store.current());
  }

  @Test
  void theNextChunksSnapshotIsNotDeletedWithTheSupersededOnes(@TempDir Path dir) throws Exception {
    TableStore store = new TableStore(dir.toString(), new Configuration());
    for (int day = 1; day <= 28; day++) {
      Path partition = Files.createDirectories(Path.of(store.snapshotPath("r0"), "articles", "date=2025-12-" + (10 + day)));
      Files.writeString(partition.resolve("part-0.parquet"), "old");
    }
    store.publish("r0");
    Files.createDirectories(Path.of(store.snapshotPath("r1")));
    store.publish("r1");
    Files.createDirectories(Path.of(store.snapshotPath("r2")));
    store.publish("r2");
    // the next chunk starts writing while r0 is being deleted in the background
    Path next = Files.createDirectories(Path.of(store.snapshotPath("r3"), "articles", "date=2025-12-31"));
    store.awaitCleanup();
    assertFalse(Files.exists(Path.of(store.snapshotPath("r0"))), "superseded by r2's publish");
    assertTrue(Files.exists(next), "written after that publish, so not one it superseded");
  }

  @Test
  void untouchedPartitionsAreCarriedOverAsHardLinks(@TempDir Path dir) throws Exception {
    TableStore store = new TableStore(dir.toString(), new Configuration());
    Path day1 = Files.createDirectories(Path.of(store.snapshotPath("r1"), "articles", "date=2025-12-06"));
    Path day2 = Files.createDirectories(Path.of(store.snapshotPath("r1"), "articles", "date=2025-12-07"));
    Files.writeString(day1.resolve("part-0.parquet"), "one");
    Files.writeString(day2.resolve("part-0.parquet"), "two");
    store.publish("r1");
    assertEquals(Set.of("date=2025-12-06"), store.carryOver("articles", Set.of("date=2025-12-07"),
        store.snapshotPath("r2")), "the partitions carried, for the row counts to take over");
    Path carried = Path.of(store.snapshotPath("r2"), "articles", "date=2025-12-06", "part-0.parquet");
    assertTrue(Files.isSameFile(carried, day1.resolve("part-0.parquet")), "a link, not a copy");
    assertFalse(Files.exists(Path.of(store.snapshotPath("r2"), "articles", "date=2025-12-07")), "rewritten by the run");
  }
}
