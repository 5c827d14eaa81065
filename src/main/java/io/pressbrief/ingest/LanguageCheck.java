package io.pressbrief.ingest;

import io.pressbrief.analysis.DataFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells articles written in English from others, so a German or Russian article is set aside and
 * counted instead of being analysed as English. Two cheap signals that need no model: the script
 * most letters are written in, and the share of words that are common English function words.
 * Too short a text is given the benefit of the doubt. Thread-safe.
 */
public final class LanguageCheck {
  /** The start of every reason this check gives, so reports can count these apart from errors. */
  public static final String SET_ASIDE = "set aside as not English: ";

  private static final Set<String> FUNCTION_WORDS = load();
  private static final int MIN_LETTERS = 40;
  private static final int MIN_WORDS = 60;
  /** English news runs at 35-50 %; other Latin-script languages at 0-6 %. */
  private static final double MIN_FUNCTION_WORD_SHARE = 0.12;

  private LanguageCheck() {}

  /** Why the text is not English, or empty when it is (or is too short to tell). */
  public static Optional<String> whyNotEnglish(String text) {
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    int letters = 0;
    int words = 0;
    int functionWords = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        word.appendCodePoint(cp);
      } else if (cp != '\'' && cp != '\u2019' || word.isEmpty()) {
        if (!word.isEmpty()) {
          words++;
          if (FUNCTION_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
            functionWords++;
          }
          word.setLength(0);
        }
      }
      i += Character.charCount(cp);
    }
    if (letters < MIN_LETTERS) {
      return Optional.empty();
    }
    int latin = scripts.getOrDefault(Character.UnicodeScript.LATIN, 0);
    if (latin * 2 < letters) {
      Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      return Optional.of(String.format(Locale.ROOT,
          "%d%% of its letters are %s script; pressbrief's analysis reads English only",
          Math.round(100.0 * scripts.get(main) / letters), main.name().toLowerCase(Locale.ROOT)));
    }
    if (words >= MIN_WORDS && functionWords < MIN_FUNCTION_WORD_SHARE * words) {
      return Optional.of(String.format(Locale.ROOT,
          "only %.0f%% of its %d words are common English words such as 'the', 'of' and 'and' (English news: 35-50%%); "
              + "pressbrief's analysis reads English only (ingest.english_only: false in the job spec turns this check off)",
          100.0 * functionWords / words, words));
    }
    return Optional.empty();
  }

  private static Set<String> load() {
    try {
      return Set.copyOf(DataFiles.lines(DataFiles.resource("/pressbrief/english-function-words.txt")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
