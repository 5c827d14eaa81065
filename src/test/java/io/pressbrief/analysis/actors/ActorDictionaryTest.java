package io.pressbrief.analysis.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
  private static ActorDictionary dictionary(String yaml) throws IOException {
    return ActorDictionary.of(ActorDictionary.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test"));
  }

  private static final String YAML = """
      - id: moss
        name: Clara Moss
        type: person
        aliases: [Moss, Clára Mossová]
        roles: [harbour minister]
      - id: harbour-union
        name: Harbour Union
        type: organisation
        aliases: [HU]
      - id: north
        name: North Isles
        type: country
        aliases: [North Islands]
      """;

  private static List<String> ids(List<ActorMention> mentions) {
    List<String> out = new ArrayList<>();
    mentions.forEach(m -> out.add(m.actor().id()));
    return out;
  }

  @Test
  void findsNamesAliasesAndRolesWithTheirOffsets() throws IOException {
    String text = "Clara Moss met the Harbour Union. Later the harbour minister said Moss was tired.";
    List<ActorMention> found = dictionary(YAML).find(text);
    assertEquals(List.of("moss", "harbour-union", "moss", "moss"), ids(found));
    assertEquals("Clara Moss", text.substring(found.get(0).start(), found.get(0).end()));
    assertEquals("harbour minister", text.substring(found.get(2).start(), found.get(2).end()));
  }

  private static final String DATED = """
      - id: moss
        name: Clara Moss
        aliases: [Moss]
        roles:
          - names: [harbour minister, minister of harbours]
            from: 2020-01-01
          - island spokeswoman
      - id: brandt
        name: Ivo Brandt
        aliases: [Brandt]
        roles:
          - {names: [harbour minister, minister of harbours], to: 2020-01-01}
      """;

  @Test
  void aDatedRoleNamesWhoeverHeldItOnTheArticlesDay() throws IOException {
    ActorDictionary d = dictionary(DATED);
    String text = "The harbour minister spoke.";
    assertEquals(List.of("brandt"), ids(d.find(text, java.time.LocalDate.of(2019, 12, 31))));
    assertEquals(List.of("moss"), ids(d.find(text, java.time.LocalDate.of(2020, 1, 1))));
    assertEquals(List.of("moss"), ids(d.find("The Minister of Harbours spoke.", java.time.LocalDate.of(2025, 3, 1))));
    assertEquals(List.of("moss"), ids(d.find(text)), "an undated text: the holder still in office");
    assertEquals(List.of("moss"), ids(d.find("The island spokeswoman spoke.", java.time.LocalDate.of(1990, 1, 1))),
        "a role without dates is hers at any time");
  }

  @Test
  void aMistakeInADatedRoleIsReportedWithItsEntry() {
    for (String[] bad : List.of(
        new String[] {"roles: [{names: [harbour minister], since: 2020-01-01}]", "no field 'since'"},
        new String[] {"roles: [{names: [harbour minister], from: 2021-01-01, to: 2020-01-01}]", "is not before"},
        new String[] {"roles: [{from: 2020-01-01}]", "needs its names"},
        new String[] {"roles: [{names: [harbour minister], from: 1 May 2020}]", "1 May 2020"},
        new String[] {"gender: f", "gender is female or male, not 'f'"},
        new String[] {"roles: [{names: harbour minister, from: 2020-01-01}]", "names are a list"})) {
      IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
          () -> dictionary("- id: moss\n  name: Clara Moss\n  " + bad[0] + "\n"));
      assertTrue(e.getMessage().contains("entry moss") && e.getMessage().contains(bad[1]), e.getMessage());
    }
  }

  @Test
  void aRoleRightBeforeANameIsThatPersonsTitleNotASecondMention() throws IOException {
    ActorDictionary d = dictionary(YAML);
    List<ActorMention> found = d.find("Harbour Minister Clara Moss arrived.");
    assertEquals(List.of("moss"), ids(found));
    assertEquals(17, found.get(0).start(), "the name is the mention");
    assertTrue(d.find("Harbour Minister Ana Lind arrived.").isEmpty(), "the title is Lind's, whoever holds it");
    assertEquals(List.of("moss"), ids(d.find("The harbour minister Monday said no.")), "a weekday is no name");
    assertEquals(List.of("moss", "moss"), ids(d.find("The harbour minister. Moss left.")));
  }

  @Test
  void aRoleAfterDeputyFormerOrAdviserToIsSomeoneElses() throws IOException {
    ActorDictionary d = dictionary(YAML);
    for (String other : List.of("The deputy harbour minister spoke.", "The Deputy Harbour Minister spoke.",
        "The former harbour minister spoke.", "An adviser to the harbour minister spoke.", "The vice-harbour minister spoke.")) {
      assertTrue(ids(d.find(other)).isEmpty(), other);
    }
    assertEquals(List.of("moss"), ids(d.find("The harbour minister spoke.")));
  }

  @Test
  void prefersTheLongestNameAtAPlace() throws IOException {
    List<ActorMention> found = dictionary(YAML).find("Clara Moss spoke.");
    assertEquals(1, found.size(), "Clara Moss, not also Moss");
  }

  @Test
  void capitalisedNamesMatchOnlyCapitalisedTextAndAcronymsOnlyTheirCase() throws IOException {
    ActorDictionary d = dictionary(YAML);
    assertTrue(d.find("the moss on the rocks").isEmpty());
    assertTrue(d.find("the hu of the wind").isEmpty());
    assertEquals(List.of("harbour-union"), ids(d.find("The HU said no.")));
  }

  @Test
  void matchesOnWordBoundariesOnlyAndAcrossApostropheStyles() throws IOException {
    ActorDictionary d = dictionary(YAML);
    assertTrue(d.find("Mossberg and Moss2").isEmpty());
    assertEquals(List.of("moss"), ids(d.find("Moss’s plan")));
    assertEquals(List.of("moss"), ids(d.find("Clára Mossová spoke.")));
  }

  @Test
  void theBuiltInDictionaryKnowsSpellingVariantsAndScripts() throws IOException {
    ActorDictionary d = ActorDictionary.of(ActorDictionary.builtIn());
    assertEquals(List.of("zelensky", "zelensky", "zelensky"), ids(d.findNames("Zelensky, Zelenskyy and Зеленський")));
  }

  @Test
  void theBuiltInDictionaryKnowsNewsAgenciesAndOutletsAsSources() throws IOException {
    ActorDictionary d = ActorDictionary.of(ActorDictionary.builtIn());
    assertEquals(List.of("reuters", "associated-press", "tass"),
        ids(d.findNames("Reuters, the Associated Press and Tass reported the strike.")));
    assertEquals(List.of("usa-today"), ids(d.findNames("a USA TODAY analysis")), "the outlet, not the country");
    assertEquals(List.of("united-states"), ids(d.findNames("the USA said")));
    assertEquals(List.of("moodys", "standard-and-poors", "standard-and-poors"),
        ids(d.findNames("Moody's cut the rating; S and P and Standard & Poor's Corp kept theirs.")),
        "a rating agency's possessive is its name");
  }

  @Test
  void theBuiltInDictionaryKnowsEveryCountryByItsAdjectiveAndPeopleToo() throws IOException {
    ActorDictionary d = ActorDictionary.of(ActorDictionary.builtIn());
    assertEquals(List.of("japan", "syria", "north-korea", "south-korea", "papua-new-guinea"),
        ids(d.findNames("Japanese envoys met Syrians, then North Korean and South Korean crews off Papua New Guinea.")));
    assertEquals(List.of("new-mexico", "mexico"), ids(d.findNames("New Mexico ships chillies to Mexico.")),
        "the longer name is the place, not the country in it");
    assertEquals(List.of("jordan"), ids(d.findNames("Jim Jordan met a Jordanian diplomat in Georgia.")),
        "Jordan and Georgia alone are as often a person or a U.S. state");
    ActorDictionary.builtIn().stream().filter(a -> a.type().equals("country")).forEach(a ->
        assertTrue(a.id().matches("[a-z]+(-[a-z]+)*"), a.id()));
    assertTrue(ActorDictionary.builtIn().stream().filter(a -> a.type().equals("country")).count() > 190);
  }

  @Test
  void aBrokenDictionarySaysWhichEntry() {
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> dictionary("- id: x\n  name: X\n- id: y\n"));
    assertTrue(e.getMessage().contains("entry 2"), e.getMessage());
  }
}
