package io.pressbrief.spark.tables;

import java.io.Serializable;

/** A count reported with an escalation event ("over 653 drones"). A bean, so Spark encodes it; columns are renamed to snake_case when stored. */
public class QuantityRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long count;
  private String qualifier;
  private String item;

  public QuantityRow() {
  }

  public long getCount() {
    return count;
  }

  public void setCount(long count) {
    this.count = count;
  }

  public String getQualifier() {
    return qualifier;
  }

  public void setQualifier(String qualifier) {
    this.qualifier = qualifier;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }
}
