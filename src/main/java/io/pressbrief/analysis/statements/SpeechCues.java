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
  public record Cue(String lemma, Kind kind, boolean nounToo, boolean clauseOnly) {
    public Cue(String lemma, Kind kind, boolean nounToo) {
      this(lemma, kind, nounToo, false);
    }

    public boolean weak() {
      return kind == Kind.COGNITION;
    }
  }

  private final Map<String, Cue> byForm;

  public SpeechCues(Map<String, Cue> byForm) {
    this.byForm = Map.copyOf(byForm);
  }

  /**
   * Reads "lemma: form form ..." lines; a lemma ending in '*' is a cognition cue, in '+' a speech act,
   * in '"' a cue of direct quotes only, in '^' a speech verb that speaks only before a clause or a
   * quote; a form ending in '?' is as often a noun.
   */
  public static SpeechCues read(InputStream in) throws IOException {
    Map<String, Cue> forms = new HashMap<>();
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
        // The first listing of a form wins: speech verbs come first in the file.
        forms.putIfAbsent(TextFold.fold(nounToo ? form.substring(0, form.length() - 1) : form),
            new Cue(lemma, kind, nounToo, clauseOnly));
      }
    }
    return new SpeechCues(forms);
  }

  public static SpeechCues builtIn() throws IOException {
    return read(DataFiles.resource("/pressbrief/speech-cues.txt"));
  }

  /** The cue a folded word is anywhere, or null: a cue of direct quotes only is not one. */
  public Cue cue(String folded) {
    Cue cue = byForm.get(folded);
    return cue == null || cue.kind() == Kind.QUOTE ? null : cue;
  }

  /** The cue a folded word is beside a direct quote, where cues of direct quotes only count too; or null. */
  public Cue quoteCue(String folded) {
    return byForm.get(folded);
  }
}
