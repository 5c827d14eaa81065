package io.pressbrief.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system (with its checksum files) that reads and sets permissions through
 * java.nio. Without Hadoop's native library, the stock one starts an {@code ls -ld} process for the
 * permissions of every file status it is asked for and a {@code chmod} for every file it creates:
 * a nightly run over a year of date partitions started about 2,800 processes. Spark uses it for
 * {@code file:} paths when {@link SparkSessions} sets {@code fs.file.impl}; other file systems
 * (HDFS, object stores) are untouched.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw local file system with java.nio statuses and permissions. */
  static final class Raw extends RawLocalFileSystem {
    private static final PosixFilePermission[] BITS = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
      return status(f, pathToFile(f).toPath());
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
      java.nio.file.Path local = pathToFile(f).toPath();
      if (!Files.isDirectory(local)) {
        return new FileStatus[] {status(f, local)};
      }
      List<FileStatus> statuses = new ArrayList<>();
      try (Stream<java.nio.file.Path> entries = Files.list(local)) {
        for (java.nio.file.Path entry : (Iterable<java.nio.file.Path>) entries::iterator) {
          try {
            statuses.add(status(new Path(f, entry.getFileName().toString()), entry));
          } catch (FileNotFoundException gone) {
            // deleted between listing and reading it, as the stock file system allows
          }
        }
      } catch (NoSuchFileException e) {
        throw new FileNotFoundException("File " + f + " does not exist");
      }
      return statuses.toArray(FileStatus[]::new);
    }

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
      int mode = permission.toShort();
      for (int bit = 0; bit < BITS.length; bit++) {
        if ((mode & (1 << bit)) != 0) {
          set.add(BITS[bit]);
        }
      }
      Files.setPosixFilePermissions(pathToFile(p).toPath(), set);
    }

    private FileStatus status(Path f, java.nio.file.Path local) throws IOException {
      PosixFileAttributes a;
      try {
        a = Files.readAttributes(local, PosixFileAttributes.class); // follows links, as Hadoop's does
      } catch (NoSuchFileException e) {
        throw new FileNotFoundException("File " + f + " does not exist");
      }
      short mode = 0;
      for (int bit = 0; bit < BITS.length; bit++) {
        if (a.permissions().contains(BITS[bit])) {
          mode |= (short) (1 << bit);
        }
      }
      return new FileStatus(a.size(), a.isDirectory(), 1, getDefaultBlockSize(f), a.lastModifiedTime().toMillis(),
          a.lastAccessTime().toMillis(), new FsPermission(mode), a.owner().getName(), a.group().getName(),
          makeQualified(new Path(local.toString())));
    }
  }
}
