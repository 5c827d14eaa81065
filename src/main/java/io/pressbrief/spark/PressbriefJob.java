package io.pressbrief.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.pressbrief.analysis.AnalysisResources;
import io.pressbrief.analysis.ArticleAnalyzer;
import io.pressbrief.analysis.actors.Actor;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.escalation.EventTypes;
import io.pressbrief.ingest.ArchiveFiles;
import io.pressbrief.ingest.ArchiveFormat;
import io.pressbrief.ingest.IngestOptions;
import io.pressbrief.ingest.IngestResult;
import io.pressbrief.ingest.Rejection;
import io.pressbrief.job.JobSpec;
import io.pressbrief.job.RunDates;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Runs the whole job: every archive is analysed, the tables stored, and the job's briefings written. */
  public static RunSummary run(SparkSession spark, JobSpec spec, RunDates dates, Consumer<String> progress)
      throws IOException {
    Map<String, Long> stageMillis = new LinkedHashMap<>();
    long t0 = System.currentTimeMillis();
    configure(spark);
    AnalysisResources resources = loadResources(spark, spec);
    checkProfiles(spec, resources);
    IngestOptions options = new IngestOptions(spec.ingest().maxTextChars(), LocalDate.now(ZoneOffset.UTC));

    List<InputFile> files = listArchives(spark, spec);
    progress.accept(String.format("ingest: %d archive file(s)", files.size()));
    Dataset<RecordRow> records = readArchives(spark, files, options);
    Dataset<RecordRow> analyzed = analyze(spark, records, resources, partitions(spark, spec))
        .persist(StorageLevel.MEMORY_AND_DISK());
    AnalysisTables tables = AnalysisTables.of(analyzed);
    long rejected = tables.rejected().count();
    long articles = tables.articles().count();
    stageMillis.put("ingest+analyze", System.currentTimeMillis() - t0);
    progress.accept(String.format("analyze: %d article(s) analysed, %d record(s) rejected", articles, rejected));

    long t1 = System.currentTimeMillis();
    String root = spec.output().tables();
    tables.store(root);
    Dataset<Row> escalationsStored = Tables.read(spark, root, Tables.ESCALATIONS);
    Tables.writeByDate(aggregateByActorAndDay(Tables.read(spark, root, Tables.STATEMENTS),
        Tables.read(spark, root, Tables.MENTIONS), escalationsStored), root, Tables.ACTOR_DAY);
    Tables.writeByDate(aggregateByActorPairAndDay(escalationsStored), root, Tables.PAIR_DAY);
    long statements = Tables.read(spark, root, Tables.STATEMENTS).count();
    long escalations = escalationsStored.count();
    long mentions = Tables.read(spark, root, Tables.MENTIONS).count();
    analyzed.unpersist();
    stageMillis.put("store+aggregate", System.currentTimeMillis() - t1);
    progress.accept(String.format("store: %d statement(s), %d escalation(s), %d mention(s) -> %s",
        statements, escalations, mentions, root));

    long t2 = System.currentTimeMillis();
    List<RunSummary.BriefingFiles> briefings = renderBriefings(spark, spec, dates, rejected, progress);
    stageMillis.put("brief", System.currentTimeMillis() - t2);
    return new RunSummary(articles + rejected, articles, rejected, statements, escalations, mentions, root,
        briefings, stageMillis);
  }

  /**
   * Writes the job's briefings from tables an earlier run stored, without analysing anything: the
   * {@code report} command. The rejected count is the stored rejected table's.
   */
  public static List<RunSummary.BriefingFiles> report(SparkSession spark, JobSpec spec, RunDates dates,
                                                      Consumer<String> progress) throws IOException {
    checkProfiles(spec, loadResources(spark, spec));
    long rejected = Tables.read(spark, spec.output().tables(), Tables.REJECTED).count();
    return renderBriefings(spark, spec, dates, rejected, progress);
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
    return AnalysisResources.withUserActors(userActors);
  }

  /** Settings the job relies on, whatever the session was built with. */
  static void configure(SparkSession spark) {
    // Every run reads its whole archive, so it replaces whole tables: a date that no longer has rows
    // (the analysis changed, a file was removed) must not keep the rows of an earlier run.
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "static");
  }

  /** One archive file to read and its format. */
  record InputFile(String path, String format) implements Serializable {}

  static List<InputFile> listArchives(SparkSession spark, JobSpec spec) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = new ArrayList<>();
    for (JobSpec.Archive a : spec.archives()) {
      for (ArchiveFiles.ArchiveFile f : ArchiveFiles.list(List.of(a.path()), conf)) {
        files.add(new InputFile(f.path(), a.format()));
      }
    }
    return files;
  }

  /** Reads every archive file in its own task: each file yields articles and rejections. */
  static Dataset<RecordRow> readArchives(SparkSession spark, List<InputFile> files, IngestOptions options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableWritable<Configuration>> conf =
        jsc.broadcast(new SerializableWritable<>(spark.sparkContext().hadoopConfiguration()));
    JavaRDD<RecordRow> rows = jsc.parallelize(files, Math.max(1, files.size()))
        .flatMap(f -> readFile(f, conf.value().value(), options));
    return spark.createDataset(rows.rdd(), Encoders.bean(RecordRow.class));
  }

  private static Iterator<RecordRow> readFile(InputFile f, Configuration conf, IngestOptions options) {
    return new MappedIterator<>(ArchiveFiles.results(f.path(), ArchiveFormat.named(f.format()), conf, options),
        r -> r instanceof IngestResult.Accepted a ? Rows.of(a.article())
            : Rows.of(((IngestResult.Rejected) r).rejection()));
  }

  /**
   * Analyses every article with one analyzer per partition, built from the broadcast resources.
   * An article the analyzer fails on is rejected with the error, not lost and not fatal.
   */
  static Dataset<RecordRow> analyze(SparkSession spark, Dataset<RecordRow> records, AnalysisResources resources,
                                    int partitions) {
    Broadcast<AnalysisResources> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(resources);
    return records.repartition(partitions).mapPartitions(
        (org.apache.spark.api.java.function.MapPartitionsFunction<RecordRow, RecordRow>) rows -> {
          // Built on the first article, so partitions of rejections alone never load the lexicons.
          ArticleAnalyzer[] analyzer = new ArticleAnalyzer[1];
          return new MappedIterator<>(rows, r -> {
            if (r.getRejected() != null) {
              return r;
            }
            if (analyzer[0] == null) {
              analyzer[0] = shared.value().newAnalyzer();
            }
            try {
              return Rows.withAnalysis(r, analyzer[0].analyze(Rows.article(r)));
            } catch (RuntimeException e) {
              return Rows.of(Rejection.analysisFailed(r.getArticleId(), null, e, r.getText()));
            }
          });
        }, Encoders.bean(RecordRow.class));
  }

  private static int partitions(SparkSession spark, JobSpec spec) {
    return spec.spark().partitions() > 0 ? spec.spark().partitions()
        : Math.max(2, 2 * spark.sparkContext().defaultParallelism());
  }

  /**
   * Per actor and day: statements and their mean tone, mentions and the mean tone toward the actor,
   * and actual events where the actor is agent or target (escalation and de-escalation apart), each
   * event counted once however many reports of it there are.
   */
  static Dataset<Row> aggregateByActorAndDay(Dataset<Row> statements, Dataset<Row> mentions, Dataset<Row> escalations) {
    Dataset<Row> said = statements.filter(col("actor_id").isNotNull())
        .groupBy("actor_id", "date")
        .agg(first("actor_name").as("name_s"), count(lit(1)).as("statements"), avg("sentiment").as("statement_tone"));
    Dataset<Row> named = mentions.groupBy("actor_id", "date")
        .agg(first("actor_name").as("name_m"), count(lit(1)).as("mentions"), avg("sentiment").as("tone_toward"));
    Column escalation = col("type").isin(EventTypes.ESCALATION.toArray());
    Dataset<Row> actual = escalations.filter(col("status").equalTo("actual"));
    Dataset<Row> asAgent = actual.filter(col("agent_actor_id").isNotNull())
        .groupBy(col("agent_actor_id").as("actor_id"), col("date"))
        .agg(countDistinct(when(escalation, Tables.eventKey())).as("escalations_as_agent"),
            countDistinct(when(not(escalation), Tables.eventKey())).as("deescalations_as_agent"));
    Dataset<Row> asTarget = actual.filter(col("target_actor_id").isNotNull())
        .groupBy(col("target_actor_id").as("actor_id"), col("date"))
        .agg(countDistinct(when(escalation, Tables.eventKey())).as("escalations_as_target"),
            countDistinct(when(not(escalation), Tables.eventKey())).as("deescalations_as_target"));
    List<String> keys = List.of("actor_id", "date");
    scala.collection.immutable.Seq<String> on = scala.jdk.javaapi.CollectionConverters.asScala(keys).toSeq();
    Dataset<Row> joined = said.join(named, on, "full_outer").join(asAgent, on, "full_outer")
        .join(asTarget, on, "full_outer");
    return joined.select(col("actor_id"), coalesce(col("name_s"), col("name_m"), col("actor_id")).as("actor_name"),
        coalesce(col("statements"), lit(0L)).as("statements"), col("statement_tone"),
        coalesce(col("mentions"), lit(0L)).as("mentions"), col("tone_toward"),
        coalesce(col("escalations_as_agent"), lit(0L)).as("escalations_as_agent"),
        coalesce(col("deescalations_as_agent"), lit(0L)).as("deescalations_as_agent"),
        coalesce(col("escalations_as_target"), lit(0L)).as("escalations_as_target"),
        coalesce(col("deescalations_as_target"), lit(0L)).as("deescalations_as_target"),
        col("date"));
  }

  /**
   * Per actor pair and day: distinct actual events, the reports behind them, and the escalation index
   * (the sum of the negated Goldstein weights, each event weighted once by its most specific report).
   */
  static Dataset<Row> aggregateByActorPairAndDay(Dataset<Row> escalations) {
    Column escalation = col("type").isin(EventTypes.ESCALATION.toArray());
    Dataset<Row> events = escalations.filter(col("status").equalTo("actual"))
        .withColumn("event_key", Tables.eventKey())
        .groupBy(col("agent_actor_id"), col("target_actor_id"), col("date"), col("event_key"))
        .agg(count(lit(1)).as("reports"), max(col("weight").multiply(-1)).as("intensity"),
            max(when(escalation, lit(1)).otherwise(lit(0))).as("is_escalation"));
    return events.groupBy("agent_actor_id", "target_actor_id", "date")
        .agg(count(lit(1)).as("events"), sum("is_escalation").cast("long").as("escalations"),
            sum("reports").as("reports"), sum("intensity").as("escalation_index"))
        .select("agent_actor_id", "target_actor_id", "events", "escalations", "reports", "escalation_index", "date");
  }

  /** Builds each briefing's model from the stored tables and writes it into reports/NAME/DATE/. */
  static List<RunSummary.BriefingFiles> renderBriefings(SparkSession spark, JobSpec spec, RunDates dates,
                                                        long rejected, Consumer<String> progress) throws IOException {
    BriefingRenderer renderer = new BriefingRenderer(spec.templates() == null ? null : Path.of(spec.templates()));
    Path dir = Path.of(spec.output().reports(), dates.end().toString());
    List<RunSummary.BriefingFiles> written = new ArrayList<>();
    for (JobSpec.Briefing b : spec.briefings()) {
      BriefingRequest request = new BriefingRequest(dates.periodOf(b), dates.comparisonOf(b), dates.windowOf(b),
          b.actor());
      BriefingData data = BriefingQueries.collect(spark, spec.output().tables(), request, rejected);
      BriefingModel model = new BriefingModelBuilder(b).build(data, request);
      Path pdf = renderer.write(model, b.template(), dir, b.name());
      List<String> csv = BriefingCsv.write(model, data, dir, b.name()).stream().map(Path::toString).toList();
      progress.accept("brief: " + pdf);
      written.add(new RunSummary.BriefingFiles(b.name(), pdf.toString(), dir.resolve(b.name() + ".html").toString(),
          csv));
    }
    return written;
  }
}
