package io.pressbrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  /** The definition the hand-written tokenizer follows, as a regular expression. */
  private static final String WORD = "[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]"
      + "|[\\x{80}-\\x{BF}&&[^\\x{85}\\x{A0}\\x{AB}\\x{BB}]](?=[\\p{L}\\p{M}\\p{N}]))*";
  private static final Pattern REFERENCE = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}|\\d+(?:[.,]\\d+)*|" + WORD + "(?:['’\\-]" + WORD + ")*|''|``|\\S",
      Pattern.UNICODE_CHARACTER_CLASS);

  private static List<String> reference(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  private static List<String> actual(String text, int from, int to) {
    return Tokenizer.tokens(text, from, to).stream().map(t -> t.start() + ":" + t.text()).toList();
  }

  @Test
  void abbreviationsNumbersWordsAndMarks() {
    List<String> t = Tokenizer.tokens("The U.S. sent 1,500.5 drones to Kyiv’s so-called “front” on 2025-12-08.")
        .stream().map(Token::text).toList();
    assertEquals(List.of("The", "U.S.", "sent", "1,500.5", "drones", "to", "Kyiv’s", "so-called", "“", "front",
        "”", "on", "2025", "-", "12", "-", "08", "."), t);
    assertEquals("kyiv's", Tokenizer.tokens("Kyiv’s").get(0).folded());
  }

  @Test
  void twoApostrophesOrBackticksForADoubleQuoteAreOneMark() {
    assertEquals(List.of("0:''", "2:pier", "6:,", "7:''", "10:``", "12:x", "13:''", "16:'"),
        actual("''pier,'' ``x'' '", 0, 17));
  }

  @Test
  void aNameDecodedTwiceStaysOneWord() {
    // "François" and "Peña" with their UTF-8 bytes read as Latin-1, once and twice
    assertEquals(List.of("0:FranÃ§ois", "10:Hollande"), actual("FranÃ§ois Hollande", 0, 18));
    assertEquals(List.of("0:PeA\u0303\u0083A\u0302\u00B1a"), actual("PeA\u0303\u0083A\u0302\u00B1a", 0, 9));
    assertEquals(List.of("0:«", "1:allé", "5:»", "7:a", "9:b"), actual("«allé» a\u00A0b", 0, 10),
        "guillemets and spaces still part words");
  }

  @Test
  void aRangeIsTokenisedAlone() {
    assertEquals(List.of("4:brown"), actual("The brown fox", 4, 9));
    assertEquals(List.of(), actual("The brown fox", 9, 4));
  }

  @Test
  void itTokenisesExactlyAsItsRegularExpressionOnEdgeCases() {
    for (String s : List.of("", " ", "U.S", "U.S.", "U.S.A.", "A.b.", "É.Ü.", "3rd", "1,", "1,2,", "1..2", "x-", "-x",
        "rock'n'roll", "it’s", "don't-", "a\u00A0b", "a\u2009b", "a\u202Fb", "\uD83D\uDE00 smile", "cafe\u0301",
        "Ⅻ century", "²³", "٣٤ and ١٢", "tab\tnew\nline", "a--b", "''quoted''", "x.y.z", "NATO.", "I.")) {
      assertEquals(reference(s, 0, s.length()), actual(s, 0, s.length()), s);
    }
  }

  /** Up to 29 code points drawn from {@code palette}: words, numbers, marks, odd spaces and scripts. */
  private static String randomText(Random random, String palette) {
    int[] points = palette.codePoints().toArray();
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(30);
    for (int k = 0; k < length; k++) {
      b.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return b.toString();
  }

  @Test
  void itTokenisesExactlyAsItsRegularExpressionOnRandomText() {
    String palette = "aZé\u0301 .,'’-—“”\"()0129U.S\u00A0\u2003\n\tΩж٣Ⅻ²\uD83D\uDE00!?$%\u0083§±«»\u0085";
    Random random = new Random(20261126L);
    for (int n = 0; n < 20_000; n++) {
      String s = randomText(random, palette);
      assertEquals(reference(s, 0, s.length()), actual(s, 0, s.length()), s);
    }
  }

  @Test
  void itTokenisesADataFileAndANewsParagraphExactlyAsItsRegularExpression() throws IOException {
    try (InputStream in = TokenizerTest.class.getResourceAsStream("/pressbrief/speech-cues.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(reference(text, 0, text.length()), actual(text, 0, text.length()));
    }
    String news = "The South sent more than 120 drones and 14 missiles at Port Alma and Vell overnight Friday "
        + "into Saturday, the harbour's coast guard said. “We held,” Clara Moss wrote on Sunday; the U.N. envoy's "
        + "so-called ‘road map’ costs $1,500.75 — or 2.5 % of the budget.";
    assertEquals(reference(news, 0, news.length()), actual(news, 0, news.length()));
  }

  @Test
  void itCountsTheWordsOfARangeAsItsTokensDo() {
    String palette = "aZé\u0301 .,'’-—“”\"()0129U.S\u00A0\n\tΩж٣\uD83D\uDE00!?";
    Random random = new Random(20261206L);
    for (int n = 0; n < 20_000; n++) {
      String s = randomText(random, palette);
      int from = random.nextInt(s.length() + 1);
      int to = from + random.nextInt(s.length() - from + 2);
      long words = Tokenizer.tokens(s, from, to).stream().filter(Token::isWord).count();
      assertEquals(words, Tokenizer.countWords(s, from, to), s + " [" + from + ", " + to + ")");
    }
    assertEquals(5, Tokenizer.countWords("“We held,” the U.S. envoy’s aide said", 0, 27)); // up to "envoy’s"
  }
}
