package io.pressbrief.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.pressbrief.spark.tables.RecordRow;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The per-article tables derived from the analysed records, with stored column names and order.
 * Every row carries {@code duplicate_of}: null, or the canonical article its article copies, so
 * counts can leave copies out and raw counts can keep them.
 *
 * @param articles    one row per article read (set-aside ones included)
 * @param statements  one row per statement
 * @param escalations one row per escalation event
 * @param mentions    one row per actor mention
 * @param rejected    one row per rejected record
 */
record AnalysisTables(Dataset<Row> articles, Dataset<Row> statements, Dataset<Row> escalations,
                      Dataset<Row> mentions, Dataset<Row> rejected) {

  /** The tables without copies marked yet (their {@code duplicate_of} is filled by {@link #withCopies}). */
  static AnalysisTables of(Dataset<RecordRow> analyzed) {
    Dataset<RecordRow> ok = analyzed.filter(col("rejected").isNull());
    return new AnalysisTables(
        Tables.snakeCase(ok.select("articleId", "date", "published", "source", "title", "url", "tone", "text",
            "setAside", "fingerprint", "inputFile"), without(Tables.ARTICLE_COLUMNS)),
        Tables.snakeCase(ok.select(col("inputFile"), explode(col("statements")).as("s")).select("s.*", "inputFile"),
            without(Tables.STATEMENT_COLUMNS)),
        Tables.snakeCase(ok.select(col("inputFile"), explode(col("escalations")).as("e")).select("e.*", "inputFile"),
            without(Tables.ESCALATION_COLUMNS)),
        Tables.snakeCase(ok.select(col("inputFile"), explode(col("mentions")).as("m")).select("m.*", "inputFile"),
            without(Tables.MENTION_COLUMNS)),
        Tables.snakeCase(analyzed.filter(col("rejected").isNotNull()).select("rejected.*", "inputFile"),
            Tables.REJECTED_COLUMNS));
  }

  /**
   * The tables with each copy's canonical article in {@code duplicate_of}.
   *
   * @param copies (article_id, duplicate_of) for the articles that copy another; small, so broadcast
   */
  AnalysisTables withCopies(Dataset<Row> copies) {
    Dataset<Row> copyOf = broadcast(copies.withColumnRenamed("duplicate_of", "copy_of"));
    return new AnalysisTables(mark(articles, copyOf, Tables.ARTICLE_COLUMNS),
        mark(statements, copyOf, Tables.STATEMENT_COLUMNS),
        mark(escalations, copyOf, Tables.ESCALATION_COLUMNS), mark(mentions, copyOf, Tables.MENTION_COLUMNS), rejected);
  }

  private static Dataset<Row> mark(Dataset<Row> rows, Dataset<Row> copyOf, List<String> columns) {
    Dataset<Row> marked = rows.join(copyOf, Tables.joinColumns("article_id"), "left")
        .withColumnRenamed("copy_of", "duplicate_of");
    return Tables.inOrder(marked, columns);
  }

  private static List<String> without(List<String> columns) {
    return columns.stream().filter(c -> !c.equals("duplicate_of")).toList();
  }
}
