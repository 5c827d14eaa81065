package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs of the job killed with SIGKILL at random moments, each in its own JVM: after every kill the
 * published tables are one complete snapshot and every published briefing is a whole PDF.
 */
class KilledRunTest {
  private static final int TRIES = 10;

  private static String article(int n) {
    return "{\"id\":\"k" + n + "\",\"published\":\"2025-12-0" + (1 + n % 8) + "\",\"source\":\"Wire\",\"title\":\"t" + n
        + "\",\"text\":\"“The port is closed again,” Clara Moss said. Southern forces shelled Port Alma.\"}\n";
  }

  private static Process start(Path job) throws IOException {
    return new ProcessBuilder(TestJvm.command("1g", "io.pressbrief.cli.Main", "run", job.toString(), "--master",
        "local[2]")).redirectErrorStream(true).redirectOutput(job.resolveSibling("run.log").toFile()).start();
  }

  @Test
  void aRunKilledAtAnyPointLeavesThePublishedTablesAndBriefingsWhole(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Files.writeString(dir.resolve("actors.yaml"), "- id: moss\n  name: Clara Moss\n  type: person\n");
    Path job = Files.writeString(dir.resolve("job.yaml"), """
        name: killed
        archives: [{path: archive}]
        actors: [actors.yaml]
        briefing: {date: 2025-12-08, days: 3}
        output: {tables: tables, reports: reports}
        """);
    Files.writeString(archive.resolve("f0.jsonl"), article(0));
    Process first = start(job);
    assertTrue(first.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, first.exitValue(), Files.readString(dir.resolve("run.log")));
    long published = checkPublished(dir);

    Random random = new Random(20251208);
    int killed = 0;
    for (int i = 1; i <= TRIES; i++) {
      Files.writeString(archive.resolve("f" + i + ".jsonl"), article(i) + article(100 + i));
      Process run = start(job);
      boolean finished = run.waitFor(1500 + random.nextInt(14_000), TimeUnit.MILLISECONDS);
      if (!finished) {
        run.destroyForcibly(); // SIGKILL
        run.waitFor();
        killed++;
      }
      long now = checkPublished(dir);
      assertTrue(now == published || now > published, "try " + i + ": published articles went from " + published
          + " to " + now);
      published = now;
    }
    assertTrue(killed >= TRIES / 2, "most tries were killed mid-run: " + killed);
    Process last = start(job);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES));
    assertTrue(last.exitValue() == 0, Files.readString(dir.resolve("run.log")));
    assertEquals(1 + 2L * TRIES, checkPublished(dir), "every file's articles, each once");
  }

  /** The published snapshot is complete and consistent, and every briefing file is whole; returns its articles. */
  private static long checkPublished(Path dir) throws IOException {
    TableStore store = new TableStore(dir.resolve("tables").toString(), new Configuration());
    String snapshot = store.currentPath();
    assertTrue(snapshot != null, "a snapshot stays published");
    for (String table : List.of(Tables.ARTICLES, Tables.STATEMENTS, Tables.ESCALATIONS, Tables.MENTIONS,
        Tables.REJECTED, Tables.ACTOR_DAY, Tables.PAIR_DAY)) {
      assertTrue(Files.exists(Path.of(snapshot, table, Tables.SCHEMA_FILE)), table + " complete in " + snapshot);
    }
    ProcessedFiles processed = ProcessedFiles.published(store);
    long expected = processed.files().keySet().stream().mapToLong(f -> f.endsWith("f0.jsonl") ? 1 : 2).sum();
    long articles = Tables.readDir(SparkTestSession.get(), snapshot + "/" + Tables.ARTICLES).count();
    assertEquals(expected, articles, "the tables hold exactly the files the snapshot records");
    try (Stream<Path> files = Files.walk(dir.resolve("reports"))) {
      for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().contains(".staging-")).toList()) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
          assertTrue(doc.getNumberOfPages() > 0, pdf.toString());
        }
      }
    }
    return articles;
  }
}
