package io.pressbrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream line by line and decodes each line as strict UTF-8, so one line with broken
 * bytes is reported as such instead of silently turning into replacement characters.
 * Not thread-safe: one instance per stream.
 */
final class LineSource {
  /** A line as read: its 1-based number and its text, or null text when the bytes are not UTF-8. */
  record Line(long number, String text, byte[] raw) {}

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkLen;
  private long lineNumber;

  LineSource(InputStream in) {
    this.in = in;
  }

  /** The next line without its line terminator, or null at the end of the stream. */
  Line next() throws IOException {
    buffer.reset();
    boolean sawAny = false;
    while (true) {
      if (chunkPos == chunkLen) {
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int start = chunkPos;
      while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
        chunkPos++;
      }
      buffer.write(chunk, start, chunkPos - start);
      if (chunkPos < chunkLen) {
        chunkPos++; // past the newline
        break;
      }
    }
    lineNumber++;
    byte[] raw = buffer.toByteArray();
    int len = raw.length;
    if (len > 0 && raw[len - 1] == '\r') {
      len--;
    }
    try {
      String text = decoder.reset().decode(ByteBuffer.wrap(raw, 0, len)).toString();
      return new Line(lineNumber, text, raw);
    } catch (CharacterCodingException e) {
      return new Line(lineNumber, null, raw);
    }
  }

  long linesRead() {
    return lineNumber;
  }
}
