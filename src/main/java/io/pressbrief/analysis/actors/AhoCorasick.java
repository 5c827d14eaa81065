package io.pressbrief.analysis.actors;

import io.pressbrief.analysis.TextFold;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over lower-cased keywords: finds every occurrence of every keyword in
 * one pass over the text, whatever the number of keywords. Immutable and thread-safe once built.
 */
final class AhoCorasick {
  /**
   * Transitions keyed by (state << 16 | char) in open addressing over primitive arrays: matching
   * looks one up per character, so nothing is boxed there.
   */
  private final long[] transitionKeys;
  private final int[] transitionTargets;
  private final int transitionMask;
  private final int[] fail;
  /** Keyword ids ending at each state, including those reached through failure links. */
  private final int[][] outputs;

  /** One occurrence: the keyword's index and its span in the text. */
  record Hit(int keyword, int start, int end) {}

  AhoCorasick(List<String> keywords) {
    Map<Long, Integer> go = new HashMap<>();
    List<List<Integer>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    List<Integer> depth = new ArrayList<>();
    depth.add(0);
    for (int k = 0; k < keywords.size(); k++) {
      String word = keywords.get(k);
      int state = 0;
      for (int i = 0; i < word.length(); i++) {
        long key = key(state, word.charAt(i));
        Integer next = go.get(key);
        if (next == null) {
          next = out.size();
          out.add(new ArrayList<>());
          depth.add(i + 1);
          go.put(key, next);
        }
        state = next;
      }
      out.get(state).add(k);
    }
    int states = out.size();
    fail = new int[states];
    // Breadth-first, so every state's failure target is finished before the state itself.
    List<List<Character>> children = new ArrayList<>();
    for (int s = 0; s < states; s++) {
      children.add(new ArrayList<>());
    }
    Map<Integer, Integer> parentOf = new HashMap<>();
    Map<Integer, Character> charOf = new HashMap<>();
    for (Map.Entry<Long, Integer> e : go.entrySet()) {
      int parent = (int) (e.getKey() >>> 16);
      char c = (char) (e.getKey() & 0xFFFF);
      children.get(parent).add(c);
      parentOf.put(e.getValue(), parent);
      charOf.put(e.getValue(), c);
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (char c : children.get(0)) {
      queue.add(go.get(key(0, c)));
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      if (parentOf.get(s) != 0) {
        int f = fail[parentOf.get(s)];
        char c = charOf.get(s);
        while (f != 0 && !go.containsKey(key(f, c))) {
          f = fail[f];
        }
        Integer t = go.get(key(f, c));
        fail[s] = t == null || t == s ? 0 : t;
      }
      out.get(s).addAll(out.get(fail[s]));
      for (char c : children.get(s)) {
        queue.add(go.get(key(s, c)));
      }
    }
    outputs = new int[states][];
    for (int s = 0; s < states; s++) {
      outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    this.keywordLengths = keywords.stream().mapToInt(String::length).toArray();
    this.wordStartsOnly = keywords.stream().allMatch(k -> !k.isEmpty() && TextFold.isWordChar(k.charAt(0)));
    int capacity = Integer.highestOneBit(Math.max(4, go.size() * 2 - 1)) << 1; // load factor at most 1/2
    transitionKeys = new long[capacity];
    java.util.Arrays.fill(transitionKeys, EMPTY);
    transitionTargets = new int[capacity];
    transitionMask = capacity - 1;
    for (Map.Entry<Long, Integer> e : go.entrySet()) {
      int slot = slot(e.getKey());
      while (transitionKeys[slot] != EMPTY) {
        slot = (slot + 1) & transitionMask;
      }
      transitionKeys[slot] = e.getKey();
      transitionTargets[slot] = e.getValue();
    }
  }

  private static final long EMPTY = -1L;

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & transitionMask;
  }

  /** The state reached from {@code state} on {@code c}, or -1 when there is no transition. */
  private int next(int state, char c) {
    long key = key(state, c);
    for (int slot = slot(key); ; slot = (slot + 1) & transitionMask) {
      long k = transitionKeys[slot];
      if (k == key) {
        return transitionTargets[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  private final int[] keywordLengths;
  /** Every keyword begins with a word character, so a whole-word match begins at a word's start. */
  private final boolean wordStartsOnly;

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  /**
   * Every occurrence in {@code folded}, a text already folded the way the keywords were, that
   * stands as whole words: not inside a longer word ("us" in "because").
   */
  List<Hit> find(CharSequence folded) {
    List<Hit> hits = new ArrayList<>();
    int state = 0;
    int length = folded.length();
    for (int i = 0; i < length; i++) {
      char c = folded.charAt(i);
      if (state == 0 && wordStartsOnly && i > 0 && TextFold.isWordChar(c)
          && TextFold.isWordChar(folded.charAt(i - 1))) {
        // Nothing under way and inside a word: whatever began from here on would begin mid-word and
        // be dropped below, so skip to the word's end rather than look up every letter.
        while (i + 1 < length && TextFold.isWordChar(folded.charAt(i + 1))) {
          i++;
        }
        continue;
      }
      int next;
      while ((next = next(state, c)) < 0 && state != 0) {
        state = fail[state];
      }
      state = Math.max(next, 0);
      int[] ending = outputs[state];
      if (ending.length == 0 || i + 1 < length && TextFold.isWordChar(folded.charAt(i + 1))) {
        continue;
      }
      for (int k : ending) {
        int start = i + 1 - keywordLengths[k];
        if (start == 0 || !TextFold.isWordChar(folded.charAt(start - 1))) {
          hits.add(new Hit(k, start, i + 1));
        }
      }
    }
    return hits;
  }
}
