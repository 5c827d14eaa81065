package io.pressbrief.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

import io.pressbrief.ingest.TextFingerprint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Groups copies of one story (exact and syndicated near-copies) among the articles a run reads and
 * the published articles of the days around them. Each group keeps one canonical article; the others
 * get {@code duplicate_of}. Copies are looked for among articles at most {@link #WINDOW_DAYS} apart,
 * as wire copies run within days. A published article keeps its status, so earlier tables never
 * change: a new copy of a published story points to the published canonical one.
 */
final class Duplicates {
  /** How far apart in publication days two copies of a story may be: wire copies run within days. */
  static final int WINDOW_DAYS = 7;

  /** Rows of a table the driver made per slice sent to the executors: well under Spark's 1 MB a task. */
  private static final int ROWS_PER_SLICE = 5000;

  static final StructType COPIES = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("duplicate_of", DataTypes.StringType, false);

  private static final StructType ARTICLE_IDS = new StructType().add("article_id", DataTypes.StringType, false);

  private static final StructType CANDIDATES = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false);

  private Duplicates() {}

  /**
   * The copies among {@code fresh} articles, as rows of (article_id, duplicate_of).
   *
   * @param fresh     the run's articles: article_id, date, published, text, fingerprint
   * @param published canonical published articles of nearby days, the same columns, or null
   */
  static Dataset<Row> find(SparkSession spark, Dataset<Row> fresh, Dataset<Row> published) {
    List<String> columns = List.of("article_id", "date", "published", "text", "fingerprint", "duplicate_of");
    // The run's articles are not marked yet; published ones may copy a story already.
    Dataset<Row> all = fresh.withColumn("duplicate_of", lit(null).cast("string"))
        .selectExpr(columns.toArray(String[]::new)).withColumn("is_new", lit(true));
    if (published != null) {
      all = all.unionByName(published.selectExpr(columns.toArray(String[]::new)).withColumn("is_new", lit(false)));
    }
    all = all.filter(col("fingerprint").isNotNull().and(col("date").isNotNull()));
    // Articles sharing a band key are put in time order and each is linked to the one before it when
    // they are at most a week apart: a chain, not every pair, so a story copied a thousand times costs
    // a thousand comparisons, and copies of one text a year apart stay separate stories.
    WindowSpec inTime = Window.partitionBy("key").orderBy("date", "article_id");
    Dataset<Row> keys = all.select(col("article_id"), col("date"), col("is_new"),
        posexplode(col("fingerprint")).as(new String[] {"band", "key"}));
    Dataset<Row> candidates = keys
        .withColumn("before", lag("article_id", 1).over(inTime))
        .withColumn("before_date", lag("date", 1).over(inTime))
        .withColumn("before_new", lag("is_new", 1).over(inTime))
        .filter(col("before").isNotNull()
            .and(datediff(col("date"), col("before_date")).leq(WINDOW_DAYS))
            // Published articles were grouped when they were published: only pairs with a new article count.
            .and(col("is_new").or(col("before_new"))))
        .select(col("article_id").as("a"), col("before").as("b")).distinct();
    // The candidates are far fewer than the articles and are wanted twice, so they come to the driver
    // once; only the texts of articles in a candidate pair are then read and compared. Joining every
    // text twice, a night's run read a fortnight of published texts twice to compare a few hundred
    // pairs, and a year's run shuffled its whole text twice.
    List<Row> candidatePairs = candidates.collectAsList();
    if (candidatePairs.isEmpty()) {
      return distributed(spark, List.of(), COPIES);
    }
    java.util.Set<String> comparedIds = new java.util.TreeSet<>();
    candidatePairs.forEach(pair -> comparedIds.addAll(List.of(pair.getString(0), pair.getString(1))));
    List<Row> compared = comparedIds.stream().map(id -> RowFactory.create(id)).toList();
    Dataset<Row> texts = all.join(broadcast(distributed(spark, compared, ARTICLE_IDS)),
            Tables.joinColumns("article_id"), "left_semi")
        .select(col("article_id"), col("text"), col("published"), col("is_new"),
            coalesce(col("duplicate_of"), col("article_id")).as("canonical"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, String> canonical;
    try {
      Dataset<Row> pairs = distributed(spark, candidatePairs, CANDIDATES)
          .join(texts.toDF("a", "text_a", "published_a", "new_a", "canonical_a"), "a")
          .join(texts.toDF("b", "text_b", "published_b", "new_b", "canonical_b"), "b")
          .filter((FilterFunction<Row>) r -> TextFingerprint.sameStory(r.getAs("text_a"), r.getAs("text_b")))
          .select("a", "published_a", "new_a", "canonical_a", "b", "published_b", "new_b", "canonical_b");
      canonical = groups(pairs.collectAsList());
    } finally {
      texts.unpersist();
    }
    List<Row> rows = new ArrayList<>();
    canonical.forEach((copy, of) -> rows.add(RowFactory.create(copy, of)));
    return distributed(spark, rows, COPIES);
  }

  /**
   * Rows the driver holds, as a table in slices of a few thousand rows: as one local table, a year's
   * copies (20,000 and more) travel whole in one task when they are broadcast, and Spark warns of a
   * task over 1 MB.
   */
  private static Dataset<Row> distributed(SparkSession spark, List<Row> rows, StructType schema) {
    int slices = Math.max(1, rows.size() / ROWS_PER_SLICE);
    return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, slices),
        schema);
  }

  /**
   * The run's own articles that copy another, each with its group's canonical article. A published
   * article keeps its status: when a group holds published ones, the first of them (or the story it
   * already copies) stays canonical; among new ones only, the first published (then the smallest id) is.
   *
   * @param pairs rows of (a, published_a, new_a, canonical_a, b, published_b, new_b, canonical_b)
   */
  static Map<String, String> groups(List<Row> pairs) {
    Map<String, Node> nodes = new HashMap<>();
    for (Row r : pairs) {
      Node a = nodes.computeIfAbsent(r.getString(0), id -> new Node(id, r.getString(1), r.getBoolean(2), r.getString(3)));
      Node b = nodes.computeIfAbsent(r.getString(4), id -> new Node(id, r.getString(5), r.getBoolean(6), r.getString(7)));
      if (a.root() != b.root()) {
        a.root().parent = b.root();
      }
    }
    Map<Node, List<Node>> components = new HashMap<>();
    for (Node n : nodes.values()) {
      components.computeIfAbsent(n.root(), k -> new ArrayList<>()).add(n);
    }
    Comparator<Node> first = Comparator.<Node, Boolean>comparing(n -> n.fresh)
        .thenComparing(n -> n.published == null ? "" : n.published).thenComparing(n -> n.id);
    Map<String, String> copyOf = new HashMap<>();
    for (List<Node> members : components.values()) {
      Node keep = members.stream().min(first).orElseThrow();
      for (Node n : members) {
        if (n != keep && n.fresh) {
          copyOf.put(n.id, keep.canonical);
        }
      }
    }
    return copyOf;
  }

  /** The published articles within {@link #WINDOW_DAYS} of the given days, outside the files being replaced. */
  static Dataset<Row> publishedAround(SparkSession spark, String currentSnapshot, java.util.Collection<LocalDate> days,
                                      java.util.Set<String> replacedFiles) {
    if (currentSnapshot == null || days.isEmpty()) {
      return null;
    }
    LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow().minusDays(WINDOW_DAYS);
    LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow().plusDays(WINDOW_DAYS);
    Dataset<Row> articles = Tables.readDir(spark, currentSnapshot + "/" + Tables.ARTICLES,
        d -> !d.isBefore(from) && !d.isAfter(to));
    if (!java.util.Arrays.asList(articles.columns()).contains("fingerprint")) {
      return null; // tables written before copies were recognised
    }
    return articles.filter(col("date").between(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
        .and(org.apache.spark.sql.functions.not(col("input_file").isin(replacedFiles.toArray()))));
  }

  /** Union-find node. */
  private static final class Node {
    final String id;
    final String published;
    final boolean fresh;
    /** The article itself, or for a published copy the story it copies. */
    final String canonical;
    Node parent = this;

    Node(String id, String published, boolean fresh, String canonical) {
      this.id = id;
      this.published = published;
      this.fresh = fresh;
      this.canonical = canonical;
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
