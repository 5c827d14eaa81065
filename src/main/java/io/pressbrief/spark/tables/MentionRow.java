package io.pressbrief.spark.tables;

import java.io.Serializable;

/** A row of the mentions table: an actor named in an article, with the tone toward it there. A bean, so Spark encodes it; columns are renamed to snake_case when stored. */
public class MentionRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String articleId;
  private java.time.LocalDate date;
  private String actorId;
  private String actorName;
  private int start;
  private int end;
  private double sentiment;

  public MentionRow() {
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

  public double getSentiment() {
    return sentiment;
  }

  public void setSentiment(double sentiment) {
    this.sentiment = sentiment;
  }
}
