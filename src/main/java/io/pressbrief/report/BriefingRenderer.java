package io.pressbrief.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Renders a briefing in two steps: the model to XHTML with a Freemarker template (HTML
 * auto-escaping, so article text is always data), then the XHTML to PDF with openhtmltopdf on
 * PDFBox, with embedded DejaVu fonts. Thread-safe once built.
 */
public final class BriefingRenderer {
  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

  static {
    // openhtmltopdf logs every stage at INFO through java.util.logging; keep its warnings only.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private final Configuration freemarker;

  /** A renderer reading templates from {@code templatesDir} first, then from those inside the jar. */
  public BriefingRenderer(Path templatesDir) throws IOException {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    TemplateLoader builtIn = new ClassTemplateLoader(BriefingRenderer.class, "/templates");
    freemarker.setTemplateLoader(templatesDir == null ? builtIn
        : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(templatesDir.toFile()), builtIn}));
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setRecognizeStandardFileExtensions(true); // .ftlh: HTML output format, auto-escaping on
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
    // Templates may be edited by analysts: they must not reach Java classes.
    freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    freemarker.setAPIBuiltinEnabled(false);
    freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    freemarker.setNumberFormat("computer");
  }

  /** The model rendered to XHTML by the named template. */
  public String html(BriefingModel model, String templateName) throws IOException {
    try {
      Template template = freemarker.getTemplate(templateName);
      StringWriter out = new StringWriter();
      template.process(Map.of("b", model), out);
      return out.toString();
    } catch (TemplateException e) {
      throw new IOException("template " + templateName + " failed: " + e.getMessage(), e);
    }
  }

  /** The XHTML rendered to PDF bytes. */
  public byte[] pdf(String xhtml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf(xhtml, out);
    return out.toByteArray();
  }

  private void pdf(String xhtml, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(xhtml, null);
    for (FontFile f : FONTS) {
      builder.useFont(() -> fontStream(f.file()), FONT_FAMILY, f.weight(), f.style(), true);
    }
    builder.toStream(out);
    builder.run();
  }

  /** Renders the model and writes {@code briefing.html} and {@code briefing.pdf} into {@code dir}. */
  public void write(BriefingModel model, String templateName, Path dir) throws IOException {
    Files.createDirectories(dir);
    String xhtml = html(model, templateName);
    Files.writeString(dir.resolve("briefing.html"), xhtml, StandardCharsets.UTF_8);
    Files.write(dir.resolve("briefing.pdf"), pdf(xhtml));
  }

  private record FontFile(String file, int weight, BaseRendererBuilder.FontStyle style) {}

  private static final List<FontFile> FONTS = List.of(
      new FontFile("DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
      new FontFile("DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL),
      new FontFile("DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC),
      new FontFile("DejaVuSans-BoldOblique.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC));

  private static InputStream fontStream(String file) {
    InputStream in = BriefingRenderer.class.getResourceAsStream(FONT_DIR + file);
    if (in == null) {
      throw new IllegalStateException("font " + file + " is missing from the class path (jasperreports-fonts)");
    }
    return in;
  }
}
