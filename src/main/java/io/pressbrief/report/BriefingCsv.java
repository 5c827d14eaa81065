package io.pressbrief.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables behind a briefing as CSV files (RFC 4180, UTF-8, header row), one per table, for
 * analysts: {@code NAME-actors.csv}, {@code NAME-statements.csv}, {@code NAME-events.csv},
 * {@code NAME-articles.csv}, {@code NAME-outlets.csv}, {@code NAME-trend.csv} and
 * {@code NAME-movers.csv}. Numbers are plain numbers; text that a spreadsheet would run as a
 * formula (starting with =, +, -, @) gets a leading apostrophe, since article text is untrusted.
 */
public final class BriefingCsv {
  private static final CsvMapper CSV = new CsvMapper();

  private BriefingCsv() {}

  /** Writes the CSV files of one briefing into {@code dir}; returns their paths. */
  public static List<Path> write(BriefingModel model, BriefingData data, Path dir, String name) throws IOException {
    List<Path> written = new ArrayList<>();
    Table actors = new Table("actor_id", "actor", "statements", "statements_before", "statement_tone", "mentions",
        "tone_toward", "escalations_as_agent", "escalations_as_target");
    for (BriefingModel.ActorLine a : model.actors()) {
      actors.add(a.id(), a.name(), a.statements(), a.statementsBefore(), round(a.toneValue()), a.mentions(),
          round(a.toneTowardValue()), a.escalationsAsAgent(), a.escalationsAsTarget());
    }
    written.add(actors.write(dir.resolve(name + "-actors.csv")));

    Table statements = new Table("date", "actor_id", "actor", "speaker_as_written", "kind", "text", "tone", "outlet",
        "title", "url", "article_id");
    for (BriefingData.StatementItem s : data.statements()) {
      statements.add(s.date(), s.actorId(), s.actorName(), s.speaker(), s.kind(), s.text(), round(s.sentiment()),
          s.source(), s.title(), s.url(), s.articleId());
    }
    written.add(statements.write(dir.resolve(name + "-statements.csv")));

    Table events = new Table("date", "type", "mode", "status", "agent", "agent_actor_id", "target", "target_actor_id",
        "quantities", "weight", "trigger", "outlet", "title", "url", "article_id", "event_key");
    for (BriefingData.EventItem e : data.events()) {
      events.add(e.date(), e.type(), e.mode(), e.status(), e.agent(), e.agentActorId(), e.target(), e.targetActorId(),
          e.quantities(), e.weight(), e.trigger(), e.source(), e.title(), e.url(), e.articleId(), e.eventKey());
    }
    written.add(events.write(dir.resolve(name + "-events.csv")));

    Table articles = new Table("date", "outlet", "title", "url", "statements", "events", "article_id");
    for (BriefingData.ArticleItem a : data.articles()) {
      articles.add(a.date(), a.source(), a.title(), a.url(), a.statements(), a.events(), a.articleId());
    }
    written.add(articles.write(dir.resolve(name + "-articles.csv")));

    Table outlets = new Table("outlet", "date", "articles");
    for (BriefingData.SourceDay d : data.sourceDays()) {
      outlets.add(d.source(), d.date(), d.articles());
    }
    written.add(outlets.write(dir.resolve(name + "-outlets.csv")));

    Table trend = new Table("period", "articles", "statements_by_known_actors", "escalation_events",
        "escalation_index");
    for (BriefingModel.TrendLine t : model.trend()) {
      trend.add(t.label(), t.articles(), t.statements(), t.escalations(), t.index().replace('−', '-'));
    }
    written.add(trend.write(dir.resolve(name + "-trend.csv")));

    Table movers = new Table("actor", "measure", "before", "now", "direction", "evidence");
    for (BriefingModel.Mover m : model.movers()) {
      movers.add(m.name(), m.measure(), m.before().replace('−', '-'), m.now().replace('−', '-'), m.direction(),
          m.evidence());
    }
    written.add(movers.write(dir.resolve(name + "-movers.csv")));
    return written;
  }

  private static Double round(Double v) {
    return v == null ? null : Math.round(v * 1000) / 1000.0;
  }

  /** Text a spreadsheet would treat as a formula, made inert. */
  static String inert(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  /** Rows under a fixed header. */
  private static final class Table {
    private final String[] columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    Table(String... columns) {
      this.columns = columns;
    }

    void add(Object... values) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.length; i++) {
        Object v = values[i];
        row.put(columns[i], v instanceof Number ? v : v == null ? "" : inert(v.toString()));
      }
      rows.add(row);
    }

    Path write(Path file) throws IOException {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      for (String c : columns) {
        schema.addColumn(c);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
           SequenceWriter out = CSV.writer(schema.build()).writeValues(w)) {
        for (Map<String, Object> row : rows) {
          out.write(row);
        }
      }
      return file;
    }
  }
}
