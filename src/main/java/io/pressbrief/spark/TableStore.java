package io.pressbrief.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a job's tables live, published atomically. Each run writes a complete snapshot of every table
 * into {@code ROOT/snapshots/RUN}; the {@code ROOT/CURRENT} file names the published one and is
 * replaced in one step only once the snapshot is complete, so a run killed at any point leaves the
 * previous tables published and readable. Date partitions a run does not touch are carried into its
 * snapshot as hard links on a local disk (no copying) and as copies elsewhere. Each table records its
 * rows per date partition ({@code _rows.tsv}) for the run manifest. The published snapshot and the
 * one before it are kept; older ones and leftovers of killed runs are removed.
 */
public final class TableStore {
  static final String SNAPSHOTS = "snapshots";
  static final String CURRENT = "CURRENT";
  static final String ROWS_FILE = "_rows.tsv";

  private final String root;
  private final FileSystem fs;
  private final org.apache.parquet.ParquetReadOptions footerOptions;
  /** The deletion of the snapshots the last publish superseded, while it runs; see {@link #awaitCleanup}. */
  private java.util.concurrent.CompletableFuture<Void> cleanup;

  public TableStore(String root, Configuration conf) throws IOException {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.fs = new Path(this.root).getFileSystem(conf);
    this.footerOptions = org.apache.parquet.HadoopReadOptions.builder(conf).build();
  }

  public String root() {
    return root;
  }

  /** The published snapshot's id, or null before the first successful run. */
  public String current() throws IOException {
    Path pointer = new Path(root, CURRENT);
    if (!fs.exists(pointer)) {
      return null;
    }
    try (InputStream in = fs.open(pointer)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      return lines[0].isBlank() ? null : lines[0].strip();
    }
  }

  /** The published snapshot's folder, or null. */
  public String currentPath() throws IOException {
    String id = current();
    return id == null ? null : snapshotPath(id);
  }

  public String snapshotPath(String id) {
    return root + "/" + SNAPSHOTS + "/" + id;
  }

  /** The folder of {@code table} in the published snapshot. */
  public static String publishedTable(String root, String table, Configuration conf) throws IOException {
    String current = new TableStore(root, conf).currentPath();
    if (current == null) {
      throw new IOException("no tables have been published in " + root + " yet: run the job first");
    }
    return current + "/" + table;
  }

  /**
   * Carries the date partitions of {@code table} that are not in {@code rewritten} from the published
   * snapshot into {@code snapshot}; returns the partitions carried.
   */
  public Set<String> carryOver(String table, Set<String> rewritten, String snapshot) throws IOException {
    String current = currentPath();
    Set<String> carried = new java.util.TreeSet<>();
    if (current == null || !fs.exists(new Path(current, table))) {
      return carried;
    }
    Path to = new Path(snapshot, table);
    fs.mkdirs(to);
    for (FileStatus partition : fs.listStatus(new Path(current, table))) {
      String name = partition.getPath().getName();
      if (!partition.isDirectory() || !name.startsWith(Tables.DATE_PARTITION) || rewritten.contains(name)) {
        continue;
      }
      Path target = new Path(to, name);
      if (fs.exists(target)) {
        throw new IOException("partition " + target + " was written by this run and carried over too");
      }
      link(partition.getPath(), target);
      carried.add(name);
    }
    return carried;
  }

  private boolean isLocal() {
    return fs instanceof LocalFileSystem || "file".equals(fs.getUri().getScheme());
  }

  private void link(Path from, Path to) throws IOException {
    if (isLocal()) {
      java.nio.file.Path source = local(from);
      java.nio.file.Path target = local(to);
      Files.createDirectories(target);
      try (var files = Files.list(source)) {
        for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.sorted()::iterator) {
          Files.createLink(target.resolve(f.getFileName()), f);
        }
      }
      return;
    }
    if (!FileUtil.copy(fs, from, fs, to, false, fs.getConf())) {
      throw new IOException("cannot copy " + from + " to " + to);
    }
  }

  /**
   * Records how many rows each date partition of {@code table} holds in {@code snapshot}, in {@code
   * _rows.tsv} beside them: the {@code carried} partitions (the published files, linked) keep the
   * published count, the others are counted from their Parquet files' footers. A run's manifest then
   * totals a year of partitions without opening them all.
   */
  public void recordRows(String table, String snapshot, Set<String> carried) throws IOException {
    String current = currentPath();
    Map<String, Long> published = current == null ? null : rowsByPartition(current + "/" + table);
    Path dir = new Path(snapshot, table);
    Map<String, Long> rows = new TreeMap<>();
    List<Path> toCount = new ArrayList<>();
    if (fs.exists(dir)) {
      for (FileStatus partition : fs.listStatus(dir)) {
        String name = partition.getPath().getName();
        if (!partition.isDirectory() || !name.startsWith(Tables.DATE_PARTITION)) {
          continue;
        }
        Long known = published != null && carried.contains(name) ? published.get(name) : null;
        if (known != null) {
          rows.put(name, known);
        } else {
          toCount.add(partition.getPath());
        }
      }
    }
    // A whole run writes a year of partitions: their footers are read side by side.
    Map<String, Long> counted = new java.util.concurrent.ConcurrentHashMap<>();
    try {
      toCount.parallelStream().forEach(partition -> {
        try {
          counted.put(partition.getName(), footerRows(partition));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    rows.putAll(counted);
    StringBuilder text = new StringBuilder("# rows per date partition of this table, for the run manifest\n");
    rows.forEach((partition, n) -> text.append(partition).append('\t').append(n).append('\n'));
    writeText(snapshot + "/" + table + "/" + ROWS_FILE, text.toString());
  }

  private long footerRows(Path partition) throws IOException {
    long rows = 0;
    for (FileStatus f : fs.listStatus(partition)) {
      if (f.getPath().getName().endsWith(".parquet")) {
        // On a local disk, Parquet's own reader of local files: Hadoop's checksummed streams took 15 ms a footer.
        org.apache.parquet.io.InputFile file = isLocal()
            ? new org.apache.parquet.io.LocalInputFile(local(f.getPath()))
            : org.apache.parquet.hadoop.util.HadoopInputFile.fromStatus(f, fs.getConf());
        // Options from the store's loaded configuration: without them each footer made a new Hadoop
        // Configuration and parsed its XML defaults again (about 5 % of a whole run's time).
        try (org.apache.parquet.hadoop.ParquetFileReader reader =
                 org.apache.parquet.hadoop.ParquetFileReader.open(file, footerOptions)) {
          rows += reader.getRecordCount();
        }
      }
    }
    return rows;
  }

  /** The rows of a stored table, as {@link #recordRows} recorded them, or -1 when it did not. */
  public long rows(String tableDir) throws IOException {
    Map<String, Long> rows = rowsByPartition(tableDir);
    return rows == null ? -1 : rows.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The recorded rows per partition of a stored table, or null for a table stored without them. */
  private Map<String, Long> rowsByPartition(String tableDir) throws IOException {
    String text = readText(tableDir + "/" + ROWS_FILE);
    if (text == null) {
      return null;
    }
    Map<String, Long> rows = new TreeMap<>();
    for (String line : text.split("\n")) {
      String[] p = line.split("\t");
      if (p.length == 2 && !line.startsWith("#")) {
        rows.put(p[0], Long.parseLong(p[1]));
      }
    }
    return rows;
  }

  /**
   * Publishes {@code id}: CURRENT is written beside itself and moved over the old one in one step,
   * then snapshots other than this one and the one before are deleted, in the background: for a year
   * of date partitions that is some 5,000 files, which a nightly run spent 0.3 s on before its
   * briefing. {@link #awaitCleanup} waits for the deletion; a run killed before it ends leaves the
   * rest to the next run's {@link #removeUnpublished}.
   */
  public void publish(String id) throws IOException {
    awaitCleanup();
    String previous = current();
    Path pointer = new Path(root, CURRENT);
    Path next = new Path(root, CURRENT + ".next");
    try (OutputStream out = fs.create(next, true)) {
      out.write((id + "\n" + (previous == null ? "" : previous) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    if ("file".equals(fs.getUri().getScheme())) {
      Files.move(local(next), local(pointer),
          StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } else {
      // HDFS renames atomically but not over an existing file; the pointer is missing for an instant.
      fs.delete(pointer, false);
      if (!fs.rename(next, pointer)) {
        throw new IOException("cannot publish " + id + ": renaming " + next + " failed");
      }
    }
    // Named now: a snapshot the next chunk starts writing while these are deleted is not among them.
    List<Path> superseded = snapshotsExcept(List.of(id, previous == null ? id : previous));
    cleanup = java.util.concurrent.CompletableFuture.runAsync(() -> {
      try {
        delete(superseded);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, task -> {
      Thread t = new Thread(task, "pressbrief-snapshot-cleanup");
      t.setDaemon(true);
      t.start();
    });
  }

  /** Waits until the snapshots the last publish superseded are deleted; throws what failed to delete them. */
  public void awaitCleanup() throws IOException {
    java.util.concurrent.CompletableFuture<Void> running = cleanup;
    cleanup = null;
    if (running == null) {
      return;
    }
    try {
      running.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  /** Deletes snapshots of runs that never published (killed or failed) and old ones. */
  public void removeUnpublished() throws IOException {
    Path pointer = new Path(root, CURRENT);
    List<String> keep = new ArrayList<>();
    if (fs.exists(pointer)) {
      try (InputStream in = fs.open(pointer)) {
        keep.addAll(Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
            .map(String::strip).filter(s -> !s.isEmpty()).toList());
      }
    }
    removeSnapshotsExcept(keep);
  }

  private void removeSnapshotsExcept(List<String> keep) throws IOException {
    delete(snapshotsExcept(keep));
  }

  private void delete(List<Path> snapshots) throws IOException {
    for (Path snapshot : snapshots) {
      fs.delete(snapshot, true);
    }
  }

  private List<Path> snapshotsExcept(List<String> keep) throws IOException {
    Path snapshots = new Path(root, SNAPSHOTS);
    List<Path> others = new ArrayList<>();
    if (fs.exists(snapshots)) {
      for (FileStatus s : fs.listStatus(snapshots)) {
        if (!keep.contains(s.getPath().getName())) {
          others.add(s.getPath());
        }
      }
    }
    return others;
  }

  private java.nio.file.Path local(Path p) {
    return java.nio.file.Path.of(fs.makeQualified(p).toUri());
  }

  /** Writes a small text file (the processed-files record, a manifest) in one piece. */
  public void writeText(String path, String text) throws IOException {
    try (OutputStream out = fs.create(new Path(path), true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A small text file's content, or null when it does not exist. */
  public String readText(String path) throws IOException {
    Path p = new Path(path);
    if (!fs.exists(p)) {
      return null;
    }
    try (InputStream in = fs.open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
