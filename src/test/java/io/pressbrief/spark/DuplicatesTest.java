package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Which article of a group of copies stays canonical. */
class DuplicatesTest {
  private static Row pair(String a, String publishedA, boolean newA, String canonicalA,
                          String b, String publishedB, boolean newB, String canonicalB) {
    return RowFactory.create(a, publishedA, newA, canonicalA, b, publishedB, newB, canonicalB);
  }

  @Test
  void amongNewArticlesTheFirstPublishedIsCanonical() {
    Map<String, String> copies = Duplicates.groups(List.of(
        pair("late", "2025-12-08T18:00Z", true, "late", "early", "2025-12-08T06:00Z", true, "early"),
        pair("later", "2025-12-09T07:00Z", true, "later", "late", "2025-12-08T18:00Z", true, "late")));
    assertEquals(Map.of("late", "early", "later", "early"), copies, "a chain of copies is one group");
  }

  @Test
  void aPublishedArticleKeepsItsStatusAndACopyOfAPublishedCopyPointsToItsStory() {
    Map<String, String> copies = Duplicates.groups(List.of(
        // "new" was published earlier than the stored copy, but stored rows never change.
        pair("new", "2025-12-01T00:00Z", true, "new", "stored-copy", "2025-12-05T00:00Z", false, "story")));
    assertEquals(Map.of("new", "story"), copies);
  }

  @Test
  void separateGroupsStaySeparate() {
    Map<String, String> copies = Duplicates.groups(List.of(
        pair("a2", "2025-12-02", true, "a2", "a1", "2025-12-01", true, "a1"),
        pair("b2", "2025-12-02", true, "b2", "b1", "2025-12-01", true, "b1")));
    assertEquals(Map.of("a2", "a1", "b2", "b1"), copies);
  }
}
