package io.pressbrief.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pressbrief.analysis.ArticleAnalysis;
import io.pressbrief.analysis.actors.Mention;
import io.pressbrief.analysis.escalation.Escalation;
import io.pressbrief.analysis.statements.Statement;
import io.pressbrief.ingest.Article;
import io.pressbrief.ingest.Rejection;
import io.pressbrief.spark.tables.Rows;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes analysis results as the JSON Lines files documented for {@code pressbrief extract}
 * (articles, statements, escalations, mentions, rejected). Not thread-safe.
 */
final class ExtractWriter implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final boolean withText;
  private final Writer articles;
  private final Writer statements;
  private final Writer escalations;
  private final Writer mentions;
  private final Writer rejected;
  long articleCount;
  long setAsideCount;
  long statementCount;
  long escalationCount;
  long mentionCount;
  long rejectedCount;

  ExtractWriter(Path dir, boolean withText) throws IOException {
    Files.createDirectories(dir);
    this.withText = withText;
    articles = open(dir, "articles.jsonl");
    statements = open(dir, "statements.jsonl");
    escalations = open(dir, "escalations.jsonl");
    mentions = open(dir, "mentions.jsonl");
    rejected = open(dir, "rejected.jsonl");
  }

  private static Writer open(Path dir, String name) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8), 1 << 16);
  }

  /** An analysed article and what was found in it; {@code duplicateOf} names the article it copies, or is null. */
  void write(ArticleAnalysis a, String duplicateOf) throws IOException {
    Article art = a.article();
    articleLine(art, round(a.tone()), duplicateOf);
    articleCount++;
    // The same rows as the Spark job's tables, so extract and run always agree on the format.
    for (Statement s : a.statements()) {
      line(statements, Rows.of(art.id(), s));
      statementCount++;
    }
    for (Escalation e : a.escalations()) {
      line(escalations, Rows.of(art.id(), e));
      escalationCount++;
    }
    for (Mention m : a.mentions()) {
      line(mentions, Rows.of(art.id(), art.date(), m));
      mentionCount++;
    }
  }

  /** An article kept but not analysed (not English): listed, with why, and nothing else. */
  void writeSetAside(Article art, String duplicateOf) throws IOException {
    articleLine(art, null, duplicateOf);
    setAsideCount++;
  }

  private void articleLine(Article art, Double tone, String duplicateOf) throws IOException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("article_id", art.id());
    row.put("published", art.published());
    row.put("source", art.source());
    row.put("title", art.title());
    row.put("url", art.url());
    row.put("tone", tone);
    row.put("duplicate_of", duplicateOf);
    row.put("set_aside", art.setAside());
    if (withText) {
      row.put("text", art.text());
    }
    line(articles, row);
  }

  void write(Rejection r) throws IOException {
    line(rejected, Rows.of(r).getRejected());
    rejectedCount++;
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  private static void line(Writer w, Object row) throws IOException {
    JSON.writeValue(w, row);
    w.write('\n');
  }

  @Override
  public void close() throws IOException {
    for (Writer w : List.of(articles, statements, escalations, mentions, rejected)) {
      w.close();
    }
  }
}
