package io.pressbrief.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressbrief.analysis.ArticleAnalysis;
import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.actors.Mention;
import io.pressbrief.analysis.escalation.Escalation;
import io.pressbrief.analysis.escalation.Quantity;
import io.pressbrief.analysis.statements.Statement;
import io.pressbrief.ingest.Article;
import io.pressbrief.ingest.Rejection;
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
  private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final boolean withText;
  private final Writer articles;
  private final Writer statements;
  private final Writer escalations;
  private final Writer mentions;
  private final Writer rejected;
  long articleCount;
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

  void write(ArticleAnalysis a) throws IOException {
    Article art = a.article();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("article_id", art.id());
    row.put("published", art.published());
    row.put("source", art.source());
    row.put("title", art.title());
    row.put("url", art.url());
    row.put("tone", round(a.tone()));
    row.put("duplicate_of", null);
    if (withText) {
      row.put("text", art.text());
    }
    line(articles, row);
    articleCount++;
    for (Statement s : a.statements()) {
      line(statements, statementRow(art.id(), s));
      statementCount++;
    }
    for (Escalation e : a.escalations()) {
      line(escalations, escalationRow(art.id(), e));
      escalationCount++;
    }
    for (Mention m : a.mentions()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("article_id", art.id());
      r.put("actor_id", m.actorId());
      r.put("actor_name", m.actorName());
      r.put("start", m.start());
      r.put("end", m.end());
      r.put("sentiment", round(m.sentiment()));
      line(mentions, r);
      mentionCount++;
    }
  }

  void write(Rejection r) throws IOException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", r.source());
    row.put("position", r.position());
    row.put("reason", r.reason());
    row.put("excerpt", r.excerpt());
    line(rejected, row);
    rejectedCount++;
  }

  static Map<String, Object> statementRow(String articleId, Statement s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("article_id", articleId);
    r.put("start", s.content().start());
    r.put("end", s.content().end());
    r.put("text", s.text());
    r.put("kind", s.kind().label());
    r.put("speaker", s.speaker());
    r.put("speaker_start", s.speakerSpan() == null ? null : s.speakerSpan().start());
    r.put("speaker_end", s.speakerSpan() == null ? null : s.speakerSpan().end());
    r.put("actor_id", s.actorId());
    r.put("actor_name", s.actorName());
    r.put("cue", s.cue());
    Span cue = s.cueSpan();
    r.put("cue_start", cue == null ? null : cue.start());
    r.put("cue_end", cue == null ? null : cue.end());
    r.put("sentiment", round(s.sentiment()));
    r.put("date", s.date().toString());
    r.put("date_precision", s.datePrecision().label());
    return r;
  }

  static Map<String, Object> escalationRow(String articleId, Escalation e) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("article_id", articleId);
    r.put("type", e.type());
    r.put("mode", e.mode());
    r.put("trigger", e.trigger());
    r.put("start", e.triggerSpan().start());
    r.put("end", e.triggerSpan().end());
    r.put("agent", e.agent());
    r.put("agent_actor_id", e.agentActorId());
    r.put("target", e.target());
    r.put("target_actor_id", e.targetActorId());
    List<Map<String, Object>> qs = e.quantities().stream().map(ExtractWriter::quantityRow).toList();
    r.put("quantities", qs);
    r.put("status", e.status().label());
    r.put("date", e.date().toString());
    r.put("date_precision", e.datePrecision().label());
    return r;
  }

  private static Map<String, Object> quantityRow(Quantity q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", q.count());
    m.put("qualifier", q.qualifier());
    m.put("item", q.item());
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  private static void line(Writer w, Map<String, Object> row) throws IOException {
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
