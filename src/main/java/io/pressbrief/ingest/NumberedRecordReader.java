package io.pressbrief.ingest;

import java.io.InputStream;

/** A reader whose positions are record numbers ("record 3"): JSON dumps and CSV exports. Not thread-safe. */
abstract class NumberedRecordReader extends RecordReader {
  /** Records read so far. */
  protected long record;

  NumberedRecordReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options) {
    super(in, sourcePath, mapping, options);
  }

  @Override
  protected final String nextPosition() {
    return "record " + (record + 1);
  }

  @Override
  protected final String readSoFar() {
    return "the first " + record + " records";
  }
}
