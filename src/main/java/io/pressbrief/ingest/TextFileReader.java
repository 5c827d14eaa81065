package io.pressbrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one plain-text file as one article. Its metadata (published, source, title, url, id) comes
 * from a YAML front-matter header between two "---" lines at the top, or from a sidecar file beside
 * it with the same name and .json, .yaml or .yml instead of the text extension; the front matter wins.
 * Not thread-safe.
 */
public final class TextFileReader extends WholeFileReader {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)",
      Pattern.DOTALL);

  private final Map<String, String> sidecar;
  private final String sidecarPath;

  /**
   * @param sidecar     the sidecar's fields, empty when there is none
   * @param sidecarPath the sidecar's path, for messages, or null
   */
  public TextFileReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options,
                        Map<String, String> sidecar, String sidecarPath) {
    super(in, sourcePath, mapping, options);
    this.sidecar = Map.copyOf(sidecar);
    this.sidecarPath = sidecarPath;
  }

  @Override
  protected IngestResult fromBytes(byte[] bytes) {
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return reject("file", "the file is not valid UTF-8 text: re-encode it as UTF-8", Binary.excerpt(bytes, 200));
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    Map<String, String> values = new HashMap<>(sidecar);
    String body = content;
    Matcher header = FRONT_MATTER.matcher(content);
    if (header.find()) {
      try {
        values.putAll(fields(YAML.readTree(header.group(1))));
      } catch (IOException e) {
        return reject("front matter", "the front-matter header is not valid YAML (" + describe(e)
            + "): write one 'field: value' a line between the two '---' lines", header.group(1));
      }
      body = content.substring(header.end());
    }
    values.put(mapping.nameOf("text"), body.strip().isEmpty() ? "" : body);
    if (values.get(mapping.nameOf("published")) == null) {
      return reject("file", "the text file has no publication date: start it with a front-matter header "
          + "(---, published: 2025-12-08, ---) or put a sidecar " + sidecarName() + " beside it", body);
    }
    return mapping.toResult(values::get, sourcePath, "file", baseName(sourcePath), options, body);
  }

  private String sidecarName() {
    return sidecarPath != null ? fileName(sidecarPath) : baseName(sourcePath) + ".json";
  }

  /** The top-level scalar fields of a YAML or JSON object, as text. */
  static Map<String, String> fields(JsonNode node) {
    Map<String, String> out = new HashMap<>();
    if (node != null && node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getValue().isValueNode() && !e.getValue().isNull()) {
          out.put(e.getKey(), e.getValue().asText());
        }
      });
    }
    return out;
  }
}
