package io.pressbrief.analysis.escalation;

import io.pressbrief.analysis.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts of weapons and people in a sentence: "over 653 drones", "at least 156 people killed",
 * "dozens of missiles", "two soldiers were wounded". Stateless and thread-safe.
 */
final class QuantityFinder {
  private static final Map<String, Long> WORDS = Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
      Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
      Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
      Map.entry("fifteen", 15L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
      Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("a dozen", 12L), Map.entry("dozens", 24L),
      Map.entry("scores", 40L), Map.entry("hundreds", 200L), Map.entry("thousands", 2000L),
      Map.entry("tens of thousands", 20000L));
  private static final Map<String, String> ITEMS = Map.ofEntries(
      Map.entry("drone", "drone"), Map.entry("uav", "drone"), Map.entry("shahed", "drone"),
      Map.entry("missile", "missile"), Map.entry("rocket", "rocket"), Map.entry("shell", "shell"),
      Map.entry("bomb", "bomb"), Map.entry("troop", "troop"), Map.entry("soldier", "soldier"),
      Map.entry("tank", "tank"), Map.entry("aircraft", "aircraft"), Map.entry("jet", "aircraft"),
      Map.entry("ship", "ship"), Map.entry("warship", "ship"), Map.entry("person", "people"),
      Map.entry("people", "people"), Map.entry("civilian", "people"), Map.entry("child", "people"),
      Map.entry("children", "people"), Map.entry("resident", "people"));
  private static final Pattern QUANTITY = Pattern.compile(
      "(?<qual>\\b(?:more than|over|at least|about|around|nearly|almost|up to|some|approximately|roughly|"
          + "fewer than|less than|as many as)\\s+)?"
          + "(?<n>\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+\\b|\\b(?:tens of thousands|a dozen|dozens|scores|hundreds|thousands|"
          + "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\\b)"
          + "\\s+(?:of\\s+)?(?:[\\p{L}\\-]+\\s+){0,2}?"
          + "(?<item>drones?|uavs?|shaheds?|missiles?|rockets?|shells?|bombs?|troops?|soldiers?|tanks?|aircraft|jets?|"
          + "warships?|ships?|people|persons?|civilians?|children|child|residents?)\\b"
          + "(?:\\s+(?:were\\s+|have\\s+been\\s+|had\\s+been\\s+|was\\s+)?(?<harm>killed|dead|died|injured|wounded|hurt))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern HARM_BEFORE = Pattern.compile(
      "\\b(?<harm>killing|killed|injuring|injured|wounding|wounded)\\s+$", Pattern.CASE_INSENSITIVE);

  /** A quantity and where it was written. */
  record Found(Quantity quantity, Span span) {}

  private QuantityFinder() {}

  /** What every item word of {@link #QUANTITY} contains ("warships" contains "ship"), lower-cased. */
  private static final List<String> ITEM_STEMS = List.of("drone", "uav", "shahed", "missile", "rocket", "shell",
      "bomb", "troop", "soldier", "tank", "aircraft", "jet", "ship", "people", "person", "civilian", "child",
      "resident");

  /**
   * Whether {@code text[from, to)} may hold a quantity: it names an item. Most sentences name none, and
   * {@link #QUANTITY}, tried at every position, was a sixth of the analyzer's time on long speeches.
   * 'ſ' and 'ı' match 's' and 'i' in the expression's Unicode case-insensitive matching, but do not
   * lower-case to them, so a region with either is left to the expression.
   */
  private static boolean mayHoldItem(String text, int from, int to) {
    String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    if (lower.indexOf('\u017F') >= 0 || lower.indexOf('\u0131') >= 0) {
      return true;
    }
    for (String stem : ITEM_STEMS) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  static List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    if (from >= to || !mayHoldItem(text, from, to)) {
      return out;
    }
    Matcher m = QUANTITY.matcher(text).region(from, to);
    while (m.find()) {
      String n = m.group("n").toLowerCase(Locale.ROOT);
      long count = WORDS.containsKey(n) ? WORDS.get(n) : Long.parseLong(n.replace(",", ""));
      String qualifier = m.group("qual") == null ? null : m.group("qual").strip().toLowerCase(Locale.ROOT);
      if (qualifier == null && (n.equals("dozens") || n.equals("hundreds") || n.equals("thousands")
          || n.equals("scores") || n.equals("tens of thousands"))) {
        qualifier = "approximately";
      }
      String itemWord = m.group("item").toLowerCase(Locale.ROOT);
      String item = ITEMS.getOrDefault(singular(itemWord), singular(itemWord));
      String harm = m.group("harm");
      if (harm == null) {
        Matcher before = HARM_BEFORE.matcher(text.substring(Math.max(from, m.start() - 20), m.start()));
        if (before.find()) {
          harm = before.group("harm");
        }
      }
      if (harm != null && item.equals("people") || harm != null && (item.equals("soldier") || item.equals("troop"))) {
        item = harm.toLowerCase(Locale.ROOT).startsWith("kill") || harm.equalsIgnoreCase("dead")
            || harm.equalsIgnoreCase("died") ? "killed" : "injured";
      }
      out.add(new Found(new Quantity(count, qualifier, item), new Span(m.start(), m.end())));
    }
    return out;
  }

  private static String singular(String w) {
    if (w.equals("people") || w.equals("aircraft") || w.equals("children")) {
      return w;
    }
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
