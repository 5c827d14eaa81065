package io.pressbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Finds archive files on any Hadoop file system (local paths, file:, hdfs:, s3a:) and opens them,
 * decompressing .gz and .bz2 by their extension.
 */
public final class ArchiveFiles {

  /** One archive file as listed: its full path, size in bytes and modification time. */
  public record ArchiveFile(String path, long size, long modified) implements Serializable {}

  private ArchiveFiles() {}

  /**
   * The files matched by each pattern (a file, a folder read recursively, or a glob), in path
   * order. A pattern that matches nothing is an error: a misspelt path must not look like an empty day.
   */
  public static List<ArchiveFile> list(List<String> patterns, Configuration conf) throws IOException {
    TreeMap<String, ArchiveFile> files = new TreeMap<>();
    for (String pattern : patterns) {
      Path p = new Path(pattern);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        throw new IOException("no archive file matches '" + pattern + "'");
      }
      for (FileStatus m : matches) {
        addRecursively(fs, m, files);
      }
    }
    return new ArrayList<>(files.values());
  }

  private static void addRecursively(FileSystem fs, FileStatus status, TreeMap<String, ArchiveFile> out)
      throws IOException {
    String name = status.getPath().getName();
    if (name.startsWith(".") || name.startsWith("_")) {
      return; // hidden files, and marker files such as _SUCCESS
    }
    if (status.isDirectory()) {
      for (FileStatus child : fs.listStatus(status.getPath())) {
        addRecursively(fs, child, out);
      }
    } else {
      String path = status.getPath().toString();
      out.put(path, new ArchiveFile(path, status.getLen(), status.getModificationTime()));
    }
  }

  /** Opens a file, decompressing it when its extension names a codec (.gz, .bz2). */
  public static InputStream open(String path, Configuration conf) throws IOException {
    Path p = new Path(path);
    InputStream raw = p.getFileSystem(conf).open(p);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
    return codec == null ? raw : codec.createInputStream(raw);
  }

  /** Reads one archive file in the given format; the caller closes the returned reader. */
  public static JsonLinesReader read(String path, ArchiveFormat format, Configuration conf, IngestOptions options)
      throws IOException {
    return switch (format) {
      case JSONL -> new JsonLinesReader(open(path, conf), path, options);
    };
  }

  /** Every result of one file, or a single rejection when the file cannot be opened at all. */
  public static Iterator<IngestResult> results(String path, ArchiveFormat format, Configuration conf,
                                               IngestOptions options) {
    try {
      return read(path, format, conf, options);
    } catch (IOException e) {
      return List.<IngestResult>of(new IngestResult.Rejected(Rejection.of(path, "file",
          "the file cannot be opened (" + e.getMessage() + "): check that it exists and is readable", ""))).iterator();
    }
  }

  /** The valid articles of JSON Lines archives, read into memory (for benchmarks and checks); rejections are skipped. */
  public static java.util.List<Article> articles(List<String> patterns, Configuration conf) throws IOException {
    java.util.List<Article> articles = new java.util.ArrayList<>();
    IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_TEXT_CHARS, java.time.LocalDate.now());
    for (ArchiveFile f : list(patterns, conf)) {
      Iterator<IngestResult> results = results(f.path(), ArchiveFormat.JSONL, conf, options);
      while (results.hasNext()) {
        if (results.next() instanceof IngestResult.Accepted a) {
          articles.add(a.article());
        }
      }
    }
    return articles;
  }
}
