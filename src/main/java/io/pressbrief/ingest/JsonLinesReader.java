package io.pressbrief.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a JSON Lines archive ({@code id, url, source, title, published, text} per line) into
 * articles and rejections, one result per non-blank line. A stream that breaks off (a truncated
 * gzip file) ends with one rejection saying so; everything before it is kept.
 * Not thread-safe: one instance per stream.
 */
public final class JsonLinesReader implements Iterator<IngestResult>, Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InputStream in;
  private final LineSource lines;
  private final String sourcePath;
  private final IngestOptions options;
  private IngestResult pending;
  private boolean done;

  public JsonLinesReader(InputStream in, String sourcePath, IngestOptions options) {
    this.in = in;
    this.lines = new LineSource(in);
    this.sourcePath = sourcePath;
    this.options = options;
  }

  @Override
  public boolean hasNext() {
    while (pending == null && !done) {
      pending = readNext();
    }
    return pending != null;
  }

  @Override
  public IngestResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestResult r = pending;
    pending = null;
    return r;
  }

  /** The next result, or null for a blank line or the end (then {@code done} is set). */
  private IngestResult readNext() {
    LineSource.Line line;
    try {
      line = lines.next();
    } catch (IOException e) {
      done = true;
      closeQuietly();
      long after = lines.linesRead();
      return new IngestResult.Rejected(Rejection.of(sourcePath, "line " + (after + 1),
          "the file breaks off after line " + after + " (" + e.getMessage()
              + "): it is truncated or corrupt; the lines before it were read, copy the file again to get the rest",
          ""));
    }
    if (line == null) {
      done = true;
      closeQuietly();
      return null;
    }
    String position = "line " + line.number();
    if (line.text() == null) {
      return reject(position, "the line is not valid UTF-8 text: re-encode the archive as UTF-8",
          new String(line.raw(), StandardCharsets.ISO_8859_1));
    }
    if (line.text().isBlank()) {
      return null;
    }
    return parse(line.text(), position, line.number());
  }

  private IngestResult parse(String json, String position, long lineNumber) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return reject(position, "the line is not valid JSON (" + e.getOriginalMessage()
          + "): each line must hold one JSON object", json);
    }
    if (node == null || !node.isObject()) {
      return reject(position, "the line is JSON but not an object: each line must hold one article object", json);
    }
    String text = textField(node, "text");
    if (text == null || text.isBlank()) {
      return reject(position, "the article has no text: field 'text' is missing or empty", json);
    }
    if (text.length() > options.maxTextChars()) {
      return reject(position, "the article text has " + text.length() + " characters, more than the cap of "
          + options.maxTextChars() + " (ingest.max_text_chars in the job spec)", json);
    }
    String publishedRaw = textField(node, "published");
    if (publishedRaw == null || publishedRaw.isBlank()) {
      return reject(position, "the article has no publication date: field 'published' is missing or empty", json);
    }
    Optional<PublicationDates.Parsed> published = PublicationDates.parse(publishedRaw, options.today());
    if (published.isEmpty()) {
      return reject(position, "the publication date '" + publishedRaw
          + "' is not a date pressbrief can read or is impossible: use ISO-8601 such as 2025-12-08 or 2025-12-08T14:03:00Z",
          json);
    }
    String id = textField(node, "id");
    if (id == null || id.isBlank()) {
      id = fileName(sourcePath) + ":" + lineNumber;
    }
    return new IngestResult.Accepted(new Article(id, textField(node, "url"), textField(node, "source"),
        textField(node, "title"), published.get().iso(), published.get().date(), text));
  }

  private IngestResult reject(String position, String reason, String raw) {
    return new IngestResult.Rejected(Rejection.of(sourcePath, position, reason, raw));
  }

  private static String textField(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash >= 0 ? path.substring(slash + 1) : path;
  }

  /** Readers close themselves at the end, so a caller that only iterates leaks nothing. */
  private void closeQuietly() {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more will be read from it
    }
  }

  @Override
  public void close() throws IOException {
    done = true;
    in.close();
  }
}
