package io.pressbrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An archive folder with broken input of every kind a nightly feed brings, beside good records in
 * every format: what each file should give is known, so tests can check nothing was lost.
 */
public final class MalformedArchive {
  /**
   * The start of the ids of the lines of the truncated gzip file: those before the cut are read,
   * numbered from 0 without a gap; the rest are lost with the cut.
   */
  public static final String KEPT = "kept-";

  /** The ids of the good articles, which must all be read (besides the truncated file's first lines). */
  public static final List<String> GOOD_IDS = List.of("good-1", "good-2", "good-3", "before-the-cut", "array-1",
      "csv-1", "page", "clipping", "story");

  /**
   * Each file's expected rejections: a word or phrase every one of its reasons contains, and how
   * many there are.
   */
  public static final Map<String, List<String>> REJECTED_BECAUSE = Map.ofEntries(
      Map.entry("feed.jsonl", List.of("not valid JSON", "no text", "no text", "not a date pressbrief can read",
          "is impossible", "not valid UTF-8", "more than the cap", "not an object")),
      Map.entry("cut.jsonl.gz", List.of("breaks off")),
      Map.entry("photo.jsonl", List.of("binary")),
      Map.entry("scan.txt", List.of("binary")),
      Map.entry("dump.json", List.of("JSON is not valid")),
      Map.entry("export.csv", List.of("CSV cannot be read")),
      Map.entry("locked.pdf", List.of("encrypted")),
      Map.entry("broken.pdf", List.of("not a readable PDF")),
      Map.entry("crawl.warc.gz", List.of("breaks off")),
      Map.entry("notes.xyz", List.of("extension names no format")),
      Map.entry("latin1.txt", List.of("not valid UTF-8")),
      Map.entry("undated.txt", List.of("no publication date")),
      Map.entry("menu.html", List.of("no article text")));

  private MalformedArchive() {}

  /** The records in the folder: good articles, the truncated file's lines before the cut, and rejections. */
  public static int recordsIn(int keptBeforeTheCut) {
    return GOOD_IDS.size() + keptBeforeTheCut + REJECTED_BECAUSE.values().stream().mapToInt(List::size).sum();
  }

  /** The number of lines read before the cut, checking that they are the first ones, in order. */
  public static int keptBeforeTheCut(java.util.Collection<String> ids) {
    java.util.Set<Integer> kept = new java.util.TreeSet<>();
    for (String id : ids) {
      if (id.startsWith(KEPT)) {
        kept.add(Integer.parseInt(id.substring(KEPT.length(), id.indexOf('-', KEPT.length()))));
      }
    }
    if (kept.isEmpty() || kept.size() >= 400 || !kept.contains(kept.size() - 1)) {
      throw new AssertionError("the lines before the cut must be read, and only those: " + kept);
    }
    return kept.size();
  }

  /** Writes the archive into {@code dir}; the cap on article text is 2,000 characters. */
  public static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    String good = "{\"id\":\"%s\",\"source\":\"Harbour Times\",\"published\":\"2025-12-0%d\","
        + "\"text\":\"Talks resumed in Geneva, the envoy said on %s.\"}";
    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    for (String line : List.of(good.formatted("good-1", 8, "Monday"), "{\"id\":\"half\", \"text\": \"cut",
        "{\"id\":\"no-text\",\"published\":\"2025-12-08\"}",
        "{\"id\":\"empty\",\"published\":\"2025-12-08\",\"text\":\"   \"}",
        "{\"id\":\"when\",\"published\":\"the day after\",\"text\":\"Words.\"}",
        "{\"id\":\"future\",\"published\":\"2091-01-01\",\"text\":\"Words.\"}")) {
      feed.write(IngestFixtures.utf8(line + "\n"));
    }
    feed.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    feed.write(IngestFixtures.utf8("{\"id\":\"long\",\"published\":\"2025-12-08\",\"text\":\"" + "word ".repeat(500)
        + "\"}\n"));
    feed.write(IngestFixtures.utf8("[\"a list\", \"not an article\"]\n"));
    feed.write(IngestFixtures.utf8(good.formatted("good-2", 9, "Tuesday") + "\n"));
    feed.write(IngestFixtures.utf8(good.formatted("good-3", 9, "Tuesday") + "\n"));
    Files.write(dir.resolve("feed.jsonl"), feed.toByteArray());

    StringBuilder day = new StringBuilder(good.formatted("before-the-cut", 8, "Monday")).append('\n');
    java.util.Random random = new java.util.Random(8);
    for (int i = 0; i < 400; i++) {
      // Lines that do not compress to nothing, so the cut falls well after the first one.
      day.append(good.formatted(KEPT + i + "-" + Long.toHexString(random.nextLong()), 8, "Monday")).append('\n');
    }
    byte[] gz = IngestFixtures.gzip(IngestFixtures.utf8(day.toString()));
    Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));

    Files.write(dir.resolve("photo.jsonl"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,
        13, 'I', 'H', 'D', 'R'});

    Files.writeString(dir.resolve("dump.json"), "[\n" + good.formatted("array-1", 8, "Monday")
        + ",\n{\"id\": \"array-2\", \"text\": \"unfinished\n", StandardCharsets.UTF_8);

    Files.writeString(dir.resolve("export.csv"), "id,published,source,text\n"
        + "csv-1,2025-12-08,Ridge Wire,\"Borisenko said the line, \"\"for now\"\", would hold.\"\n"
        + "csv-2,2025-12-08,Ridge Wire,\"This quote never closes\n", StandardCharsets.UTF_8);

    Files.write(dir.resolve("locked.pdf"), IngestFixtures.encryptedPdf("A locked clipping about the talks."));
    Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a PDF at all\n%%EOF");
    Files.write(dir.resolve("clipping.pdf"), IngestFixtures.pdf("Envoy hopeful", IngestFixtures.day(2025, 12, 8),
        null, "The envoy said the talks in Geneva would go on through the week."));

    Path whole = dir.resolve("whole.tmp");
    IngestFixtures.warc(whole, "https://news.example.org/exchange", IngestFixtures.newsPage("Exchange agreed",
        "2025-12-08T10:00:00Z", "Both sides agreed to exchange prisoners at the Vel bridge, officials said today.",
        "The exchange is the first since the war began, and families gathered at the bridge."), false);
    byte[] warc = Files.readAllBytes(whole);
    Files.delete(whole);
    // Cut inside the page, the last record: a crawl that stopped while it was writing.
    Files.write(dir.resolve("crawl.warc.gz"), Arrays.copyOf(warc, warc.length - 40));

    Files.write(dir.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 0, 1, 2, 3});
    Files.writeString(dir.resolve("notes.xyz"), "someone's notes", StandardCharsets.UTF_8);
    Files.write(dir.resolve("latin1.txt"), "---\npublished: 2025-12-08\n---\nCaf\u00e9 talks in Gen\u00e8ve."
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("undated.txt"), "A story with no date anywhere, said the envoy.");
    Files.writeString(dir.resolve("story.txt"), "---\ntitle: Quiet night\nsource: Daily Lantern\n"
        + "published: 2025-12-09\n---\nThe night was quiet across Norland, the air force said on Tuesday.\n");
    Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a>"
        + "</nav></body></html>");
    Files.writeString(dir.resolve("page.html"), IngestFixtures.newsPage("Exchange agreed", "2025-12-08T10:00:00Z",
        "Both sides agreed to exchange prisoners at the Vel bridge, officials said today.",
        "The exchange is the first since the war began, and families gathered at the bridge.",
        "Observers in Geneva said the talks would go on next week despite the attacks."));
  }
}
