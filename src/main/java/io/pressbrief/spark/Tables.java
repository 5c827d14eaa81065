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

  /** The columns that order a table's rows within a date, where the table has them. */
  private static final List<String> SORT_COLUMNS = List.of("article_id", "actor_id", "agent_actor_id",
      "target_actor_id", "start");
  static final List<String> ARTICLE_COLUMNS = List.of("article_id", "date", "published", "source", "title", "url",
      "tone", "text");
  static final List<String> STATEMENT_COLUMNS = List.of("article_id", "date", "date_precision", "start", "end", "text",
      "kind", "speaker", "speaker_start", "speaker_end", "actor_id", "actor_name", "cue", "cue_start", "cue_end",
      "sentiment");
  static final List<String> ESCALATION_COLUMNS = List.of("article_id", "date", "date_precision", "type", "mode",
      "trigger", "start", "end", "agent", "agent_actor_id", "target", "target_actor_id", "quantities", "status", "weight");
  static final List<String> MENTION_COLUMNS = List.of("article_id", "date", "actor_id", "actor_name", "start", "end",
      "sentiment");
  static final List<String> REJECTED_COLUMNS = List.of("source", "position", "reason", "excerpt");

  private Tables() {}

  /** The columns of a bean-encoded frame renamed to snake_case ("articleId" to "article_id"), in the given order. */
  static Dataset<Row> snakeCase(Dataset<Row> beans, List<String> order) {
    String[] renamed = Arrays.stream(beans.columns()).map(Tables::snake).toArray(String[]::new);
    Dataset<Row> df = beans.toDF(renamed);
    return df.select(order.stream().map(c -> col("`" + c + "`")).toArray(Column[]::new));
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
  }

  /** Writes a small table as one file, replacing what was there. */
  static void writeWhole(Dataset<Row> table, String root, String name) {
    table.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path(root, name));
  }

  /**
   * What identifies one event, however many sentences and articles report it: type, day, agent and
   * target. A mention with neither agent nor target has nothing to tie it to others and stands alone.
   */
  static Column eventKey() {
    Column day = col("date").cast("string");
    return when(col("agent_actor_id").isNull().and(col("target_actor_id").isNull()),
        concat_ws("|", col("type"), day, col("article_id"), col("start").cast("string")))
        .otherwise(concat_ws("|", col("type"), day, coalesce(col("agent_actor_id"), lit("?")),
            coalesce(col("target_actor_id"), lit("?"))));
  }

  public static Dataset<Row> read(SparkSession spark, String root, String name) {
    return spark.read().parquet(path(root, name));
  }

  static String path(String root, String name) {
    return root.endsWith("/") ? root + name : root + "/" + name;
  }
}
