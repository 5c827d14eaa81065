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
  void withNothingToReadThereIsOneEmptyChunkForTheRemovals() {
    assertEquals(List.of(List.of()), PressbriefJob.chunks(List.of(), 100));
  }
}
