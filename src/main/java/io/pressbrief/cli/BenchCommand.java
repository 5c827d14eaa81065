package io.pressbrief.cli;

import io.pressbrief.analysis.AnalysisResources;
import io.pressbrief.analysis.ArticleAnalyzer;
import io.pressbrief.analysis.SentenceSplitter;
import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.actors.ActorMention;
import io.pressbrief.analysis.sentiment.TargetFeatures;
import io.pressbrief.analysis.sentiment.TargetSentimentModel;
import io.pressbrief.analysis.sentiment.TargetTone;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.sentiment.ToneScorer;
import io.pressbrief.ingest.ArchiveFiles;
import io.pressbrief.ingest.Article;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pressbrief bench}: how fast the per-article analysis runs on one core, measured over a real
 * archive held in memory (reading is not timed), after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure the analyzer's speed on one core over an archive (articles/s, MB/s, sentiment's share).")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Archive file, folder or glob (JSON Lines).")
  List<String> inputs;

  @Option(names = "--seconds", defaultValue = "20", description = "How long to measure (default ${DEFAULT-VALUE} s).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "8", description = "Warm-up before measuring (default ${DEFAULT-VALUE} s).")
  int warmup;

  @Override
  public Integer call() throws Exception {
    List<Article> articles = ArchiveFiles.articles(inputs, new Configuration());
    if (articles.isEmpty()) {
      Progress.info("bench: no article to analyse in %s", inputs);
      return ExitCodes.NO_INPUT;
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    Progress.info("bench: %d articles, %.1f MB of text, one thread", articles.size(), chars / 1e6);
    AnalysisResources resources = AnalysisResources.load(List.of());
    ArticleAnalyzer analyzer = resources.newAnalyzer();
    ToneLexicon lexicon = ToneLexicon.builtIn();
    ToneScorer tone = new ToneScorer(lexicon);
    ActorDictionary dictionary = ActorDictionary.of(resources.actors());
    TargetTone towardActors = new TargetTone(new TargetFeatures(lexicon), TargetSentimentModel.builtIn());

    Rate full = measure(articles, a -> analyzer.analyze(a).statements().size());
    // Sentiment's cost is what it adds to the work it shares with the rest of the analyzer (finding
    // actors, splitting and tokenising sentences): the same loop timed with and without it.
    Rate shared = measure(articles, a -> sharedWork(a, dictionary, null, null, null));
    Rate withTone = measure(articles, a -> sharedWork(a, dictionary, lexicon, tone, towardActors));
    System.out.printf(java.util.Locale.ROOT,
        "analyzer: %.0f articles/s, %.2f MB/s of text on one core (%d articles in %.1f s)%n",
        full.articlesPerSecond(), full.megabytesPerSecond(), full.articles(), full.seconds());
    double analyzerSeconds = 1 / full.articlesPerSecond();
    double toneSeconds = Math.max(0, 1 / withTone.articlesPerSecond() - 1 / shared.articlesPerSecond());
    System.out.printf(java.util.Locale.ROOT, "sentiment (sentence tone and tone toward actors): %.0f%% of the "
            + "analyzer's time, adding %.0f%% to the rest of it%n",
        100 * toneSeconds / analyzerSeconds, 100 * toneSeconds / Math.max(1e-12, analyzerSeconds - toneSeconds));
    return ExitCodes.OK;
  }

  /**
   * What the analyzer does for tone on one article, and the work it shares with the rest: actors
   * found, sentences split and tokenised; with {@code tone} null only the shared work is done.
   */
  private static int sharedWork(Article a, ActorDictionary dictionary, ToneLexicon lexicon, ToneScorer tone,
                                TargetTone towardActors) {
    String text = a.text();
    List<ActorMention> found = dictionary.find(text);
    List<Span> sentences = SentenceSplitter.split(text);
    int n = found.size();
    int m = 0;
    for (Span s : sentences) {
      List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end());
      n += tokens.size();
      if (tone != null) {
        ToneLexicon.Word[] words = lexicon.words(tokens);
        double sentenceTone = tone.score(tokens, words);
        n += ToneScorer.polarity(sentenceTone);
        while (m < found.size() && found.get(m).start() < s.end()) {
          ActorMention mention = found.get(m++);
          if (mention.start() >= s.start()) {
            n += towardActors.toward(tokens, words, new Span(mention.start(), mention.end()), sentenceTone).polarity();
          }
        }
      }
    }
    return n;
  }

  /** Throughput of one measured loop. */
  private record Rate(long articles, long chars, double seconds) {
    double articlesPerSecond() {
      return articles / seconds;
    }

    double megabytesPerSecond() {
      return chars / 1e6 / seconds;
    }
  }

  private Rate measure(List<Article> articles, java.util.function.ToIntFunction<Article> work) {
    long sink = 0;
    long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
    for (int i = 0; System.nanoTime() < warmupEnd; i++) {
      sink += work.applyAsInt(articles.get(i % articles.size()));
    }
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    long n = 0;
    long chars = 0;
    while (System.nanoTime() < end) {
      Article a = articles.get((int) (n % articles.size()));
      sink += work.applyAsInt(a);
      chars += a.text().length();
      n++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (sink == Long.MIN_VALUE) {
      System.out.print(""); // keeps the work from being optimised away
    }
    return new Rate(n, chars, elapsed);
  }
}
