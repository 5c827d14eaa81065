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
  /** How a cue's content is found (the marks of speech-cues.txt). */
  public enum Kind {
    /** A speech verb: the clause after it, or the sentence before ", X said." */
    SPEECH,
    /** A cognition or weak verb: only with "that" or a clause that plainly starts. */
    COGNITION,
    /** A speech act aimed at someone: what follows, object included. */
    ACT,
    /**
     * A verb that attributes only a direct quote it introduces or closes ("the sign read, “...”",
     * "“...,” the email reads"): elsewhere it is no speech ("read the report", "Ian Read said").
     */
    QUOTE
  }

  /**
   * A cue word: its lemma and kind, whether the form is as often a noun ("support", "favor"), so
   * that it is a verb only after a subject word, and whether the verb speaks only before "that", a
   * colon or a quote, or at the end of its sentence ("maintained that", not "maintained a lead"; see
   * {@code StatementExtractor}).
   */
  public record Cue(String lemma, Kind kind, boolean nounToo, boolean clauseOnly, boolean opensPhrase) {
    public Cue(String lemma, Kind kind, boolean nounToo, boolean clauseOnly) {
      this(lemma, kind, nounToo, clauseOnly, false);
    }

    public Cue(String lemma, Kind kind, boolean nounToo) {
      this(lemma, kind, nounToo, false);
    }

    public boolean weak() {
      return kind == Kind.COGNITION;
    }
  }

  private final Map<String, Cue> byForm;
  /** Cues of two words ("asked for"): by the first word, then the second. */
  private final Map<String, Map<String, Cue>> byPhrase;

  public SpeechCues(Map<String, Cue> byForm) {
    this(byForm, Map.of());
  }

  public SpeechCues(Map<String, Cue> byForm, Map<String, Map<String, Cue>> byPhrase) {
    this.byForm = Map.copyOf(byForm);
    Map<String, Map<String, Cue>> phrases = new java.util.HashMap<>();
    byPhrase.forEach((first, seconds) -> phrases.put(first, Map.copyOf(seconds)));
    this.byPhrase = Map.copyOf(phrases);
  }

  /**
   * Reads "lemma: form form ..." lines; a lemma ending in '*' is a cognition cue, in '+' a speech act,
   * in '"' a cue of direct quotes only, in '^' a speech verb that speaks only before a clause or a
   * quote; a form ending in '?' is as often a noun. A form of two words joined by '_' ("asked_for") is
   * the cue when both words stand together; its first word must be a form of its own ("asked"), whose
   * cue says it may open one ({@link Cue#opensPhrase}), so the look-up of every other word stays one.
   */
  public static SpeechCues read(InputStream in) throws IOException {
    Map<String, Cue> forms = new HashMap<>();
    Map<String, Map<String, Cue>> phrases = new HashMap<>();
    List<String> lines = DataFiles.lines(in);
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IOException("speech cues: expected 'lemma: forms', got '" + line + "'");
      }
      String lemma = line.substring(0, colon).strip();
      boolean clauseOnly = lemma.endsWith("^");
      if (clauseOnly) {
        lemma = lemma.substring(0, lemma.length() - 1);
      }
      Kind kind = lemma.endsWith("*") ? Kind.COGNITION : lemma.endsWith("+") ? Kind.ACT
          : lemma.endsWith("\"") ? Kind.QUOTE : Kind.SPEECH;
      if (kind != Kind.SPEECH) {
        lemma = lemma.substring(0, lemma.length() - 1);
      }
      for (String form : line.substring(colon + 1).strip().split("\\s+")) {
        boolean nounToo = form.endsWith("?");
        String folded = TextFold.fold(nounToo ? form.substring(0, form.length() - 1) : form);
        int joint = folded.indexOf('_');
        if (joint > 0) {
          phrases.computeIfAbsent(folded.substring(0, joint), k -> new HashMap<>())
              .putIfAbsent(folded.substring(joint + 1), new Cue(lemma, kind, nounToo, clauseOnly));
          continue;
        }
        // The first listing of a form wins: speech verbs come first in the file.
        forms.putIfAbsent(folded, new Cue(lemma, kind, nounToo, clauseOnly));
      }
    }
    for (String first : phrases.keySet()) {
      Cue alone = forms.get(first);
      if (alone == null) {
        throw new IOException("speech cues: '" + first + "' opens a form of two words but is no form of its own");
      }
      forms.put(first, new Cue(alone.lemma(), alone.kind(), alone.nounToo(), alone.clauseOnly(), true));
    }
    return new SpeechCues(forms, phrases);
  }

  public static SpeechCues builtIn() throws IOException {
    return read(DataFiles.resource("/pressbrief/speech-cues.txt"));
  }

  /** The cue a folded word is anywhere, or null: a cue of direct quotes only is not one. */
  public Cue cue(String folded) {
    Cue cue = byForm.get(folded);
    return cue == null || cue.kind() == Kind.QUOTE ? null : cue;
  }

  /**
   * The cue a folded word is anywhere, as {@link #cue}, or else a cue of direct quotes only that may open
   * a form of two words ("spoke" of "spoke about"); or null. One look-up for every word.
   */
  public Cue cueOrPhraseOpener(String folded) {
    Cue cue = byForm.get(folded);
    return cue == null || cue.kind() == Kind.QUOTE && !cue.opensPhrase() ? null : cue;
  }

  /** The cue of two words that {@code folded} and {@code next} make ("asked for"), or null. */
  public Cue phrase(String folded, String next) {
    Map<String, Cue> seconds = byPhrase.get(folded);
    return seconds == null ? null : seconds.get(next);
  }

  /** The cue a folded word is beside a direct quote, where cues of direct quotes only count too; or null. */
  public Cue quoteCue(String folded) {
    return byForm.get(folded);
  }
}
