package io.pressbrief.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads pressbrief's line-based data files: UTF-8, one entry a line, '#' starts a comment. */
public final class DataFiles {
  private DataFiles() {}

  /** Opens a class-path resource, failing clearly when the jar lacks it. */
  public static InputStream resource(String name) throws IOException {
    InputStream in = DataFiles.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing from the class path");
    }
    return in;
  }

  /** The non-empty lines of a stream with comments and surrounding space removed. */
  public static List<String> lines(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    }
    return out;
  }
}
