package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {
  private static PressbriefJob.InputFile file(String name, long size) {
    return new PressbriefJob.InputFile(name, "jsonl", size, 0);
  }

  @Test
  void filesAreGroupedUpToTheChunkSizeInListingOrder() {
    List<List<PressbriefJob.InputFile>> chunks = PressbriefJob.chunks(
        List.of(file("a", 40), file("b", 50), file("c", 30), file("d", 200), file("e", 10)), 100);
    assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d"), List.of("e")),
        chunks.stream().map(c -> c.stream().map(PressbriefJob.InputFile::path).toList()).toList(),
        "a file larger than a chunk is a chunk of its own");
  }

  @Test
  void filesOfSimilarSizeAreReadInGroupsOfAboutEqualBytesWithoutAShuffle() {
    List<List<PressbriefJob.InputFile>> groups = PressbriefJob.groupsOfEqualSize(
        List.of(file("a", 30), file("b", 20), file("c", 30), file("d", 10), file("e", 20), file("f", 10)), 2);
    assertEquals(List.of(List.of("a", "b", "d"), List.of("c", "e", "f")),
        groups.stream().map(g -> g.stream().map(PressbriefJob.InputFile::path).toList()).toList(),
        "60 bytes each, every group in listing order");
  }

  @Test
  void aFileLargerThanAGroupsShareOrTooFewFilesLeaveTheRecordsToBeDealtOut() {
    assertEquals(null, PressbriefJob.groupsOfEqualSize(List.of(file("big", 90), file("a", 5), file("b", 5)), 2));
    assertEquals(null, PressbriefJob.groupsOfEqualSize(List.of(file("a", 10), file("b", 10)), 4));
  }

  @Test
  void withNothingToReadThereIsOneEmptyChunkForTheRemovals() {
    assertEquals(List.of(List.of()), PressbriefJob.chunks(List.of(), 100));
  }

  @Test
  void aLargeChunkIsAnalysedInPartitionsSmallEnoughToCacheOrInTheJobsOwnNumber() {
    long mb = 1024L * 1024;
    assertEquals(4, PressbriefJob.partitions(0, 2, 10 * mb), "a night's files: twice the cores");
    assertEquals(16, PressbriefJob.partitions(0, 2, 1024 * mb), "a gigabyte: one partition per 64 MB");
    assertEquals(18, PressbriefJob.partitions(0, 2, 1024 * mb + 1), "a whole number of rounds on the cores");
    assertEquals(6, PressbriefJob.partitions(0, 2, 320 * mb), "5 by size, 6 so that no core waits for the last");
    assertEquals(32, PressbriefJob.partitions(0, 16, 1024 * mb), "many cores: twice their number still");
    assertEquals(3, PressbriefJob.partitions(3, 2, 1024 * mb), "the job spec's partitions win");
  }
}
