package io.pressbrief.analysis.statements;

import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: curly and straight double quotes and guillemets, including quotes that run over
 * several paragraphs (an opening mark of the same kind on each paragraph, the closing mark only on the
 * last: a lone straight mark opening a paragraph does not run on into a curly quote).
 * Single quotes are not searched at the top level (they are apostrophes far more often); inside a
 * double quote they are simply part of it. A stray mark never hides the quotes after it.
 * Stateless and thread-safe.
 */
final class QuoteFinder {
  /**
   * One quotation: the span inside the marks, and the offsets of the marks themselves (for a quote in
   * two apostrophes, of the inner opening one and the outer closing one: {@code open + 1} is always
   * where the quotation starts, {@code close + 1} where the text after it goes on).
   */
  record Quote(Span content, int open, int close) {}

  private QuoteFinder() {}

  static List<Quote> find(String text) {
    List<Quote> quotes = new ArrayList<>();
    int open = -1;
    char openMark = 0;
    int n = text.length();
    int k;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // Some newsrooms write double quotes as two apostrophes (''like this'') or as ``this''.
      if ((c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c) {
        if (c == '\'' && open >= 0 && openMark == '\'') {
          add(quotes, text, open, i, i + 1);
          open = -1;
        } else {
          open = i + 1;
          openMark = '\'';
        }
        i++;
        continue;
      }
      if (c == '\u201C' && open >= 0 && openMark == '\u201C' && closesHere(text, i)) {
        add(quotes, text, open, i); // "Apparently not,“ he said": an opening mark typed for a closing one
        open = -1;
      } else if (c == '\u201C' && open >= 0 && openMark == '"' && wordsBetween(text, open, i)
          && (k = nestedClose(text, i, '\u201D', '"')) > 0) {
        // "Read the question: “Is the pier safe?” Forty yes." is one quote with another inside; a curly quote
        // right after the straight mark is a paragraph wrapped in stray marks ("“Yes,” he said.").
        i = k;
      } else if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
        // An opening mark while another is open: the earlier one was stray.
        open = i;
        openMark = c;
      } else if (c == '\u201D' && open < 0 && startsLine(text, i) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        open = i; // ”Fear. I am afraid …” ― a closing mark typed to open a paragraph's quote
        openMark = '\u201C';
      } else if (c == '\u201D' || c == '\u00BB') {
        if (open >= 0 && (c == '\u00BB') == (openMark == '\u00AB')) {
          add(quotes, text, open, i);
          open = -1;
        } else if (open >= 0 && openMark == '"') {
          add(quotes, text, open, i); // mixed marks from careless typing still close
          open = -1;
        }
      } else if (c == '"') {
        if (open >= 0 && openMark == '\u201C' && opensWord(text, i) && (k = nestedClose(text, i, '"', '\u201D')) > 0) {
          i = k; // “She called it "the pier" twice.”: straight marks inside curly ones
        } else if (open >= 0 && (openMark == '"' || openMark == '\u201C')) {
          add(quotes, text, open, i);
          open = -1;
        } else {
          open = i;
          openMark = '"';
        }
      } else if (c == '\n' && open >= 0) {
        int next = i + 1;
        while (next < n && Tokenizer.isWhiteSpace(text.charAt(next))) {
          next++;
        }
        boolean continues = next < n && text.charAt(next) == openMark
            && (openMark != '\'' || text.startsWith("''", next));
        if (continues && opensClause(text, openMark == '\'' ? open - 1 : open) && closesLater(text, next + 1, openMark)
            && !transcriptLine(text, next + 1)) {
          i = openMark == '\'' ? next + 1 : next; // the quote goes on in the next paragraph: skip its opening mark
        } else {
          int last = i - 1;
          while (last > open && Tokenizer.isWhiteSpace(text.charAt(last))) {
            last--;
          }
          // “A,” said Moss. “B. C.<end of paragraph>: a quote opened at a sentence's start and never closed
          // ends with its paragraph, when the paragraph ends a sentence and the next opens no quote of its
          // own (which may go on from this one); any other unbalanced mark was stray.
          if (openMark != '\'' && openMark != '"' && !continues && !closesNext(text, i) && opensSentence(text, open)
              && ".?!".indexOf(text.charAt(last)) >= 0
              && wordsBetween(text, open, last)) {
            add(quotes, text, open, last + 1, last);
          }
          open = -1; // unbalanced: forget the stray mark and read on
        }
      }
    }
    return quotes;
  }

  /**
   * Whether the mark at {@code open} begins a paragraph or follows a colon or comma: only such a quote
   * runs on into the next paragraph; one opened after a word ("the sign read “closed) was stray.
   */
  private static boolean opensClause(String text, int open) {
    int k = open - 1;
    while (k >= 0 && Tokenizer.isSpaceInLine(text.charAt(k))) {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == ':' || text.charAt(k) == ',';
  }

  /**
   * Whether the next curly mark after {@code from} closes a quote: the line break inside an open quote
   * was then no paragraph's end ("... for her here.\nS.C. Rep. Jim Clyburn.”").
   */
  private static boolean closesNext(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201D' || c == '\u00BB') {
        return true;
      }
      if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
        return false;
      }
    }
    return false;
  }

  /** Whether the mark at {@code open} opens a sentence: after a sentence's end, or first on its line. */
  private static boolean opensSentence(String text, int open) {
    int k = open - 1;
    while (k >= 0 && Tokenizer.isSpaceInLine(text.charAt(k))) {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n' || ".?!".indexOf(text.charAt(k)) >= 0;
  }

  /** Whether only spaces stand between the start of the line and {@code i}. */
  static boolean startsLine(String text, int i) {
    int k = i - 1;
    while (k >= 0 && Tokenizer.isSpaceInLine(text.charAt(k))) {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n';
  }

  /** An opening mark right after sentence punctuation and before a space or the end reads as a closing one. */
  private static boolean closesHere(String text, int i) {
    return i > 0 && ",.?!".indexOf(text.charAt(i - 1)) >= 0
        && (i + 1 == text.length() || Tokenizer.isWhiteSpace(text.charAt(i + 1)));
  }

  /**
   * Whether a speaker's label in capitals and a colon open the text at {@code from} ("PENCE: Well, ..."):
   * each line of a quoted transcript is a statement of its own, not the next paragraph of one quote.
   */
  static boolean transcriptLine(String text, int from) {
    int i = from;
    int letters = 0;
    while (i < text.length() && i - from < 40) {
      char c = text.charAt(i);
      if (c == ':') {
        return letters >= 2;
      }
      if (Character.isLowerCase(c) || c == '\n' || !(Character.isLetter(c) || c == ' ' || c == '.' || c == '-' || c == '\'')) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
      i++;
    }
    return false;
  }

  /**
   * Where a quote of another kind, opened at {@code open} inside a quote, closes with {@code inner}, when the
   * outer quote's {@code outer} mark closes after it in the same paragraph; -1 when the mark at {@code open}
   * is not such a nested quote.
   */
  private static int nestedClose(String text, int open, char inner, char outer) {
    int close = -1;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (close < 0 && c == inner) {
        close = i;
      } else if (c == outer) {
        return close;
      }
    }
    return -1;
  }

  /** Whether a letter or digit stands between the marks at {@code from} and {@code to}. */
  private static boolean wordsBetween(String text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mark at {@code i} stands where a quote opens: after a space or an opening bracket, before a word. */
  private static boolean opensWord(String text, int i) {
    return i > 0 && i + 1 < text.length() && (Tokenizer.isWhiteSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** Whether a closing mark for a quote opened with {@code mark} appears later in the text. */
  private static boolean closesLater(String text, int from, char mark) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201D' || c == '\u00BB' || (c == '"' && mark == '"')
          || (mark == '\'' && c == '\'' && text.startsWith("''", i))) {
        return true;
      }
      if (c == '\u201C' && mark == '\u201C' && i > 0 && text.charAt(i - 1) == '\n') {
        continue; // another continued paragraph
      }
    }
    return false;
  }

  private static void add(List<Quote> quotes, String text, int open, int close) {
    add(quotes, text, open, close, close);
  }

  /** Adds the quote whose words end at {@code end} and whose closing mark ends at {@code close}. */
  private static void add(List<Quote> quotes, String text, int open, int end, int close) {
    int start = open + 1;
    while (start < end && Tokenizer.isWhiteSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Tokenizer.isWhiteSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      quotes.add(new Quote(new Span(start, end), open, close));
    }
  }
}
