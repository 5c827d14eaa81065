package io.pressbrief.job;

/** A job spec that cannot be used, with a message naming the key and what is wrong with it. */
public final class JobSpecException extends Exception {
  private static final long serialVersionUID = 1L;

  public JobSpecException(String message) {
    super(message);
  }
}
