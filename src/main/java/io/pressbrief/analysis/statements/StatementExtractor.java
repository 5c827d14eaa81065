package io.pressbrief.analysis.statements;

import io.pressbrief.analysis.SentenceSplitter;
import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.actors.ActorMention;
import io.pressbrief.analysis.dates.DatePrecision;
import io.pressbrief.analysis.dates.DateResolver;
import io.pressbrief.analysis.dates.TimeExpression;
import io.pressbrief.analysis.sentiment.ToneScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds statements in an article: direct quotes with their attribution ("“A,” he said, “B.”" is
 * one statement), reported speech ("X said that …", "…, X said.", "According to X, …"), and
 * reported speech with quoted words in it (mixed). Immutable and thread-safe: per-article state
 * lives in the objects each call creates.
 */
public final class StatementExtractor {
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
      "your", "this", "these", "those", "another", "one", "two", "three", "several", "many", "some", "other",
      "both", "all", "senior", "most");
  /** Words that may stand between a speaker and the cue: "Zelensky also said", "he has repeatedly said". */
  private static final Set<String> BETWEEN_SPEAKER_AND_CUE = Set.of("also", "has", "had", "have", "previously",
      "reportedly", "later", "then", "again", "repeatedly", "further", "recently", "publicly", "privately",
      "once", "earlier", "himself", "herself", "themselves", "itself", "on", "late", "early", "last", "this",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
      "evening", "afternoon", "yesterday", "today", "tonight", "week", "would", "will", "did", "does", "do",
      "is", "was", "were", "are", "been", "just", "still", "flatly", "quickly", "simply", "often", "frequently",
      "never", "not", "n't", "explicitly", "openly", "bluntly", "firmly", "angrily", "only", "first", "long",
      "separately", "directly", "widely", "tweeted", "wrongly", "falsely", "correctly", "elsewhere", "in", "an",
      "interview", "statement", "speech");
  /** Words that end a speaker phrase when walking back from a cue. */
  private static final Set<String> SPEAKER_STOPS = Set.of("that", "and", "but", "who", "which", "when", "while",
      "because", "if", "as", "after", "before", "since", "so", "or", "than", "where", "whether", "though",
      "although", "what", "to", "for", "with", "by", "from", "about", "into", "at", "said", "says", "told");

  private final SpeechCues cues;
  private final ActorDictionary actors;
  private final ToneScorer tone;
  private final DateResolver dates;

  public StatementExtractor(SpeechCues cues, ActorDictionary actors, ToneScorer tone, DateResolver dates) {
    this.cues = cues;
    this.actors = actors;
    this.tone = tone;
    this.dates = dates;
  }

  /** The statements of {@code text}, in text order. {@code mentions} are the article's actor mentions. */
  public List<Statement> extract(String text, LocalDate published, List<ActorMention> mentions) {
    return new Run(text, published, mentions).extract();
  }

  /** The state of one extraction: the article and what has been found in it so far. */
  private final class Run {
    private final String text;
    private final LocalDate published;
    private final List<Span> sentences;
    private final SpeakerResolver speakers;
    private final List<Statement> found = new ArrayList<>();

    Run(String text, LocalDate published, List<ActorMention> mentions) {
      this.text = text;
      this.published = published;
      this.sentences = SentenceSplitter.split(text);
      this.speakers = new SpeakerResolver(actors, text, mentions);
    }

    List<Statement> extract() {
      List<QuoteFinder.Quote> quotes = QuoteFinder.find(text);
      List<QuoteFinder.Quote> partial = new ArrayList<>();
      List<Span> quoted = new ArrayList<>();
      // Walk sentences in order so that pronouns resolve against what came before.
      int q = 0;
      for (Span sentence : sentences) {
        List<QuoteFinder.Quote> inSentence = new ArrayList<>();
        while (q < quotes.size() && quotes.get(q).open() < sentence.end()) {
          QuoteFinder.Quote quote = quotes.get(q++);
          if (quote.close() >= sentence.start() - 1) {
            inSentence.add(quote);
          }
        }
        List<QuoteFinder.Quote> full = new ArrayList<>();
        for (QuoteFinder.Quote quote : inSentence) {
          (isFullQuote(quote, sentence) ? full : partial).add(quote);
        }
        boolean hasDirect = false;
        for (int i = 0; i < full.size(); i++) {
          QuoteFinder.Quote quote = full.get(i);
          if (!quoted.isEmpty() && quoted.get(quoted.size() - 1).overlaps(quote.content())) {
            continue;
          }
          // "“A,” he said, “B.”": the second part joins the first when the attribution sits between them.
          QuoteFinder.Quote second = i + 1 < full.size() ? full.get(i + 1) : null;
          Span merged = direct(quote, second, sentence);
          if (merged != null) {
            quoted.add(merged);
            hasDirect = true;
            if (second != null && merged.end() == second.content().end()) {
              i++;
            }
          }
        }
        if (!hasDirect || full.isEmpty()) {
          reported(sentence, partial);
        }
      }
      found.sort(Comparator.comparingInt(s -> s.content().start()));
      return found;
    }

    /** A quote that is a statement rather than a nickname or scare quote. */
    private boolean isFullQuote(QuoteFinder.Quote quote, Span sentence) {
      List<Token> words = Tokenizer.tokens(text, quote.content().start(), quote.content().end());
      long wordCount = words.stream().filter(Token::isWord).count();
      char last = text.charAt(quote.content().end() - 1);
      boolean endsLikeSpeech = last == '.' || last == ',' || last == '?' || last == '!' || last == '\u2026'
          || last == '-' || last == '\u2014';
      int before = quote.open() - 1;
      while (before >= 0 && text.charAt(before) == ' ') {
        before--;
      }
      boolean opensClause = before < 0 || before < sentence.start() || ":,\n".indexOf(text.charAt(before)) >= 0;
      if (opensClause && (endsLikeSpeech || wordCount >= 4)) {
        return true;
      }
      return wordCount >= 8 && endsLikeSpeech;
    }

    /** Attributes a direct quote (and the quote that continues it); returns the span it covers, or null. */
    private Span direct(QuoteFinder.Quote quote, QuoteFinder.Quote next, Span sentence) {
      int afterEnd = next != null ? next.open() : paragraphEnd(Math.max(sentence.end(), quote.close() + 1));
      Attribution after = attributionAfter(quote.close() + 1, afterEnd);
      Attribution attribution = after;
      Span content = quote.content();
      if (after != null && next != null && onlyPunctuationBetween(after.end, next.open())) {
        content = new Span(quote.content().start(), next.content().end());
      }
      if (attribution == null) {
        attribution = attributionBefore(Math.min(sentence.start(), quote.open()), quote.open());
      }
      if (attribution == null && startsParagraph(quote.open()) && previousLineEndsWithColon(quote.open())) {
        // "Moss said:" on a line of its own, the quote in the paragraphs after it.
        attribution = attributionBefore(lineStartBefore(quote.open()), quote.open());
      }
      SpeakerResolver.Resolved actor;
      Span speaker = null;
      if (attribution != null && attribution.speaker != null) {
        speaker = attribution.speaker;
        actor = speakers.resolve(speaker);
      } else if (attribution == null && startsParagraph(quote.open())) {
        actor = speakers.previous(); // a quote-only paragraph continues the last speaker
      } else {
        actor = null;
      }
      if (attribution == null && !startsParagraph(quote.open())) {
        return null; // a quote in running text with no one saying it: not counted
      }
      add(content, StatementKind.DIRECT, speaker, actor, attribution, sentence);
      return content;
    }

    /** Reported speech in a sentence without a direct quote. */
    private void reported(Span sentence, List<QuoteFinder.Quote> partialQuotes) {
      List<Token> tokens = Tokenizer.tokens(text, sentence.start(), sentence.end());
      if (tokens.size() < 4) {
        return;
      }
      // "According to X, ..." and "..., according to X."
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).folded().equals("according") && tokens.get(i + 1).folded().equals("to")) {
          Span cue = new Span(tokens.get(i).start(), tokens.get(i + 1).end());
          int speakerEnd = i + 2;
          while (speakerEnd < tokens.size() && tokens.get(speakerEnd).isWord()) {
            speakerEnd++;
          }
          if (speakerEnd == i + 2) {
            return;
          }
          Span speaker = new Span(tokens.get(i + 2).start(), tokens.get(speakerEnd - 1).end());
          Span content = i == 0
              ? trimmed(speakerEnd < tokens.size() ? tokens.get(speakerEnd).end() : sentence.end(), sentence.end())
              : trimmed(sentence.start(), tokens.get(i).start());
          if (content != null) {
            add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker),
                new Attribution(speaker, cue, "according to", cue.end()), sentence);
          }
          return;
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        SpeechCues.Cue cue = cues.cue(tokens.get(i).folded());
        if (cue == null || i == 0) {
          continue;
        }
        // "..., X said." / "..., said X." at the end of the sentence: the content is before it.
        int comma = commaBefore(tokens, i);
        if (comma > 0 && restIsShort(tokens, i)) {
          Span speaker = speakerPhraseBefore(tokens, i, comma + 1);
          if (speaker == null) {
            speaker = speakerPhraseAfter(tokens, i + 1);
          }
          if (speaker != null) {
            Span content = trimmed(sentence.start(), tokens.get(comma).start());
            if (content != null && !cue.weak()) {
              add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker),
                  new Attribution(speaker, span(tokens.get(i)), cue.lemma(), tokens.get(i).end()), sentence);
              return;
            }
          }
        }
        // "X said (that) ...", "X told reporters on Monday that ..."
        Span speaker = speakerPhraseBefore(tokens, i, 0);
        if (speaker == null) {
          continue;
        }
        int contentFrom = contentStartAfterCue(tokens, i, cue);
        if (contentFrom < 0 || contentFrom >= tokens.size()) {
          continue;
        }
        Span content = trimmed(tokens.get(contentFrom).start(), sentence.end());
        if (content == null || Tokenizer.tokens(text, content.start(), content.end()).size() < 3) {
          continue;
        }
        add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker),
            new Attribution(speaker, span(tokens.get(i)), cue.lemma(), tokens.get(i).end()), sentence);
        return;
      }
    }

    /** Where the content begins after a cue: after "that", after the addressee of "told", or right after. */
    private int contentStartAfterCue(List<Token> tokens, int cueAt, SpeechCues.Cue cue) {
      int j = cueAt + 1;
      int limit = Math.min(tokens.size(), cueAt + 12);
      for (int k = j; k < limit; k++) {
        String f = tokens.get(k).folded();
        if (f.equals("that")) {
          return k + 1;
        }
        if (f.equals(".") || f.equals(";")) {
          break;
        }
      }
      if (cue.weak()) {
        return -1;
      }
      if (j < tokens.size() && (tokens.get(j).text().equals(":") || tokens.get(j).text().equals(","))) {
        return j + 1;
      }
      if (cue.lemma().equals("tell") || cue.lemma().equals("inform") || cue.lemma().equals("assure")) {
        return -1; // "told reporters" without "that" rarely carries the statement itself
      }
      // A bare clause must look like one: a subject-like word ("he", "the", a name) right after the cue.
      if (j < tokens.size()) {
        Token t = tokens.get(j);
        if (SpeakerResolver.PRONOUNS.contains(t.folded()) || DETERMINERS.contains(t.folded()) || t.isCapitalised()) {
          return j;
        }
      }
      return -1;
    }

    /** The speaker phrase ending right before the cue at {@code cueAt}, not reaching before {@code floor}. */
    private Span speakerPhraseBefore(List<Token> tokens, int cueAt, int floor) {
      int j = cueAt - 1;
      while (j >= floor && BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(j).folded())) {
        j--;
      }
      if (j < floor) {
        return null;
      }
      Token head = tokens.get(j);
      if (SpeakerResolver.PRONOUNS.contains(head.folded())) {
        return span(head);
      }
      if (!head.isWord() || SPEAKER_STOPS.contains(head.folded())) {
        return null;
      }
      int start = -1;
      int k = j;
      while (k >= floor && j - k < 10) {
        Token t = tokens.get(k);
        if (!t.isWord() || SPEAKER_STOPS.contains(t.folded()) || cues.cue(t.folded()) != null && k != j) {
          break;
        }
        if (t.isCapitalised() || DETERMINERS.contains(t.folded())) {
          start = k;
          if (DETERMINERS.contains(t.folded())) {
            break;
          }
        } else {
          // A lower-case word belongs to the phrase only if a determiner or name opens it just before.
          int d = k - 1;
          while (d >= floor && k - d <= 4 && tokens.get(d).isWord() && !tokens.get(d).isCapitalised()
              && !DETERMINERS.contains(tokens.get(d).folded()) && !SPEAKER_STOPS.contains(tokens.get(d).folded())) {
            d--;
          }
          if (d < floor || !(tokens.get(d).isCapitalised() || DETERMINERS.contains(tokens.get(d).folded()))
              || !tokens.get(d).isWord()) {
            break;
          }
        }
        k--;
      }
      if (start < 0) {
        return null;
      }
      if (!tokens.get(start).isCapitalised() && !DETERMINERS.contains(tokens.get(start).folded())) {
        return null;
      }
      return new Span(tokens.get(start).start(), tokens.get(j).end());
    }

    /** The speaker phrase after an inverted cue: "said Peskov", "said the Kremlin spokesman". */
    private Span speakerPhraseAfter(List<Token> tokens, int from) {
      if (from >= tokens.size()) {
        return null;
      }
      Token first = tokens.get(from);
      if (!(first.isCapitalised() || DETERMINERS.contains(first.folded()))) {
        return null;
      }
      int end = from;
      while (end + 1 < tokens.size() && tokens.get(end + 1).isWord() && end - from < 8
          && !SPEAKER_STOPS.contains(tokens.get(end + 1).folded())) {
        end++;
      }
      return new Span(first.start(), tokens.get(end).end());
    }

    /** The attribution after a closing quote mark: ", he said", ", said Peskov", " Zelensky told Bloomberg." */
    private Attribution attributionAfter(int from, int to) {
      List<Token> tokens = Tokenizer.tokens(text, from, Math.min(to, text.length()));
      int i = 0;
      while (i < tokens.size() && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("\u2014")
          || tokens.get(i).text().equals("-"))) {
        i++;
      }
      for (int c = i; c < Math.min(tokens.size(), i + 12); c++) {
        Token t = tokens.get(c);
        if (!t.isWord() && !t.text().equals(",") && !t.text().equals("’") && !t.text().equals("'")) {
          break;
        }
        SpeechCues.Cue cue = cues.cue(t.folded());
        if (cue == null) {
          continue;
        }
        Span speaker = c > i ? speakerPhraseBefore(tokens, c, i) : null;
        if (speaker == null) {
          speaker = speakerPhraseAfter(tokens, c + 1);
        }
        return new Attribution(speaker, span(t), cue.lemma(), t.end());
      }
      return null;
    }

    /** The attribution before an opening quote mark: "Trump said:", "Zelensky told Bloomberg:". */
    private Attribution attributionBefore(int from, int to) {
      List<Token> tokens = Tokenizer.tokens(text, from, to);
      for (int c = tokens.size() - 1; c >= Math.max(0, tokens.size() - 8); c--) {
        SpeechCues.Cue cue = cues.cue(tokens.get(c).folded());
        if (cue == null) {
          continue;
        }
        Span speaker = speakerPhraseBefore(tokens, c, 0);
        if (speaker == null) {
          speaker = speakerPhraseAfter(tokens, c + 1);
        }
        if (speaker != null) {
          return new Attribution(speaker, span(tokens.get(c)), cue.lemma(), tokens.get(c).end());
        }
      }
      return null;
    }

    private StatementKind kindOf(Span content, List<QuoteFinder.Quote> partialQuotes) {
      for (QuoteFinder.Quote p : partialQuotes) {
        if (content.contains(p.open())) {
          return StatementKind.MIXED;
        }
      }
      return StatementKind.INDIRECT;
    }

    private void add(Span content, StatementKind kind, Span speaker, SpeakerResolver.Resolved actor,
                     Attribution attribution, Span sentence) {
      for (Statement s : found) {
        if (s.content().overlaps(content)) {
          return;
        }
      }
      LocalDate date = published;
      DatePrecision precision = DatePrecision.PUBLISHED;
      if (attribution != null) {
        // The time of saying sits around the attribution, outside the content: "Trump said on Sunday".
        int from = Math.max(sentence.start(), Math.min(attribution.cue.start(),
            speaker == null ? attribution.cue.start() : speaker.start()) - 40);
        int to = Math.min(Math.max(sentence.end(), content.end()), attribution.end + 40);
        TimeExpression t = dates.nearest(text, from, to, attribution.cue.start(), published);
        if (t != null && !content.contains(t.start())) {
          date = t.date();
          precision = t.precision();
        }
      }
      found.add(new Statement(content, text.substring(content.start(), content.end()), kind,
          speaker == null ? null : text.substring(speaker.start(), speaker.end()), speaker,
          actor == null ? null : actor.id(), actor == null ? null : actor.name(),
          attribution == null ? null : attribution.lemma, attribution == null ? null : attribution.cue,
          tone.score(text, content.start(), content.end()), date, precision));
    }

    private int commaBefore(List<Token> tokens, int cueAt) {
      for (int k = cueAt - 1; k >= Math.max(0, cueAt - 9); k--) {
        if (tokens.get(k).text().equals(",")) {
          return k;
        }
      }
      return -1;
    }

    private boolean restIsShort(List<Token> tokens, int cueAt) {
      int rest = 0;
      for (int k = cueAt + 1; k < tokens.size(); k++) {
        if (tokens.get(k).isWord()) {
          rest++;
        }
      }
      return rest <= 10;
    }

    private boolean onlyPunctuationBetween(int from, int to) {
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (Character.isLetterOrDigit(c)) {
          return Tokenizer.tokens(text, from, to).stream().filter(Token::isWord).count() <= 6;
        }
      }
      return true;
    }

    private boolean startsParagraph(int offset) {
      int k = offset - 1;
      while (k >= 0 && text.charAt(k) == ' ') {
        k--;
      }
      return k < 0 || text.charAt(k) == '\n';
    }

    private boolean previousLineEndsWithColon(int offset) {
      int k = offset - 1;
      while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
        k--;
      }
      return k >= 0 && text.charAt(k) == ':';
    }

    /** The start of the line before the one {@code offset} begins. */
    private int lineStartBefore(int offset) {
      int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
      int previous = nl <= 0 ? -1 : text.lastIndexOf('\n', nl - 1);
      return previous + 1;
    }

    private int paragraphEnd(int from) {
      int nl = text.indexOf('\n', from);
      return nl < 0 ? text.length() : nl;
    }

    private Span trimmed(int start, int end) {
      while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
        start++;
      }
      while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:".indexOf(text.charAt(end - 1)) >= 0)) {
        end--;
      }
      return end > start ? new Span(start, end) : null;
    }
  }

  private static Span span(Token t) {
    return new Span(t.start(), t.end());
  }

  /** The words that attribute a statement: who (may be null), the cue, and where the attribution ends. */
  private record Attribution(Span speaker, Span cue, String lemma, int end) {}
}
