package io.pressbrief.ingest;

import java.util.Locale;

/** The archive formats pressbrief reads. */
public enum ArchiveFormat {
  /** One JSON object per line: id, url, source, title, published, text. */
  JSONL;

  /** The format named in a job spec or on the command line ("jsonl"). */
  public static ArchiveFormat named(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown archive format '" + name + "': use jsonl");
    }
  }
}
