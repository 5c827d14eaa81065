package io.pressbrief.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A reader for formats where one file is one article (an HTML page, a PDF, a text file): reads
 * the file's bytes, up to the cap, and makes one result of them. Not thread-safe.
 */
abstract class WholeFileReader extends RecordReader {
  private boolean read;

  WholeFileReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options) {
    super(in, sourcePath, mapping, options);
  }

  /** The article or rejection of the whole file's bytes. */
  protected abstract IngestResult fromBytes(byte[] bytes) throws IOException;

  @Override
  protected final IngestResult readNext() throws IOException {
    if (read) {
      finish();
      return null;
    }
    read = true;
    long cap = options.maxFileBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    if (bytes.length > cap) {
      finish();
      return reject("file", "the file is larger than " + cap + " bytes, the most one article file may have "
          + "(ten times ingest.max_text_chars in the job spec): split it or raise the cap", "");
    }
    return fromBytes(bytes);
  }

  @Override
  protected final String nextPosition() {
    return "file";
  }

  @Override
  protected final String readSoFar() {
    return "no records";
  }
}
