package io.pressbrief.cli;

/** Exit codes a scheduler can tell apart. */
final class ExitCodes {
  /** Everything read was analysed. */
  static final int OK = 0;
  /** Failure: nothing was published. */
  static final int FAILED = 1;
  /** Bad arguments or job spec (picocli's usage code). */
  static final int USAGE = 2;
  /** Success, but some records were rejected (see the rejected table). */
  static final int REJECTED = 3;
  /** Nothing new to process. */
  static final int NO_INPUT = 4;

  private ExitCodes() {}
}
