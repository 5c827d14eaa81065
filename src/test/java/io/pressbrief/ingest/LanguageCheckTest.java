package io.pressbrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {
  @Test
  void englishNewsPasses() {
    assertEquals(Optional.empty(), LanguageCheck.whyNotEnglish("Norland and Sudmark exchanged 120 prisoners each at "
        + "the Vel bridge on Wednesday, the first exchange since the war began. Families waited on both banks from "
        + "early morning, and the president met the soldiers as they crossed. Observers said that the talks in "
        + "Geneva would go on next week, and that a second exchange was planned before the new year."));
  }

  @Test
  void germanInLatinLettersIsRecognisedByItsWords() {
    Optional<String> why = LanguageCheck.whyNotEnglish("Norland und Sudmark haben am Mittwoch an der Brücke über "
        + "die Vel jeweils 120 Gefangene ausgetauscht. Es ist der erste Austausch seit Beginn des Krieges. Die "
        + "Präsidentin empfing die heimkehrenden Soldaten persönlich und sprach von einem Tag der Hoffnung für viele "
        + "Familien. Beobachter werten den Austausch als Zeichen, dass die Gespräche trotz der Angriffe weitergehen.");
    assertTrue(why.isPresent() && why.get().contains("common words of another language"), why.toString());
  }

  @Test
  void cyrillicIsRecognisedByItsScript() {
    Optional<String> why = LanguageCheck.whyNotEnglish("Норланд и Судмарк в среду обменялись пленными на мосту "
        + "через Вель. Это первый обмен с начала войны.");
    assertTrue(why.isPresent() && why.get().contains("cyrillic"), why.toString());
  }

  @Test
  void aShortTextOrATableOfNamesIsGivenTheBenefitOfTheDoubt() {
    assertEquals(Optional.empty(), LanguageCheck.whyNotEnglish("Kovac: Danke."));
    assertEquals(Optional.empty(), LanguageCheck.whyNotEnglish("DL Ogunjobi 63 85% 1 tackle. DL Garrett 57 77% 3 QH. "
        + "DL Thomas 57 77% 1 sack. LB Wilson 66 89% 5 tackles."));
  }
}
