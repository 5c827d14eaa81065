package io.pressbrief.ingest;

/** What reading one input record gives: an article, or a rejection saying why there is none. */
public sealed interface IngestResult {

  /** A record that became an article. */
  record Accepted(Article article) implements IngestResult {}

  /** A record that was set aside. */
  record Rejected(Rejection rejection) implements IngestResult {}
}
