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
  void aBrokenDictionarySaysWhichEntry() {
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> dictionary("- id: x\n  name: X\n- id: y\n"));
    assertTrue(e.getMessage().contains("entry 2"), e.getMessage());
  }
}
