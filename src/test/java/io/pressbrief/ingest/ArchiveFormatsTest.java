package io.pressbrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFormatsTest {
  private static final IngestOptions OPTIONS = new IngestOptions(2000, LocalDate.of(2026, 1, 1));
  private static final Configuration CONF = new Configuration();

  @TempDir
  Path dir;

  private static List<IngestResult> read(Path file, ArchiveFormat format, RecordMapping mapping) {
    List<IngestResult> out = new ArrayList<>();
    Iterator<IngestResult> results = ArchiveFiles.results(file.toString(), format, mapping, CONF, OPTIONS);
    results.forEachRemaining(out::add);
    return out;
  }

  private static List<IngestResult> read(Path file) {
    return read(file, ArchiveFormat.AUTO, RecordMapping.IDENTITY);
  }

  private static Article article(IngestResult r) {
    return assertInstanceOf(IngestResult.Accepted.class, r, r.toString()).article();
  }

  @Test
  void theFormatFollowsTheExtensionUnderCompression() {
    assertEquals(ArchiveFormat.JSONL, ArchiveFormat.byExtension("hdfs://nn/a/2025-12-08.jsonl.gz"));
    assertEquals(ArchiveFormat.CSV, ArchiveFormat.byExtension("export.CSV.bz2"));
    assertEquals(ArchiveFormat.WARC, ArchiveFormat.byExtension("crawl-00001.warc.gz"));
    assertEquals(ArchiveFormat.HTML, ArchiveFormat.byExtension("page.htm"));
    assertEquals(ArchiveFormat.TEXT, ArchiveFormat.byExtension("story.txt"));
    assertNull(ArchiveFormat.byExtension("notes.xyz"));
    assertEquals(ArchiveFormat.PDF, ArchiveFormat.AUTO.forFile("clip.pdf"));
    assertEquals(ArchiveFormat.JSONL, ArchiveFormat.JSONL.forFile("clip.pdf"), "a declared format wins");
  }

  @Test
  void aJsonArrayAndObjectsOneAfterAnotherAreReadWithMappedFieldNames() throws IOException {
    RecordMapping mapping = new RecordMapping(Map.of("text", "body", "published", "date", "title", "headline"),
        "Wire Desk");
    Path array = dir.resolve("dump.json");
    Files.writeString(array, """
        [
          {"id": "a1", "headline": "Talks open", "date": "2025-12-08", "body": "Talks opened in Geneva."},
          {"id": "a2", "headline": "Talks go on", "date": "2025-12-09", "body": "Talks went on.", "source": "Ridge Wire"}
        ]
        """);
    List<IngestResult> fromArray = read(array, ArchiveFormat.AUTO, mapping);
    assertEquals(2, fromArray.size());
    assertEquals("Talks open", article(fromArray.get(0)).title());
    assertEquals("Talks opened in Geneva.", article(fromArray.get(0)).text());
    assertEquals("Wire Desk", article(fromArray.get(0)).source(), "the archive's outlet fills a missing one");
    assertEquals("Ridge Wire", article(fromArray.get(1)).source());

    Path objects = dir.resolve("objects.json");
    Files.writeString(objects, "{\"id\": \"b1\", \"date\": \"2025-12-08\",\n \"body\": \"One.\"}\n"
        + "{\"id\": \"b2\", \"date\": \"2025-12-08\", \"body\": \"Two.\"}");
    List<IngestResult> fromObjects = read(objects, ArchiveFormat.AUTO, mapping);
    assertEquals(List.of("b1", "b2"), fromObjects.stream().map(r -> article(r).id()).toList());
  }

  @Test
  void aMappedFieldThatIsMissingIsNamedInTheReason() throws IOException {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, "{\"id\": \"c1\", \"published\": \"2025-12-08\", \"text\": \"Under the wrong name.\"}\n");
    IngestResult r = read(file, ArchiveFormat.AUTO, new RecordMapping(Map.of("text", "body"), null)).get(0);
    String reason = assertInstanceOf(IngestResult.Rejected.class, r).rejection().reason();
    assertTrue(reason.contains("field 'body' (mapped to text in the job spec)"), reason);
  }

  @Test
  void csvAndTsvKeepQuotedSeparatorsQuotesAndLineBreaks() throws IOException {
    Path csv = dir.resolve("export.csv");
    Files.writeString(csv, "id,Headline,Body,Date\n"
        + "c1,Line holds,\"Borisenko said the line, \"\"for now\"\", would hold.\n\nHe said no more.\",2025-12-08\n"
        + "c2,Quiet,The night was quiet.,2025-12-09\n");
    RecordMapping mapping = new RecordMapping(Map.of("title", "Headline", "text", "Body", "published", "Date"), null);
    List<IngestResult> rows = read(csv, ArchiveFormat.AUTO, mapping);
    assertEquals(2, rows.size());
    assertEquals("Borisenko said the line, \"for now\", would hold.\n\nHe said no more.", article(rows.get(0)).text());
    assertEquals("Line holds", article(rows.get(0)).title());

    Path tsv = dir.resolve("export.tsv");
    Files.writeString(tsv, "id\tpublished\ttext\nt1\t2025-12-08\tTabs, commas and \"quotes\" are kept.\n");
    assertEquals("Tabs, commas and \"quotes\" are kept.", article(read(tsv).get(0)).text());
  }

  @Test
  void aTextFileTakesItsMetadataFromFrontMatterOrFromASidecar() throws IOException {
    Path fronted = dir.resolve("night.txt");
    Files.writeString(fronted, "---\ntitle: Quiet night\nsource: Daily Lantern\npublished: 2025-12-09\n---\n"
        + "The night was quiet, the air force said.\n");
    Article a = article(read(fronted).get(0));
    assertEquals("night", a.id());
    assertEquals("Quiet night", a.title());
    assertEquals(LocalDate.of(2025, 12, 9), a.date());
    assertEquals("The night was quiet, the air force said.\n", a.text(), "the header is not part of the text");

    Path plain = dir.resolve("talks.txt");
    Files.writeString(plain, "Talks resumed, the envoy said.");
    Files.writeString(dir.resolve("talks.json"), "{\"published\": \"2025-12-10\", \"source\": \"Eastline News\"}");
    Article b = article(read(plain).get(0));
    assertEquals("Eastline News", b.source());
    assertEquals(LocalDate.of(2025, 12, 10), b.date());

    List<ArchiveFiles.ArchiveFile> listed = ArchiveFiles.withoutSidecars(
        ArchiveFiles.list(List.of(dir.toString()), CONF), ArchiveFormat.AUTO);
    assertEquals(List.of("night.txt", "talks.txt"), listed.stream()
        .map(f -> RecordReader.fileName(f.path())).toList(), "the sidecar is not an archive of its own");
  }

  @Test
  void anHtmlPageGivesItsStoryAndMetadataWithoutThePageFurniture() throws IOException {
    Path page = dir.resolve("exchange.html");
    Files.writeString(page, IngestFixtures.newsPage("Exchange agreed", "2025-12-08T10:00:00Z",
        "Both sides agreed to exchange prisoners at the Vel bridge, officials said today.",
        "The exchange is the first since the war began, and families gathered at the bridge.",
        "Observers in Geneva said the talks would go on next week despite the attacks."));
    Article a = article(read(page).get(0));
    assertEquals("exchange", a.id());
    assertEquals("Harbour Times", a.source());
    assertEquals("2025-12-08T10:00:00Z", a.published());
    assertEquals("https://news.example.org/harbour-times/exchange", a.url());
    assertEquals("Exchange agreed | Harbour Times", a.title());
    assertEquals("Both sides agreed to exchange prisoners at the Vel bridge, officials said today.\n\n"
        + "The exchange is the first since the war began, and families gathered at the bridge.\n\n"
        + "Observers in Geneva said the talks would go on next week despite the attacks.", a.text());
  }

  @Test
  void aPdfClippingGivesItsTextAndItsDocumentInformation() throws IOException {
    Path pdf = dir.resolve("clip-7.pdf");
    Files.write(pdf, IngestFixtures.pdf("Envoy hopeful", IngestFixtures.day(2025, 11, 30), "2025-12-08",
        "The envoy said the talks in Geneva would go on", "through the week, whatever the weather."));
    Article a = article(read(pdf).get(0));
    assertEquals("clip-7", a.id());
    assertEquals("Envoy hopeful", a.title());
    assertEquals("Clipping Service", a.source());
    assertEquals(LocalDate.of(2025, 12, 8), a.date(), "the clipping's own date wins over the file's creation");
    assertEquals("The envoy said the talks in Geneva would go on through the week, whatever the weather.", a.text());
  }

  @Test
  void aWebArchiveGivesItsPagesAndPassesOverRequestsImagesAndRedirects() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    IngestFixtures.warc(warc, "https://news.example.org/exchange", IngestFixtures.newsPage("Exchange agreed",
        "2025-12-08T10:00:00Z", "Both sides agreed to exchange prisoners at the Vel bridge, officials said today.",
        "The exchange is the first since the war began, and families gathered at the bridge."), true);
    List<IngestResult> results = read(warc);
    assertEquals(1, results.size(), results.toString());
    Article a = article(results.get(0));
    assertTrue(a.id().startsWith("urn:uuid:"), "a page without an id takes its WARC record's: " + a.id());
    assertEquals("https://news.example.org/harbour-times/exchange", a.url());
    assertTrue(a.text().startsWith("Both sides agreed"), a.text());
  }

  @Test
  void compressedArchivesAreReadByTheirExtension() throws IOException {
    String line = "{\"id\":\"z1\",\"published\":\"2025-12-08\",\"text\":\"Compressed words.\"}\n";
    Path gz = dir.resolve("day.jsonl.gz");
    Files.write(gz, IngestFixtures.gzip(line.getBytes(StandardCharsets.UTF_8)));
    assertEquals("z1", article(read(gz).get(0)).id());

    Path bz2 = dir.resolve("export.csv.bz2");
    BZip2Codec codec = new BZip2Codec();
    codec.setConf(CONF);
    try (OutputStream out = codec.createOutputStream(Files.newOutputStream(bz2))) {
      out.write("id,published,text\nz2,2025-12-08,Words in bzip2.\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("Words in bzip2.", article(read(bz2).get(0)).text());
  }

  @Test
  void anArticleNotInEnglishIsKeptButSetAside() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(file, "{\"id\":\"ru\",\"published\":\"2025-12-08\",\"text\":\"Переговоры в Женеве "
        + "продолжатся на следующей неделе, заявил посланник.\"}\n");
    Article a = article(read(file).get(0));
    assertTrue(a.setAside() != null && a.setAside().contains("cyrillic"), a.setAside());
    IngestOptions allLanguages = new IngestOptions(2000, LocalDate.of(2026, 1, 1), false);
    IngestResult r = ArchiveFiles.results(file.toString(), ArchiveFormat.AUTO, RecordMapping.IDENTITY, CONF,
        allLanguages).next();
    assertNull(article(r).setAside(), "the check can be turned off");
  }

  @Test
  void anUndatedRecordIsRejectedByARunAndReadUndatedForScoring() throws IOException {
    Path file = dir.resolve("sentences.jsonl");
    Files.writeString(file, "{\"id\":\"s1\",\"text\":\"Sudmark shelled Tamsk on Sunday.\"}\n");
    IngestResult forRun = read(file).get(0);
    assertTrue(assertInstanceOf(IngestResult.Rejected.class, forRun).rejection().reason()
        .contains("no publication date"));
    IngestOptions forScoring = new IngestOptions(2000, LocalDate.of(2026, 1, 1), true, false);
    Article a = article(ArchiveFiles.results(file.toString(), ArchiveFormat.AUTO, RecordMapping.IDENTITY, CONF,
        forScoring).next());
    assertNull(a.date());
    assertNull(a.published());
    assertTrue(new io.pressbrief.analysis.dates.DateResolver().find(a.text(), 0, a.text().length(), null).isEmpty(),
        "an undated article's 'on Sunday' is not placed on any day");
  }

  @Test
  void aFieldMappingMayNameOnlyArticleFields() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new RecordMapping(Map.of("body", "text"), null));
    assertTrue(e.getMessage().contains("unknown article field 'body'"), e.getMessage());
    assertFalse(RecordMapping.ARTICLE_FIELDS.contains("body"));
  }
}
