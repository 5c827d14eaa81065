package io.pressbrief.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscalationWeightsTest {
  @Test
  void everyTypeHasAWeightOnTheGoldsteinScaleAndModesRefineAssaults() throws IOException {
    EscalationWeights w = EscalationWeights.builtIn();
    assertEquals(-9.0, w.weight("ASSAULT", null), "CAMEO 18");
    assertEquals(-10.0, w.weight("ASSAULT", "drone"), "CAMEO 195, aerial weapons");
    assertEquals(-9.0, w.weight("ASSAULT", "catapult"), "an unknown mode falls back to the type");
    assertEquals(-6.0, w.weight("THREATEN", null));
    assertEquals(4.0, w.weight("AGREE", null));
    for (String type : EventTypes.ESCALATION) {
      assertTrue(w.weight(type, null) < 0, type + " is conflict");
    }
    for (String type : EventTypes.DEESCALATION) {
      assertTrue(w.weight(type, null) > 0, type + " is cooperation");
    }
  }

  @Test
  void aMissingTypeOrAWeightOffTheScaleIsAnError() {
    IOException missing = assertThrows(IOException.class, () -> read("types:\n  ASSAULT: {weight: -9}\n"));
    assertTrue(missing.getMessage().contains("no weight for"), missing.getMessage());
    StringBuilder all = new StringBuilder("types:\n");
    for (String type : EventTypes.ESCALATION) {
      all.append("  ").append(type).append(": {weight: -5}\n");
    }
    for (String type : EventTypes.DEESCALATION) {
      all.append("  ").append(type).append(": {weight: 5}\n");
    }
    IOException off = assertThrows(IOException.class,
        () -> read(all + "modes:\n  ASSAULT:\n    drone: {weight: -12}\n"));
    assertTrue(off.getMessage().contains("between -10 and 10"), off.getMessage());
  }

  private static EscalationWeights read(String yaml) throws IOException {
    return EscalationWeights.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }
}
