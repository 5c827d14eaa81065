package io.pressbrief.analysis.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in news text and resolves them against the publication date: weekdays
 * ("on Sunday", "overnight Friday into Saturday"), "yesterday", "last week", "in the past 24 hours",
 * and explicit dates ("December 5", "5 Dec 2025", "2025-12-05"). Shared by statements and events.
 * Immutable and thread-safe.
 *
 * <p>News reports the past, so a bare weekday is the latest such day on or before publication;
 * "next Friday" and "on Friday" after "will" look forward.
 */
public final class DateResolver {
  private static final String WEEKDAY = "(?<wdday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String MONTH_NAME =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  private static final Pattern EXPRESSIONS = Pattern.compile(
      "(?<iso>\\b(?<isoy>(?:19|20)\\d\\d)-(?<isom>[01]\\d)-(?<isod>[0-3]\\d)\\b)"
          + "|(?<md>\\b" + MONTH_NAME.replace("(jan", "(?<mdm>jan") + "\\s+(?<mdd>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+(?<mdy>(?:19|20)\\d\\d)\\b)?)"
          + "|(?<dm>\\b(?<dmd>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME.replace("(jan", "(?<dmm>jan")
          + "(?:,?\\s+(?<dmy>(?:19|20)\\d\\d)\\b)?)"
          // "overnight Friday into Saturday" is one expression: the night began on the first day.
          + "|(?<wd>\\b(?<wdprefix>next\\s+|last\\s+|this\\s+|coming\\s+)?" + WEEKDAY
          + "(?:'s)?(?:\\s+(?:night|morning|evening|afternoon))?(?:\\s+into\\s+" + WEEKDAY.replace("(?<wdday>", "(?:")
          + ")?\\b)"
          + "|(?<yesterday>\\byesterday\\b|\\blast\\s+night\\b)"
          + "|(?<today>\\btoday\\b|\\bthis\\s+(?:morning|afternoon|evening)\\b|\\btonight\\b|\\bin\\s+the\\s+past\\s+24\\s+hours\\b)"
          + "|(?<lastweek>\\blast\\s+week(?:end)?\\b|\\bpast\\s+week(?:end)?\\b|\\bearlier\\s+this\\s+week\\b)"
          + "|(?<lastmonth>\\blast\\s+month\\b)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A future-tense verb group a few words before the weekday, in the same clause. */
  private static final Pattern FUTURE_BEFORE = Pattern.compile(
      "\\b(will|would|shall|plans?\\s+to|is\\s+to|are\\s+to|expected\\s+to|going\\s+to)\\b(?:\\s+[\\p{L}'’-]+){0,4}\\s+(?:on\\s+)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Map<String, DayOfWeek> DAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  /**
   * Every time expression in {@code text[from, to)}, in text order; none for an undated article
   * ({@code published} null), whose "on Sunday" cannot be placed.
   */
  public List<TimeExpression> find(String text, int from, int to, LocalDate published) {
    List<TimeExpression> found = new ArrayList<>();
    from = Math.max(0, from);
    to = Math.min(text.length(), to);
    if (to <= from || published == null) {
      return found;
    }
    // The same matches as EXPRESSIONS.matcher(text).region(from, to) and find(), but the expression
    // is only tried where one can start: scanning every position with it ran at about 3 MB/s.
    Matcher m = EXPRESSIONS.matcher(text);
    int p = from;
    while (p < to) {
      if (mayStartAt(text, p, from, to) && m.region(p, to).lookingAt()) {
        LocalDate date = resolve(m, text, published);
        if (date != null) {
          found.add(new TimeExpression(m.start(), m.end(), date, precisionOf(m)));
        }
        p = Math.max(m.end(), p + 1);
      } else {
        p++;
      }
    }
    return found;
  }

  /** How every expression begins, its first three letters lower-cased ("in" and a space for "in the past"). */
  private static final int[] OPENINGS = java.util.stream.Stream.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "nex", "las",
      "thi", "com", "yes", "tod", "ton", "pas", "ear").mapToInt(o -> key(o.charAt(0), o.charAt(1), o.charAt(2)))
      .sorted().toArray();

  private static int key(char a, char b, char c) {
    return a << 16 | b << 8 | c;
  }

  /**
   * Whether an expression may start at {@code p} of {@code text[from, to)}: at a word's start, with a
   * digit or one of the {@link #OPENINGS}. Characters outside ASCII are left to the expression, which
   * matches case-insensitively in Unicode ("ſunday").
   */
  private static boolean mayStartAt(String text, int p, int from, int to) {
    if (p > from) {
      int before = text.codePointBefore(p);
      if (before == '_' || Character.isLetterOrDigit(before)
          || Character.getType(before) == Character.NON_SPACING_MARK) {
        return false; // no word boundary here (a mark counts with its letter, as the expression's \b has it)
      }
    }
    char a = text.charAt(p);
    if (a >= '0' && a <= '9') {
      return true;
    }
    if (p + 2 >= to) {
      return true;
    }
    char b = text.charAt(p + 1);
    char c = text.charAt(p + 2);
    if (a > 127 || b > 127 || c > 127) {
      return true;
    }
    char a1 = lower(a);
    char b1 = lower(b);
    if (a1 == 'i' && b1 == 'n' && Character.isWhitespace(c)) {
      return true;
    }
    return java.util.Arrays.binarySearch(OPENINGS, key(a1, b1, lower(c))) >= 0;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The expression in {@code text[from, to)} closest to {@code anchor}, or null. */
  public TimeExpression nearest(String text, int from, int to, int anchor, LocalDate published) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : find(text, from, to, published)) {
      int d = t.end() <= anchor ? anchor - t.end() : Math.max(0, t.start() - anchor);
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return best;
  }

  private static DatePrecision precisionOf(Matcher m) {
    if (m.group("lastweek") != null) {
      return DatePrecision.WEEK;
    }
    if (m.group("lastmonth") != null) {
      return DatePrecision.MONTH;
    }
    return DatePrecision.DAY;
  }

  private static LocalDate resolve(Matcher m, String text, LocalDate published) {
    String named = m.group("mdm") != null ? m.group("mdm") : m.group("dmm") != null ? m.group("dmm") : m.group("wdday");
    if (named != null && !Character.isUpperCase(named.charAt(0))) {
      return null; // English capitalises days and months: "may 5" is a verb and a number
    }
    try {
      if (m.group("iso") != null) {
        return LocalDate.of(Integer.parseInt(m.group("isoy")), Integer.parseInt(m.group("isom")),
            Integer.parseInt(m.group("isod")));
      }
      if (m.group("md") != null) {
        return monthDay(month(m.group("mdm")), Integer.parseInt(m.group("mdd")), m.group("mdy"), published);
      }
      if (m.group("dm") != null) {
        return monthDay(month(m.group("dmm")), Integer.parseInt(m.group("dmd")), m.group("dmy"), published);
      }
      if (m.group("wd") != null) {
        return weekday(m, text, published);
      }
      if (m.group("yesterday") != null) {
        return published.minusDays(1);
      }
      if (m.group("today") != null) {
        return published;
      }
      if (m.group("lastweek") != null) {
        return published.minusWeeks(1).with(DayOfWeek.MONDAY);
      }
      if (m.group("lastmonth") != null) {
        return published.minusMonths(1).withDayOfMonth(1);
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return null; // "February 30": not a date
    }
    return null;
  }

  private static LocalDate weekday(Matcher m, String text, LocalDate published) {
    String prefix = m.group("wdprefix") == null ? "" : m.group("wdprefix").strip().toLowerCase(Locale.ROOT);
    DayOfWeek day = DAYS.get(m.group("wdday").toLowerCase(Locale.ROOT));
    boolean forward = prefix.equals("next") || prefix.equals("coming")
        || FUTURE_BEFORE.matcher(clauseBefore(text, m.start())).find();
    if (prefix.equals("last")) {
      return published.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
    }
    return forward ? published.with(TemporalAdjusters.nextOrSame(day)) : published.with(TemporalAdjusters.previousOrSame(day));
  }

  /** Up to 60 characters before {@code offset}, cut at the last quote mark or sentence punctuation. */
  private static String clauseBefore(String text, int offset) {
    int from = Math.max(0, offset - 60);
    for (int k = offset - 1; k >= from; k--) {
      if ("“”\"«».;!?\n".indexOf(text.charAt(k)) >= 0) {
        return text.substring(k + 1, offset);
      }
    }
    return text.substring(from, offset);
  }

  private static LocalDate monthDay(Month month, int day, String year, LocalDate published) {
    if (year != null) {
      return LocalDate.of(Integer.parseInt(year), month, day);
    }
    LocalDate sameYear = LocalDate.of(published.getYear(), month, day);
    // "December 30" in a January article is last year's.
    return sameYear.isAfter(published.plusMonths(2)) ? sameYear.minusYears(1) : sameYear;
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    return switch (n.substring(0, 3)) {
      case "jan" -> Month.JANUARY;
      case "feb" -> Month.FEBRUARY;
      case "mar" -> Month.MARCH;
      case "apr" -> Month.APRIL;
      case "may" -> Month.MAY;
      case "jun" -> Month.JUNE;
      case "jul" -> Month.JULY;
      case "aug" -> Month.AUGUST;
      case "sep" -> Month.SEPTEMBER;
      case "oct" -> Month.OCTOBER;
      case "nov" -> Month.NOVEMBER;
      case "dec" -> Month.DECEMBER;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
