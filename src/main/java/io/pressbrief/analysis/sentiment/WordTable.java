package io.pressbrief.analysis.sentiment;

import java.util.Map;

/**
 * An immutable string-keyed table for the look-ups sentiment makes for every token: open addressing
 * over an int array of the keys' hashes, so a word that is not there (most words) is turned away
 * after reading one small array, without following a reference to any key (the JDK's immutable maps
 * call equals on a key at each step, and its HashMap reaches each hash through a node). Thread-safe.
 */
final class WordTable<V> {
  /** The keys' hashes, never 0 (0 marks an empty slot). */
  private final int[] hashes;
  /** Each slot's key and value side by side, so a hit reads them from one place. */
  private final Object[] entries;
  private final int mask;

  WordTable(Map<String, ? extends V> contents) {
    // At most two thirds full: short probes, and a table that stays small enough for the caches.
    int capacity = Integer.highestOneBit(Math.max(2, contents.size() * 3 / 2)) * 2;
    hashes = new int[capacity];
    entries = new Object[2 * capacity];
    mask = capacity - 1;
    contents.forEach((key, value) -> {
      int h = hash(key);
      int i = slot(h);
      while (hashes[i] != 0) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      entries[2 * i] = key;
      entries[2 * i + 1] = value;
    });
  }

  /** The value of {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(String key) {
    int h = hash(key);
    for (int i = slot(h); hashes[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && key.equals(entries[2 * i])) {
        return (V) entries[2 * i + 1];
      }
    }
    return null;
  }

  private static int hash(String key) {
    int h = key.hashCode();
    return h == 0 ? 1 : h;
  }

  private int slot(int hash) {
    int mixed = hash * 0x9E3779B9; // spreads hashes that differ in their high bits only over the low ones
    return (mixed ^ (mixed >>> 16)) & mask;
  }
}
