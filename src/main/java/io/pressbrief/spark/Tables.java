package io.pressbrief.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's stored tables: their names, column order, and how they are written (Parquet, by date)
 * and read back.
 */
public final class Tables {
  public static final String ARTICLES = "articles";
  public static final String STATEMENTS = "statements";
  public static final String ESCALATIONS = "escalations";
  public static final String MENTIONS = "mentions";
  public static final String REJECTED = "rejected";
  public static final String ACTOR_DAY = "actor_day";
  public static final String PAIR_DAY = "pair_day";

  static final String SCHEMA_FILE = "_schema.json";
  static final String DATE_PARTITION = "date=";
  /** The columns that order a table's rows within a date, where the table has them. */
  private static final List<String> SORT_COLUMNS = List.of("article_id", "actor_id", "agent_actor_id",
      "target_actor_id", "agent_country_id", "target_country_id", "start");
  static final List<String> ARTICLE_COLUMNS = List.of("article_id", "date", "published", "source", "title", "url",
      "tone", "text", "set_aside", "duplicate_of", "fingerprint", "input_file");
  static final List<String> STATEMENT_COLUMNS = List.of("article_id", "date", "date_precision", "start", "end", "text",
      "kind", "speaker", "speaker_start", "speaker_end", "actor_id", "actor_name", "cue", "cue_start", "cue_end",
      "sentiment", "duplicate_of", "input_file");
  static final List<String> ESCALATION_COLUMNS = List.of("article_id", "date", "date_precision", "type", "mode",
      "trigger", "start", "end", "agent", "agent_actor_id", "target", "target_actor_id", "quantities", "status", "weight",
      "modes", "targets", "target_actor_ids", "agent_country_id", "target_country_id", "duplicate_of", "input_file");
  static final List<String> MENTION_COLUMNS = List.of("article_id", "date", "actor_id", "actor_name", "start", "end",
      "sentiment", "duplicate_of", "input_file");
  static final List<String> REJECTED_COLUMNS = List.of("source", "position", "reason", "excerpt", "input_file");

  private Tables() {}

  /** The columns of a bean-encoded frame renamed to snake_case ("articleId" to "article_id"), in the given order. */
  static Dataset<Row> snakeCase(Dataset<Row> beans, List<String> order) {
    String[] renamed = Arrays.stream(beans.columns()).map(Tables::snake).toArray(String[]::new);
    return inOrder(beans.toDF(renamed), order);
  }

  /** The frame's columns, only those named and in the given order. */
  static Dataset<Row> inOrder(Dataset<Row> rows, List<String> order) {
    return rows.select(order.stream().map(c -> col("`" + c + "`")).toArray(Column[]::new));
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Writes a table partitioned by date, replacing what was there. Each date is written by one task, in a stable row order, so a year of days makes a file a day
   * rather than a file a day per task, and the same rows always land in the same order.
   */
  static void writeByDate(Dataset<Row> table, String root, String name) {
    List<String> order = Arrays.stream(table.columns())
        .filter(c -> SORT_COLUMNS.contains(c)).toList();
    table.repartition(col("date"))
        .sortWithinPartitions(order.stream().map(c -> col("`" + c + "`")).toArray(Column[]::new))
        .write().mode(SaveMode.Overwrite).partitionBy("date").parquet(path(root, name));
    writeSchema(table, path(root, name));
  }

  /** The columns two tables are joined on, as Spark's join takes them. */
  static scala.collection.immutable.Seq<String> joinColumns(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toSeq();
  }

  /** Writes a small table as one file, replacing what was there. */
  static void writeWhole(Dataset<Row> table, String root, String name) {
    table.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path(root, name));
    writeSchema(table, path(root, name));
  }

  /**
   * Keeps the table's schema beside its files ({@code _schema.json}, which Parquet readers skip): a
   * table without rows has no Parquet file to read its schema from, yet must still be readable.
   */
  private static void writeSchema(Dataset<Row> table, String dir) {
    List<StructField> fields = new java.util.ArrayList<>();
    StructField date = null;
    for (StructField f : table.schema().fields()) {
      if (f.name().equals("date") && Arrays.asList(table.columns()).contains("date")) {
        date = f;
      } else {
        fields.add(f);
      }
    }
    if (date != null) {
      fields.add(date); // a partition column comes last when Spark reads the folder back
    }
    try {
      new TableStore(dir, table.sparkSession().sparkContext().hadoopConfiguration())
          .writeText(dir + "/" + SCHEMA_FILE, new StructType(fields.toArray(StructField[]::new)).json());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write the schema of " + dir, e);
    }
  }

  /** A stored table, read with its schema, so that a table without rows reads as empty. */
  static Dataset<Row> readDir(SparkSession spark, String dir) {
    try {
      StructType schema = storedSchema(spark, dir);
      return schema == null ? spark.read().parquet(dir) : spark.read().schema(schema).parquet(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the table in " + dir, e);
    }
  }

  /** The schema written beside a stored table, or null for a table stored without one. */
  private static StructType storedSchema(SparkSession spark, String dir) throws java.io.IOException {
    String json = new TableStore(dir, spark.sparkContext().hadoopConfiguration()).readText(dir + "/" + SCHEMA_FILE);
    return json == null ? null : (StructType) DataType.fromJson(json);
  }

  /**
   * What identifies one event, however many sentences and articles report it: type, day, and the
   * countries of agent and target ("Russia struck Kyiv" and "Russian forces hit Ukraine" overnight
   * are one attack). A mention with neither agent nor target has nothing to tie it to others and
   * stands alone.
   */
  static Column eventKey() {
    Column day = col("date").cast("string");
    return when(col("agent_country_id").isNull().and(col("target_country_id").isNull()),
        concat_ws("|", col("type"), day, col("article_id"), col("start").cast("string")))
        .otherwise(concat_ws("|", col("type"), day, coalesce(col("agent_country_id"), lit("?")),
            coalesce(col("target_country_id"), lit("?"))));
  }

  /** A table of the snapshot published under {@code root}. */
  public static Dataset<Row> read(SparkSession spark, String root, String name) {
    try {
      return readDir(spark, TableStore.publishedTable(root, name, spark.sparkContext().hadoopConfiguration()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The rows of a published table dated within {@code dates}, reading only those date partitions: a
   * briefing needs weeks of a table that may hold years, and listing every partition of every table
   * cost more than its queries.
   */
  public static Dataset<Row> read(SparkSession spark, String root, String name, io.pressbrief.job.Period dates) {
    try {
      return readDir(spark, TableStore.publishedTable(root, name, spark.sparkContext().hadoopConfiguration()),
          dates::contains);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The rows of the table stored in {@code dir} whose date partition passes {@code dates} (and any rows
   * without a date, so callers still filter rows by date), found with one listing of the folder. Spark itself would list every partition (with a job of its own past 32 of
   * them) before pruning, which in a nightly run over a year of partitions cost more than the new day.
   */
  static Dataset<Row> readDir(SparkSession spark, String dir, java.util.function.Predicate<java.time.LocalDate> dates) {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      StructType schema = storedSchema(spark, dir);
      if (schema == null) {
        return readDir(spark, dir); // an older table without its schema: whole, so callers filter its rows too
      }
      org.apache.hadoop.fs.Path table = new org.apache.hadoop.fs.Path(dir);
      org.apache.hadoop.fs.FileSystem fs = table.getFileSystem(conf);
      List<String> partitions = new java.util.ArrayList<>();
      if (fs.exists(table)) {
        for (org.apache.hadoop.fs.FileStatus p : fs.listStatus(table)) {
          String folder = p.getPath().getName();
          if (p.isDirectory() && folder.startsWith(DATE_PARTITION) && wanted(folder, dates)) {
            partitions.add(p.getPath().toString());
          }
        }
      }
      if (partitions.isEmpty()) {
        return spark.createDataFrame(List.<Row>of(), schema);
      }
      java.util.Collections.sort(partitions);
      return spark.read().schema(schema).option("basePath", dir).parquet(partitions.toArray(String[]::new));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the table in " + dir, e);
    }
  }

  /** Whether a partition folder holds wanted dates; Spark's folder for rows without a date is always read. */
  private static boolean wanted(String folder, java.util.function.Predicate<java.time.LocalDate> dates) {
    try {
      return dates.test(java.time.LocalDate.parse(folder.substring(DATE_PARTITION.length())));
    } catch (java.time.format.DateTimeParseException e) {
      return true;
    }
  }

  static String path(String root, String name) {
    return root.endsWith("/") ? root + name : root + "/" + name;
  }
}
