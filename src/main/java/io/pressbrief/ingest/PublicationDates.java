package io.pressbrief.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the publication times archives carry (ISO dates and date-times, RFC 1123 mail dates,
 * "2025-12-08 14:03:00") into a normalised ISO string and a day.
 */
public final class PublicationDates {
  /** Archives older than this are almost always a broken field, not a real date. */
  private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm[:ss]").toFormatter(Locale.ROOT));

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
      return Optional.empty();
    }
  }
}
