package io.pressbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads one PDF (a clipping service's article) as one article: the text layer through PDFBox with
 * lines joined into paragraphs, and metadata from the document information: custom keys
 * {@code published}, {@code source}, {@code url} when the clipping service sets them, else the title
 * and the creation date. Encrypted, broken and image-only PDFs are rejected with what to do.
 * Not thread-safe.
 */
public final class PdfFileReader extends WholeFileReader {
  private static final Pattern HYPHENATED_LINE_END = Pattern.compile("(?<=\\p{L})-\\n(?=\\p{Ll})");
  private static final Pattern LINE_IN_PARAGRAPH = Pattern.compile("(?<!\\n)\\n(?!\\n)");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  public PdfFileReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options) {
    super(in, sourcePath, mapping, options);
  }

  @Override
  protected IngestResult fromBytes(byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n\n");
      stripper.setPageEnd("\n\n");
      String text = stripper.getText(pdf);
      text = LINE_IN_PARAGRAPH.matcher(HYPHENATED_LINE_END.matcher(text.replace("\r", "")).replaceAll(""))
          .replaceAll(" ");
      text = BLANK_LINES.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n\n").strip();
      if (text.isEmpty()) {
        return reject("file", "the PDF has no text layer (it is probably a scan): run it through OCR first", "");
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      Map<String, String> values = new HashMap<>();
      values.put("text", text);
      values.put("title", info.getTitle());
      values.put("source", first(info.getCustomMetadataValue("source"), info.getAuthor()));
      values.put("url", info.getCustomMetadataValue("url"));
      String published = info.getCustomMetadataValue("published");
      if (published == null && info.getCreationDate() != null) {
        published = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(info.getCreationDate().toInstant()
            .atZone(info.getCreationDate().getTimeZone().toZoneId()));
      }
      values.put("published", published);
      if (published == null) {
        return reject("file", "the PDF states no publication date (neither a 'published' entry nor a creation "
            + "date in its document information): set one with any PDF tool", text);
      }
      return new RecordMapping(Map.of(), mapping.defaultSource())
          .toResult(values::get, sourcePath, "file", baseName(sourcePath), options, text);
    } catch (InvalidPasswordException e) {
      return reject("file", "the PDF is encrypted with a password: save an unprotected copy to analyse it", "");
    } catch (IOException e) {
      return reject("file", "the file is not a readable PDF (" + describe(e) + "): it is broken or not a PDF; "
          + "export it again", "");
    }
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
