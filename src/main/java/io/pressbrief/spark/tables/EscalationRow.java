package io.pressbrief.spark.tables;

import java.io.Serializable;

/** A row of the escalations table. A bean, so Spark encodes it; columns are renamed to snake_case when stored. */
public class EscalationRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String articleId;
  private java.time.LocalDate date;
  private String datePrecision;
  private String type;
  private String mode;
  private String trigger;
  private int start;
  private int end;
  private String agent;
  private String agentActorId;
  private String target;
  private String targetActorId;
  private java.util.List<QuantityRow> quantities = new java.util.ArrayList<>();
  private String status;
  private double weight;
  private java.util.List<String> modes = new java.util.ArrayList<>();
  private java.util.List<String> targets = new java.util.ArrayList<>();
  private java.util.List<String> targetActorIds = new java.util.ArrayList<>();
  private String agentCountryId;
  private String targetCountryId;

  public EscalationRow() {
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

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getTrigger() {
    return trigger;
  }

  public void setTrigger(String trigger) {
    this.trigger = trigger;
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

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }

  public String getAgentActorId() {
    return agentActorId;
  }

  public void setAgentActorId(String agentActorId) {
    this.agentActorId = agentActorId;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getTargetActorId() {
    return targetActorId;
  }

  public void setTargetActorId(String targetActorId) {
    this.targetActorId = targetActorId;
  }

  public java.util.List<QuantityRow> getQuantities() {
    return quantities;
  }

  public void setQuantities(java.util.List<QuantityRow> quantities) {
    this.quantities = quantities;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public double getWeight() {
    return weight;
  }

  public void setWeight(double weight) {
    this.weight = weight;
  }

  public java.util.List<String> getModes() {
    return modes;
  }

  public void setModes(java.util.List<String> modes) {
    this.modes = modes;
  }

  public java.util.List<String> getTargets() {
    return targets;
  }

  public void setTargets(java.util.List<String> targets) {
    this.targets = targets;
  }

  public java.util.List<String> getTargetActorIds() {
    return targetActorIds;
  }

  public void setTargetActorIds(java.util.List<String> targetActorIds) {
    this.targetActorIds = targetActorIds;
  }

  public String getAgentCountryId() {
    return agentCountryId;
  }

  public void setAgentCountryId(String agentCountryId) {
    this.agentCountryId = agentCountryId;
  }

  public String getTargetCountryId() {
    return targetCountryId;
  }

  public void setTargetCountryId(String targetCountryId) {
    this.targetCountryId = targetCountryId;
  }
}
