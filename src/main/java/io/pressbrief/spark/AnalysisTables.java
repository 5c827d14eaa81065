package io.pressbrief.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.pressbrief.spark.tables.RecordRow;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The per-article tables derived from the analysed records, with stored column names and order.
 *
 * @param articles    one row per analysed article
 * @param statements  one row per statement
 * @param escalations one row per escalation event
 * @param mentions    one row per actor mention
 * @param rejected    one row per rejected record
 */
record AnalysisTables(Dataset<Row> articles, Dataset<Row> statements, Dataset<Row> escalations,
                      Dataset<Row> mentions, Dataset<Row> rejected) {

  static AnalysisTables of(Dataset<RecordRow> analyzed) {
    Dataset<RecordRow> ok = analyzed.filter(col("rejected").isNull());
    return new AnalysisTables(
        Tables.snakeCase(ok.select("articleId", "date", "published", "source", "title", "url", "tone", "text",
            "setAside", "duplicateOf", "inputFile"), Tables.ARTICLE_COLUMNS),
        Tables.snakeCase(ok.select(col("inputFile"), explode(col("statements")).as("s")).select("s.*", "inputFile"),
            Tables.STATEMENT_COLUMNS),
        Tables.snakeCase(ok.select(col("inputFile"), explode(col("escalations")).as("e")).select("e.*", "inputFile"),
            Tables.ESCALATION_COLUMNS),
        Tables.snakeCase(ok.select(col("inputFile"), explode(col("mentions")).as("m")).select("m.*", "inputFile"),
            Tables.MENTION_COLUMNS),
        Tables.snakeCase(analyzed.filter(col("rejected").isNotNull()).select("rejected.*", "inputFile"),
            Tables.REJECTED_COLUMNS));
  }

}
