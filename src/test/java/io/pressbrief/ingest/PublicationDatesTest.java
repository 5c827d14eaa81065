package io.pressbrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  @Test
  void readsTheFormsArchivesUse() {
    assertEquals(LocalDate.of(2025, 12, 8), PublicationDates.parse("2025-12-08", TODAY).orElseThrow().date());
    assertEquals(LocalDate.of(2022, 2, 14), PublicationDates.parse("2022-02-14T20:53:00+03:00", TODAY).orElseThrow().date());
    assertEquals(LocalDate.of(2025, 12, 8), PublicationDates.parse("2025-12-08 14:03", TODAY).orElseThrow().date());
    assertEquals(LocalDate.of(2025, 12, 8),
        PublicationDates.parse("Mon, 8 Dec 2025 10:00:00 GMT", TODAY).orElseThrow().date());
  }

  @Test
  void keepsTheOffsetInTheNormalisedForm() {
    assertEquals("2022-02-14T20:53:00+03:00", PublicationDates.parse("2022-02-14T20:53:00+03:00", TODAY).orElseThrow().iso());
  }

  @Test
  void refusesWhatIsNotADateOrCannotBeOne() {
    assertTrue(PublicationDates.parse("last Tuesday", TODAY).isEmpty());
    assertTrue(PublicationDates.parse("2025-02-30", TODAY).isEmpty());
    assertTrue(PublicationDates.parse("1066-10-14", TODAY).isEmpty());
    assertTrue(PublicationDates.parse("2026-01-05", TODAY).isEmpty(), "days after today are impossible");
    assertTrue(PublicationDates.parse("", TODAY).isEmpty());
  }
}
