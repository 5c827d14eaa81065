package io.pressbrief.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.posexplode;

import io.pressbrief.ingest.TextFingerprint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Groups copies of one story (exact and syndicated near-copies) among the articles a run reads and
 * the published articles of the days around them. Each group keeps one canonical article; the others
 * get {@code duplicate_of}. A published article keeps its status, so earlier tables never change:
 * a new copy of a published story points to the published canonical one.
 */
final class Duplicates {
  /** How far apart in publication days two copies of a story may be: wire copies run within days. */
  static final int WINDOW_DAYS = 7;

  static final StructType COPIES = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("duplicate_of", DataTypes.StringType, false);

  private Duplicates() {}

  /**
   * The copies among {@code fresh} articles, as rows of (article_id, duplicate_of).
   *
   * @param fresh     the run's articles: article_id, date, published, text, fingerprint
   * @param published canonical published articles of nearby days, the same columns, or null
   */
  static Dataset<Row> find(SparkSession spark, Dataset<Row> fresh, Dataset<Row> published) {
    List<String> columns = List.of("article_id", "date", "published", "text", "fingerprint");
    Dataset<Row> all = fresh.selectExpr(columns.toArray(String[]::new)).withColumn("is_new", lit(true));
    if (published != null) {
      all = all.unionByName(published.selectExpr(columns.toArray(String[]::new)).withColumn("is_new", lit(false)));
    }
    all = all.filter(col("fingerprint").isNotNull());
    // Each band key links its articles to the smallest id sharing it: a star, not every pair, so a
    // story copied a thousand times costs a thousand comparisons, not half a million.
    Dataset<Row> keys = all.select(col("article_id"), col("is_new"), posexplode(col("fingerprint")).as(
        new String[] {"band", "key"}));
    org.apache.spark.sql.expressions.WindowSpec byKey = Window.partitionBy("key").orderBy("article_id");
    Dataset<Row> linked = keys.withColumn("hub", first("article_id").over(byKey))
        .withColumn("hub_new", first("is_new").over(byKey))
        .filter(col("article_id").notEqual(col("hub")));
    // Published articles were grouped when they were published: only pairs with a new article count.
    Dataset<Row> candidates = linked.filter(col("is_new").or(col("hub_new")))
        .select(col("article_id").as("a"), col("hub").as("b")).distinct();
    Dataset<Row> texts = all.select("article_id", "text", "published", "is_new");
    Dataset<Row> pairs = candidates
        .join(texts.toDF("a", "text_a", "published_a", "new_a"), "a")
        .join(texts.toDF("b", "text_b", "published_b", "new_b"), "b")
        .filter((FilterFunction<Row>) r -> TextFingerprint.sameStory(r.getAs("text_a"), r.getAs("text_b")))
        .select("a", "published_a", "new_a", "b", "published_b", "new_b");
    Map<String, String> canonical = groups(pairs.collectAsList());
    List<Row> rows = new ArrayList<>();
    canonical.forEach((copy, of) -> rows.add(RowFactory.create(copy, of)));
    return spark.createDataFrame(rows, COPIES);
  }

  /** The run's own articles that copy another, each with its group's canonical article. */
  static Map<String, String> groups(List<Row> pairs) {
    Map<String, Node> nodes = new HashMap<>();
    for (Row r : pairs) {
      Node a = nodes.computeIfAbsent(r.getString(0), id -> new Node(id, r.getString(1), r.getBoolean(2)));
      Node b = nodes.computeIfAbsent(r.getString(3), id -> new Node(id, r.getString(4), r.getBoolean(5)));
      a.root().parent = b.root() == a.root() ? a.root().parent : b.root();
    }
    Map<Node, List<Node>> components = new HashMap<>();
    for (Node n : nodes.values()) {
      components.computeIfAbsent(n.root(), k -> new ArrayList<>()).add(n);
    }
    // A published article stays canonical; among new ones the first published (then the smallest id) is.
    Comparator<Node> first = Comparator.<Node, Boolean>comparing(n -> n.fresh)
        .thenComparing(n -> n.published == null ? "" : n.published).thenComparing(n -> n.id);
    Map<String, String> copyOf = new HashMap<>();
    for (List<Node> members : components.values()) {
      Node keep = members.stream().min(first).orElseThrow();
      for (Node n : members) {
        if (n != keep && n.fresh) {
          copyOf.put(n.id, keep.id);
        }
      }
    }
    return copyOf;
  }

  /** The canonical published articles within {@link #WINDOW_DAYS} of the given days, outside the files being replaced. */
  static Dataset<Row> publishedAround(SparkSession spark, String currentSnapshot, java.util.Collection<LocalDate> days,
                                      java.util.Set<String> replacedFiles) {
    if (currentSnapshot == null || days.isEmpty()) {
      return null;
    }
    LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow().minusDays(WINDOW_DAYS);
    LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow().plusDays(WINDOW_DAYS);
    Dataset<Row> articles = Tables.readDir(spark, currentSnapshot + "/" + Tables.ARTICLES);
    if (!java.util.Arrays.asList(articles.columns()).contains("fingerprint")) {
      return null; // tables written before copies were recognised
    }
    return articles.filter(col("date").between(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
        .and(col("duplicate_of").isNull())
        .and(org.apache.spark.sql.functions.not(col("input_file").isin(replacedFiles.toArray()))));
  }

  /** Union-find node. */
  private static final class Node {
    final String id;
    final String published;
    final boolean fresh;
    Node parent = this;

    Node(String id, String published, boolean fresh) {
      this.id = id;
      this.published = published;
      this.fresh = fresh;
    }

    Node root() {
      Node n = this;
      while (n.parent != n) {
        n.parent = n.parent.parent;
        n = n.parent;
      }
      return n;
    }
  }
}
