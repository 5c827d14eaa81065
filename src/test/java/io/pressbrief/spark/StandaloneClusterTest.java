package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample job on a real Spark standalone cluster: a master and two workers, each a separate JVM on
 * 127.0.0.1 started from the Maven-resolved Spark jars, and the driver in a fourth. pressbrief's code
 * reaches the executors as a jar through Spark; dictionaries are read on the driver and broadcast, so
 * the workers share no files with it. The tables must equal those of a local run.
 */
class StandaloneClusterTest {
  private static final List<String> TABLES = List.of(Tables.ARTICLES, Tables.STATEMENTS, Tables.ESCALATIONS,
      Tables.MENTIONS, Tables.ACTOR_DAY, Tables.PAIR_DAY, Tables.REJECTED);

  @Test
  void theSampleJobOnAStandaloneClusterGivesTheTablesOfALocalRun(@TempDir Path dir) throws Exception {
    Path sparkHome = sparkHome(dir);
    Path appJar = appJar(dir);
    int masterPort = freePort();
    String master = "spark://127.0.0.1:" + masterPort;
    List<Process> cluster = new ArrayList<>();
    try {
      cluster.add(start(dir, "master", sparkHome, "512m", "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort())));
      waitForPort(masterPort, dir.resolve("master.log"));
      for (int i = 1; i <= 2; i++) {
        cluster.add(start(dir, "worker" + i, sparkHome, "512m", "org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
            "--work-dir", Files.createDirectories(dir.resolve("work" + i)).toString(), master));
      }
      Path job = sampleJob(dir, "cluster");
      List<String> driver = TestJvm.command("1g", "io.pressbrief.cli.Main", "run", job.toString(), "--master", master);
      driver.addAll(1, List.of("-Dspark.jars=" + appJar, "-Dspark.driver.host=127.0.0.1",
          "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.executor.memory=768m", "-Dspark.cores.max=2"));
      Process run = new ProcessBuilder(driver).redirectErrorStream(true)
          .redirectOutput(dir.resolve("driver.log").toFile()).start();
      assertTrue(run.waitFor(8, TimeUnit.MINUTES), "the cluster run finishes");
      String log = Files.readString(dir.resolve("driver.log"));
      assertEquals(0, run.exitValue(), log);
      assertTrue(Files.list(dir.resolve("work1")).findAny().isPresent()
          || Files.list(dir.resolve("work2")).findAny().isPresent(), "executors ran on the workers");
    } finally {
      for (Process p : cluster) {
        p.destroyForcibly().waitFor();
      }
    }

    SparkSession spark = SparkTestSession.get();
    JobSpec local = JobSpecLoader.load(sampleJob(dir, "local"));
    PressbriefJob.run(spark, local, RunDates.endingOn(LocalDate.parse(local.date())), line -> { });
    JobSpec onCluster = JobSpecLoader.load(dir.resolve("job-cluster.yaml"));
    for (String table : TABLES) {
      List<Row> expected = Tables.read(spark, local.output().tables(), table).collectAsList();
      List<Row> actual = Tables.read(spark, onCluster.output().tables(), table).collectAsList();
      assertEquals(sorted(expected), sorted(actual), table + " on the cluster equals the local run");
      assertTrue(table.equals(Tables.REJECTED) || !expected.isEmpty(), table + " has rows");
    }
  }

  private static List<String> sorted(List<Row> rows) {
    return rows.stream().map(Row::toString).sorted().toList();
  }

  /** The sample job with its outputs in {@code dir}, named after {@code name}. */
  private static Path sampleJob(Path dir, String name) throws IOException {
    Path sample = Path.of("jobs").toAbsolutePath();
    String yaml = Files.readString(sample.resolve("sample.yaml"))
        .replace("tables: ../reports/sample/tables", "tables: " + dir.resolve(name + "/tables"))
        .replace("reports: ../reports/sample", "reports: " + dir.resolve(name + "/reports"))
        .replace("templates: ../templates", "templates: " + sample.resolveSibling("templates"))
        .replace("path: sample/", "path: " + sample.resolve("sample") + "/")
        .replace("- sample/actors.yaml", "- " + sample.resolve("sample/actors.yaml"));
    assertTrue(!yaml.contains("../"), "every path of the test job is its own: " + yaml);
    return Files.writeString(dir.resolve("job-" + name + ".yaml"), yaml);
  }

  /** A SPARK_HOME whose jars/ folder links the jars Maven resolved for the tests. */
  private static Path sparkHome(Path dir) throws IOException {
    Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
      }
    }
    return dir.resolve("spark-home");
  }

  /** pressbrief's compiled classes and resources as a jar, which Spark ships to the executors. */
  private static Path appJar(Path dir) throws IOException {
    Path classes = Path.of("target/classes").toAbsolutePath();
    Path jar = dir.resolve("pressbrief-app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Process start(Path dir, String name, Path sparkHome, String heap, String mainClass, String... args)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(TestJvm.command(heap, mainClass, args)).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve(name + "-tmp")).toString());
    return pb.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void waitForPort(int port, Path log) throws Exception {
    for (int i = 0; i < 120; i++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(500);
      }
    }
    throw new AssertionError("the master did not start:\n" + Files.readString(log));
  }

}
