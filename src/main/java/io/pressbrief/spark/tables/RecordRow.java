package io.pressbrief.spark.tables;

import java.io.Serializable;

/** One input record on its way through the job: an article with its analysis, or a rejection. A bean, so Spark encodes it; columns are renamed to snake_case when stored. */
public class RecordRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String articleId;
  private String url;
  private String source;
  private String title;
  private String published;
  private java.time.LocalDate date;
  private String text;
  private double tone;
  private java.util.List<StatementRow> statements = new java.util.ArrayList<>();
  private java.util.List<EscalationRow> escalations = new java.util.ArrayList<>();
  private java.util.List<MentionRow> mentions = new java.util.ArrayList<>();
  private RejectedRow rejected;
  private String inputFile;
  private String setAside;
  private java.util.List<Long> fingerprint;

  public RecordRow() {
  }

  /** The archive file the record was read from. */
  public String getInputFile() {
    return inputFile;
  }

  public void setInputFile(String inputFile) {
    this.inputFile = inputFile;
  }

  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String articleId) {
    this.articleId = articleId;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPublished() {
    return published;
  }

  public void setPublished(String published) {
    this.published = published;
  }

  public java.time.LocalDate getDate() {
    return date;
  }

  public void setDate(java.time.LocalDate date) {
    this.date = date;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public double getTone() {
    return tone;
  }

  public void setTone(double tone) {
    this.tone = tone;
  }

  public java.util.List<StatementRow> getStatements() {
    return statements;
  }

  public void setStatements(java.util.List<StatementRow> statements) {
    this.statements = statements;
  }

  public java.util.List<EscalationRow> getEscalations() {
    return escalations;
  }

  public void setEscalations(java.util.List<EscalationRow> escalations) {
    this.escalations = escalations;
  }

  public java.util.List<MentionRow> getMentions() {
    return mentions;
  }

  public void setMentions(java.util.List<MentionRow> mentions) {
    this.mentions = mentions;
  }

  public RejectedRow getRejected() {
    return rejected;
  }

  public void setRejected(RejectedRow rejected) {
    this.rejected = rejected;
  }

  public String getSetAside() {
    return setAside;
  }

  public void setSetAside(String setAside) {
    this.setAside = setAside;
  }

  public java.util.List<Long> getFingerprint() {
    return fingerprint;
  }

  public void setFingerprint(java.util.List<Long> fingerprint) {
    this.fingerprint = fingerprint;
  }
}
