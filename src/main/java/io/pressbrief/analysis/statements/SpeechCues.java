package io.pressbrief.analysis.statements;

import io.pressbrief.analysis.DataFiles;
import io.pressbrief.analysis.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The speech and cognition cue words ("said", "told", "warned") with their lemmas, read from
 * speech-cues.txt. Immutable and thread-safe.
 */
public final class SpeechCues {
  /** A cue word: its lemma, and whether it only introduces speech with a that-clause or a quote. */
  public record Cue(String lemma, boolean weak) {}

  private final Map<String, Cue> byForm;

  public SpeechCues(Map<String, Cue> byForm) {
    this.byForm = Map.copyOf(byForm);
  }

  /** Reads "lemma: form form ..." lines; a lemma ending in '*' is weak. */
  public static SpeechCues read(InputStream in) throws IOException {
    Map<String, Cue> forms = new HashMap<>();
    List<String> lines = DataFiles.lines(in);
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IOException("speech cues: expected 'lemma: forms', got '" + line + "'");
      }
      String lemma = line.substring(0, colon).strip();
      boolean weak = lemma.endsWith("*");
      if (weak) {
        lemma = lemma.substring(0, lemma.length() - 1);
      }
      for (String form : line.substring(colon + 1).strip().split("\\s+")) {
        // A form listed under a strong lemma stays strong even if a weak lemma lists it too.
        Cue existing = forms.get(TextFold.fold(form));
        if (existing == null || existing.weak()) {
          forms.put(TextFold.fold(form), new Cue(lemma, weak));
        }
      }
    }
    return new SpeechCues(forms);
  }

  public static SpeechCues builtIn() throws IOException {
    return read(DataFiles.resource("/pressbrief/speech-cues.txt"));
  }

  /** The cue a folded word is, or null. */
  public Cue cue(String folded) {
    return byForm.get(folded);
  }
}
