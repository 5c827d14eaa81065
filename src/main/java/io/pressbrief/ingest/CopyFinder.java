package io.pressbrief.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises copies among articles read one after another, in memory, for the {@code extract}
 * command (the Spark job does the same over its tables): an article that is the same story as an
 * earlier one at most a week apart is a copy of that one's canonical article. The first read stays
 * canonical. Holds the text of every canonical article it has seen, so it suits archives that fit
 * in memory. Not thread-safe.
 */
public final class CopyFinder {
  private static final int WINDOW_DAYS = 7;

  private record Seen(String id, LocalDate date, String text) {}

  private final Map<Long, List<Seen>> byBandKey = new HashMap<>();

  /** The canonical article this one copies, or null when it is a story of its own (and is remembered). */
  public String copyOf(Article article) {
    long[] keys = TextFingerprint.bandKeys(article.text());
    for (long key : keys) {
      for (Seen earlier : byBandKey.getOrDefault(key, List.of())) {
        if (near(earlier.date(), article.date()) && TextFingerprint.sameStory(earlier.text(), article.text())) {
          return earlier.id();
        }
      }
    }
    Seen seen = new Seen(article.id(), article.date(), article.text());
    for (long key : keys) {
      byBandKey.computeIfAbsent(key, k -> new ArrayList<>()).add(seen);
    }
    return null;
  }

  private static boolean near(LocalDate a, LocalDate b) {
    return a == null || b == null || Math.abs(a.toEpochDay() - b.toEpochDay()) <= WINDOW_DAYS;
  }
}
