package io.pressbrief.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the publication times archives carry (ISO dates and date-times, RFC 1123 mail dates,
 * "2025-12-08 14:03:00", offsets without a colon, bylines' "Nov. 19, 2019") into a normalised ISO string and a day.
 */
public final class PublicationDates {
  /** Archives older than this are almost always a broken field, not a real date. */
  private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm[:ss]").toFormatter(Locale.ROOT));

  /** Offsets written without a colon (+0000), as many web pages do. */
  private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd['T'][' ']HH:mm[:ss]").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .optionalEnd().appendOffset("+HHMM", "Z").toFormatter(Locale.ROOT);

  /** Dates as bylines write them: "November 19, 2019", "Nov 19 2019", "19 November 2019", "2019/11/19". */
  private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d[,] yyyy").toFormatter(Locale.ENGLISH),
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d[,] yyyy").toFormatter(Locale.ENGLISH),
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM yyyy").toFormatter(Locale.ENGLISH),
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM yyyy").toFormatter(Locale.ENGLISH),
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT));
  private static final Pattern SEPT = Pattern.compile("\\bSept\\b");
  private static final Pattern ABBREVIATION_DOT = Pattern.compile("(?<=\\p{L})\\.");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WRITTEN_DATE_INSIDE = Pattern.compile(
      "(?i)\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2},? \\d{4}"
          + "|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{4})\\b");
  private static final Pattern ISO_DAY_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[T ]\\d.*");

  /** A parsed publication time. */
  public record Parsed(String iso, LocalDate date) {}

  private PublicationDates() {}

  /**
   * Parses {@code value}; empty when it is not a date this class knows, or lies before 1800 or
   * more than a day after {@code today}.
   */
  public static Optional<Parsed> parse(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Optional<Parsed> parsed = parseAny(value.strip());
    return parsed.filter(p -> !p.date().isBefore(EARLIEST) && !p.date().isAfter(today.plusDays(1)));
  }

  private static Optional<Parsed> parseAny(String v) {
    try {
      OffsetDateTime t = OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return Optional.of(new Parsed(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), t.toLocalDate()));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      LocalDate d = LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
      return Optional.of(new Parsed(d.toString(), d));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
      try {
        LocalDateTime t = LocalDateTime.parse(v, f);
        return Optional.of(new Parsed(t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), t.toLocalDate()));
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    try {
      ZonedDateTime t = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(new Parsed(t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
          t.toLocalDate()));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(v, OFFSET_WITHOUT_COLON);
      return Optional.of(new Parsed(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), t.toLocalDate()));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    String written = SPACES.matcher(ABBREVIATION_DOT.matcher(SEPT.matcher(v).replaceAll("Sep")).replaceAll(""))
        .replaceAll(" ");
    for (DateTimeFormatter f : WRITTEN_DATES) {
      try {
        LocalDate d = LocalDate.parse(written, f);
        return Optional.of(new Parsed(d.toString(), d));
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    // A written date inside a longer stamp ("Tue Nov 19 2019 03:05:46 GMT+0000", "November 19, 2019, 07:47 PM EST").
    java.util.regex.Matcher inside = WRITTEN_DATE_INSIDE.matcher(written);
    if (inside.find()) {
      Optional<Parsed> p = parseAny(inside.group(1));
      if (p.isPresent()) {
        return p;
      }
    }
    // A day followed by a time in a form not listed above: the day is still right.
    java.util.regex.Matcher day = ISO_DAY_PREFIX.matcher(v);
    if (day.matches()) {
      try {
        LocalDate d = LocalDate.parse(day.group(1));
        return Optional.of(new Parsed(d.toString(), d));
      } catch (DateTimeParseException ignored) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
