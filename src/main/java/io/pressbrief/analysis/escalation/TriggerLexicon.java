package io.pressbrief.analysis.escalation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pressbrief.analysis.DataFiles;
import io.pressbrief.analysis.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Event trigger patterns read from escalation-triggers.yaml, indexed by their first word.
 * Immutable and thread-safe.
 */
public final class TriggerLexicon {
  /** One entry as written in the file. */
  public record Entry(String type, String mode, Boolean passive, Boolean nominal, List<String> patterns) {}

  /** A compiled pattern: per position the set of words it accepts, null for a "*" gap (so not List.copyOf). */
  public record Trigger(String type, String mode, boolean passive, boolean nominal, List<Set<String>> steps,
                        String source) {}

  private final Map<String, List<Trigger>> byFirstWord;

  private TriggerLexicon(Map<String, List<Trigger>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  public static TriggerLexicon read(InputStream yaml, String origin) throws IOException {
    List<Entry> entries = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .readValue(yaml, new TypeReference<List<Entry>>() {});
    Map<String, List<Trigger>> index = new HashMap<>();
    for (Entry e : entries) {
      if (e.type() == null || !EventTypes.isKnown(e.type())) {
        throw new IOException(origin + ": unknown event type '" + e.type() + "'");
      }
      for (String pattern : e.patterns()) {
        List<Set<String>> steps = new ArrayList<>();
        for (String word : pattern.strip().split("\\s+")) {
          if (word.equals("*")) {
            steps.add(null);
          } else {
            steps.add(Set.copyOf(java.util.Arrays.asList(TextFold.fold(word).split("\\|"))));
          }
        }
        if (steps.isEmpty() || steps.get(0) == null) {
          throw new IOException(origin + ": pattern '" + pattern + "' must start with a word");
        }
        Trigger t = new Trigger(e.type(), e.mode(), Boolean.TRUE.equals(e.passive()), Boolean.TRUE.equals(e.nominal()),
            java.util.Collections.unmodifiableList(steps), pattern);
        for (String first : steps.get(0)) {
          index.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
        }
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return new TriggerLexicon(Map.copyOf(index));
  }

  public static TriggerLexicon builtIn() throws IOException {
    try (InputStream in = DataFiles.resource("/pressbrief/escalation-triggers.yaml")) {
      return read(in, "escalation-triggers.yaml");
    }
  }

  /** The patterns whose first word is {@code folded}. */
  public List<Trigger> startingWith(String folded) {
    return byFirstWord.getOrDefault(folded, List.of());
  }
}
