package io.pressbrief.cli;

/** pressbrief's own concise progress lines, on standard error so standard output stays clean. */
final class Progress {
  private Progress() {}

  static void info(String format, Object... args) {
    System.err.println("pressbrief: " + String.format(java.util.Locale.ROOT, format, args));
  }
}
