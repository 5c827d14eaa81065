package io.pressbrief.analysis;

import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.actors.ActorMention;
import io.pressbrief.analysis.actors.Mention;
import io.pressbrief.analysis.dates.DateResolver;
import io.pressbrief.analysis.escalation.Escalation;
import io.pressbrief.analysis.escalation.EscalationDetector;
import io.pressbrief.analysis.escalation.EscalationWeights;
import io.pressbrief.analysis.escalation.TriggerLexicon;
import io.pressbrief.analysis.sentiment.SentenceTone;
import io.pressbrief.analysis.sentiment.TargetFeatures;
import io.pressbrief.analysis.sentiment.TargetSentimentModel;
import io.pressbrief.analysis.sentiment.TargetTone;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.sentiment.ToneScorer;
import io.pressbrief.analysis.statements.SpeakerWords;
import io.pressbrief.analysis.statements.SpeechCues;
import io.pressbrief.analysis.statements.Statement;
import io.pressbrief.analysis.statements.StatementExtractor;
import io.pressbrief.ingest.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses one article at a time: actor mentions, statements, escalation events and tone. Plain
 * Java with no Spark in it. Immutable and thread-safe; building one is costly (automata,
 * lexicons), so build it once per partition and reuse it.
 */
public final class ArticleAnalyzer {
  private final ActorDictionary actors;
  private final ToneLexicon toneLexicon;
  private final ToneScorer tone;
  private final StatementExtractor statements;
  private final EscalationDetector escalations;

  private final TargetTone towardActors;
  private final SentenceTone sentenceTone;

  public ArticleAnalyzer(ActorDictionary actors, SpeechCues cues, SpeakerWords speakerWords, ToneLexicon toneLexicon,
                         TargetSentimentModel targetModel, TriggerLexicon triggers, EscalationWeights weights) {
    this(actors, cues, speakerWords, toneLexicon, targetModel, SentenceTone.lexicon(), triggers, weights);
  }

  /**
   * The same, with the tone of sentences (and so of the article) and of statements scored by
   * {@code sentenceTone}; tone toward actors stays the target model's, which reads the lexicon tone.
   */
  public ArticleAnalyzer(ActorDictionary actors, SpeechCues cues, SpeakerWords speakerWords, ToneLexicon toneLexicon,
                         TargetSentimentModel targetModel, SentenceTone sentenceTone, TriggerLexicon triggers,
                         EscalationWeights weights) {
    DateResolver dates = new DateResolver();
    this.actors = actors;
    this.toneLexicon = toneLexicon;
    this.tone = new ToneScorer(toneLexicon);
    this.sentenceTone = sentenceTone;
    this.towardActors = new TargetTone(new TargetFeatures(toneLexicon), targetModel);
    this.statements = new StatementExtractor(cues, speakerWords, actors, tone, sentenceTone, dates);
    this.escalations = new EscalationDetector(triggers, weights, dates);
  }

  private ArticleAnalyzer(ArticleAnalyzer withTone) {
    this.actors = withTone.actors;
    this.toneLexicon = withTone.toneLexicon;
    this.tone = null;
    this.sentenceTone = SentenceTone.lexicon();
    this.towardActors = null;
    this.statements = withTone.statements.withoutTone();
    this.escalations = withTone.escalations;
  }

  /**
   * The same analyzer with sentiment switched off (every tone and sentiment left at 0), for measuring
   * what sentiment adds to the analyzer's time ({@code bench}); not for analysis.
   */
  public ArticleAnalyzer withoutSentiment() {
    return new ArticleAnalyzer(this);
  }

  public ArticleAnalysis analyze(Article article) {
    // A hard-wrapped wire text is read as its paragraphs; offsets stay those of the text as read.
    String text = HardWrap.unwrap(article.text());
    List<ActorMention> found = actors.find(text, article.date());
    List<Span> sentences = SentenceSplitter.split(text);
    List<List<Token>> sentenceTokens = new ArrayList<>(sentences.size());
    List<ToneLexicon.Word[]> sentenceWords = new ArrayList<>(sentences.size());
    double[] lexiconTones = new double[sentences.size()];
    double sum = 0;
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> tokens = Tokenizer.tokens(text, sentences.get(i).start(), sentences.get(i).end());
      sentenceTokens.add(tokens);
      if (tone != null) {
        ToneLexicon.Word[] words = toneLexicon.words(tokens);
        sentenceWords.add(words);
        lexiconTones[i] = tone.score(tokens, words);
        sum += sentenceTone.isContextual() ? 0 : sentenceTone.tone(null, tokens, words, lexiconTones[i]);
      }
    }
    if (tone != null && sentenceTone.isContextual() && !sentences.isEmpty()) {
      // the embedding model reads an article's sentences in one batch
      List<String> sentenceTexts = new ArrayList<>(sentences.size());
      sentences.forEach(sentence -> sentenceTexts.add(text.substring(sentence.start(), sentence.end())));
      sum = 0;
      for (double t : sentenceTone.tones(sentenceTexts, lexiconTones)) {
        sum += t;
      }
    }
    double articleTone = sentences.isEmpty() ? 0 : sum / sentences.size();
    List<Mention> mentions = new ArrayList<>(found.size());
    int s = 0;
    for (ActorMention m : found) {
      while (s < sentences.size() && sentences.get(s).end() <= m.start()) {
        s++;
      }
      // Tone toward the actor: what the sentence says about it, not the sentence's tone as a whole.
      double toward = towardActors != null && s < sentences.size() && sentences.get(s).contains(m.start())
          ? towardActors.toward(sentenceTokens.get(s), sentenceWords.get(s), new Span(m.start(), m.end()),
              lexiconTones[s]).score()
          : 0;
      mentions.add(new Mention(m.actor().id(), m.actor().name(), m.start(), m.end(), toward));
    }
    // Sentences are split and tokenised once here, for tone, statements and events alike.
    List<Statement> said = statements.extract(text, article.title(), article.date(), found, sentences,
        sentenceTokens);
    List<Escalation> events = escalations.detect(text, article.date(), found, sentences, sentenceTokens);
    return new ArticleAnalysis(article, articleTone, said, events, mentions);
  }
}
