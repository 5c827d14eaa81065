package io.pressbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Finds archive files on any Hadoop file system (local paths, file:, hdfs:, s3a:), opens them
 * (decompressing .gz and .bz2 by their extension) and picks the reader for their format.
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

  /**
   * Opens a file, decompressing it when its extension names a codec (.gz, .bz2). Web archives are
   * opened as they are: a .warc.gz is compressed record by record and jwarc reads it so.
   */
  public static InputStream open(String path, Configuration conf) throws IOException {
    Path p = new Path(path);
    InputStream raw = p.getFileSystem(conf).open(p);
    if (ArchiveFormat.byExtension(path) == ArchiveFormat.WARC && !path.endsWith(".bz2")) {
      return raw;
    }
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
    return codec == null ? raw : codec.createInputStream(raw);
  }

  /**
   * The files without the metadata sidecars of text files: "story.json" beside "story.txt" belongs
   * to the text file and is not an archive of its own.
   */
  public static List<ArchiveFile> withoutSidecars(List<ArchiveFile> files, ArchiveFormat format) {
    if (!format.takesSidecars()) {
      return files;
    }
    Set<String> textBases = new HashSet<>();
    for (ArchiveFile f : files) {
      boolean text = format == ArchiveFormat.TEXT ? !SIDECAR.matcher(f.path()).find()
          : ArchiveFormat.byExtension(f.path()) == ArchiveFormat.TEXT;
      if (text) {
        textBases.add(withoutExtensions(f.path()));
      }
    }
    List<ArchiveFile> out = new ArrayList<>();
    for (ArchiveFile f : files) {
      boolean sidecar = SIDECAR.matcher(f.path()).find() && textBases.contains(withoutExtensions(f.path()))
          && ArchiveFormat.byExtension(f.path()) != ArchiveFormat.TEXT;
      if (!sidecar) {
        out.add(f);
      }
    }
    return out;
  }

  private static final Pattern SIDECAR = Pattern.compile("\\.(json|ya?ml)(\\.(gz|bz2))?$");
  private static final Pattern EXTENSIONS = Pattern.compile(
      "(\\.[A-Za-z0-9]{1,6})?(\\.(gz|bz2))?$");

  /** "dir/story.txt.gz" → "dir/story". */
  static String withoutExtensions(String path) {
    return EXTENSIONS.matcher(path).replaceFirst("");
  }

  /** Reads one archive file in the given format; the caller closes the returned reader. */
  public static RecordReader read(String path, ArchiveFormat format, RecordMapping mapping, Configuration conf,
                                  IngestOptions options) throws IOException {
    ArchiveFormat actual = format.forFile(path);
    if (actual == null) {
      throw new UnknownFormatException(path);
    }
    InputStream in = open(path, conf);
    return switch (actual) {
      case JSONL -> new JsonLinesReader(textOnly(in, path), path, mapping, options);
      case JSON -> new JsonArrayReader(textOnly(in, path), path, mapping, options);
      case CSV -> new CsvArchiveReader(textOnly(in, path), path, mapping, options, ',');
      case TSV -> new CsvArchiveReader(textOnly(in, path), path, mapping, options, '\t');
      case TEXT -> {
        String sidecar = findSidecar(path, conf);
        yield new TextFileReader(textOnly(in, path), path, mapping, options, sidecar == null ? Map.of()
            : readSidecar(sidecar, conf), sidecar);
      }
      case HTML -> new HtmlPageReader(in, path, mapping, options, modificationTime(path, conf));
      case WARC -> new WarcArchiveReader(in, path, mapping, options);
      case PDF -> new PdfFileReader(in, path, mapping, options);
      case AUTO -> throw new IllegalStateException("resolved above");
    };
  }

  private static long modificationTime(String path, Configuration conf) throws IOException {
    Path p = new Path(path);
    return p.getFileSystem(conf).getFileStatus(p).getModificationTime();
  }

  /** A file whose name says no format, in an archive whose format is auto. */
  static final class UnknownFormatException extends IOException {
    UnknownFormatException(String path) {
      super("the file's extension names no format pressbrief reads (.jsonl, .json, .csv, .tsv, .txt, .html, "
          + ".warc, .pdf, each also .gz or .bz2): rename it, or set 'format' for this archive in the job spec");
    }
  }

  /** A binary file handed in as text is one rejection, not thousands of broken lines. */
  private static InputStream textOnly(InputStream in, String path) throws IOException {
    byte[] head = new byte[8192];
    int n = 0;
    IOException brokeOff = null;
    try {
      for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
        n += r;
      }
    } catch (IOException e) {
      brokeOff = e; // a file truncated within its first bytes: what came before is still read
    }
    if (Binary.looksBinary(head, n)) {
      in.close();
      throw new BinaryFileException();
    }
    // Serves the head, then the rest; reads never mix the two, so bytes read before a break are never lost.
    InputStream rest = brokeOff == null ? in : new FailingStream(brokeOff);
    return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head, 0, n), rest) {
      @Override
      public void close() throws IOException {
        super.close();
        in.close();
      }
    };
  }

  /** The rest of a stream that broke off: reading it reports the break. */
  private static final class FailingStream extends InputStream {
    private final IOException error;

    FailingStream(IOException error) {
      this.error = error;
    }

    @Override
    public int read() throws IOException {
      throw error;
    }
  }

  /** Text expected, binary found. */
  static final class BinaryFileException extends IOException {
    BinaryFileException() {
      super("the file is binary data, not text (an image, a program or a compressed file without .gz or .bz2 in "
          + "its name): leave it out of the archive, or name or declare its real format");
    }
  }

  private static String findSidecar(String path, Configuration conf) throws IOException {
    String base = withoutExtensions(path);
    for (String ext : List.of(".json", ".yaml", ".yml")) {
      Path p = new Path(base + ext);
      if (p.getFileSystem(conf).exists(p)) {
        return p.toString();
      }
    }
    return null;
  }

  private static Map<String, String> readSidecar(String path, Configuration conf) throws IOException {
    try (InputStream in = open(path, conf)) {
      return TextFileReader.fields(TextFileReader.YAML.readTree(in));
    }
  }

  /** Every result of one file, or a single rejection when the file cannot be opened at all. */
  public static Iterator<IngestResult> results(String path, ArchiveFormat format, RecordMapping mapping,
                                               Configuration conf, IngestOptions options) {
    try {
      return read(path, format, mapping, conf, options);
    } catch (UnknownFormatException | BinaryFileException e) {
      return single(path, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return single(path, "the file cannot be opened (" + RecordReader.describe(e)
          + "): check that it exists, is readable and is in the archive's format");
    }
  }

  private static Iterator<IngestResult> single(String path, String reason) {
    return List.<IngestResult>of(new IngestResult.Rejected(Rejection.of(path, "file", reason, ""))).iterator();
  }

  /** The valid articles of archives in any format, read into memory (for benchmarks and checks); rejections are skipped. */
  public static List<Article> articles(List<String> patterns, Configuration conf) throws IOException {
    List<Article> articles = new ArrayList<>();
    IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_TEXT_CHARS, java.time.LocalDate.now());
    for (ArchiveFile f : withoutSidecars(list(patterns, conf), ArchiveFormat.AUTO)) {
      Iterator<IngestResult> results = results(f.path(), ArchiveFormat.AUTO, RecordMapping.IDENTITY, conf, options);
      while (results.hasNext()) {
        if (results.next() instanceof IngestResult.Accepted a) {
          articles.add(a.article());
        }
      }
    }
    return articles;
  }
}
