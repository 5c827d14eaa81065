package io.pressbrief.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads one archive file lazily into articles and rejections. A file that breaks off (a truncated
 * download, a corrupt block) ends with one rejection saying where; every record before it is kept.
 * Readers close their stream at the end, so a caller that only iterates leaks nothing.
 * Not thread-safe: one instance per file.
 */
public abstract class RecordReader implements Iterator<IngestResult>, Closeable {
  protected final InputStream in;
  protected final String sourcePath;
  protected final RecordMapping mapping;
  protected final IngestOptions options;
  private IngestResult pending;
  private boolean done;

  protected RecordReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options) {
    this.in = in;
    this.sourcePath = sourcePath;
    this.mapping = mapping;
    this.options = options;
  }

  /**
   * The next result, or null when the record read gives none (a blank line, a page that is not an
   * article); calls {@link #finish()} at the end of the file.
   */
  protected abstract IngestResult readNext() throws IOException;

  /** Where the next record would start, for the rejection when the file breaks off ("line 12"). */
  protected abstract String nextPosition();

  /** What was read before the file broke off ("the first 11 lines"). */
  protected abstract String readSoFar();

  @Override
  public final boolean hasNext() {
    while (pending == null && !done) {
      try {
        pending = readNext();
      } catch (IOException | RuntimeException e) {
        finish();
        pending = reject(nextPosition(), "the file breaks off at " + nextPosition() + " (" + describe(e)
            + "): it is truncated or corrupt; what came before it was kept (" + readSoFar()
            + "), copy the file again to get the rest",
            "");
      }
    }
    return pending != null;
  }

  @Override
  public final IngestResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestResult r = pending;
    pending = null;
    return r;
  }

  /** Marks the end of the file and closes it. */
  protected final void finish() {
    done = true;
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more will be read from it
    }
  }

  protected final IngestResult reject(String position, String reason, String raw) {
    return new IngestResult.Rejected(Rejection.of(sourcePath, position, reason, raw));
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** The file's name without folders: "2025-12-08.jsonl". */
  public static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash >= 0 ? path.substring(slash + 1) : path;
  }

  /** The file's name up to its first dot, the id of a one-article file: "a1b2.html.gz" → "a1b2". */
  public static String baseName(String path) {
    String name = fileName(path);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  @Override
  public void close() throws IOException {
    done = true;
    in.close();
  }
}
