package io.pressbrief.report;

import static io.pressbrief.report.BriefingFixtures.BEFORE;
import static io.pressbrief.report.BriefingFixtures.PERIOD;
import static io.pressbrief.report.BriefingFixtures.said;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingRendererTest {
  private static BriefingRenderer renderer;

  @BeforeAll
  static void build() throws IOException {
    renderer = new BriefingRenderer(Path.of("templates"));
  }

  private static BriefingModel model(String quote) {
    return new BriefingModelBuilder("Test briefing", 3, 10).build(BriefingFixtures.data(List.of(
        said("moss", "Clara Moss", quote, "direct", -0.6, 7),
        said("sefcovic", "Maroš Šefčovič", "The commission will study the proposal with great care.", "direct", 0.3, 8),
        said("zelensky", "Volodymyr Zelensky", "Зеленський сказав, що переговори тривають і будуть продовжені.",
            "direct", 0.2, 9))), PERIOD, BEFORE);
  }

  @Test
  void thePdfShowsFiguresNamesAndQuotesInAnyScript() throws IOException {
    byte[] pdf = renderer.pdf(renderer.html(model("We will rebuild every pier that was destroyed."), "daily.ftlh"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(doc.getNumberOfPages() > 1, "more than one page");
      assertTrue(text.contains("Clara Moss"), text);
      assertTrue(text.contains("Maroš Šefčovič"), "Latin with diacritics");
      assertTrue(text.contains("Зеленський сказав"), "Cyrillic");
      assertTrue(text.contains("We will rebuild every pier that was destroyed."));
      assertTrue(text.contains("Harbour Times, 2025-12-07"), "quote with outlet and date");
      PDResources resources = doc.getPage(0).getResources();
      int fonts = 0;
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertTrue(font.isEmbedded(), "fonts are embedded: " + font.getName());
        fonts++;
      }
      assertTrue(fonts > 0);
    }
  }

  @Test
  void articleTextIsPrintedAsTextNeverAsMarkupOrTemplateCode() throws IOException {
    String hostile = "<img src=\"http://127.0.0.1:9/x.png\"/><script>alert(1)</script> ${7*7} <#list 1..3 as i>x</#list>";
    String html = renderer.html(model(hostile), "daily.ftlh");
    assertFalse(html.contains("<img src=\"http"), "markup is escaped");
    assertFalse(html.contains("<script>"), "markup is escaped");
    assertTrue(html.contains("${7*7}"), "template syntax in data is not evaluated");
    try (PDDocument doc = Loader.loadPDF(renderer.pdf(html))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("<script>alert(1)</script>"), "shown literally");
    }
  }

  @Test
  void writesTheHtmlAndThePdfSideBySide(@TempDir Path dir) throws IOException {
    renderer.write(model("A calm statement for the record, nothing more."), "daily.ftlh", dir);
    assertTrue(Files.size(dir.resolve("briefing.pdf")) > 1000);
    assertTrue(Files.readString(dir.resolve("briefing.html")).contains("A calm statement for the record"));
  }
}
