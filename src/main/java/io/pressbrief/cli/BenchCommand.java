package io.pressbrief.cli;

import io.pressbrief.analysis.AnalysisResources;
import io.pressbrief.analysis.ArticleAnalyzer;
import io.pressbrief.ingest.ArchiveFiles;
import io.pressbrief.ingest.Article;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Option(names = "--seconds", defaultValue = "20",
      description = "How long to measure each loop (default ${DEFAULT-VALUE} s).")
  int seconds;

  @Option(names = "--rounds", defaultValue = "10",
      description = "Rounds the measured time is split into, the loops alternating (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "8", description = "Warm-up before measuring (default ${DEFAULT-VALUE} s).")
  int warmup;

  @Mixin
  SentenceToneOption sentenceTone;

  @Override
  public Integer call() throws Exception {
    List<Article> articles = ArchiveFiles.articles(inputs, new Configuration());
    if (articles.isEmpty()) {
      Progress.info("bench: no article to analyse in %s", inputs);
      return ExitCodes.NO_INPUT;
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    Progress.info("bench: %d articles, %.1f MB of text, one thread", articles.size(), chars / 1e6);
    ArticleAnalyzer analyzer = AnalysisResources.load(List.of()).withSentenceTone(sentenceTone.model).newAnalyzer();
    ArticleAnalyzer withoutSentiment = analyzer.withoutSentiment();

    // Sentiment's cost is what it adds to the analyzer: the same analyzer timed with sentiment and with
    // it switched off. The two loops take turns in short rounds, and each round gives a share: on a
    // shared machine the speed drifts by 10 to 20 % over a minute, which one long loop after the other
    // would read as sentiment's.
    List<java.util.function.ToIntFunction<Article>> loops = List.of(
        a -> analyzer.analyze(a).statements().size(),
        a -> withoutSentiment.analyze(a).statements().size());
    long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
    while (System.nanoTime() < warmupEnd) {
      for (java.util.function.ToIntFunction<Article> loop : loops) {
        measure(articles, loop, 0.2, 0);
      }
    }
    int roundCount = Math.max(1, rounds);
    double roundSeconds = Math.max(0.1, seconds / (double) roundCount);
    Rate full = new Rate(0, 0, 0);
    double[] shares = new double[roundCount];
    double[] adding = new double[roundCount];
    int next = 0;
    for (int r = 0; r < roundCount; r++) {
      Rate[] rates = new Rate[loops.size()];
      for (int k = 0; k < loops.size(); k++) {
        int loop = (k + r) % loops.size(); // each loop goes first in turn, from the same article
        rates[loop] = measure(articles, loops.get(loop), roundSeconds, next);
      }
      next = (int) ((next + rates[0].articles()) % articles.size());
      full = full.plus(rates[0]);
      double analyzerSeconds = 1 / rates[0].articlesPerSecond();
      double toneSeconds = Math.max(0, analyzerSeconds - 1 / rates[1].articlesPerSecond());
      shares[r] = toneSeconds / analyzerSeconds;
      adding[r] = toneSeconds / Math.max(1e-12, analyzerSeconds - toneSeconds);
    }
    System.out.printf(java.util.Locale.ROOT,
        "analyzer: %.0f articles/s, %.2f MB/s of text on one core (%d articles in %.1f s)%n",
        full.articlesPerSecond(), full.megabytesPerSecond(), full.articles(), full.seconds());
    java.util.Arrays.sort(adding);
    System.out.printf(java.util.Locale.ROOT, "sentiment (the tone of sentences, statements and articles, and "
            + "toward actors): %.0f%% of the analyzer's time, adding %.0f%% to the rest of it (medians of %d "
            + "rounds; adding %.0f to %.0f%% in the middle half of them)%n", 100 * median(shares),
        100 * median(adding), roundCount, 100 * adding[roundCount / 4], 100 * adding[(3 * roundCount - 1) / 4]);
    return ExitCodes.OK;
  }

  /** Throughput of one measured loop. */
  private record Rate(long articles, long chars, double seconds) {
    Rate plus(Rate other) {
      return new Rate(articles + other.articles, chars + other.chars, seconds + other.seconds);
    }

    double articlesPerSecond() {
      return articles / seconds;
    }

    double megabytesPerSecond() {
      return chars / 1e6 / seconds;
    }
  }

  /** Runs {@code work} over the articles from {@code first} on, round and round, for {@code seconds}. */
  private static Rate measure(List<Article> articles, java.util.function.ToIntFunction<Article> work, double seconds,
                              int first) {
    long sink = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    long n = 0;
    long chars = 0;
    while (System.nanoTime() < end) {
      Article a = articles.get((int) ((first + n) % articles.size()));
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

  /** The median of the values (the mean of the middle two for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
