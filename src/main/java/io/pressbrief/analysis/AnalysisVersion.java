package io.pressbrief.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checksums of what decides the analysis: the code (the jar pressbrief runs from) and every built-in
 * dictionary, lexicon and model. Stored in each run's manifest and beside the tables, so a run knows
 * when earlier results were made by other code or data and must be redone.
 */
public final class AnalysisVersion {
  /** The built-in data files, as class-path resources. */
  public static final String[] BUILT_IN = {
      "/pressbrief/actors.yaml", "/pressbrief/speech-cues.txt", "/pressbrief/speaker-words.txt",
      "/pressbrief/tone-news.txt",
      "/pressbrief/tone-rules.yaml", "/pressbrief/target-sentiment-model.tsv", "/pressbrief/sentence-tone-model.tsv",
      "/pressbrief/tone-words.tsv",
      "/pressbrief/escalation-triggers.yaml", "/pressbrief/escalation-weights.yaml", "/pressbrief/english-function-words.txt",
      "/pressbrief/other-function-words.txt",
      "/vader_sentiment_lexicon.txt"};

  private AnalysisVersion() {}

  /** Resource or "code" → SHA-256 (hex). The code is the jar's ({@link #jarChecksum}), or its class folder's. */
  public static Map<String, String> builtIn() throws IOException {
    Map<String, String> sums = new LinkedHashMap<>();
    sums.put("code", codeChecksum());
    for (String resource : BUILT_IN) {
      try (InputStream in = DataFiles.resource(resource)) {
        sums.put(resource.substring(resource.lastIndexOf('/') + 1), sha256(in));
      }
    }
    return sums;
  }

  /** One checksum over several, in their order. */
  public static String combined(Map<String, String> checksums) {
    MessageDigest md = digest();
    checksums.forEach((k, v) -> md.update((k + "=" + v + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(md.digest());
  }

  public static String sha256(InputStream in) throws IOException {
    MessageDigest md = digest();
    byte[] buffer = new byte[1 << 16];
    int n;
    while ((n = in.read(buffer)) > 0) {
      md.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static String codeChecksum() throws IOException {
    try {
      Path location = Path.of(AnalysisVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return jarChecksum(location);
      }
      if (Files.isDirectory(location)) {
        // Compiled classes (tests, a development build): every file, in a stable order.
        MessageDigest md = digest();
        try (var files = Files.walk(location)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            md.update(location.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
          }
        }
        return HexFormat.of().formatHex(md.digest());
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // Not from a file: fall through.
    }
    return "classes";
  }

  /**
   * The checksum of a jar's code: every entry's name, size and CRC-32 from the jar's directory, in
   * name order. It reads no entry (a shaded jar is some 300 MB), and it is the same for two builds of
   * the same code: the jar's bytes are not, since each build stamps its entries' times and Maven's
   * build notes (META-INF/maven/, left out here) with the time of the build, and a rebuild that
   * changed nothing must not make the next run analyse everything again.
   */
  static String jarChecksum(Path jar) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      java.util.List<java.util.zip.ZipEntry> entries = new java.util.ArrayList<>();
      zip.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/maven/")).forEach(entries::add);
      entries.sort(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName));
      MessageDigest md = digest();
      for (java.util.zip.ZipEntry e : entries) {
        md.update((e.getName() + "\t" + e.getSize() + "\t" + Long.toHexString(e.getCrc()) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
