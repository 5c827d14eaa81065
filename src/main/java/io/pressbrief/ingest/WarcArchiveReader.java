package io.pressbrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive (WARC, or ARC, plain or gzip-compressed record by record) through jwarc: each
 * HTML page captured with status 200 goes through the same extraction as a saved HTML file, with the
 * record's target address and, when the page states no publication time, its capture time. Requests,
 * metadata, images, scripts, redirects and error pages are not articles and are passed over.
 * Not thread-safe.
 */
public final class WarcArchiveReader extends RecordReader {
  /** Enough for any HTTP status line and headers. */
  private static final int HEAD_BYTES = 64 * 1024;

  private final WarcReader warc;
  private long record;
  private long pages;
  private long position;
  private boolean inRecord;

  public WarcArchiveReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options)
      throws IOException {
    super(in, sourcePath, mapping, options);
    this.warc = new WarcReader(in);
    // Old crawls (ClueWeb, early Heritrix) break small rules of the format; their pages are still good.
    this.warc.setLenient(true);
  }

  @Override
  protected IngestResult readNext() throws IOException {
    Optional<WarcRecord> next = warc.next();
    position = warc.position();
    if (next.isEmpty()) {
      finish();
      return null;
    }
    record++;
    inRecord = true;
    IngestResult result = page(next.get());
    inRecord = false;
    return result;
  }

  private IngestResult page(WarcRecord r) throws IOException {
    if (!(r instanceof WarcCaptureRecord capture)) {
      return null;
    }
    String where = "record " + record + " (byte " + position + ")";
    long cap = options.maxFileBytes();
    MediaType type;
    byte[] html;
    String httpDate = null;
    if (capture instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return null; // DNS, gemini and other non-web captures
      }
      // The headers decide from the first bytes whether this is a page at all (images and videos are
      // passed over unread); a page's whole HTTP message is held so the body can be read again when
      // its declared encoding is wrong.
      InputStream stream = response.body().stream();
      byte[] head = stream.readNBytes(HEAD_BYTES);
      HttpResponse http = parseHttp(head);
      if (http == null) {
        return null; // not an HTTP response: not a page
      }
      type = http.contentType();
      if (http.status() != 200 || !isHtml(type)) {
        return null;
      }
      byte[] rest = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
      if (head.length + (long) rest.length > cap) {
        return reject(where, "the page is larger than " + cap + " bytes, the most one article may have "
            + "(ten times ingest.max_text_chars in the job spec)", capture.target());
      }
      byte[] message = java.util.Arrays.copyOf(head, head.length + rest.length);
      System.arraycopy(rest, 0, message, head.length, rest.length);
      html = httpBody(message, http);
      httpDate = http.headers().first("Date").orElse(null);
    } else if (capture instanceof WarcResource resource) {
      type = resource.contentType();
      if (!isHtml(type)) {
        return null;
      }
      html = resource.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    } else {
      return null;
    }
    pages++;
    if (html.length > cap) {
      return reject(where, "the page is larger than " + cap + " bytes, the most one article may have "
          + "(ten times ingest.max_text_chars in the job spec)", capture.target());
    }
    String charset = type.parameters().get("charset");
    String id = capture.headers().first("WARC-Record-ID").map(v -> v.replaceAll("^<|>$", ""))
        .orElse(fileName(sourcePath) + ":" + record);
    return HtmlPages.toResult(html, validCharset(charset), capture.target(), captureTime(capture, httpDate),
        sourcePath, where, id, mapping, options);
  }

  /**
   * The capture time; when the record's WARC-Date is malformed (ClueWeb09 wrote "2008-10-294"), the
   * HTTP response's Date, which the server set when it answered the crawler.
   */
  private static String captureTime(WarcCaptureRecord capture, String httpDate) {
    try {
      return capture.date().toString();
    } catch (RuntimeException e) {
      return httpDate;
    }
  }

  /** The response's status line and headers, or null when the message is not an HTTP response. */
  private static HttpResponse parseHttp(byte[] message) {
    int end = headerEnd(message);
    if (end < 0) {
      return null;
    }
    try {
      return HttpResponse.parseWithoutBody(Channels.newChannel(new ByteArrayInputStream(message, 0, end)), null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Where the body starts: after the first empty line. */
  private static int headerEnd(byte[] m) {
    for (int i = 0; i + 1 < m.length; i++) {
      if (m[i] == '\n' && m[i + 1] == '\n') {
        return i + 2;
      }
      if (m[i] == '\n' && m[i + 1] == '\r' && i + 2 < m.length && m[i + 2] == '\n') {
        return i + 3;
      }
    }
    return -1;
  }

  /**
   * The page's bytes, decoded as the response declares (chunked, gzip, deflate); when the
   * declaration is wrong (ClueWeb09 kept "Content-Encoding: gzip" on bodies it had already
   * decoded), the bytes as stored.
   */
  private static byte[] httpBody(byte[] message, HttpResponse http) {
    int start = headerEnd(message);
    byte[] body = java.util.Arrays.copyOfRange(message, start, message.length);
    String transfer = http.headers().first("Transfer-Encoding").orElse("").toLowerCase(java.util.Locale.ROOT);
    if (transfer.contains("chunked")) {
      body = dechunked(body);
    }
    String encoding = http.headers().first("Content-Encoding").orElse("").strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
        return new java.util.zip.GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
      }
      if (encoding.equals("deflate")) {
        return new java.util.zip.InflaterInputStream(new ByteArrayInputStream(body)).readAllBytes();
      }
    } catch (IOException e) {
      return body;
    }
    return body;
  }

  /** A chunked body joined; a body that does not parse as chunks is returned as it is. */
  static byte[] dechunked(byte[] body) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
    int i = 0;
    while (i < body.length) {
      int lineEnd = i;
      while (lineEnd < body.length && body[lineEnd] != '\n') {
        lineEnd++;
      }
      String sizeLine = new String(body, i, lineEnd - i, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
      int semicolon = sizeLine.indexOf(';');
      int size;
      try {
        size = Integer.parseInt(semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine, 16);
      } catch (NumberFormatException e) {
        return out.size() == 0 ? body : out.toByteArray();
      }
      int dataStart = lineEnd + 1;
      if (size == 0 || dataStart > body.length) {
        break;
      }
      int n = Math.min(size, body.length - dataStart);
      out.write(body, dataStart, n);
      i = dataStart + n;
      while (i < body.length && (body[i] == '\r' || body[i] == '\n')) {
        i++;
      }
    }
    return out.toByteArray();
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString();
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String validCharset(String name) {
    try {
      return name != null && java.nio.charset.Charset.isSupported(name.strip()) ? name.strip() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  protected String nextPosition() {
    return "record " + (inRecord ? record : record + 1) + " (byte " + position + ")";
  }

  @Override
  protected String readSoFar() {
    long complete = inRecord ? record - 1 : record;
    return complete == 0 ? "no complete record" : complete + " records, " + pages + " of them pages";
  }
}
