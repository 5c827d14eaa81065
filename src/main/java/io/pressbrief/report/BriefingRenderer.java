package io.pressbrief.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
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
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Renders a briefing in two steps: the model to XHTML with a Freemarker template (HTML
 * auto-escaping, so article text is always data), then the XHTML to a tagged PDF with openhtmltopdf
 * on PDFBox, with embedded DejaVu fonts and SVG charts. Rendering reads nothing but the templates
 * folder: every other resource, on the network or on disk, is refused. The same model and date give
 * the same PDF bytes. Thread-safe once built.
 */
public final class BriefingRenderer {
  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
  private static final String PRODUCER = "pressbrief";
  private static final Pattern XMP_DATE_ELEMENT =
      Pattern.compile("<((?:xmp|xap):(?:CreateDate|ModifyDate|MetadataDate))>[^<]*</\\1>");
  private static final Pattern XMP_DATE_ATTRIBUTE =
      Pattern.compile("((?:xmp|xap):(?:CreateDate|ModifyDate|MetadataDate))=\"[^\"]*\"");

  static {
    // openhtmltopdf logs every stage at INFO through java.util.logging; keep its warnings only.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private final Configuration freemarker;
  private final Path templatesDir;

  /** A renderer reading templates from {@code templatesDir} first, then from those inside the jar. */
  public BriefingRenderer(Path templatesDir) throws IOException {
    this.templatesDir = templatesDir == null ? null : templatesDir.toAbsolutePath().normalize();
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

  /**
   * The XHTML rendered to PDF bytes dated {@code documentDate}: the creation date and the document id
   * come from the date and the content, never from the clock, so the bytes are reproducible.
   */
  public byte[] pdf(String xhtml, LocalDate documentDate) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withProducer(PRODUCER);
    builder.withHtmlContent(xhtml, templatesDir == null ? null : templatesDir.toUri().toString());
    for (FontFile f : FONTS) {
      builder.useFont(() -> fontStream(f.file()), FONT_FAMILY, f.weight(), f.style(), true);
    }
    BatikSVGDrawer svg = new ChartDrawer();
    builder.useSVGDrawer(svg);
    builder.useExternalResourceAccessControl(this::allowed, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(this::allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.useHttpStreamImplementation(url -> {
      throw new IllegalStateException("briefings never fetch anything over the network (" + url + ")");
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      builder.usePDDocument(doc);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
        fixDates(doc, documentDate);
        COSString id = new COSString(Arrays.copyOf(sha256(xhtml), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.save(out);
      }
    }
    return out.toByteArray();
  }

  /**
   * Whether rendering may read {@code uri}: only files inside the templates folder (an analyst's
   * logo or style sheet), never the network, never anything else on disk.
   */
  boolean allowed(String uri, ExternalResourceType type) {
    if (uri == null || templatesDir == null) {
      return false;
    }
    try {
      URI u = URI.create(uri);
      if (!"file".equals(u.getScheme())) {
        return false;
      }
      Path p = Path.of(u).toAbsolutePath().normalize();
      return p.startsWith(templatesDir) && Files.isRegularFile(p)
          && p.toRealPath().startsWith(templatesDir.toRealPath());
    } catch (IllegalArgumentException | IOException | java.nio.file.FileSystemNotFoundException e) {
      return false;
    }
  }

  /** Writes {@code NAME.html} and {@code NAME.pdf} into {@code dir}; returns the PDF's path. */
  public Path write(BriefingModel model, String templateName, Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    String xhtml = html(model, templateName);
    Files.writeString(dir.resolve(name + ".html"), xhtml, StandardCharsets.UTF_8);
    Path pdf = dir.resolve(name + ".pdf");
    Files.write(pdf, pdf(xhtml, LocalDate.parse(model.meta().runDate())));
    return pdf;
  }

  /** Sets the information and XMP dates to the document date (midnight UTC). */
  private static void fixDates(PDDocument doc, LocalDate date) throws IOException {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    when.clear();
    when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(when);
    info.setModificationDate(when);
    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    // The XMP packet repeats the dates. It is rewritten as text: a strict XMP parser rejects the
    // PDF/UA schema openhtmltopdf adds, and a lenient one may drop it.
    String xmp;
    try (InputStream in = metadata.exportXMPMetadata()) {
      xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String iso = date + "T00:00:00Z";
    xmp = XMP_DATE_ELEMENT.matcher(xmp).replaceAll("<$1>" + iso + "</$1>");
    xmp = XMP_DATE_ATTRIBUTE.matcher(xmp).replaceAll("$1=\"" + iso + "\"");
    PDMetadata fixed = new PDMetadata(doc);
    fixed.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
    doc.getDocumentCatalog().setMetadata(fixed);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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

  /**
   * Draws the SVG charts with scripts and external resources off, and with the embedded fonts: the
   * drawer's font resolver exists only once the document's font rules are imported, so the fonts
   * are added right after.
   */
  private static final class ChartDrawer extends BatikSVGDrawer {
    ChartDrawer() {
      super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
    }

    @Override
    public void importFontFaceRules(List<com.openhtmltopdf.css.sheet.FontFaceRule> rules,
                                    com.openhtmltopdf.layout.SharedContext context) {
      super.importFontFaceRules(rules, context);
      for (FontFile f : FONTS) {
        try {
          addFontFile(FontFiles.INSTANCE.file(f.file()), FONT_FAMILY, f.weight(), f.style());
        } catch (IOException | java.awt.FontFormatException e) {
          throw new IllegalStateException("font " + f.file() + " cannot be used in charts: " + e.getMessage(), e);
        }
      }
    }
  }

  /** The fonts as files, which the SVG drawer needs: copied from the class path once per JVM. */
  private enum FontFiles {
    INSTANCE;

    private final Map<String, File> files;

    FontFiles() {
      try {
        Path dir = Files.createTempDirectory("pressbrief-fonts");
        dir.toFile().deleteOnExit();
        java.util.HashMap<String, File> copied = new java.util.HashMap<>();
        for (FontFile f : FONTS) {
          Path p = dir.resolve(f.file());
          try (InputStream in = fontStream(f.file())) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
          }
          p.toFile().deleteOnExit();
          copied.put(f.file(), p.toFile());
        }
        files = Map.copyOf(copied);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("the chart fonts cannot be copied to a temporary folder", e);
      }
    }

    File file(String name) {
      return files.get(name);
    }
  }
}
