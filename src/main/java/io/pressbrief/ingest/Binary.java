package io.pressbrief.ingest;

/** Recognises binary data (images, executables, compressed blobs) handed in as text. */
final class Binary {
  private static final int SNIFF_BYTES = 8192;

  private Binary() {}

  /** True when the first bytes hold a NUL or mostly control bytes: text formats never do. */
  static boolean looksBinary(byte[] bytes) {
    return looksBinary(bytes, Math.min(bytes.length, SNIFF_BYTES));
  }

  static boolean looksBinary(byte[] bytes, int length) {
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return length > 0 && control * 10 > length;
  }

  /** The first bytes of a record as printable text, for a rejection's excerpt whatever its encoding. */
  static String excerpt(byte[] bytes, int max) {
    return printable(new String(bytes, 0, Math.min(bytes.length, max), java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  /** The text with control characters replaced, fit for a rejection's excerpt. */
  static String printable(String s) {
    return s.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "·");
  }
}
