package io.pressbrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input of every kind is rejected with a reason; nothing good is lost and nothing stops the reading. */
class MalformedInputTest {
  @TempDir
  Path dir;

  @Test
  void everyBadRecordIsRejectedWithItsReasonAndEveryGoodOneIsRead() throws Exception {
    MalformedArchive.write(dir);
    Configuration conf = new Configuration();
    IngestOptions options = new IngestOptions(2000, LocalDate.of(2026, 1, 1));
    List<String> accepted = new ArrayList<>();
    Map<String, List<Rejection>> rejected = new HashMap<>();
    for (ArchiveFiles.ArchiveFile f : ArchiveFiles.withoutSidecars(ArchiveFiles.list(List.of(dir.toString()), conf),
        ArchiveFormat.AUTO)) {
      ArchiveFiles.results(f.path(), ArchiveFormat.AUTO, RecordMapping.IDENTITY, conf, options).forEachRemaining(r -> {
        if (r instanceof IngestResult.Accepted a) {
          accepted.add(a.article().id());
        } else {
          Rejection rej = ((IngestResult.Rejected) r).rejection();
          rejected.computeIfAbsent(RecordReader.fileName(rej.source()), k -> new ArrayList<>()).add(rej);
        }
      });
    }
    int kept = MalformedArchive.keptBeforeTheCut(accepted);
    assertEquals(MalformedArchive.GOOD_IDS.stream().sorted().toList(),
        accepted.stream().filter(id -> !id.startsWith(MalformedArchive.KEPT)).sorted().toList());
    assertEquals(MalformedArchive.REJECTED_BECAUSE.keySet(), rejected.keySet());
    for (Map.Entry<String, List<String>> expected : MalformedArchive.REJECTED_BECAUSE.entrySet()) {
      List<Rejection> got = new ArrayList<>(rejected.get(expected.getKey()));
      assertEquals(expected.getValue().size(), got.size(), expected.getKey() + ": " + got);
      for (String because : expected.getValue()) {
        Rejection match = got.stream().filter(r -> r.reason().contains(because)).findFirst()
            .orElseThrow(() -> new AssertionError(expected.getKey() + ": no reason says '" + because + "': " + got));
        got.remove(match);
        assertFalse(match.position().isBlank(), "every rejection says where: " + match);
        assertTrue(match.source().endsWith(expected.getKey()), match.source());
      }
    }
    int rejections = rejected.values().stream().mapToInt(List::size).sum();
    assertEquals(MalformedArchive.recordsIn(kept), accepted.size() + rejections, "records in = read + rejected");
  }

  @Test
  void aRecordsPositionPointsAtItsLine() throws Exception {
    MalformedArchive.write(dir);
    List<Rejection> feed = new ArrayList<>();
    ArchiveFiles.results(dir.resolve("feed.jsonl").toString(), ArchiveFormat.AUTO, RecordMapping.IDENTITY,
        new Configuration(), new IngestOptions(2000, LocalDate.of(2026, 1, 1))).forEachRemaining(r -> {
          if (r instanceof IngestResult.Rejected rej) {
            feed.add(rej.rejection());
          }
        });
    assertEquals("line 2", feed.get(0).position());
    assertEquals("line 7", feed.get(5).position());
    assertTrue(feed.get(5).reason().contains("re-encode"), "the reason says what to do: " + feed.get(5).reason());
  }
}
