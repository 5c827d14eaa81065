package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
  private static FileSystem nio() throws Exception {
    FileSystem fs = new NioLocalFileSystem();
    fs.initialize(java.net.URI.create("file:///"), new Configuration());
    return fs;
  }

  private static FileSystem stock() throws Exception {
    FileSystem fs = new LocalFileSystem();
    fs.initialize(java.net.URI.create("file:///"), new Configuration());
    return fs;
  }

  private static String describe(FileStatus s) {
    return String.join(" ", s.getPath().toString(), String.valueOf(s.getLen()), String.valueOf(s.isDirectory()),
        String.valueOf(s.getModificationTime()), s.getPermission().toString(), s.getOwner(), s.getGroup(),
        String.valueOf(s.getBlockSize()));
  }

  @Test
  void statusesAndListingsAreThoseOfHadoopsOwnLocalFileSystem(@TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path table = Files.createDirectories(dir.resolve("articles/date=2025-12-06"));
    Files.writeString(table.resolve("part-0.parquet"), "rows");
    Files.setPosixFilePermissions(table.resolve("part-0.parquet"), PosixFilePermissions.fromString("rw-r-----"));
    Files.writeString(dir.resolve("articles/_schema.json"), "{}");
    try (FileSystem nio = nio(); FileSystem stock = stock()) {
      for (String p : new String[] {"articles", "articles/date=2025-12-06", "articles/date=2025-12-06/part-0.parquet"}) {
        Path path = new Path(dir.resolve(p).toUri());
        assertEquals(describe(stock.getFileStatus(path)), describe(nio.getFileStatus(path)), p);
        assertArrayEquals(Arrays.stream(stock.listStatus(path)).map(NioLocalFileSystemTest::describe).sorted().toArray(),
            Arrays.stream(nio.listStatus(path)).map(NioLocalFileSystemTest::describe).sorted().toArray(), p);
      }
      Path missing = new Path(dir.resolve("nothing").toUri());
      assertThrows(FileNotFoundException.class, () -> nio.getFileStatus(missing));
      assertThrows(FileNotFoundException.class, () -> nio.listStatus(missing));
    }
  }

  @Test
  void filesAreCreatedWithTheirPermissionAndChecksum(@TempDir java.nio.file.Path dir) throws Exception {
    try (FileSystem nio = nio()) {
      Path file = new Path(dir.resolve("out/part-0.txt").toUri());
      try (OutputStream out = nio.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
        out.write("rows".getBytes(StandardCharsets.UTF_8));
      }
      assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/part-0.txt"))));
      assertTrue(Files.exists(dir.resolve("out/.part-0.txt.crc")), "still Hadoop's checksummed local file system");
      nio.setPermission(file, new FsPermission((short) 0755));
      assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/part-0.txt"))));
      assertEquals(new FsPermission((short) 0755), nio.getFileStatus(file).getPermission());
    }
  }

  @Test
  void sparkSessionsSendLocalPathsThroughIt() throws Exception {
    SparkSessions.useNioLocalFiles();
    assertEquals(NioLocalFileSystem.class.getName(), new Configuration().get(SparkSessions.LOCAL_FILE_SYSTEM));
    assertTrue(SparkTestSession.get().sparkContext().hadoopConfiguration().get(SparkSessions.LOCAL_FILE_SYSTEM)
        .endsWith("NioLocalFileSystem"));
  }
}
