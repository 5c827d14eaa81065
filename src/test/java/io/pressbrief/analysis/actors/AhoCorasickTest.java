package io.pressbrief.analysis.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pressbrief.analysis.TextFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
  /** Every whole-word occurrence of every keyword, found the slow and obvious way. */
  private static List<AhoCorasick.Hit> naive(List<String> keywords, String text) {
    List<AhoCorasick.Hit> hits = new ArrayList<>();
    for (int k = 0; k < keywords.size(); k++) {
      String word = keywords.get(k);
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        int end = at + word.length();
        boolean wholeWord = (at == 0 || !TextFold.isWordChar(text.charAt(at - 1)))
            && (end == text.length() || !TextFold.isWordChar(text.charAt(end)));
        if (wholeWord) {
          hits.add(new AhoCorasick.Hit(k, at, end));
        }
      }
    }
    return hits;
  }

  private static List<AhoCorasick.Hit> sorted(List<AhoCorasick.Hit> hits) {
    return hits.stream().sorted(Comparator.comparingInt(AhoCorasick.Hit::end)
        .thenComparingInt(AhoCorasick.Hit::start).thenComparingInt(AhoCorasick.Hit::keyword)).toList();
  }

  @Test
  void itFindsWholeWordsOnlyAndKeywordsThatSpanWords() {
    List<String> keywords = List.of("us", "us navy", "navy", "sus", "a");
    AhoCorasick automaton = new AhoCorasick(keywords);
    String text = "because the us navy, a sus navy-ish, thus us";
    assertEquals(sorted(naive(keywords, text)), sorted(automaton.find(text)));
    assertEquals(List.of(new AhoCorasick.Hit(0, 12, 14), new AhoCorasick.Hit(1, 12, 19), new AhoCorasick.Hit(2, 15, 19)),
        sorted(automaton.find("because the us navy")));
  }

  @Test
  void itFindsWhatASearchForEachKeywordFindsOnRandomText() {
    List<String> keywords = List.of("ab", "abc", "bca", "b", "ca b", "a-b", "cab ab", "bb");
    AhoCorasick automaton = new AhoCorasick(keywords);
    String palette = "abc -.é";
    Random random = new Random(20261206L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(25);
      for (int k = 0; k < length; k++) {
        b.append(palette.charAt(random.nextInt(palette.length())));
      }
      String text = b.toString();
      assertEquals(sorted(naive(keywords, text)), sorted(automaton.find(text)), text);
    }
  }
}
