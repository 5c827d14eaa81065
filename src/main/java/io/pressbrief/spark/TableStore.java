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
import java.util.Set;
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
 * snapshot as hard links on a local disk (no copying) and as copies elsewhere. The published
 * snapshot and the one before it are kept; older ones and leftovers of killed runs are removed.
 */
public final class TableStore {
  static final String SNAPSHOTS = "snapshots";
  static final String CURRENT = "CURRENT";

  private final String root;
  private final FileSystem fs;

  public TableStore(String root, Configuration conf) throws IOException {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.fs = new Path(this.root).getFileSystem(conf);
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
   * snapshot into {@code snapshot}.
   */
  public void carryOver(String table, Set<String> rewritten, String snapshot) throws IOException {
    String current = currentPath();
    if (current == null || !fs.exists(new Path(current, table))) {
      return;
    }
    Path to = new Path(snapshot, table);
    fs.mkdirs(to);
    for (FileStatus partition : fs.listStatus(new Path(current, table))) {
      String name = partition.getPath().getName();
      if (!partition.isDirectory() || !name.startsWith("date=") || rewritten.contains(name)) {
        continue;
      }
      Path target = new Path(to, name);
      if (fs.exists(target)) {
        throw new IOException("partition " + target + " was written by this run and carried over too");
      }
      link(partition.getPath(), target);
    }
  }

  private void link(Path from, Path to) throws IOException {
    if (fs instanceof LocalFileSystem || "file".equals(fs.getUri().getScheme())) {
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
   * Publishes {@code id}: CURRENT is written beside itself and moved over the old one in one step,
   * then snapshots other than this one and the one before are deleted.
   */
  public void publish(String id) throws IOException {
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
    removeSnapshotsExcept(List.of(id, previous == null ? id : previous));
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
    Path snapshots = new Path(root, SNAPSHOTS);
    if (!fs.exists(snapshots)) {
      return;
    }
    for (FileStatus s : fs.listStatus(snapshots)) {
      if (!keep.contains(s.getPath().getName())) {
        fs.delete(s.getPath(), true);
      }
    }
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
