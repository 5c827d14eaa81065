package io.pressbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Reads one saved HTML page as one article: id from the file name, the rest from the page. A page
 * that states no publication time takes the file's modification time, as a web archive's page takes
 * its capture time: when the page was saved is the best bound on when it was published.
 */
public final class HtmlPageReader extends WholeFileReader {
  private final long modified;

  /** @param modified the file's modification time in epoch milliseconds, or 0 when unknown */
  public HtmlPageReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options,
                        long modified) {
    super(in, sourcePath, mapping, options);
    this.modified = modified;
  }

  @Override
  protected IngestResult fromBytes(byte[] bytes) throws IOException {
    String saved = modified > 0 ? Instant.ofEpochMilli(modified).toString() : null;
    return HtmlPages.toResult(bytes, null, null, saved, sourcePath, "file", baseName(sourcePath), mapping, options);
  }
}
