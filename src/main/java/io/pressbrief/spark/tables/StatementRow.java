package io.pressbrief.spark.tables;

import java.io.Serializable;

/** A row of the statements table. A bean, so Spark encodes it; columns are renamed to snake_case when stored. */
public class StatementRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String articleId;
  private java.time.LocalDate date;
  private String datePrecision;
  private int start;
  private int end;
  private String text;
  private String kind;
  private String speaker;
  private Integer speakerStart;
  private Integer speakerEnd;
  private String actorId;
  private String actorName;
  private String cue;
  private Integer cueStart;
  private Integer cueEnd;
  private double sentiment;

  public StatementRow() {
  }

  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String articleId) {
    this.articleId = articleId;
  }

  public java.time.LocalDate getDate() {
    return date;
  }

  public void setDate(java.time.LocalDate date) {
    this.date = date;
  }

  public String getDatePrecision() {
    return datePrecision;
  }

  public void setDatePrecision(String datePrecision) {
    this.datePrecision = datePrecision;
  }

  public int getStart() {
    return start;
  }

  public void setStart(int start) {
    this.start = start;
  }

  public int getEnd() {
    return end;
  }

  public void setEnd(int end) {
    this.end = end;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSpeaker() {
    return speaker;
  }

  public void setSpeaker(String speaker) {
    this.speaker = speaker;
  }

  public Integer getSpeakerStart() {
    return speakerStart;
  }

  public void setSpeakerStart(Integer speakerStart) {
    this.speakerStart = speakerStart;
  }

  public Integer getSpeakerEnd() {
    return speakerEnd;
  }

  public void setSpeakerEnd(Integer speakerEnd) {
    this.speakerEnd = speakerEnd;
  }

  public String getActorId() {
    return actorId;
  }

  public void setActorId(String actorId) {
    this.actorId = actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public void setActorName(String actorName) {
    this.actorName = actorName;
  }

  public String getCue() {
    return cue;
  }

  public void setCue(String cue) {
    this.cue = cue;
  }

  public Integer getCueStart() {
    return cueStart;
  }

  public void setCueStart(Integer cueStart) {
    this.cueStart = cueStart;
  }

  public Integer getCueEnd() {
    return cueEnd;
  }

  public void setCueEnd(Integer cueEnd) {
    this.cueEnd = cueEnd;
  }

  public double getSentiment() {
    return sentiment;
  }

  public void setSentiment(double sentiment) {
    this.sentiment = sentiment;
  }
}
