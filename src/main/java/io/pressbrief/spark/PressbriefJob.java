package io.pressbrief.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.pressbrief.analysis.AnalysisResources;
import io.pressbrief.analysis.AnalysisVersion;
import io.pressbrief.analysis.ArticleAnalyzer;
import io.pressbrief.analysis.actors.Actor;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.escalation.EventTypes;
import io.pressbrief.ingest.ArchiveFiles;
import io.pressbrief.ingest.ArchiveFormat;
import io.pressbrief.ingest.IngestOptions;
import io.pressbrief.ingest.IngestResult;
import io.pressbrief.ingest.RecordMapping;
import io.pressbrief.ingest.Rejection;
import io.pressbrief.ingest.TextFingerprint;
import io.pressbrief.job.JobSpec;
import io.pressbrief.job.RunDates;
import io.pressbrief.job.RunManifest;
import io.pressbrief.report.BriefingCsv;
import io.pressbrief.report.BriefingData;
import io.pressbrief.report.BriefingModel;
import io.pressbrief.report.BriefingModelBuilder;
import io.pressbrief.report.BriefingRenderer;
import io.pressbrief.report.BriefingRequest;
import io.pressbrief.spark.tables.RecordRow;
import io.pressbrief.spark.tables.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The main job: read the archives, analyse every article, store the tables, aggregate by actor and
 * day, and render the briefing for a period. {@link #run} is what the command line and the tests call.
 */
public final class PressbriefJob {
  private PressbriefJob() {}

  /** Runs the job incrementally: see {@link #run(SparkSession, JobSpec, RunDates, boolean, Consumer)}. */
  public static RunSummary run(SparkSession spark, JobSpec spec, RunDates dates, Consumer<String> progress)
      throws IOException {
    return run(spark, spec, dates, false, progress);
  }

  /**
   * Runs the job: under the job's lock, reads the archive files that are new or changed since the
   * published tables (all of them with {@code rebuild}, or when the code, built-in data or the job's
   * dictionaries changed), rewrites the date partitions they touch in a new snapshot of every table,
   * publishes it in one step, and writes the briefings and the run's manifest.
   */
  public static RunSummary run(SparkSession spark, JobSpec spec, RunDates dates, boolean rebuild,
                               Consumer<String> progress) throws IOException {
    return run(spark, spec, dates, rebuild, path -> true, progress);
  }

  /** The same, reading only the archive files {@code inputs} accepts (a rerun from a manifest: its files). */
  static RunSummary run(SparkSession spark, JobSpec spec, RunDates dates, boolean rebuild,
                        java.util.function.Predicate<String> inputs, Consumer<String> progress) throws IOException {
    configure(spark);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    TableStore store = new TableStore(spec.output().tables(), conf);
    String runId = runId();
    String started = Instant.now().toString();
    try (RunLock lock = RunLock.acquire(store.root(), conf, progress)) {
      try {
        return runLocked(spark, spec, dates, rebuild, inputs, progress, store, runId, started);
      } catch (IOException | RuntimeException e) {
        try {
          store.awaitCleanup(); // before the lock goes: the next run must not delete beside it
        } catch (IOException | RuntimeException c) {
          e.addSuppressed(c);
        }
        writeFailure(spark, store, spec, dates, runId, started, e);
        throw e;
      }
    }
  }

  private static RunSummary runLocked(SparkSession spark, JobSpec spec, RunDates dates, boolean rebuild,
                                      java.util.function.Predicate<String> inputs, Consumer<String> progress,
                                      TableStore store, String runId, String started)
      throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    store.removeUnpublished();
    removeStagedBriefings(spec);
    Map<String, Long> stageMillis = new LinkedHashMap<>();
    long t0 = System.currentTimeMillis();
    AnalysisResources resources = loadResources(spark, spec);
    checkProfiles(spec, resources);
    Map<String, String> versions = analysisVersions(spark, spec);
    String version = AnalysisVersion.combined(versions);
    List<InputFile> files = listArchives(spark, spec).stream().filter(f -> inputs.test(f.path())).toList();
    ProcessedFiles published = ProcessedFiles.published(store);
    ProcessedFiles.Changes changes = (published == null ? ProcessedFiles.none(version) : published)
        .changes(files, version, rebuild || published == null, path -> checksum(path, conf));
    stageMillis.put("list", System.currentTimeMillis() - t0);
    if (changes.none()) {
      progress.accept(String.format("ingest: no new input; %d archive file(s) unchanged since the published run %s",
          files.size(), store.current()));
      long t1 = System.currentTimeMillis();
      List<RunSummary.BriefingFiles> briefings = renderBriefings(spark, spec, dates, runId, progress);
      stageMillis.put("brief", System.currentTimeMillis() - t1);
      RunSummary summary = new RunSummary(0, 0, 0, 0, 0, 0, 0, 0, store.root(), briefings, stageMillis, true);
      writeManifest(spark, store, spec, dates, runId, started, "no-new-input", versions, files, changes, summary,
          store.current(), null);
      return summary;
    }
    List<List<InputFile>> chunks = chunks(changes.toRead(), spec.ingest().chunkMb() * 1024L * 1024L);
    long bytes = changes.toRead().stream().mapToLong(InputFile::size).sum();
    progress.accept(String.format("ingest: %d of %d archive file(s) to read (%.1f MB)%s%s", changes.toRead().size(),
        files.size(), bytes / 1e6, changes.rebuild() ? "" : ", new or changed since the published run",
        chunks.size() > 1 ? ", in " + chunks.size() + " chunks published one by one" : ""));

    IngestOptions options = new IngestOptions(spec.ingest().maxTextChars(), LocalDate.now(ZoneOffset.UTC),
        spec.ingest().englishOnly());
    long t1 = System.currentTimeMillis();
    long[] totals = new long[8];
    List<InputFile> done = new ArrayList<>();
    long bytesDone = 0;
    String snapshotId = null;
    for (int c = 0; c < chunks.size(); c++) {
      List<InputFile> chunk = chunks.get(c);
      Set<String> replaced = new java.util.HashSet<>(c == 0 ? changes.removed() : Set.of());
      chunk.stream().map(InputFile::path).filter(changes.reread()::contains).forEach(replaced::add);
      snapshotId = chunks.size() == 1 ? runId : String.format("%s-%04d", runId, c + 1);
      done.addAll(chunk);
      long[] counts = publishChunk(spark, store, resources, options, partitions(spark, spec, chunk), chunk, replaced,
          !(changes.rebuild() && c == 0), snapshotId, changes.afterReading(done), stageMillis);
      for (int i = 0; i < totals.length; i++) {
        totals[i] += counts[i];
      }
      bytesDone += chunk.stream().mapToLong(InputFile::size).sum();
      double seconds = Math.max(0.001, (System.currentTimeMillis() - t1) / 1000.0);
      progress.accept(String.format("chunk %d/%d published: %d article(s) (%d set aside as not English, %d copies "
              + "of another), %d rejected; %.1f MB/s%s", c + 1, chunks.size(), counts[1], counts[6], counts[7],
          counts[2], bytesDone / 1e6 / seconds, c + 1 < chunks.size()
              ? String.format(", about %.0f min left", (bytes - bytesDone) / (bytesDone / seconds) / 60) : ""));
    }
    progress.accept(String.format("store: %d statement(s), %d escalation(s), %d mention(s); published %s",
        totals[3], totals[4], totals[5], store.snapshotPath(snapshotId)));

    long t2 = System.currentTimeMillis();
    List<RunSummary.BriefingFiles> briefings = renderBriefings(spark, spec, dates, runId, progress);
    stageMillis.put("brief", System.currentTimeMillis() - t2);
    store.awaitCleanup();
    RunSummary summary = new RunSummary(totals[0], totals[1], totals[2], totals[6], totals[7], totals[3], totals[4],
        totals[5], store.root(), briefings, stageMillis, false);
    writeManifest(spark, store, spec, dates, runId, started, "published", versions, files, changes, summary,
        snapshotId, null);
    return summary;
  }

  /** The manifest of a run that failed: what it was asked to do and the error; the published tables stand. */
  private static void writeFailure(SparkSession spark, TableStore store, JobSpec spec, RunDates dates, String runId,
                                   String started, Exception error) {
    try {
      RunManifest manifest = new RunManifest(runId, spec.name(), "failed", started, Instant.now().toString(),
          codeVersion(), spark.version(), spark.sparkContext().master(), spec, Map.of(), dates, List.of(), null,
          Map.of(), store.currentPath(), List.of(), String.valueOf(error));
      store.writeText(store.root() + "/runs/" + runId + ".json", MANIFEST_JSON.writeValueAsString(manifest));
    } catch (IOException | RuntimeException e) {
      error.addSuppressed(e);
    }
  }

  /**
   * Reads and analyses one chunk of files, writes a complete snapshot (the chunk's rows, the published
   * rows that stay, the aggregates of the touched dates) and publishes it. Returns records read,
   * articles, rejected, statements, escalations, mentions, set-aside articles and copies.
   */
  private static long[] publishChunk(SparkSession spark, TableStore store, AnalysisResources resources,
                                     IngestOptions options, int partitions, List<InputFile> chunk,
                                     Set<String> replaced, boolean incremental, String snapshotId,
                                     ProcessedFiles processed, Map<String, Long> stageMillis) throws IOException {
    long t0 = System.currentTimeMillis();
    Dataset<RecordRow> analyzed = analyze(spark, readArchives(spark, chunk, options, partitions), resources)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> copies = spark.createDataFrame(List.of(), Duplicates.COPIES);
    try {
      // Named for the Spark UI and for listeners (the skew test finds the analysis stage by it).
      spark.sparkContext().setJobDescription(ANALYSIS_JOB);
      try {
        analyzed.count();
      } finally {
        spark.sparkContext().setJobDescription(null);
      }
      long t1 = System.currentTimeMillis();
      stageMillis.merge("read+analyze", t1 - t0, Long::sum);
      AnalysisTables tables = AnalysisTables.of(analyzed);
      // Not persisted: the copies are a small table the driver made, in slices, and each use reads them
      // from there again at less cost than a cache.
      copies = Duplicates.find(spark, tables.articles(), Duplicates.publishedAround(spark,
          incremental ? store.currentPath() : null, distinctDates(tables.articles()), replaced));
      tables = tables.withCopies(copies);
      String snapshot = store.snapshotPath(snapshotId);
      Set<String> touched = new TreeSet<>();
      writeIncrementally(spark, store, Tables.ARTICLES, tables.articles(), replaced, incremental, snapshot);
      for (Map.Entry<String, Dataset<Row>> t : Map.of(Tables.STATEMENTS, tables.statements(), Tables.MENTIONS,
          tables.mentions(), Tables.ESCALATIONS, tables.escalations()).entrySet()) {
        touched.addAll(writeIncrementally(spark, store, t.getKey(), t.getValue(), replaced, incremental, snapshot));
      }
      Dataset<Row> rejected = tables.rejected();
      if (incremental && store.currentPath() != null) {
        rejected = Tables.readDir(spark, store.currentPath() + "/" + Tables.REJECTED)
            .filter(not(col("input_file").isin(replaced.toArray()))).unionByName(rejected);
      }
      Tables.writeWhole(rejected, snapshot, Tables.REJECTED);
      long t2 = System.currentTimeMillis();
      stageMillis.merge("write tables", t2 - t1, Long::sum);
      aggregate(spark, store, snapshot, touched, incremental);
      processed.writeInto(store, snapshot);
      store.publish(snapshotId);
      stageMillis.merge("aggregate+publish", System.currentTimeMillis() - t2, Long::sum);
      return chunkCounts(analyzed, copies.count());
    } finally {
      analyzed.unpersist();
    }
  }

  /**
   * Records read, articles, rejected, statements, escalations, mentions and set-aside articles of the
   * analysed records, counted in one pass, and the copies found among them.
   */
  static long[] chunkCounts(Dataset<RecordRow> analyzed, long copies) {
    Column ok = col("rejected").isNull();
    Row r = analyzed.agg(count(lit(1)), total(ok), total(not(ok)), total(ok, "statements"),
        total(ok, "escalations"), total(ok, "mentions"), total(ok.and(col("setAside").isNotNull()))).first();
    long[] counts = new long[8];
    for (int i = 0; i < 7; i++) {
      counts[i] = r.getLong(i);
    }
    counts[7] = copies;
    return counts;
  }

  private static Column total(Column condition) {
    return coalesce(sum(when(condition, 1L).otherwise(0L)), lit(0L));
  }

  private static Column total(Column condition, String array) {
    return coalesce(sum(when(condition.and(col(array).isNotNull()), size(col(array)).cast("long")).otherwise(0L)),
        lit(0L));
  }

  /** Files in groups of about {@code bytes}, in listing order; at least one file a group, one group at least. */
  static List<List<InputFile>> chunks(List<InputFile> files, long bytes) {
    List<List<InputFile>> chunks = new ArrayList<>();
    List<InputFile> current = new ArrayList<>();
    long size = 0;
    for (InputFile f : files) {
      if (!current.isEmpty() && size + f.size() > bytes) {
        chunks.add(current);
        current = new ArrayList<>();
        size = 0;
      }
      current.add(f);
      size += f.size();
    }
    if (!current.isEmpty() || chunks.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /**
   * Writes the rows of {@code fresh} into the snapshot's {@code table}. Incrementally, the dates they
   * fall on, and the dates of rows from replaced files, are rewritten from the published rows kept
   * and the fresh ones; every other date is carried over unchanged. Returns the rewritten partitions.
   */
  static Set<String> writeIncrementally(SparkSession spark, TableStore store, String table, Dataset<Row> fresh,
                                        Set<String> replaced, boolean incremental, String snapshot)
      throws IOException {
    Set<LocalDate> dates = distinctDates(fresh);
    Dataset<Row> rows = fresh;
    if (incremental && store.currentPath() != null) {
      String publishedTable = store.currentPath() + "/" + table;
      Column fromReplaced = col("input_file").isin(replaced.toArray());
      if (!replaced.isEmpty()) {
        // a scan of the whole table, only when files were changed or removed
        dates.addAll(distinctDates(Tables.readDir(spark, publishedTable).filter(fromReplaced)));
      }
      Dataset<Row> kept = Tables.readDir(spark, publishedTable, dates::contains)
          .filter(col("date").isin(sqlDates(dates))).filter(not(fromReplaced));
      rows = fresh.unionByName(kept);
    }
    Tables.writeByDate(rows, snapshot, table);
    Set<String> partitions = new TreeSet<>();
    dates.forEach(d -> partitions.add(Tables.DATE_PARTITION + d));
    Set<String> carried = incremental ? store.carryOver(table, partitions, snapshot) : Set.of();
    store.recordRows(table, snapshot, carried);
    return partitions;
  }

  /** Recomputes the aggregates of the touched dates from the snapshot's tables; carries the rest over. */
  private static void aggregate(SparkSession spark, TableStore store, String snapshot, Set<String> touched,
                                boolean incremental) throws IOException {
    Set<LocalDate> days = new TreeSet<>();
    touched.forEach(p -> days.add(LocalDate.parse(p.substring(Tables.DATE_PARTITION.length()))));
    java.util.function.Predicate<LocalDate> read = incremental ? days::contains : d -> true;
    Column dates = incremental ? col("date").isin(sqlDates(days)) : lit(true);
    Dataset<Row> statements = Tables.readDir(spark, snapshot + "/" + Tables.STATEMENTS, read).filter(dates);
    Dataset<Row> mentions = Tables.readDir(spark, snapshot + "/" + Tables.MENTIONS, read).filter(dates);
    Dataset<Row> escalations = Tables.readDir(spark, snapshot + "/" + Tables.ESCALATIONS, read).filter(dates);
    Tables.writeByDate(aggregateByActorAndDay(statements, mentions, escalations), snapshot, Tables.ACTOR_DAY);
    Tables.writeByDate(aggregateByActorPairAndDay(escalations), snapshot, Tables.PAIR_DAY);
    if (incremental) {
      store.carryOver(Tables.ACTOR_DAY, touched, snapshot);
      store.carryOver(Tables.PAIR_DAY, touched, snapshot);
    }
  }

  private static Set<LocalDate> distinctDates(Dataset<Row> rows) {
    Set<LocalDate> dates = new TreeSet<>();
    for (Row r : rows.select("date").distinct().collectAsList()) {
      if (!r.isNullAt(0)) {
        dates.add(r.get(0) instanceof LocalDate d ? d : ((java.sql.Date) r.get(0)).toLocalDate());
      }
    }
    return dates;
  }

  private static Object[] sqlDates(java.util.Collection<LocalDate> dates) {
    return dates.stream().map(java.sql.Date::valueOf).toArray();
  }

  /** Checksums of the code, the built-in data and the job's own dictionaries, read through Hadoop. */
  static Map<String, String> analysisVersions(SparkSession spark, JobSpec spec) throws IOException {
    Map<String, String> versions = new LinkedHashMap<>(AnalysisVersion.builtIn());
    // Switching the sentence tone changes every tone: the archive is analysed again.
    versions.put("sentence_tone", spec.sentiment().sentenceTone().name().toLowerCase(java.util.Locale.ROOT));
    for (String path : spec.actors()) {
      try (InputStream in = ArchiveFiles.open(path, spark.sparkContext().hadoopConfiguration())) {
        versions.put(path, AnalysisVersion.sha256(in));
      }
    }
    return versions;
  }

  static String checksum(String path, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return AnalysisVersion.sha256(in);
    }
  }

  /** A run id that sorts by time: 20251210T021500123Z-4242. */
  static String runId() {
    return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", java.util.Locale.ROOT)
        .withZone(ZoneOffset.UTC).format(Instant.now()) + "-" + ProcessHandle.current().pid();
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper MANIFEST_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper()
          .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
          .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  private static void writeManifest(SparkSession spark, TableStore store, JobSpec spec, RunDates dates, String runId,
                                    String started, String status, Map<String, String> versions,
                                    List<InputFile> files, ProcessedFiles.Changes changes, RunSummary summary,
                                    String snapshot, String error) throws IOException {
    Set<String> read = new java.util.HashSet<>();
    changes.toRead().forEach(f -> read.add(f.path()));
    List<RunManifest.Input> inputs = new ArrayList<>();
    for (InputFile f : files) {
      ProcessedFiles.Entry e = changes.after().files().get(f.path());
      inputs.add(new RunManifest.Input(f.path(), f.size(), f.modified(), e == null ? null : e.sha256(),
          read.contains(f.path())));
    }
    long tableArticles = publishedRows(spark, store, Tables.ARTICLES);
    long tableStatements = publishedRows(spark, store, Tables.STATEMENTS);
    long tableEscalations = publishedRows(spark, store, Tables.ESCALATIONS);
    RunManifest manifest = new RunManifest(runId, spec.name(), status, started, Instant.now().toString(),
        codeVersion(), spark.version(), spark.sparkContext().master(), spec, versions, dates, inputs,
        new RunManifest.Counts(summary.recordsRead(), summary.articles(), summary.rejected(), summary.setAside(),
            summary.duplicates(), summary.statements(),
            summary.escalations(), summary.mentions(), tableArticles, tableStatements, tableEscalations),
        summary.stageMillis(), snapshot == null ? null : store.snapshotPath(snapshot),
        summary.briefings().stream().map(RunSummary.BriefingFiles::pdf).toList(), error);
    store.writeText(store.root() + "/runs/" + runId + ".json", MANIFEST_JSON.writeValueAsString(manifest));
  }

  /** A published table's rows: from its recorded counts, or counted by Spark for tables stored without them. */
  private static long publishedRows(SparkSession spark, TableStore store, String table) throws IOException {
    long recorded = store.rows(store.currentPath() + "/" + table);
    return recorded >= 0 ? recorded : Tables.read(spark, store.root(), table).count();
  }

  /** Parses a run's manifest, as {@link #writeManifest} writes it. */
  public static RunManifest readManifest(InputStream in) throws IOException {
    return MANIFEST_JSON.readValue(in, RunManifest.class);
  }

  static String codeVersion() {
    String v = PressbriefJob.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  /**
   * Writes the job's briefings from tables an earlier run stored, without analysing anything: the
   * {@code report} command. The rejected count is the stored rejected table's.
   */
  public static List<RunSummary.BriefingFiles> report(SparkSession spark, JobSpec spec, RunDates dates,
                                                      Consumer<String> progress) throws IOException {
    checkProfiles(spec, loadResources(spark, spec));
    configure(spark);
    return renderBriefings(spark, spec, dates, runId(), progress);
  }

  /** An actor profile about an actor the dictionaries do not know is a mistake in the job spec. */
  static void checkProfiles(JobSpec spec, AnalysisResources resources) {
    for (JobSpec.Briefing b : spec.briefings()) {
      if (b.actor() != null && resources.actors().stream().noneMatch(a -> a.id().equals(b.actor()))) {
        throw new IllegalArgumentException("briefing " + b.name() + ": actor '" + b.actor()
            + "' is in none of the actor dictionaries (built-in and the job's); use an actor's id");
      }
    }
  }

  /**
   * The analysis resources with the job's own dictionaries, read on the driver through Hadoop's file
   * systems (so hdfs: and s3a: paths work) and broadcast from there: executors need no shared disk.
   */
  static AnalysisResources loadResources(SparkSession spark, JobSpec spec) throws IOException {
    List<Actor> userActors = new ArrayList<>();
    for (String path : spec.actors()) {
      try (InputStream in = ArchiveFiles.open(path, spark.sparkContext().hadoopConfiguration())) {
        userActors.addAll(ActorDictionary.read(in, path));
      }
    }
    return AnalysisResources.withUserActors(userActors, spec.sentiment().sentenceTone());
  }

  /** Settings the job relies on, whatever the session was built with. */
  static void configure(SparkSession spark) {
    // Each table is written once into a new, empty snapshot folder: a plain overwrite is all it needs.
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "static");
    if (spark.sparkContext().isLocal()) {
      // Past 32 folders Spark lists them in a job of its own; in one JVM that job costs more than the
      // listing (a briefing reads ~60 date folders per table, about 0.2 s each time).
      spark.conf().set("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
    }
  }

  /** One archive file to read, its format and how its records map to articles. */
  record InputFile(String path, String format, long size, long modified, RecordMapping mapping)
      implements Serializable {
    InputFile(String path, String format, long size, long modified) {
      this(path, format, size, modified, RecordMapping.IDENTITY);
    }
  }

  static List<InputFile> listArchives(SparkSession spark, JobSpec spec) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = new ArrayList<>();
    for (JobSpec.Archive a : spec.archives()) {
      ArchiveFormat format = ArchiveFormat.named(a.format());
      for (ArchiveFiles.ArchiveFile f : ArchiveFiles.withoutSidecars(ArchiveFiles.list(List.of(a.path()), conf), format)) {
        files.add(new InputFile(f.path(), a.format(), f.size(), f.modified(), a.mapping()));
      }
    }
    return files;
  }

  /**
   * Reads the archive files into {@code partitions} partitions of about the same size: each file yields
   * articles and rejections. When no file is larger than a partition's share, each task reads a group
   * of whole files and nothing is shuffled (a year of daily files); otherwise (one outlet's file with
   * most of the articles, or fewer files than partitions) each file is read in a task of its own and
   * the records are dealt out round robin, so no task is left with most of the analysis.
   */
  static Dataset<RecordRow> readArchives(SparkSession spark, List<InputFile> files, IngestOptions options,
                                         int partitions) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableWritable<Configuration>> conf =
        jsc.broadcast(new SerializableWritable<>(spark.sparkContext().hadoopConfiguration()));
    List<List<InputFile>> balanced = groupsOfEqualSize(files, partitions);
    List<List<InputFile>> groups = balanced != null ? balanced : files.stream().map(List::of).toList();
    JavaRDD<RecordRow> rows = jsc.parallelize(groups, Math.max(1, groups.size()))
        .flatMap(group -> readFiles(group, conf.value().value(), options));
    Dataset<RecordRow> records = spark.createDataset(rows.rdd(), Encoders.bean(RecordRow.class));
    return balanced != null ? records : records.repartition(partitions);
  }

  /**
   * The files in {@code partitions} groups of about equal bytes (the largest first, each to the
   * lightest group; each group in listing order), or null when a file is larger than a group's
   * share and whole files cannot balance the work.
   */
  static List<List<InputFile>> groupsOfEqualSize(List<InputFile> files, int partitions) {
    long total = files.stream().mapToLong(InputFile::size).sum();
    if (files.size() < partitions || files.stream().anyMatch(f -> f.size() * partitions > total)) {
      return null;
    }
    List<Integer> bySize = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      bySize.add(i);
    }
    bySize.sort(java.util.Comparator.comparingLong((Integer i) -> files.get(i).size()).reversed()
        .thenComparing(i -> i));
    long[] bytes = new long[partitions];
    List<TreeSet<Integer>> members = new ArrayList<>();
    for (int g = 0; g < partitions; g++) {
      members.add(new TreeSet<>());
    }
    for (int i : bySize) {
      int lightest = 0;
      for (int g = 1; g < partitions; g++) {
        if (bytes[g] < bytes[lightest]) {
          lightest = g;
        }
      }
      bytes[lightest] += files.get(i).size();
      members.get(lightest).add(i);
    }
    List<List<InputFile>> groups = new ArrayList<>();
    for (TreeSet<Integer> m : members) {
      groups.add(m.stream().map(files::get).toList());
    }
    return groups;
  }

  /** The records of the files one after another, each file opened when the one before is done. */
  private static Iterator<RecordRow> readFiles(List<InputFile> files, Configuration conf, IngestOptions options) {
    Iterator<InputFile> next = files.iterator();
    return new Iterator<>() {
      private Iterator<RecordRow> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next.hasNext()) {
          current = readFile(next.next(), conf, options);
        }
        return current.hasNext();
      }

      @Override
      public RecordRow next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static Iterator<RecordRow> readFile(InputFile f, Configuration conf, IngestOptions options) {
    return new MappedIterator<>(ArchiveFiles.results(f.path(), ArchiveFormat.named(f.format()), f.mapping(), conf,
        options), r -> {
      RecordRow row = r instanceof IngestResult.Accepted a ? Rows.of(a.article())
          : Rows.of(((IngestResult.Rejected) r).rejection());
      row.setInputFile(f.path());
      return row;
    });
  }

  /**
   * Analyses every article with one analyzer per partition, built from the broadcast resources.
   * When the analyzer fails on an article, the task fails and Spark runs it again, as for any task
   * failure (the cause may pass: memory, a lost executor); on the task's last allowed attempt the
   * article is rejected with the error instead, so a deterministic bug never stops the run.
   */
  static Dataset<RecordRow> analyze(SparkSession spark, Dataset<RecordRow> records, AnalysisResources resources) {
    Broadcast<AnalysisResources> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(resources);
    int attempts = taskAttempts(spark);
    Set<String> faults = Set.copyOf(Arrays.asList(spark.conf().get(FAULT_KEY, "").split(",")));
    return records.mapPartitions(
        (org.apache.spark.api.java.function.MapPartitionsFunction<RecordRow, RecordRow>) rows -> {
          // Built on the first article, so partitions of rejections alone never load the lexicons.
          ArticleAnalyzer[] analyzer = new ArticleAnalyzer[1];
          int attempt = org.apache.spark.TaskContext.get() == null ? 0 : org.apache.spark.TaskContext.get().attemptNumber();
          boolean lastAttempt = attempt + 1 >= attempts;
          return new MappedIterator<>(rows, r -> {
            if (r.getRejected() != null) {
              return r;
            }
            r.setFingerprint(Arrays.stream(TextFingerprint.bandKeys(r.getText())).boxed().toList());
            if (r.getSetAside() != null) {
              return r;
            }
            if (analyzer[0] == null) {
              analyzer[0] = shared.value().newAnalyzer();
            }
            try {
              if (attempt == 0 && faults.contains(r.getArticleId())) {
                throw new IllegalStateException("injected fault on the first attempt (" + FAULT_KEY + ")");
              }
              return Rows.withAnalysis(r, analyzer[0].analyze(Rows.article(r)));
            } catch (RuntimeException e) {
              if (!lastAttempt) {
                throw new IllegalStateException("the analysis failed on article " + r.getArticleId()
                    + " (attempt " + (attempt + 1) + " of " + attempts + "); the task will run again", e);
              }
              RecordRow failed = Rows.of(Rejection.analysisFailed(r.getArticleId(), null, e, r.getText()));
              failed.setInputFile(r.getInputFile());
              return failed;
            }
          });
        }, Encoders.bean(RecordRow.class));
  }

  /** The description of the Spark job that reads and analyses a chunk's articles. */
  static final String ANALYSIS_JOB = "pressbrief: read and analyse articles";

  /**
   * A Spark setting for tests of retries: the analysis of these articles (ids, comma-separated)
   * fails on a task's first attempt.
   */
  static final String FAULT_KEY = "spark.pressbrief.faults.failFirstAttemptOn";

  private static final java.util.regex.Pattern LOCAL_WITH_FAILURES =
      java.util.regex.Pattern.compile("local\\[[^,\\]]+,\\s*(\\d+)\\]");

  /** How many times Spark runs a failing task: "local[2,3]" says 3, other local masters 1, clusters spark.task.maxFailures. */
  static int taskAttempts(SparkSession spark) {
    String master = spark.sparkContext().master();
    java.util.regex.Matcher m = LOCAL_WITH_FAILURES.matcher(master);
    if (m.matches()) {
      return Integer.parseInt(m.group(1));
    }
    if (master.startsWith("local")) {
      return 1;
    }
    return Integer.parseInt(spark.conf().get("spark.task.maxFailures", "4"));
  }

  /**
   * The job's partitions for analysis, or else twice the cores, and more for a large chunk, in a
   * multiple of the cores: one of about {@link #PARTITION_BYTES} each, so a partition's analysed
   * records fit the cache beside the others (a year in four partitions left one too large to keep,
   * and each table written from it read it from disk and tried to cache it again).
   */
  private static int partitions(SparkSession spark, JobSpec spec, List<InputFile> chunk) {
    return partitions(spec.spark().partitions(), spark.sparkContext().defaultParallelism(),
        chunk.stream().mapToLong(InputFile::size).sum());
  }

  static int partitions(int configured, int cores, long bytes) {
    if (configured > 0) {
      return configured;
    }
    long bySize = (bytes + PARTITION_BYTES - 1) / PARTITION_BYTES;
    long n = Math.max(Math.max(2, 2L * cores), bySize);
    // A whole number of rounds: 5 equal tasks on 2 cores took 3 rounds, the last on one core alone.
    long perRound = Math.max(1, cores);
    return (int) Math.min(Integer.MAX_VALUE, (n + perRound - 1) / perRound * perRound);
  }

  /** Archive bytes an analysis partition takes at most when the job does not set its partitions. */
  static final long PARTITION_BYTES = 64L * 1024 * 1024;

  /**
   * Per actor and day: statements and their mean tone, mentions and the mean tone toward the actor,
   * and actual events where the actor is agent or target (escalation and de-escalation apart), each
   * event counted once however many reports of it there are. Copies of an article count once: the
   * figures leave them out, and {@code statements_raw} counts the statements with them.
   */
  static Dataset<Row> aggregateByActorAndDay(Dataset<Row> statements, Dataset<Row> mentions, Dataset<Row> escalations) {
    Column original = col("duplicate_of").isNull();
    Dataset<Row> said = statements.filter(col("actor_id").isNotNull())
        .groupBy("actor_id", "date")
        .agg(min("actor_name").as("name_s"), count(when(original, lit(1))).as("statements"),
            exactMean(when(original, col("sentiment"))).as("statement_tone"), count(lit(1)).as("statements_raw"));
    Dataset<Row> named = mentions.filter(original).groupBy("actor_id", "date")
        .agg(min("actor_name").as("name_m"), count(lit(1)).as("mentions"), exactMean("sentiment").as("tone_toward"));
    Column escalation = col("type").isin(EventTypes.ESCALATION.toArray());
    Dataset<Row> actual = escalations.filter(col("status").equalTo("actual").and(original));
    Dataset<Row> asAgent = actual.filter(col("agent_actor_id").isNotNull())
        .groupBy(col("agent_actor_id").as("actor_id"), col("date"))
        .agg(countDistinct(when(escalation, Tables.eventKey())).as("escalations_as_agent"),
            countDistinct(when(not(escalation), Tables.eventKey())).as("deescalations_as_agent"));
    Dataset<Row> asTarget = actual.filter(col("target_actor_id").isNotNull())
        .groupBy(col("target_actor_id").as("actor_id"), col("date"))
        .agg(countDistinct(when(escalation, Tables.eventKey())).as("escalations_as_target"),
            countDistinct(when(not(escalation), Tables.eventKey())).as("deescalations_as_target"));
    scala.collection.immutable.Seq<String> on = Tables.joinColumns("actor_id", "date");
    Dataset<Row> joined = said.join(named, on, "full_outer").join(asAgent, on, "full_outer")
        .join(asTarget, on, "full_outer");
    return joined.select(col("actor_id"), coalesce(col("name_s"), col("name_m"), col("actor_id")).as("actor_name"),
        coalesce(col("statements"), lit(0L)).as("statements"), col("statement_tone"),
        coalesce(col("statements_raw"), lit(0L)).as("statements_raw"),
        coalesce(col("mentions"), lit(0L)).as("mentions"), col("tone_toward"),
        coalesce(col("escalations_as_agent"), lit(0L)).as("escalations_as_agent"),
        coalesce(col("deescalations_as_agent"), lit(0L)).as("deescalations_as_agent"),
        coalesce(col("escalations_as_target"), lit(0L)).as("escalations_as_target"),
        coalesce(col("deescalations_as_target"), lit(0L)).as("deescalations_as_target"),
        col("date"));
  }

  /**
   * The mean of a column, the same however the rows are spread over partitions: the values are summed
   * as integers of 10⁻⁹, where floating-point sums depend on their order in the last digits.
   */
  static Column exactMean(String column) {
    return exactMean(col(column));
  }

  static Column exactMean(Column values) {
    return exactSum(values).divide(count(values));
  }

  /** The sum of a column in integers of 10⁻⁹, so that it does not depend on the order of the rows. */
  static Column exactSum(String column) {
    return exactSum(col(column));
  }

  static Column exactSum(Column values) {
    return sum(round(values.multiply(FIXED_POINT)).cast("long")).divide(FIXED_POINT);
  }

  private static final double FIXED_POINT = 1e9;

  /**
   * Per actor pair and day: distinct actual events, the reports behind them, and the escalation index
   * (the sum of the negated Goldstein weights, each event weighted once by its most specific report).
   * The pair is a dyad of countries as event data codes it: a city, leader or armed force counts for
   * its country where the dictionary gives one. A syndicated copy is not another report:
   * {@code reports} leaves copies out, {@code reports_raw} keeps them.
   */
  static Dataset<Row> aggregateByActorPairAndDay(Dataset<Row> escalations) {
    Column escalation = col("type").isin(EventTypes.ESCALATION.toArray());
    Column original = col("duplicate_of").isNull();
    Dataset<Row> events = escalations.filter(col("status").equalTo("actual"))
        .withColumn("event_key", Tables.eventKey())
        .groupBy(col("agent_country_id"), col("target_country_id"), col("date"), col("event_key"))
        .agg(count(when(original, lit(1))).as("reports"), count(lit(1)).as("reports_raw"),
            max(col("weight").multiply(-1)).as("intensity"),
            max(when(escalation, lit(1)).otherwise(lit(0))).as("is_escalation"));
    return events.groupBy("agent_country_id", "target_country_id", "date")
        .agg(count(lit(1)).as("events"), sum("is_escalation").cast("long").as("escalations"),
            sum("reports").as("reports"), sum("reports_raw").as("reports_raw"),
            exactSum("intensity").as("escalation_index"))
        .select("agent_country_id", "target_country_id", "events", "escalations", "reports", "reports_raw",
            "escalation_index", "date");
  }

  /**
   * Builds each briefing's model from the published tables and writes it into reports/NAME/DATE/.
   * Files are written in a staging folder first and each moved into place in one step, so a reader
   * never finds a half-written briefing, and a killed run leaves the previous files whole.
   */
  static List<RunSummary.BriefingFiles> renderBriefings(SparkSession spark, JobSpec spec, RunDates dates,
                                                        String runId, Consumer<String> progress) throws IOException {
    BriefingRenderer renderer = new BriefingRenderer(spec.templates() == null ? null : Path.of(spec.templates()));
    long rejected = Tables.read(spark, spec.output().tables(), Tables.REJECTED).count();
    Path dir = Path.of(spec.output().reports(), dates.end().toString());
    Path staging = Path.of(spec.output().reports(), ".staging-" + runId);
    List<RunSummary.BriefingFiles> written = new ArrayList<>();
    try {
      for (JobSpec.Briefing b : spec.briefings()) {
        BriefingRequest request = new BriefingRequest(dates.periodOf(b), dates.comparisonOf(b), dates.windowOf(b),
            b.actor());
        BriefingData data = BriefingQueries.collect(spark, spec.output().tables(), request, rejected);
        BriefingModel model = new BriefingModelBuilder(b).build(data, request);
        renderer.write(model, b.template(), staging, b.name());
        List<Path> csv = BriefingCsv.write(model, data, staging, b.name());
        Files.createDirectories(dir);
        List<String> csvPaths = new ArrayList<>();
        for (Path f : csv) {
          csvPaths.add(publish(f, dir).toString());
        }
        Path html = publish(staging.resolve(b.name() + ".html"), dir);
        Path pdf = publish(staging.resolve(b.name() + ".pdf"), dir);
        progress.accept("brief: " + pdf);
        written.add(new RunSummary.BriefingFiles(b.name(), pdf.toString(), html.toString(), csvPaths));
      }
    } finally {
      deleteTree(staging);
    }
    return written;
  }

  private static Path publish(Path file, Path dir) throws IOException {
    return Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes the staging folders of briefing runs that were killed before they finished. */
  static void removeStagedBriefings(JobSpec spec) throws IOException {
    Path reports = Path.of(spec.output().reports());
    if (!Files.isDirectory(reports)) {
      return;
    }
    try (var entries = Files.list(reports)) {
      for (Path p : entries.filter(e -> e.getFileName().toString().startsWith(".staging-")).toList()) {
        deleteTree(p);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
