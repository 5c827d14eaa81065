package io.pressbrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyFinderTest {
  private static final String STORY = "Norland and Sudmark exchanged 120 prisoners each at the Vel bridge on "
      + "Wednesday, the first exchange since the war began. Families waited on both banks from early morning. "
      + "Observers from Geneva watched the crossing and said the talks would go on next week. A second exchange "
      + "is planned before the new year, officials on both sides said.";

  private static Article article(String id, LocalDate date, String text) {
    return new Article(id, null, "Wire", null, date.toString(), date, text);
  }

  @Test
  void aCopyPointsToTheFirstArticleOfItsStoryWithinAWeek() {
    CopyFinder copies = new CopyFinder();
    LocalDate day = LocalDate.of(2025, 12, 10);
    String cut = STORY.substring(0, STORY.indexOf(" A second exchange"));
    assertNull(copies.copyOf(article("first", day, STORY)));
    assertEquals("first", copies.copyOf(article("copy", day.plusDays(1), cut)));
    assertEquals("first", copies.copyOf(article("again", day.plusDays(2), STORY)), "copies of copies point to the story");
    assertNull(copies.copyOf(article("next-year", day.plusYears(1), STORY)), "the same text a year later is news again");
    assertNull(copies.copyOf(article("other", day, "Moss said the exchange was only a first step and that lists of "
        + "names had been handed to the Red Cross, which Sudmark had not yet answered.")));
  }
}
