package io.pressbrief.analysis.escalation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pressbrief.analysis.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The conflict–cooperation weight of an event type and mode on the Goldstein scale (−10 to +10),
 * read from escalation-weights.yaml. Immutable and thread-safe.
 */
public final class EscalationWeights {
  /** One weight as written in the file, with the CAMEO code it comes from. */
  public record Weight(double weight, String cameo) {}

  record File(Map<String, Weight> types, Map<String, Map<String, Weight>> modes) {}

  private final Map<String, Double> byType;
  private final Map<String, Double> byTypeAndMode;

  private EscalationWeights(Map<String, Double> byType, Map<String, Double> byTypeAndMode) {
    this.byType = Map.copyOf(byType);
    this.byTypeAndMode = Map.copyOf(byTypeAndMode);
  }

  public static EscalationWeights read(InputStream yaml, String origin) throws IOException {
    File file = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .readValue(yaml, File.class);
    if (file == null || file.types() == null) {
      throw new IOException(origin + ": 'types' must give a weight for every event type");
    }
    Map<String, Double> byType = new HashMap<>();
    for (String type : EventTypes.ESCALATION) {
      byType.put(type, checked(file.types().get(type), type, origin));
    }
    for (String type : EventTypes.DEESCALATION) {
      byType.put(type, checked(file.types().get(type), type, origin));
    }
    for (String type : file.types().keySet()) {
      if (!EventTypes.isKnown(type)) {
        throw new IOException(origin + ": unknown event type '" + type + "'");
      }
    }
    Map<String, Double> byTypeAndMode = new HashMap<>();
    if (file.modes() != null) {
      for (Map.Entry<String, Map<String, Weight>> t : file.modes().entrySet()) {
        if (!EventTypes.isKnown(t.getKey())) {
          throw new IOException(origin + ": unknown event type '" + t.getKey() + "' under 'modes'");
        }
        for (Map.Entry<String, Weight> m : t.getValue().entrySet()) {
          byTypeAndMode.put(t.getKey() + "/" + m.getKey(), checked(m.getValue(), t.getKey() + "/" + m.getKey(), origin));
        }
      }
    }
    return new EscalationWeights(byType, byTypeAndMode);
  }

  public static EscalationWeights builtIn() throws IOException {
    try (InputStream in = DataFiles.resource("/pressbrief/escalation-weights.yaml")) {
      return read(in, "escalation-weights.yaml");
    }
  }

  /** The weight of an event of {@code type} carried out by {@code mode} (null when unknown). */
  public double weight(String type, String mode) {
    if (mode != null) {
      Double w = byTypeAndMode.get(type + "/" + mode);
      if (w != null) {
        return w;
      }
    }
    Double w = byType.get(type);
    if (w == null) {
      throw new IllegalArgumentException("no weight for event type " + type);
    }
    return w;
  }

  private static double checked(Weight w, String key, String origin) throws IOException {
    if (w == null) {
      throw new IOException(origin + ": no weight for '" + key + "'");
    }
    if (w.weight() < -10 || w.weight() > 10) {
      throw new IOException(origin + ": the weight of '" + key + "' must lie between -10 and 10, got " + w.weight());
    }
    return w.weight();
  }
}
