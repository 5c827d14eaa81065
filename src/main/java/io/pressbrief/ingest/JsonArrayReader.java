package io.pressbrief.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON file that holds a top-level array of article objects, or article objects one after
 * another (pretty-printed or not), streaming so a large dump never sits in memory whole. JSON broken
 * at one place cannot be read past it: the records before it are kept and the rest is one rejection
 * that says where the JSON breaks. Not thread-safe: one instance per stream.
 */
public final class JsonArrayReader extends NumberedRecordReader {
  private final JsonLinesReader objects;
  private final JsonParser parser;
  private boolean started;

  public JsonArrayReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options)
      throws IOException {
    super(in, sourcePath, mapping, options);
    this.objects = new JsonLinesReader(InputStream.nullInputStream(), sourcePath, mapping, options);
    this.parser = JsonLinesReader.JSON.createParser(in);
  }

  @Override
  protected IngestResult readNext() throws IOException {
    JsonToken token;
    long startLine = parser.currentLocation().getLineNr();
    try {
      token = parser.nextToken();
      if (!started) {
        started = true;
        if (token == JsonToken.START_ARRAY) {
          token = parser.nextToken();
        }
      }
      if (token == null || token == JsonToken.END_ARRAY) {
        finish();
        return null;
      }
      startLine = parser.currentLocation().getLineNr();
      JsonNode node = JsonLinesReader.JSON.readTree(parser);
      record++;
      String position = "record " + record + " (line " + startLine + ")";
      return objects.fromJson(node, position, fileName(sourcePath) + ":" + record, node.toString());
    } catch (JsonProcessingException e) {
      finish();
      JsonLocation at = e.getLocation();
      String where = at == null ? "after record " + record
          : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      return reject("record " + (record + 1) + " (line " + startLine + ")", "the JSON is not valid at " + where
          + " (" + e.getOriginalMessage() + "): the " + record + " records before it were read; fix the JSON there "
          + "(or cut the file at that record) to read the rest", "");
    }
  }
}
