package io.pressbrief.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One run of a job at a time: a LOCK file beside the tables, created only if absent, holding the
 * owner's process id, host and start time. A lock left by a run that was killed on this host (its
 * process is gone) is stale and taken over with a message; a live owner, or one on another host,
 * makes the run fail with who holds the lock and since when.
 */
public final class RunLock implements AutoCloseable {
  static final String FILE = "LOCK";

  private final FileSystem fs;
  private final Path path;

  private RunLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  /** Takes the lock of the tables at {@code root}, or fails saying who holds it. */
  public static RunLock acquire(String root, Configuration conf, Consumer<String> progress) throws IOException {
    Path path = new Path(root, FILE);
    FileSystem fs = path.getFileSystem(conf);
    fs.mkdirs(path.getParent());
    String me = ProcessHandle.current().pid() + "@" + host() + " " + Instant.now();
    for (int attempt = 0; attempt < 2; attempt++) {
      try (OutputStream out = fs.create(path, false)) {
        out.write(me.getBytes(StandardCharsets.UTF_8));
        return new RunLock(fs, path);
      } catch (IOException e) {
        if (!fs.exists(path)) {
          throw e;
        }
        String owner = read(fs, path);
        if (!isStale(owner)) {
          throw new RunLockedException("another run of this job holds " + path + " (" + owner.strip() + ", started "
              + age(owner) + " ago); wait for it to finish, or remove the file if that run is gone");
        }
        progress.accept("lock: taking over the stale lock of a run that is gone (" + owner.strip() + ")");
        fs.delete(path, false);
      }
    }
    throw new RunLockedException("cannot take the lock " + path + ": another run took it first");
  }

  /** A lock is stale when its owner ran on this host and its process no longer exists. */
  static boolean isStale(String owner) {
    if (owner == null || owner.isBlank()) {
      return true;
    }
    String[] parts = owner.strip().split("[@ ]", 3);
    if (parts.length < 2 || !parts[1].equals(host())) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(parts[0])).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** How long ago the lock's owner started, for messages. */
  static String age(String owner) {
    try {
      Instant started = Instant.parse(owner.strip().split(" ")[1]);
      return Duration.between(started, Instant.now()).toMinutes() + " min";
    } catch (RuntimeException e) {
      return "unknown";
    }
  }

  private static String read(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.FileNotFoundException e) {
      return "";
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  @Override
  public void close() throws IOException {
    fs.delete(path, false);
  }

  /** The job is locked by another run. */
  public static final class RunLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    RunLockedException(String message) {
      super(message);
    }
  }
}
