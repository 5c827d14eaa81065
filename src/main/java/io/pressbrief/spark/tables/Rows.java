package io.pressbrief.spark.tables;

import io.pressbrief.analysis.ArticleAnalysis;
import io.pressbrief.analysis.actors.Mention;
import io.pressbrief.analysis.escalation.Escalation;
import io.pressbrief.analysis.escalation.Quantity;
import io.pressbrief.analysis.statements.Statement;
import io.pressbrief.ingest.Article;
import io.pressbrief.ingest.Rejection;
import java.util.ArrayList;
import java.util.List;

/** Converts the analysis' domain records into the beans Spark stores. */
public final class Rows {
  private Rows() {}

  /** An article read but not analysed yet. */
  public static RecordRow of(Article a) {
    RecordRow r = new RecordRow();
    r.setArticleId(a.id());
    r.setUrl(a.url());
    r.setSource(a.source());
    r.setTitle(a.title());
    r.setPublished(a.published());
    r.setDate(a.date());
    r.setText(a.text());
    r.setSetAside(a.setAside());
    return r;
  }

  /** A record that was rejected. */
  public static RecordRow of(Rejection rej) {
    RejectedRow row = new RejectedRow();
    row.setSource(rej.source());
    row.setPosition(rej.position());
    row.setReason(rej.reason());
    row.setExcerpt(rej.excerpt());
    RecordRow r = new RecordRow();
    r.setRejected(row);
    return r;
  }

  /** The article a record row carries. */
  public static Article article(RecordRow r) {
    return new Article(r.getArticleId(), r.getUrl(), r.getSource(), r.getTitle(), r.getPublished(), r.getDate(),
        r.getText(), r.getSetAside());
  }

  /** Fills a record row with the article's analysis. */
  public static RecordRow withAnalysis(RecordRow r, ArticleAnalysis a) {
    String id = a.article().id();
    r.setTone(a.tone());
    List<StatementRow> statements = new ArrayList<>(a.statements().size());
    for (Statement s : a.statements()) {
      statements.add(of(id, s));
    }
    List<EscalationRow> escalations = new ArrayList<>(a.escalations().size());
    for (Escalation e : a.escalations()) {
      escalations.add(of(id, e));
    }
    List<MentionRow> mentions = new ArrayList<>(a.mentions().size());
    for (Mention m : a.mentions()) {
      mentions.add(of(id, a.article().date(), m));
    }
    r.setStatements(statements);
    r.setEscalations(escalations);
    r.setMentions(mentions);
    return r;
  }

  /** An actor mention as a table row, dated by its article. */
  public static MentionRow of(String articleId, java.time.LocalDate date, Mention m) {
    MentionRow row = new MentionRow();
    row.setArticleId(articleId);
    row.setDate(date);
    row.setActorId(m.actorId());
    row.setActorName(m.actorName());
    row.setStart(m.start());
    row.setEnd(m.end());
    row.setSentiment(m.sentiment());
    return row;
  }

  /** A statement as a table row. */
  public static StatementRow of(String articleId, Statement s) {
    StatementRow row = new StatementRow();
    row.setArticleId(articleId);
    row.setDate(s.date());
    row.setDatePrecision(s.datePrecision().label());
    row.setStart(s.content().start());
    row.setEnd(s.content().end());
    row.setText(s.text());
    row.setKind(s.kind().label());
    row.setSpeaker(s.speaker());
    row.setSpeakerStart(s.speakerSpan() == null ? null : s.speakerSpan().start());
    row.setSpeakerEnd(s.speakerSpan() == null ? null : s.speakerSpan().end());
    row.setActorId(s.actorId());
    row.setActorName(s.actorName());
    row.setCue(s.cue());
    row.setCueStart(s.cueSpan() == null ? null : s.cueSpan().start());
    row.setCueEnd(s.cueSpan() == null ? null : s.cueSpan().end());
    row.setSentiment(s.sentiment());
    return row;
  }

  /** An escalation event as a table row. */
  public static EscalationRow of(String articleId, Escalation e) {
    EscalationRow row = new EscalationRow();
    row.setArticleId(articleId);
    row.setDate(e.date());
    row.setDatePrecision(e.datePrecision().label());
    row.setType(e.type());
    row.setMode(e.mode());
    row.setTrigger(e.trigger());
    row.setStart(e.triggerSpan().start());
    row.setEnd(e.triggerSpan().end());
    row.setAgent(e.agent());
    row.setAgentActorId(e.agentActorId());
    row.setTarget(e.target());
    row.setTargetActorId(e.targetActorId());
    List<QuantityRow> qs = new ArrayList<>();
    for (Quantity q : e.quantities()) {
      QuantityRow qr = new QuantityRow();
      qr.setCount(q.count());
      qr.setQualifier(q.qualifier());
      qr.setItem(q.item());
      qs.add(qr);
    }
    row.setQuantities(qs);
    row.setStatus(e.status().label());
    row.setWeight(e.weight());
    row.setModes(new ArrayList<>(e.modes()));
    row.setTargets(new ArrayList<>(e.targets()));
    row.setTargetActorIds(new ArrayList<>(e.targetActorIds()));
    row.setAgentCountryId(e.agentCountryId());
    row.setTargetCountryId(e.targetCountryId());
    return row;
  }
}
