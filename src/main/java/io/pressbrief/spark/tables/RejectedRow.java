package io.pressbrief.spark.tables;

import java.io.Serializable;

/** A row of the rejected table: an input record that was not analysed, and why. A bean, so Spark encodes it; columns are renamed to snake_case when stored. */
public class RejectedRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String source;
  private String position;
  private String reason;
  private String excerpt;

  public RejectedRow() {
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public void setExcerpt(String excerpt) {
    this.excerpt = excerpt;
  }
}
