package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {
  @Test
  void aDateBoundedReadOpensOnlyTheWantedPartitionsAndRowsWithoutADate(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType().add("article_id", DataTypes.StringType).add("date", DataTypes.DateType);
    Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create("a", Date.valueOf("2025-12-05")),
        RowFactory.create("b", Date.valueOf("2025-12-06")), RowFactory.create("c", Date.valueOf("2025-12-07")),
        RowFactory.create("d", null)), schema);
    Tables.writeByDate(rows, dir.toString(), "articles");
    String table = dir.resolve("articles").toString();

    Dataset<Row> read = Tables.readDir(spark, table, d -> !d.isBefore(LocalDate.of(2025, 12, 6)));
    assertEquals(List.of("b", "c", "d"), ids(read), "from the 6th, and the rows no date filter can place");
    assertEquals(3, read.inputFiles().length, "the 5th's files are not even listed to Spark");
    assertEquals(List.of(), ids(Tables.readDir(spark, table, d -> d.getYear() == 1999).filter("date is not null")));

    Files.createDirectories(dir.resolve("empty"));
    Tables.writeByDate(rows.limit(0), dir.toString(), "empty");
    assertEquals(List.of(), ids(Tables.readDir(spark, dir.resolve("empty").toString(), d -> true)),
        "a table without rows reads as empty, with its columns");
  }

  private static List<String> ids(Dataset<Row> rows) {
    return rows.orderBy("article_id").collectAsList().stream().map(r -> r.<String>getAs("article_id")).toList();
  }
}
