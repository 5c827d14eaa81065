package io.pressbrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private static final IngestOptions OPTIONS = new IngestOptions(1000, LocalDate.of(2026, 1, 1));

  private static List<IngestResult> read(byte[] bytes) {
    List<IngestResult> out = new ArrayList<>();
    new JsonLinesReader(new ByteArrayInputStream(bytes), "archive.jsonl", OPTIONS).forEachRemaining(out::add);
    return out;
  }

  private static List<IngestResult> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Rejection rejection(IngestResult r) {
    return assertInstanceOf(IngestResult.Rejected.class, r).rejection();
  }

  @Test
  void readsAValidArticleWithItsFields() {
    List<IngestResult> results = read("{\"id\":\"a1\",\"url\":\"https://x.test/1\",\"source\":\"Wire\","
        + "\"title\":\"Talks\",\"published\":\"2025-12-08T14:03:00Z\",\"text\":\"Talks went on.\"}\n");
    Article a = assertInstanceOf(IngestResult.Accepted.class, results.get(0)).article();
    assertEquals("a1", a.id());
    assertEquals("Wire", a.source());
    assertEquals(LocalDate.of(2025, 12, 8), a.date());
    assertEquals("2025-12-08T14:03:00Z", a.published());
    assertEquals("Talks went on.", a.text());
  }

  @Test
  void badLinesAreRejectedWithTheirLineAndTheRestIsRead() {
    String archive = String.join("\n",
        "{\"id\":\"ok1\",\"published\":\"2025-12-01\",\"text\":\"First.\"}",
        "{not json at all",
        "{\"id\":\"no-text\",\"published\":\"2025-12-01\"}",
        "{\"id\":\"bad-date\",\"published\":\"the day after\",\"text\":\"Words.\"}",
        "",
        "[1, 2, 3]",
        "{\"id\":\"future\",\"published\":\"2031-01-01\",\"text\":\"Words.\"}",
        "{\"id\":\"ok2\",\"published\":\"2025-12-02\",\"text\":\"Second.\"}");
    List<IngestResult> results = read(archive);
    assertEquals(7, results.size(), "one result per non-blank line");
    assertInstanceOf(IngestResult.Accepted.class, results.get(0));
    assertEquals("line 2", rejection(results.get(1)).position());
    assertTrue(rejection(results.get(1)).reason().contains("not valid JSON"));
    assertTrue(rejection(results.get(2)).reason().contains("no text"));
    assertTrue(rejection(results.get(3)).reason().contains("'the day after'"));
    assertTrue(rejection(results.get(4)).reason().contains("not an object"));
    assertEquals("line 6", rejection(results.get(4)).position());
    assertTrue(rejection(results.get(5)).reason().contains("impossible"));
    assertEquals("ok2", assertInstanceOf(IngestResult.Accepted.class, results.get(6)).article().id());
  }

  @Test
  void aLineThatIsNotUtf8IsRejectedAlone() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"id\":\"x\",\"published\":\"2025-12-01\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
    bytes.write("{\"id\":\"y\",\"published\":\"2025-12-01\",\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8));
    List<IngestResult> results = read(bytes.toByteArray());
    assertTrue(rejection(results.get(0)).reason().contains("UTF-8"));
    assertEquals("y", assertInstanceOf(IngestResult.Accepted.class, results.get(1)).article().id());
  }

  @Test
  void anOversizedArticleIsRejectedWithTheCap() {
    String text = "word ".repeat(300);
    Rejection r = rejection(read("{\"id\":\"big\",\"published\":\"2025-12-01\",\"text\":\"" + text + "\"}").get(0));
    assertTrue(r.reason().contains("cap of 1000"), r.reason());
  }

  @Test
  void aRecordWithoutIdGetsOneFromFileAndLine() {
    Article a = assertInstanceOf(IngestResult.Accepted.class,
        read("\n{\"published\":\"2025-12-01\",\"text\":\"No id.\"}").get(0)).article();
    assertEquals("archive.jsonl:2", a.id());
  }

  @Test
  void aTruncatedGzipKeepsWhatCameBeforeAndSaysWhereItBrokeOff() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 200; i++) {
        out.write(("{\"id\":\"a" + i + "\",\"published\":\"2025-12-01\",\"text\":\"Article number " + i
            + " with some words to fill the line.\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = gz.toByteArray();
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    List<IngestResult> results = new ArrayList<>();
    new JsonLinesReader(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(cut)), "cut.jsonl.gz", OPTIONS)
        .forEachRemaining(results::add);
    IngestResult last = results.get(results.size() - 1);
    assertTrue(rejection(last).reason().contains("truncated"), rejection(last).reason());
    long accepted = results.stream().filter(r -> r instanceof IngestResult.Accepted).count();
    assertTrue(accepted > 10 && accepted < 200, "kept the lines before the break: " + accepted);
  }
}
