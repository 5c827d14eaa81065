package io.pressbrief.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The archive formats pressbrief reads, and how a file's name tells them apart. */
public enum ArchiveFormat {
  /** Decided per file by its extension (after .gz or .bz2). */
  AUTO,
  /** One JSON object per line. */
  JSONL,
  /** A JSON array of article objects, or objects one after another. */
  JSON,
  /** Comma-separated values with a header row. */
  CSV,
  /** Tab-separated values with a header row. */
  TSV,
  /** One article per plain-text file, with front matter or a sidecar for its metadata. */
  TEXT,
  /** One saved web page per file. */
  HTML,
  /** Web archives: WARC or ARC files of crawled pages. */
  WARC,
  /** One article per PDF file. */
  PDF;

  /** The format named in a job spec or on the command line ("jsonl", "auto"). */
  public static ArchiveFormat named(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown archive format '" + name + "': use one of " + names());
    }
  }

  /** All format names, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  /** This format for a file; AUTO becomes the format its extension names, or null when it names none. */
  public ArchiveFormat forFile(String path) {
    return this == AUTO ? byExtension(path) : this;
  }

  /** The format a file name's extension names, ignoring a compression suffix; null when none does. */
  public static ArchiveFormat byExtension(String path) {
    String name = RecordReader.fileName(path).toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|gzip)$", "");
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "jsonl", "ndjson" -> JSONL;
      case "json" -> JSON;
      case "csv" -> CSV;
      case "tsv", "tab" -> TSV;
      case "txt", "text", "md" -> TEXT;
      case "html", "htm", "xhtml", "shtml" -> HTML;
      case "warc", "arc" -> WARC;
      case "pdf" -> PDF;
      default -> null;
    };
  }

  /** Whether a file in this format may have a metadata sidecar beside it. */
  public boolean takesSidecars() {
    return this == TEXT || this == AUTO;
  }
}
