package io.pressbrief.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void findsEveryKeyEvenWhenHashesCollideAndNothingElse() {
    Map<String, Integer> contents = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      contents.put("word" + i, i);
    }
    contents.put("Aa", -1); // "Aa" and "BB" have the same hash code
    contents.put("BB", -2);
    contents.put("", -3); // whose hash code is 0, the mark of an empty slot
    WordTable<Integer> table = new WordTable<>(contents);
    contents.forEach((key, value) -> assertEquals(value, table.get(key), key));
    assertNull(table.get("word5000"));
    assertNull(table.get("C#"));
    assertNull(new WordTable<Integer>(Map.of()).get("word"));
  }
}
