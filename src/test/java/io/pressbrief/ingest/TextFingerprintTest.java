package io.pressbrief.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {
  private static final String WIRE = String.join("\n\n",
      "Norland and Sudmark exchanged 120 prisoners each at the Vel bridge on Wednesday, the first exchange since the "
          + "war began, officials on both sides said.",
      "Families waited on both banks from early morning. Some had not heard from their sons for more than a year, "
          + "and many carried photographs and hand-written signs.",
      "President Anna Kovac met the returning soldiers at the bridge. “Welcome home. You were never forgotten,” she said.",
      "Observers from Geneva watched the crossing. They said the talks would go on next week despite the attacks on "
          + "the power grid.",
      "A second exchange is planned before the new year, a negotiator said, without giving numbers.");

  private static final String SAME_EVENT_OTHER_STORY = String.join("\n\n",
      "Buses carrying soldiers freed in the first prisoner exchange of the war reached the capital late on Wednesday.",
      "Crowds lined the road from the Vel bridge, waving flags, while the defence ministry published the names of "
          + "the 120 men who came home.",
      "Kovac, speaking at the bridge, said the country owed its soldiers everything, and promised that every prisoner "
          + "would be brought back.",
      "Sudmark's foreign ministry called the exchange a gesture of goodwill ahead of the talks in Geneva.");

  private static long sharedBands(String a, String b) {
    long[] x = TextFingerprint.bandKeys(a);
    long[] y = TextFingerprint.bandKeys(b);
    return Arrays.stream(x).filter(k -> Arrays.stream(y).anyMatch(j -> j == k)).count();
  }

  @Test
  void aSyndicatedCopyWithItsEndingCutIsTheSameStory() {
    String copy = WIRE.substring(0, WIRE.lastIndexOf("\n\nA second exchange"));
    assertTrue(TextFingerprint.sameStory(WIRE, copy));
    assertTrue(sharedBands(WIRE, copy) > 0, "the copy is a candidate: it shares a band key");
  }

  @Test
  void caseSpacingAndPunctuationDoNotHideACopy() {
    String retyped = WIRE.toUpperCase(java.util.Locale.ROOT).replace("\n\n", " ").replace(",", "");
    assertTrue(TextFingerprint.sameStory(WIRE, retyped));
    assertArrayEquals(TextFingerprint.bandKeys(WIRE), TextFingerprint.bandKeys(retyped));
  }

  @Test
  void anotherStoryOnTheSameEventIsNot() {
    assertFalse(TextFingerprint.sameStory(WIRE, SAME_EVENT_OTHER_STORY));
    assertEquals(0, sharedBands(WIRE, SAME_EVENT_OTHER_STORY), "not even a candidate");
  }

  @Test
  void aTeaserInsideALongStoryIsNotACopyOfIt() {
    String teaser = WIRE.substring(0, WIRE.indexOf("\n\n"));
    assertFalse(TextFingerprint.sameStory(WIRE, teaser), "a copy keeps at least half the story");
  }

  @Test
  void keysAreTheSameOnEveryRunAndForEveryText() {
    assertEquals(TextFingerprint.BANDS, TextFingerprint.bandKeys("Short.").length);
    assertArrayEquals(TextFingerprint.bandKeys("A short text of a few words only."),
        TextFingerprint.bandKeys("A short text of a few words only."));
  }
}
