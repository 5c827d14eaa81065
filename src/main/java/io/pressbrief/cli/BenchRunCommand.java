package io.pressbrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressbrief.ingest.ArchiveFiles;
import io.pressbrief.ingest.Article;
import io.pressbrief.job.JobSpec;
import io.pressbrief.job.JobSpecLoader;
import io.pressbrief.job.RunDates;
import io.pressbrief.spark.PressbriefJob;
import io.pressbrief.spark.RunSummary;
import io.pressbrief.spark.SparkSessions;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pressbrief bench-run}: the whole job's speed on this machine. Builds a large archive by
 * repeating real articles with shifted dates (one file a day), then times a bare Spark read-and-count
 * of it (the floor), the whole run, and nightly runs that each add one day against that day alone:
 * first in this JVM, then as cron runs them, each night and each day alone a {@code run} in a JVM of
 * its own (a fresh JVM pays its start-up and warm-up on both sides of the ratio, as a nightly job does).
 */
@Command(name = "bench-run", mixinStandardHelpOptions = true,
    description = "Measure a whole run: MB of text per second per core, articles per second, peak memory, "
        + "the floor (a bare Spark read and count), and nightly runs, each against the same day alone.")
final class BenchRunCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Nights timed one after another, each against its day alone. The first one runs straight after
   * the whole run, in the heap and compiled code it left, and moved by 1.6 to 2.1 x between two
   * benches of the same jar; the median of several is the figure, and each is printed.
   */
  private static final int NIGHTS = 5;

  @Option(names = "--corpus", required = true, description = "JSON Lines archive(s) of real articles to repeat.")
  List<String> corpus;

  @Option(names = "--mb", defaultValue = "1024", description = "MB of article text to build (default ${DEFAULT-VALUE}).")
  int megabytes;

  @Option(names = "--days", defaultValue = "365", description = "Days the archive spans (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--work", defaultValue = "target/bench-run", description = "Working folder (default ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--process-nights", defaultValue = "5", description = "Nights also timed as cron runs them, each "
      + "night and its day alone a `run` in a fresh JVM, after the nights in one JVM; 0 for none (default "
      + "${DEFAULT-VALUE}).")
  int processNights;

  @Override
  public Integer call() throws Exception {
    work = work.toAbsolutePath();
    List<Article> articles = ArchiveFiles.articles(corpus, new Configuration());
    if (articles.isEmpty()) {
      Progress.info("bench-run: no article in %s", corpus);
      return ExitCodes.NO_INPUT;
    }
    LocalDate first = LocalDate.of(2024, 1, 1);
    removeEarlierBench(work);
    Path archive = Files.createDirectories(work.resolve("archive"));
    long chars = buildArchive(articles, archive, first, days, megabytes * 1_000_000L);
    Path extraDay = Files.createDirectories(work.resolve("extra-day"));
    int extraDays = NIGHTS + Math.max(0, processNights);
    long dayChars = buildArchive(articles, extraDay, first.plusDays(days), extraDays, extraDays * (chars / days))
        / extraDays;
    Progress.info("bench-run: %.0f MB of text over %d days in %s", chars / 1e6, days, archive);

    // Heap in use, sampled: the pools' own peaks are reached at different times and overstate it.
    java.util.concurrent.atomic.AtomicLong peakUsed = new java.util.concurrent.atomic.AtomicLong();
    Thread peak = new Thread(() -> {
      java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      while (!Thread.currentThread().isInterrupted()) {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    peak.setDaemon(true);
    peak.start();
    int cores;
    double floorSeconds;
    double runSeconds;
    double[] nightlySeconds = new double[NIGHTS];
    double[] dayAloneSeconds = new double[NIGHTS];
    long nightlyArticles = 0;
    RunSummary full;
    try (SparkSession spark = SparkSessions.create("pressbrief bench-run", master)) {
      cores = spark.sparkContext().defaultParallelism();
      long t = System.nanoTime();
      long lines = spark.read().text(archive.toString()).count();
      floorSeconds = (System.nanoTime() - t) / 1e9;
      Progress.info("bench-run: floor, a bare read and count of %d lines: %.1f s", lines, floorSeconds);

      JobSpec year = job("year", archive.toString(), first.plusDays(days - 1L));
      t = System.nanoTime();
      full = PressbriefJob.run(spark, year, RunDates.endingOn(first.plusDays(days - 1L)), true, l -> { });
      runSeconds = (System.nanoTime() - t) / 1e9;
      Progress.info("bench-run: whole run: %d articles in %.1f s", full.articles(), runSeconds);

      for (int night = 0; night < NIGHTS; night++) {
        LocalDate day = first.plusDays(days + night);
        Files.move(extraDay.resolve(fileName(day)), archive.resolve(fileName(day)));
        t = System.nanoTime();
        RunSummary nightly = PressbriefJob.run(spark, year, RunDates.endingOn(day), l -> { });
        nightlySeconds[night] = (System.nanoTime() - t) / 1e9;
        nightlyArticles += nightly.articles();
        Path alone = Files.createDirectories(work.resolve("day-alone-" + (night + 1)));
        Files.copy(archive.resolve(fileName(day)), alone.resolve(fileName(day)),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        t = System.nanoTime();
        PressbriefJob.run(spark, job("day-" + (night + 1), alone.toString(), day), RunDates.endingOn(day), true,
            l -> { });
        dayAloneSeconds[night] = (System.nanoTime() - t) / 1e9;
        Progress.info("bench-run: night %d, a run adding %s (%d articles): %.1f s; that day alone: %.1f s",
            night + 1, day, nightly.articles(), nightlySeconds[night], dayAloneSeconds[night]);
      }
    }
    peak.interrupt();
    long peakHeap = peakUsed.get();
    // As cron runs them: a fresh JVM for each night and for its day alone, once this one has let go of Spark.
    double[] processNightSeconds = new double[Math.max(0, processNights)];
    double[] processAloneSeconds = new double[processNightSeconds.length];
    for (int night = 0; night < processNightSeconds.length; night++) {
      LocalDate day = first.plusDays(days + NIGHTS + night);
      Files.move(extraDay.resolve(fileName(day)), archive.resolve(fileName(day)));
      processNightSeconds[night] = runInProcess(work.resolve("year.yaml"), day, "process-night-" + (night + 1));
      Path alone = Files.createDirectories(work.resolve("process-alone-" + (night + 1)));
      Files.copy(archive.resolve(fileName(day)), alone.resolve(fileName(day)),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      job("process-day-" + (night + 1), alone.toString(), day);
      processAloneSeconds[night] = runInProcess(work.resolve("process-day-" + (night + 1) + ".yaml"), day,
          "process-alone-" + (night + 1));
      Progress.info("bench-run: night %d in a fresh JVM, a run adding %s: %.1f s; that day alone, also in one: %.1f s",
          night + 1, day, processNightSeconds[night], processAloneSeconds[night]);
    }

    double mb = chars / 1e6;
    System.out.printf(Locale.ROOT, "archive: %.0f MB of text, %d articles, %d days, %d cores (%s)%n", mb,
        full.articles(), days, cores, master);
    System.out.printf(Locale.ROOT, "whole run: %.1f s, %.2f MB/s per core, %.0f articles/s (target: 5 MB/s per core)%n",
        runSeconds, mb / runSeconds / cores, full.articles() / runSeconds);
    System.out.printf(Locale.ROOT, "floor (bare read and count): %.1f s; the run takes %.1f x the floor (target: 3 x)%n",
        floorSeconds, runSeconds / floorSeconds);
    double[] ratios = new double[NIGHTS];
    StringBuilder each = new StringBuilder();
    for (int night = 0; night < NIGHTS; night++) {
      ratios[night] = nightlySeconds[night] / dayAloneSeconds[night];
      each.append(String.format(Locale.ROOT, "%s%.1f s / %.1f s", night == 0 ? "" : ", ", nightlySeconds[night],
          dayAloneSeconds[night]));
    }
    System.out.printf(Locale.ROOT, "nightly run adding one day (%.1f MB, %d articles), against that day alone, %d nights: "
        + "%s; median ratio %.2f (target: 1.2)%n", dayChars / 1e6, nightlyArticles / NIGHTS, NIGHTS, each,
        BenchCommand.median(ratios));
    if (processNightSeconds.length > 0) {
      double[] processRatios = new double[processNightSeconds.length];
      StringBuilder eachProcess = new StringBuilder();
      for (int night = 0; night < processNightSeconds.length; night++) {
        processRatios[night] = processNightSeconds[night] / processAloneSeconds[night];
        eachProcess.append(String.format(Locale.ROOT, "%s%.1f s / %.1f s", night == 0 ? "" : ", ",
            processNightSeconds[night], processAloneSeconds[night]));
      }
      System.out.printf(Locale.ROOT, "the same as cron runs it, each run a fresh JVM (pressbrief run JOB --date D), "
          + "%d nights: %s; median ratio %.2f (target: 1.2)%n", processNightSeconds.length, eachProcess,
          BenchCommand.median(processRatios));
    }
    System.out.printf(Locale.ROOT, "peak heap in use: %.0f MB (JVM maximum %.0f MB)%n", peakHeap / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    return ExitCodes.OK;
  }

  private JobSpec job(String name, String archive, LocalDate date) throws Exception {
    Path spec = work.resolve(name + ".yaml");
    Files.writeString(spec, String.format(Locale.ROOT, """
        name: bench-%s
        archives: [{path: %s}]
        briefing: {date: %s, days: 7}
        output: {tables: %s, reports: %s}
        """, name, archive, date, work.resolve(name + "-tables"), work.resolve(name + "-reports")));
    return JobSpecLoader.load(spec);
  }

  /**
   * Times {@code pressbrief run SPEC --date DAY} in a JVM of its own, started with this one's options
   * and class path; its output goes to LOG.log in the work folder.
   */
  private double runInProcess(Path spec, LocalDate day, String log) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", spec.toString(),
        "--date", day.toString(), "--master", master));
    Path output = work.resolve(log + ".log");
    long t = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - t) / 1e9;
    if (exit != ExitCodes.OK && exit != ExitCodes.REJECTED) {
      throw new IllegalStateException("pressbrief run " + spec + " --date " + day + " ended with exit code " + exit
          + "; see " + output);
    }
    return seconds;
  }

  private static String fileName(LocalDate day) {
    return "day-" + day + ".jsonl";
  }

  /**
   * The folders an earlier bench left in {@code work}: a second bench in the same place must start
   * from nothing, or the day it adds is already there and the year's tables are not the year's.
   */
  private static void removeEarlierBench(Path work) throws java.io.IOException {
    List<String> folders = new java.util.ArrayList<>(List.of("archive", "extra-day", "year-tables", "year-reports",
        "day-alone", "day-tables", "day-reports"));
    for (int night = 1; night <= NIGHTS; night++) {
      folders.addAll(List.of("day-alone-" + night, "day-" + night + "-tables", "day-" + night + "-reports"));
    }
    if (Files.isDirectory(work)) {
      try (java.util.stream.Stream<Path> entries = Files.list(work)) {
        // the nights in fresh JVMs: their folders and logs
        entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("process-") && !n.endsWith(".yaml"))
            .forEach(folders::add);
      }
    }
    for (String folder : folders) {
      Path dir = work.resolve(folder);
      if (Files.exists(dir)) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
          for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }


  /** Writes repeated articles, a file a day, until {@code targetChars} of text; returns the text written. */
  private static long buildArchive(List<Article> articles, Path dir, LocalDate first, int days, long targetChars)
      throws Exception {
    long perDay = Math.max(1, targetChars / days);
    long written = 0;
    int next = 0;
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      long dayChars = 0;
      try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(fileName(day)), StandardCharsets.UTF_8)) {
        while (dayChars < perDay) {
          Article a = articles.get(next % articles.size());
          ObjectNode o = JSON.createObjectNode();
          o.put("id", a.id() + "-" + (next / articles.size()) + "-" + day);
          o.put("url", a.url());
          o.put("source", a.source());
          o.put("title", a.title());
          o.put("published", day.toString());
          o.put("text", a.text());
          out.write(JSON.writeValueAsString(o));
          out.write('\n');
          dayChars += a.text().length();
          next++;
        }
      }
      written += dayChars;
    }
    return written;
  }
}
