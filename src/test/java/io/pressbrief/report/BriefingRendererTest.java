package io.pressbrief.report;

import static io.pressbrief.report.BriefingFixtures.REQUEST;
import static io.pressbrief.report.BriefingFixtures.said;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.pressbrief.job.BriefingType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingRendererTest {
  private static final LocalDate DATE = LocalDate.of(2025, 12, 10);
  private static BriefingRenderer renderer;

  @BeforeAll
  static void build() throws IOException {
    renderer = new BriefingRenderer(Path.of("templates"));
  }

  private static BriefingModel model(String quote, BriefingType type, String paper) {
    return new BriefingModelBuilder(BriefingFixtures.spec(type, 3, paper)).build(BriefingFixtures.data(List.of(
        said("moss", "Clara Moss", quote, "direct", -0.6, 7),
        said("sefcovic", "Maroš Šefčovič", "The commission will study the proposal with great care.", "direct", 0.3, 8),
        said("zelensky", "Volodymyr Zelensky", "Зеленський сказав, що переговори тривають і будуть продовжені.",
            "direct", 0.2, 9))), type == BriefingType.ACTOR
        ? new BriefingRequest(REQUEST.period(), REQUEST.comparison(), REQUEST.window(), "moss") : REQUEST);
  }

  private static BriefingModel model(String quote) {
    return model(quote, BriefingType.DAILY, "A4");
  }

  private static byte[] pdf(BriefingModel model, String template) throws IOException {
    return renderer.pdf(renderer.html(model, template), DATE);
  }

  @Test
  void thePdfShowsFiguresNamesAndQuotesInAnyScriptWithEmbeddedFonts() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(model("We will rebuild every pier that was destroyed."), "daily.ftlh"))) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(doc.getNumberOfPages() > 1, "more than one page");
      assertTrue(text.contains("Clara Moss"), text);
      assertTrue(text.contains("Maroš Šefčovič"), "Latin with diacritics");
      assertTrue(text.contains("Зеленський сказав"), "Cyrillic");
      assertTrue(text.contains("We will rebuild every pier that was destroyed."));
      assertTrue(text.contains("Harbour Times, 2025-12-07"), "quote with outlet and date");
      assertTrue(text.contains("ESCALATION INDEX") && text.contains("6.0"), "headline index");
      assertTrue(text.contains("page 1 of " + doc.getNumberOfPages()), "page numbers");
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), "fonts are embedded: " + font.getName());
          fonts++;
        }
      }
      assertTrue(fonts > 0);
    }
  }

  @Test
  void thePdfHasAnOutlineMetadataAndTags() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(model("A calm statement for the record, nothing more."), "daily.ftlh"))) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals("Test briefing — Daily briefing, 2025-12-06 to 2025-12-10", info.getTitle());
      assertEquals("pressbrief", info.getAuthor());
      assertEquals("Statements, tone and escalation by actor, 2025-12-06 to 2025-12-10", info.getSubject());
      assertTrue(info.getKeywords().contains("Clara Moss"));
      assertEquals(DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), info.getCreationDate().toInstant());
      assertNotNull(doc.getDocumentCatalog().getDocumentOutline(), "bookmarks");
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertTrue(bookmarks.containsAll(List.of("Summary", "Key statements", "Charts", "Escalation events",
          "Coverage and quality", "Appendix: articles")), bookmarks.toString());
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged for screen readers");
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("Test briefing — Daily briefing"), "XMP title");
      assertFalse(xmp.contains(LocalDate.now(java.time.ZoneOffset.UTC).toString()), "no date from the clock: " + xmp);
    }
  }

  @Test
  void theSameInputsGiveTheSamePdfBytes() throws IOException {
    BriefingModel m = model("Nothing has changed since yesterday, and nothing will.");
    byte[] first = pdf(m, "daily.ftlh");
    byte[] second = pdf(model("Nothing has changed since yesterday, and nothing will."), "daily.ftlh");
    assertArrayEquals(first, second);
  }

  @Test
  void everyBriefingTypeRendersOnEitherPaperSize() throws IOException {
    for (BriefingType type : BriefingType.values()) {
      for (String paper : List.of("A4", "Letter")) {
        try (PDDocument doc = Loader.loadPDF(pdf(model("The harbour will reopen on Monday morning.", type, paper),
            type.defaultTemplate()))) {
          float width = doc.getPage(0).getMediaBox().getWidth();
          assertEquals(paper.equals("A4") ? 595.3f : 612f, width, 1f, type + " " + paper);
          String text = new PDFTextStripper().getText(doc);
          assertTrue(text.contains("Clara Moss"), type + " names its actor");
        }
      }
    }
  }

  @Test
  void articleTextIsPrintedAsTextAndNothingIsFetched() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger requests = new AtomicInteger();
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/pixel.png";
      String hostile = "<img src=\"" + url + "\"/><script>alert(1)</script> ${7*7} <#list 1..3 as i>x</#list> "
          + "<style>body { background: url(" + url + ") }</style>";
      String html = renderer.html(model(hostile), "daily.ftlh");
      assertFalse(html.contains("<img src=\"http"), "markup is escaped");
      assertFalse(html.contains("<script>"), "markup is escaped");
      assertTrue(html.contains("${7*7}"), "template syntax in data is not evaluated");
      try (PDDocument doc = Loader.loadPDF(renderer.pdf(html, DATE))) {
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertTrue(text.contains("<script>alert(1)</script>"), "shown literally");
        assertTrue(text.contains("${7*7}"), "shown literally");
        assertTrue(text.contains("<img src="), "shown literally");
      }
      // Even markup a template itself asks for is never fetched.
      String page = "<html><head><title>t</title><link rel=\"stylesheet\" href=\"" + url + "\"/></head><body>"
          + "<img src=\"" + url + "\" alt=\"x\"/><p style=\"background-image: url(" + url + ")\">x</p></body></html>";
      renderer.pdf(page, DATE);
    } finally {
      server.stop(0);
    }
    assertEquals(0, requests.get(), "the server received no request");
  }

  @Test
  void resourcesAreReadFromTheTemplatesFolderOnly(@TempDir Path dir) throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.writeString(dir.resolve("secret.txt"), "secret");
    BriefingRenderer local = new BriefingRenderer(templates);
    assertTrue(local.allowed(templates.resolve("logo.svg").toUri().toString(), null));
    assertFalse(local.allowed(dir.resolve("secret.txt").toUri().toString(), null), "outside templates/");
    assertFalse(local.allowed(templates.resolve("../secret.txt").toUri().toString(), null), "no way out by ..");
    assertFalse(local.allowed("http://127.0.0.1/logo.svg", null), "no network");
    assertFalse(local.allowed("jar:file:/x.jar!/a", null));
  }

  @Test
  void templatesCannotReachJavaClasses(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("evil.ftlh"),
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    Files.writeString(dir.resolve("api.ftlh"), "${b?api.getClass().getName()}");
    BriefingRenderer custom = new BriefingRenderer(dir);
    BriefingModel m = model("A calm statement for the record, nothing more.");
    assertThrows(IOException.class, () -> custom.html(m, "evil.ftlh"), "?new is disabled");
    assertThrows(IOException.class, () -> custom.html(m, "api.ftlh"), "?api is disabled");
  }

  @Test
  void writesTheHtmlAndThePdfSideBySide(@TempDir Path dir) throws IOException {
    Path pdf = renderer.write(model("A calm statement for the record, nothing more."), "daily.ftlh", dir, "daily");
    assertEquals(dir.resolve("daily.pdf"), pdf);
    assertTrue(Files.size(pdf) > 1000);
    assertTrue(Files.readString(dir.resolve("daily.html")).contains("A calm statement for the record"));
  }
}
