package io.pressbrief.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.AnalyzerFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscalationDetectorTest {
  private static List<Escalation> events(String text) {
    return AnalyzerFixtures.analyze(text).escalations();
  }

  private static Escalation first(String text, String type) {
    return events(text).stream().filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in: " + text + " -> " + events(text)));
  }

  @Test
  void aDroneAndMissileBarrageWithQuantitiesAgentTargetAndDate() {
    Escalation e = first("Overnight Friday into Saturday, the Southern navy launched a barrage of more than 120 drones "
        + "and 14 missiles at Port Alma.", "ASSAULT");
    assertEquals("south", e.agentActorId());
    assertEquals("port-alma", e.targetActorId());
    assertEquals("south", e.agentCountryId(), "a country stands for itself");
    assertEquals("north", e.targetCountryId(), "a city counts for its country in the event's dyad");
    assertEquals(EventStatus.ACTUAL, e.status());
    assertEquals(LocalDate.of(2025, 12, 5), e.date());
    assertEquals(List.of(new Quantity(120, "more than", "drone"), new Quantity(14, null, "missile")), e.quantities());
    assertEquals("drone", e.mode());
    assertEquals(List.of("drone", "missile"), e.modes(), "a barrage of drones and missiles has both modes");
    assertEquals(-10.0, e.weight(), "an aerial attack on the Goldstein scale");
  }

  @Test
  void countsBelongToEveryEventOfTheirSentenceAndNeedAnItem() {
    String text = "The Southern navy fired 12 missiles at Port Alma and threatened more strikes.";
    assertEquals(List.of(new Quantity(12, null, "missile")), first(text, "ASSAULT").quantities());
    assertEquals(List.of(new Quantity(12, null, "missile")), first(text, "THREATEN").quantities());
    assertEquals(List.of(), first("The Southern navy attacked Port Alma for 12 hours on 3 fronts.", "ASSAULT")
        .quantities(), "hours and fronts are not counted items");
  }

  @Test
  void targetsNamedTogetherAreAllTargets() {
    Escalation e = first("Southern forces launched 40 drones targeting both Port Alma and northern Vell on Sunday.",
        "ASSAULT");
    assertEquals(List.of("port-alma", "vell"), e.targetActorIds());
    assertEquals(List.of("Port Alma", "Vell"), e.targets());
    assertEquals("port-alma", e.targetActorId(), "the first is the event's target");
    Escalation apart = first("Southern forces shelled Port Alma after talks with the North Isles broke down.", "ASSAULT");
    assertEquals(List.of("port-alma"), apart.targetActorIds(), "a later, unconnected actor is not a target");
  }

  @Test
  void coordinationJoinsListsOfNamesOnly() {
    assertTrue(EscalationDetector.coordinated("Kyiv and western Lviv", 4, 17));
    assertTrue(EscalationDetector.coordinated("Kharkiv, Odesa", 7, 9));
    assertTrue(EscalationDetector.coordinated("Kharkiv, and Odesa", 7, 13));
    assertTrue(!EscalationDetector.coordinated("Kyiv after talks with Lviv", 4, 22));
  }

  @Test
  void casualtiesAreCounted() {
    Escalation e = first("Southern artillery shelled Port Alma on Sunday, and at least 12 people were killed.", "ASSAULT");
    assertEquals("artillery", e.mode());
    assertTrue(e.quantities().contains(new Quantity(12, "at least", "killed")), e.quantities().toString());
    assertEquals(LocalDate.of(2025, 12, 7), e.date());
  }

  @Test
  void thePassiveSwapsAgentAndTarget() {
    Escalation e = first("Port Alma was attacked by Southern forces on Monday.", "ASSAULT");
    assertEquals("south", e.agentActorId());
    assertEquals("port-alma", e.targetActorId());
  }

  @Test
  void negatedHypotheticalAndThreatenedEventsAreMarked() {
    assertEquals(EventStatus.NEGATED,
        first("The South gave assurances it will not continue to invade its neighbour.", "ASSAULT").status());
    assertEquals(EventStatus.HYPOTHETICAL,
        first("If the South again starts a war, what will the partners do?", "ASSAULT").status());
    assertEquals(EventStatus.THREATENED,
        first("Southern leaders threatened to attack the northern ports.", "ASSAULT").status());
  }

  @Test
  void sanctionsMobilisationAndTalksAreCoded() {
    assertEquals("SANCTION", first("The North imposed new sanctions on Southern banks.", "SANCTION").type());
    Escalation m = first("The South massed troops along the border, officials said.", "MOBILIZE");
    assertEquals("ground", m.mode());
    assertTrue(first("Both sides agreed a ceasefire on Monday.", "AGREE").isEscalation() == false);
    assertEquals("CONSULT", first("Talks between the North and the South resumed in Geneva.", "CONSULT").type());
  }

  @Test
  void wordsForNumbersAndVagueAmountsAreRead() {
    Escalation e = first("The South fired dozens of missiles and two drones at the harbour.", "ASSAULT");
    assertEquals(List.of(new Quantity(24, "approximately", "missile"), new Quantity(2, null, "drone")), e.quantities());
  }

  @Test
  void aNounNamingAStateOfAffairsIsNoNewEvent() {
    assertTrue(events("The island has suffered greatly since the invasion began.").stream()
        .noneMatch(e -> e.type().equals("ASSAULT")));
    assertTrue(events("Refugees fleeing the civil war reached the harbour.").stream()
        .noneMatch(e -> e.type().equals("ASSAULT")));
    assertTrue(events("A court is hearing the war crimes case.").stream().noneMatch(e -> e.type().equals("ASSAULT")));
  }

  @Test
  void aBackgroundClauseDoesNotAddEventsToTheMainOne() {
    List<Escalation> e = events("Hundreds of fishermen protested in Port Alma, where two boats were attacked last year.");
    assertEquals(List.of("PROTEST"), e.stream().map(Escalation::type).toList());
  }

  @Test
  void aThreatToActIsAnActualThreatAndAThreatenedAct() {
    List<Escalation> e = events("If the North imposes sanctions, Southern banks will suffer.");
    Escalation sanction = e.stream().filter(x -> x.type().equals("SANCTION")).findFirst().orElseThrow();
    assertEquals(EventStatus.HYPOTHETICAL, sanction.status(), "a condition before the act makes it hypothetical");
    List<Escalation> threat = events("The North will impose sanctions on Southern banks if the raids go on.");
    assertEquals(EventStatus.THREATENED,
        threat.stream().filter(x -> x.type().equals("SANCTION")).findFirst().orElseThrow().status());
    assertEquals(EventStatus.ACTUAL,
        threat.stream().filter(x -> x.type().equals("THREATEN")).findFirst().orElseThrow().status());
  }

  @Test
  void repressionAndPunishmentAreCoercionAndSanctions() {
    assertEquals("COERCE", first("Police arrested 40 protesters outside the harbour office.", "COERCE").type());
    assertEquals("COERCE", first("The council imposed a curfew on the old town.", "COERCE").type());
    assertEquals("SANCTION", first("The North expelled two Southern diplomats on Friday.", "SANCTION").type());
    assertEquals("SANCTION", first("Donors suspended aid to the port authority.", "SANCTION").type());
  }

  @Test
  void aHungerStrikeIsAProtestNotAnAttack() {
    List<Escalation> e = events("The fisherman began a hunger strike to protest the closure of the port.");
    assertTrue(e.stream().anyMatch(x -> x.type().equals("PROTEST")));
    assertTrue(e.stream().noneMatch(x -> x.type().equals("ASSAULT")));
  }

  private static List<String> types(String text) {
    return events(text).stream().filter(e -> e.status() == EventStatus.ACTUAL).map(Escalation::type).toList();
  }

  @Test
  void damageToPropertyIsCoercionAndViolenceToPeopleIsAssault() {
    assertEquals(List.of("COERCE"), types("Settlers set fire to the harbour office overnight."));
    assertEquals(List.of("COERCE"), types("Rioters ransacked the customs house in Port Alma."));
    assertEquals(List.of("ASSAULT"), types("Guards beat up three fishermen at the checkpoint."));
    assertEquals(List.of("ASSAULT"), types("Southern gunboats fired flares and shells at the harbour."));
    assertEquals(List.of("ASSAULT"), types("Rebels engaged the coast guard in a firefight near the lighthouse."));
  }

  @Test
  void anOffensiveMountedUnderItsOwnerIsANewEventButOneBeingPreparedIsNot() {
    Escalation mounted = first("The North mounted its long-awaited invasion of the islands on Friday.", "ASSAULT");
    assertEquals(EventStatus.ACTUAL, mounted.status());
    assertEquals(List.of(), types("The North has grown weaker since its invasion of the islands."));
    Escalation prepared = first("Donors are sending maps to the South, which is preparing a major offensive.", "ASSAULT");
    assertEquals(EventStatus.HYPOTHETICAL, prepared.status());
  }

  @Test
  void anAsClauseAndAPastPerfectRelativeClauseAreBackground() {
    assertEquals(List.of("SANCTION"),
        types("The North closed its border crossings as artillery duels raged along the river."));
    assertEquals(List.of("PROTEST", "ASSAULT"),
        types("Fishermen protested as well as marched on Friday, and the navy shelled the harbour."),
        "'as well as' joins, it opens no clause");
    assertEquals(List.of(),
        types("The rebels will free the mayor, whom they had taken hostage in March."));
    assertEquals(List.of("ASSAULT"), types("The governor said the North had shelled the harbour."),
        "reported speech in the past perfect is still the event");
  }

  @Test
  void protestersAreAnEventOnlyWhenTheyAct() {
    assertEquals(List.of(), types("The demonstrators received a letter from the governor."));
    assertEquals(List.of("PROTEST"), types("Thousands of demonstrators gathered outside the port office."));
    assertEquals(List.of(), types("The harbour reopened in March."), "the month is no march");
    assertEquals(List.of("PROTEST"), types("A march through Port Alma drew thousands."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ASSAULT   | drone      | Southern drones struck the fuel depot at dawn.
      ASSAULT   | missile    | The North fired three missiles at the harbour.
      ASSAULT   | aerial     | Northern jets bombed the rail yard on Tuesday.
      ASSAULT   | artillery  | Southern guns shelled the villages along the river.
      ASSAULT   | ground     | Northern troops stormed the ridge before dawn.
      ASSAULT   | naval      | A Southern warship fired on the fishing fleet.
      ASSAULT   | cyber      | A cyberattack took the port's billing system offline.
      ASSAULT   | small-arms | Gunmen opened fire on a market in the old town.
      MOBILIZE  | ground     | The North deployed troops to the border crossings.
      MOBILIZE  | nuclear    | The South put its nuclear forces on high alert.
      THREATEN  |            | The governor threatened to close the harbour to Northern ships.
      COERCE    |            | Police detained the editor of the harbour newspaper.
      SANCTION  |            | The North recalled its ambassador from the South.
      PROTEST   |            | Dock workers protested outside the port office.
      AGREE     |            | The two councils signed an agreement on fishing rights.
      CONSULT   |            | The foreign ministers met with mediators in Geneva.
      CONCEDE   |            | The North ceded the disputed islet to the South.
      RETREAT   |            | Southern troops withdrew from the ridge overnight.
      COOPERATE |            | The two navies exchanged prisoners at the bridge.
      AID       |            | The North delivered ammunition to the island garrison.
      SUPPORT   |            | The governor praised the Northern mediators.
      """)
  void everyTypeAndModeIsCodedFromItsOwnWords(String type, String mode, String sentence) {
    Escalation e = first(sentence, type);
    assertEquals(EventStatus.ACTUAL, e.status(), sentence);
    if (mode != null) {
      assertEquals(mode, e.mode(), sentence);
    }
  }
}
