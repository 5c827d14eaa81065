package io.pressbrief.ingest;

import java.util.HashSet;
import java.util.Set;

/**
 * Recognises copies of one story: the same text, or a syndicated wire copy with a trimmed ending or
 * a few changed words. Each text gets a MinHash signature of its five-word shingles (one permutation
 * hashing, densified, so one hash per shingle), cut into bands: texts that share a band key are
 * candidates, and a candidate pair is a copy when the shingle sets really overlap. Headlines are not
 * part of the text, so a changed headline does not hide a copy. Stateless and thread-safe.
 */
public final class TextFingerprint {
  /** Bands of the signature; texts sharing any band key are compared. */
  public static final int BANDS = 10;
  /** Signature values per band: with ten bands of four, a pair with 80 % overlap is a candidate 99.5 % of the time. */
  public static final int ROWS = 4;
  private static final int SIGNATURE = BANDS * ROWS;
  private static final int SHINGLE_WORDS = 5;
  /** Overlap (Jaccard) above which two texts are one story. */
  static final double SAME_STORY = 0.8;
  /** Share of the shorter text found in the longer one above which it is a trimmed copy. */
  static final double TRIMMED_COPY = 0.9;

  private TextFingerprint() {}

  /** The band keys of a text, {@value #BANDS} of them; each key also encodes its band. */
  public static long[] bandKeys(String text) {
    long[] shingles = shingles(text);
    long[] bins = new long[SIGNATURE];
    java.util.Arrays.fill(bins, Long.MAX_VALUE);
    for (long h : shingles) {
      int bin = (int) Long.remainderUnsigned(h, SIGNATURE);
      long value = h >>> 6;
      if (value < bins[bin]) {
        bins[bin] = value;
      }
    }
    densify(bins);
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = mix(b + 1);
      for (int r = 0; r < ROWS; r++) {
        key = mix(key ^ bins[b * ROWS + r]);
      }
      keys[b] = key;
    }
    return keys;
  }

  /**
   * Whether two texts are one story: most five-word sequences shared (Jaccard ≥ 0.8), or nearly all
   * of the shorter one inside the longer one (a copy with its last paragraphs cut).
   */
  public static boolean sameStory(String a, String b) {
    Set<Long> x = set(shingles(a));
    Set<Long> y = set(shingles(b));
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    Set<Long> small = x.size() <= y.size() ? x : y;
    Set<Long> large = small == x ? y : x;
    int common = 0;
    for (Long s : small) {
      if (large.contains(s)) {
        common++;
      }
    }
    double jaccard = (double) common / (x.size() + y.size() - common);
    double containment = (double) common / small.size();
    // A short teaser inside a long story is not a copy of it: the copy must keep half the story.
    return jaccard >= SAME_STORY || containment >= TRIMMED_COPY && small.size() * 2 >= large.size();
  }

  /** Hashes of the text's five-word shingles, over lower-cased words, so case and punctuation do not count. */
  static long[] shingles(String text) {
    long[] words = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      i += i < text.length() ? Character.charCount(cp) : 1;
      if (Character.isLetterOrDigit(cp)) {
        h = h * 1_000_003L + Character.toLowerCase(cp);
        inWord = true;
      } else if (inWord) {
        if (n == words.length) {
          words = java.util.Arrays.copyOf(words, n * 2);
        }
        words[n++] = mix(h);
        h = 0;
        inWord = false;
      }
    }
    if (n == 0) {
      return new long[0];
    }
    int count = Math.max(1, n - SHINGLE_WORDS + 1);
    long[] out = new long[count];
    for (int s = 0; s < count; s++) {
      long x = 0;
      for (int w = s; w < Math.min(n, s + SHINGLE_WORDS); w++) {
        x = mix(x * 31 + words[w]);
      }
      out[s] = x;
    }
    return out;
  }

  /** Empty bins take the value of the next filled one (rotation), so short texts still have full signatures. */
  private static void densify(long[] bins) {
    long[] original = bins.clone();
    boolean anyFilled = false;
    for (long v : original) {
      anyFilled |= v != Long.MAX_VALUE;
    }
    if (!anyFilled) {
      return;
    }
    for (int i = 0; i < bins.length; i++) {
      if (original[i] == Long.MAX_VALUE) {
        int j = i;
        int steps = 0;
        do {
          j = (j + 1) % bins.length;
          steps++;
        } while (original[j] == Long.MAX_VALUE);
        bins[i] = mix(original[j] + steps);
      }
    }
  }

  private static Set<Long> set(long[] values) {
    Set<Long> s = new HashSet<>(values.length * 2);
    for (long v : values) {
      s.add(v);
    }
    return s;
  }

  /** SplitMix64's finaliser: a fast, well-spread 64-bit mix, the same on every JVM. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
