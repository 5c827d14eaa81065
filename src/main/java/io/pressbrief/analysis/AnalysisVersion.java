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
      "/pressbrief/actors.yaml", "/pressbrief/speech-cues.txt", "/pressbrief/tone-news.txt",
      "/pressbrief/tone-rules.yaml", "/pressbrief/target-sentiment-model.tsv",
      "/pressbrief/escalation-triggers.yaml", "/pressbrief/escalation-weights.yaml", "/pressbrief/english-function-words.txt",
      "/pressbrief/other-function-words.txt",
      "/vader_sentiment_lexicon.txt"};

  private AnalysisVersion() {}

  /** Resource or "code" → SHA-256 (hex). The code is the jar's checksum, or that of its class folder. */
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
        try (InputStream in = Files.newInputStream(location)) {
          return sha256(in);
        }
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

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
