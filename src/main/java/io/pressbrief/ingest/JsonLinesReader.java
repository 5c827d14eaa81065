package io.pressbrief.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON Lines archive (one article object per line, field names as the mapping says) into
 * articles and rejections, one result per non-blank line. Not thread-safe: one instance per stream.
 */
public final class JsonLinesReader extends RecordReader {
  static final ObjectMapper JSON = new ObjectMapper();

  private final LineSource lines;

  public JsonLinesReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options) {
    super(in, sourcePath, mapping, options);
    this.lines = new LineSource(in);
  }

  /** A reader for archives that use the article field names themselves. */
  public JsonLinesReader(InputStream in, String sourcePath, IngestOptions options) {
    this(in, sourcePath, RecordMapping.IDENTITY, options);
  }

  @Override
  protected IngestResult readNext() throws IOException {
    LineSource.Line line = lines.next();
    if (line == null) {
      finish();
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
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      return reject(position, "the line is not valid JSON (" + e.getOriginalMessage()
          + "): each line must hold one JSON object", line.text());
    }
    return fromJson(node, position, fileName(sourcePath) + ":" + line.number(), line.text());
  }

  /** One JSON value as an article, or a rejection when it is not an object or lacks a field. */
  IngestResult fromJson(JsonNode node, String position, String fallbackId, String raw) {
    if (node == null || !node.isObject()) {
      return reject(position, "the record is JSON but not an object: each record must be one article object", raw);
    }
    return mapping.toResult(name -> textField(node, name), sourcePath, position, fallbackId, options, raw);
  }

  static String textField(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  @Override
  protected String nextPosition() {
    return "line " + (lines.linesRead() + 1);
  }

  @Override
  protected String readSoFar() {
    return "the first " + lines.linesRead() + " lines";
  }
}
