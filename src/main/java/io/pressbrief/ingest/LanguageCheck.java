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
 * counted instead of being analysed as English. Cheap signals that need no model: the script most
 * letters are written in, and how many words are common function words of English and of the other
 * languages written in Latin letters (two data files). English text that is not prose (an earnings
 * table: "Shr 47.1p vs 37.7, Div 11p") has few English function words but none of the others, so
 * it is not mistaken for another language.
 * Too short a text is given the benefit of the doubt. Thread-safe.
 */
public final class LanguageCheck {
  /** The start of every reason this check gives, so reports can count these apart from errors. */
  public static final String SET_ASIDE = "set aside as not English: ";

  private static final Set<String> FUNCTION_WORDS = load("/pressbrief/english-function-words.txt");
  private static final Set<String> OTHER_FUNCTION_WORDS = load("/pressbrief/other-function-words.txt");
  /** Longer words are none of the function words (checked when the lists load). */
  private static final int LONGEST_FUNCTION_WORD = 12;
  private static final int MIN_LETTERS = 40;
  /** Enough words to compare English function words with those of other languages. */
  private static final int MIN_WORDS_TO_COMPARE = 15;
  /**
   * Other languages' function words make 15-40 % of their prose (less on a page of product names);
   * English prose has them well under 1 %, in names such as Los Angeles or de Gaulle.
   */
  private static final double MIN_OTHER_SHARE = 0.04;

  private LanguageCheck() {}

  /** Why the text is not English, or empty when it is (or is too short to tell). */
  public static Optional<String> whyNotEnglish(String text) {
    // It reads every article's whole text, so the common case is kept cheap: an ASCII letter is
    // Latin without asking Unicode, and a word longer than any function word is not built at all.
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    int asciiLetters = 0;
    int letters = 0;
    int words = 0;
    int functionWords = 0;
    int otherFunctionWords = 0;
    StringBuilder word = new StringBuilder();
    boolean asciiWord = true;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      boolean ascii = cp < 0x80;
      if (ascii ? (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') : Character.isLetter(cp)) {
        letters++;
        if (ascii) {
          asciiLetters++;
        } else {
          scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
          asciiWord = false;
        }
        if (word.length() <= LONGEST_FUNCTION_WORD) {
          word.appendCodePoint(ascii && cp <= 'Z' ? cp + ('a' - 'A') : cp);
        }
      } else if (cp != '\'' && cp != '\u2019' || word.isEmpty()) {
        if (!word.isEmpty()) {
          words++;
          if (word.length() <= LONGEST_FUNCTION_WORD) {
            // ASCII letters were lowered as they came; other words as Unicode lowers a whole word
            String w = asciiWord ? word.toString() : word.toString().toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(w)) {
              functionWords++;
            } else if (OTHER_FUNCTION_WORDS.contains(w)) {
              otherFunctionWords++;
            }
          }
          word.setLength(0);
          asciiWord = true;
        }
      }
      i += Character.charCount(cp);
    }
    if (asciiLetters > 0) {
      scripts.merge(Character.UnicodeScript.LATIN, asciiLetters, Integer::sum);
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
    if (words >= MIN_WORDS_TO_COMPARE && otherFunctionWords > functionWords && otherFunctionWords >= 3
        && otherFunctionWords >= MIN_OTHER_SHARE * words) {
      return Optional.of(String.format(Locale.ROOT,
          "%d of its %d words are common words of another language ('der', 'les', 'los', 'che', 'het', 'się'…) "
              + "against %d common English ones; pressbrief's analysis reads English only (ingest.english_only: "
              + "false in the job spec turns this check off)", otherFunctionWords, words, functionWords));
    }
    return Optional.empty();
  }

  private static Set<String> load(String resource) {
    try {
      Set<String> words = Set.copyOf(DataFiles.lines(DataFiles.resource(resource)));
      for (String w : words) {
        if (w.length() > LONGEST_FUNCTION_WORD) {
          throw new IllegalStateException(resource + ": '" + w + "' is longer than " + LONGEST_FUNCTION_WORD
              + " characters, the longest function word LanguageCheck looks up");
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
