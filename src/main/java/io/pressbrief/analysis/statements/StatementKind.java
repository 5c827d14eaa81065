package io.pressbrief.analysis.statements;

import java.util.Locale;

/** How a statement is reported. */
public enum StatementKind {
  /** The speaker's own words in quotation marks. */
  DIRECT,
  /** Reported speech: what the speaker said, in the writer's words. */
  INDIRECT,
  /** Reported speech with quoted words inside it. */
  MIXED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
