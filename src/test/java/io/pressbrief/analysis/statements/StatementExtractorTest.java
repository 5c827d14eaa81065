package io.pressbrief.analysis.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressbrief.analysis.AnalyzerFixtures;
import io.pressbrief.analysis.dates.DatePrecision;
import io.pressbrief.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {
  private static List<Statement> statements(String text) {
    return AnalyzerFixtures.analyze(text).statements();
  }

  private static Statement only(String text) {
    List<Statement> s = statements(text);
    assertEquals(1, s.size(), "one statement in: " + text + " -> " + s);
    return s.get(0);
  }

  @Test
  void aCurlyQuoteWithTheSpeakerAfterIt() {
    Statement s = only("“The harbour will reopen next month,” Moss said.");
    assertEquals("The harbour will reopen next month,", s.text());
    assertEquals(StatementKind.DIRECT, s.kind());
    assertEquals("Moss", s.speaker());
    assertEquals("moss", s.actorId());
    assertEquals("say", s.cue());
  }

  @Test
  void straightQuotesAndGuillemetsWorkToo() {
    assertEquals("moss", only("\"We will not give up the islands,\" Moss told reporters.").actorId());
    assertEquals("moss", only("«We will not give up the islands», Moss told reporters.").actorId());
  }

  @Test
  void anInvertedAttributionNamesTheSpeakerAfterTheCue() {
    Statement s = only("“We are ready to talk,” said Clara Moss, the harbour minister.");
    assertEquals("moss", s.actorId());
  }

  @Test
  void theSpeakerIsTheSubjectOfTellNotItsObject() {
    Statement s = only("“Nothing is agreed yet,” Moss told Trump on the phone.");
    assertEquals("moss", s.actorId());
  }

  @Test
  void whatASpeakerAddsBetweenTwoQuotesIsAStatementInsideTheQuotedOne() {
    String text = "“The pier was never safe,” Moss said, adding that the council had been warned. "
        + "“Nobody listened.”";
    List<Statement> s = statements(text);
    assertEquals(2, s.size(), s.toString());
    assertEquals("The pier was never safe,” Moss said, adding that the council had been warned. “Nobody listened.",
        s.get(0).text(), "the quotes of one speaker are one statement, as in “A,” she said. “B.”");
    assertEquals(StatementKind.DIRECT, s.get(0).kind());
    assertEquals("the council had been warned", s.get(1).text());
    assertEquals(StatementKind.INDIRECT, s.get(1).kind());
    assertEquals("add", s.get(1).cue());
    assertEquals("moss", s.get(1).actorId());
    List<Statement> referring = statements("“We are at 54, where we were before,” Moss said, referring to the seats the"
        + " board holds. “Then the chances are good.”");
    assertEquals(List.of("say", "refer to"), referring.stream().map(Statement::cue).toList());
    assertTrue(referring.get(1).text().endsWith("the seats the board holds"), referring.get(1).text());
    List<Statement> goesOn = statements("“The pier was never safe,” Moss said, referring to the east pier. “Nobody"
        + " listened.”\n\n“We told them in May.”");
    assertEquals(2, goesOn.size(), goesOn.toString());
    assertTrue(goesOn.get(0).text().endsWith("We told them in May."), "a quote-only paragraph goes on with the quote");
    assertEquals(1, statements("“How are you today?” Moss said pleasantly into the phone. “Fine.”").size(),
        "the quote's own cue and its manner say nothing of their own");
    List<Statement> colon = statements("“The pier is open,” Moss said, adding: “The ferries will follow.”");
    assertEquals(List.of("moss", "moss"), colon.stream().map(Statement::actorId).toList(),
        "the quote after 'adding:' is the same speaker's");
  }

  @Test
  void aQuoteInsideAQuoteOfTheOtherKindOfMarksStaysInsideIt() {
    String straight = "Moss continued:\n\n\"I will read you the question: “Is the pier safe?” Forty said yes; forty said no.\"";
    Statement outer = only(straight);
    assertEquals("moss", outer.actorId());
    assertEquals(StatementKind.DIRECT, outer.kind());
    assertTrue(outer.text().endsWith("forty said no."), outer.text());
    String curly = "Moss said: “They called it \"the safe pier\" for years, and it never was.”";
    assertTrue(only(curly).text().endsWith("it never was."), "straight marks inside curly ones");
  }

  @Test
  void aParagraphWrappedInStrayMarksKeepsItsQuoteAndWhatIsAddedAfterIt() {
    List<Statement> wrapped = statements("\"“The pier is safe,” Moss responded before adding that it would reopen in March.\"");
    assertEquals(2, wrapped.size(), wrapped.toString());
    assertEquals("The pier is safe,", wrapped.get(0).text());
    assertEquals(StatementKind.DIRECT, wrapped.get(0).kind());
    assertEquals("it would reopen in March", wrapped.get(1).text());
    assertEquals("moss", wrapped.get(1).actorId());
    assertEquals("add", wrapped.get(1).cue());
  }

  @Test
  void aClauseEndedByAColonIntroducesItsSubjectsWords() {
    Statement demurred = only("Asked which pier he liked best, he demurred: “Whichever one I am standing on.”");
    assertEquals("he", demurred.speaker());
    assertEquals(StatementKind.DIRECT, demurred.kind());
    Statement boomed = only("Moss waved the crowd down, then leaned in and boomed: “Let us rebuild the pier.”");
    assertEquals("moss", boomed.actorId(), "the sentence's subject, when the last clause has none");
    List<Statement> both = statements("When Moss suggested that the town would sue the harbour board, Ann Lee fired back "
        + "forcefully: “If they sue us in a court in Alma, they are going to lose.”");
    assertEquals(2, both.size(), both.toString());
    assertEquals("the town would sue the harbour board", both.get(0).text());
    assertEquals("moss", both.get(0).actorId());
    assertEquals("name:ann-lee", both.get(1).actorId(), "not Moss, whose cue is in the clause before");
    assertTrue(statements("The tide rose. There is still a notice about it: “The pier is closed.”").stream()
        .allMatch(st -> st.speaker() == null), "a subject of the sentence before is not the colon's");
  }

  @Test
  void whoIssuedAStatementSaysWhatItSays() {
    Statement town = only("The harbour board released a statement Wednesday saying the pier would stay closed.");
    assertEquals("The harbour board", town.speaker());
    assertEquals("the pier would stay closed", town.text());
    Statement office = only("Her office put out a statement saying the ferries were safe.");
    assertEquals("Her office", office.speaker());
    Statement quoted = only("At the time, Moss issued a statement saying, “The pier has served us well for fifty years.”");
    assertEquals("moss", quoted.actorId());
  }

  @Test
  void aVerbInANameIsNoCue() {
    Statement s = only("Harbour spokeswoman Hope Lane said the ferries would run on Monday.");
    assertEquals("Harbour spokeswoman Hope Lane", s.speaker());
    assertEquals("say", s.cue());
  }

  @Test
  void whatTheClausesBeforeAQuotesAttributionReportIsAStatementToo() {
    List<Statement> s = statements("Ann Lee said fathers would not be eligible for the leave, and when pressed on why, "
        + "the harbour master replied, “It is a start.”");
    assertEquals(2, s.size(), s.toString());
    assertEquals("name:ann-lee", s.get(0).actorId());
    assertTrue(s.get(0).text().startsWith("fathers would not be eligible"), s.get(0).text());
    assertEquals(StatementKind.DIRECT, s.get(1).kind());
    assertEquals("the harbour master", s.get(1).speaker());
    List<Statement> asked = statements("Asked if he thought that the pier was too old, the harbour master said, “Not at all.”");
    assertEquals(1, asked.size(), "the question put to the speaker is no one's statement: " + asked);
  }

  @Test
  void aClauseAfterTheCueIsNoInvertedSpeaker() {
    List<Statement> s = statements("Jo Lane, 59, of Ashton, Md., who watched the ceremony on a screen on the pier, "
        + "said the event brought back memories of her father.");
    assertTrue(s.stream().noneMatch(st -> st.speaker() != null && st.speaker().startsWith("the event")), s.toString());
  }

  @Test
  void speakersJoinedByAndAreOneSpeakerPhrase() {
    assertEquals("Harbour master Jo Lane and Clara Moss", only("Harbour master Jo Lane and Clara Moss said the pier "
        + "would reopen in May.").speaker());
    assertEquals("The former mayor and harbour chairman", only("The former mayor and harbour chairman said the pier "
        + "would reopen in May.").speaker());
    assertEquals("officials", only("The ferry left late and officials said the pier would reopen in May.").speaker(),
        "a clause before 'and' is no speaker");
    assertEquals("the town council", only("The talks between Moss and the town council said nothing new, "
        + "but the town council said the pier would reopen.").speaker(), "nor a phrase with a preposition in it");
    Statement i = statements("Clara Moss spoke to the harbour workers. “Ann Lee and I agree that the pier must reopen,” "
        + "she said. My colleagues and I said the pier would reopen.").get(1);
    assertEquals("moss", i.actorId(), "the one who says 'I' speaks: " + i);
  }

  @Test
  void aPledgeIsWhatFollowsItsToNotARelativeClauseInIt() {
    Statement s = only("Moss pledged to push for a vote on the ruling that closed the old pier.");
    assertEquals("push for a vote on the ruling that closed the old pier", s.text());
    Statement warning = only("Moss warned to the harbour board that the pier would close.");
    assertEquals("the pier would close", warning.text(), "'to' before whom it goes to is no infinitive");
  }

  @Test
  void aParagraphAfterALineOfAttributionEndingInAColonIsABlockQuote() {
    List<Statement> s = statements("The harbour master spoke for an hour.\n\nMoss added:\n\n"
        + "It is typical of the board. They know nothing about ferries, and the pier shows it.\n\n"
        + "The poll also found that:\n\nThe ferry was late on most days.");
    Statement quote = s.stream().filter(st -> st.text().startsWith("It is typical")).findFirst().orElseThrow();
    assertEquals(StatementKind.DIRECT, quote.kind());
    assertEquals("moss", quote.actorId());
    assertTrue(quote.text().endsWith("the pier shows it"), quote.text());
    assertTrue(s.stream().noneMatch(st -> st.text().startsWith("The ferry was late")), "a finding is no block quote: " + s);
  }

  @Test
  void aQuoteSplitByItsAttributionIsOneStatement() {
    String text = "“The ferries will run again,” Moss said, “and the port will be open by spring.”";
    Statement s = only(text);
    assertEquals(text.indexOf("The ferries"), s.content().start());
    assertEquals(text.indexOf("spring.") + "spring.".length(), s.content().end());
    String but = "“I like Jo Lane,” Moss said, but “when it comes to ferries, Lane has always sided with the owners.”";
    Statement joined = only(but);
    assertEquals(but.indexOf("I like"), joined.content().start());
    assertTrue(joined.text().endsWith("sided with the owners."), "the part after 'but' goes on the quote: " + joined);
  }

  @Test
  void aQuoteEndingItsSentenceTakesTheAttributionAfterItAndGoesOnAfterIt() {
    String text = "The ferry sailed at noon. “We made it!” Moss said. “Nobody thought the engine would hold.”";
    Statement s = only(text);
    assertEquals("moss", s.actorId());
    assertEquals(text.indexOf("We made it"), s.content().start());
    assertTrue(s.text().endsWith("would hold."), s.text());
  }

  @Test
  void whereAndWhenAfterTheAttributionDoNotStopTheNextQuoteGoingOnWithTheStatement() {
    String text = "The ferries are “barely breaking even,” Moss said from her office at the harbour on Monday. "
        + "“Every winter is a gamble.”";
    Statement s = only(text);
    assertEquals("moss", s.actorId());
    assertEquals(StatementKind.MIXED, s.kind());
    assertTrue(s.text().endsWith("is a gamble."), s.text());
    String other = "The ferries are “barely breaking even,” Moss said. The harbour board disagreed with her. "
        + "“Every winter is a gamble.”";
    assertTrue(statements(other).stream().noneMatch(st -> st.text().endsWith("is a gamble.")
        && st.content().start() < other.indexOf("The harbour board")), "a sentence with a verb in between ends it");
  }

  @Test
  void anInvertedAttributionWithAnApositionMayCloseTheSentenceBetweenTwoQuotes() {
    String text = "''Who will pay for the pier?'' said Clara Moss, the harbour minister. ''Not the town.''";
    Statement s = only(text);
    assertEquals("moss", s.actorId());
    assertTrue(s.text().startsWith("Who will pay") && s.text().endsWith("Not the town."), s.text());
  }

  @Test
  void anAsideBetweenDashesStandsBetweenTheSpeakerAndTheCue() {
    assertEquals("moss", only("Clara Moss -- co-author of a history of the port -- said the pier was unsafe.").actorId());
    Statement s = only("Clara Moss, the head of Port Works \u2014 the firm that runs the docks, which opened in 1990 "
        + "\u2014 told me, \u201CWe are ready to open the docks again.\u201D");
    assertEquals("Clara Moss", s.speaker());
    assertEquals(StatementKind.DIRECT, s.kind());
  }

  @Test
  void aThatAfterAnotherVerbOpensARelativeClauseNotTheContent() {
    Statement s = only("Moss said the closure is the worst decision that the council has made.");
    assertEquals("the closure is the worst decision that the council has made", s.text());
  }

  @Test
  void aPronounAndItsVerbBeforeAndThatStayInTheContent() {
    Statement s = only("Moss said she met the harbour master and that the ferries would run again.");
    assertEquals("she met the harbour master and that the ferries would run again", s.text());
  }

  @Test
  void aQuotedShowTitleBetweenTheCueAndThatIsSkipped() {
    Statement s = only("Moss said on \"Harbour Hour With Ann Lee\" that the ferries would run again.");
    assertEquals("the ferries would run again", s.text());
    assertEquals("moss", s.actorId());
  }

  @Test
  void aSpeakersAgeAndDescriptionAreAsidesOfTheName() {
    Statement s = only("Clara Moss, 52, a harbour pilot from the north, told the radio that the channel was safe.");
    assertEquals("moss", s.actorId());
    assertEquals("the channel was safe", s.text());
  }

  @Test
  void aClauseJoinedByButBeforeAnInvertedCueIsWhatWasSaidNotAnAsideOfTheSpeaker() {
    Statement s = only("The ferry club is small, but it has drawn a faithful crowd, said Clara Moss.");
    assertEquals("moss", s.actorId());
    assertEquals("The ferry club is small, but it has drawn a faithful crowd", s.text());
    Statement withMore = only("The ferry club is small, but it has drawn a faithful crowd, said Clara Moss, "
        + "with races on Sundays and picnics on the pier.");
    assertEquals("moss", withMore.actorId(), "the words after the name are no statement");
    assertEquals("The ferry club is small, but it has drawn a faithful crowd", withMore.text());
    assertEquals("moss", only("Clara Moss, and the pilots who joined her, said the channel was safe.").actorId(),
        "an aside opened by “and” without a clause of its own still stands beside the speaker");
  }

  @Test
  void theSpeakerOfWhoSaidIsTheNameBeforeIt() {
    Statement s = only("The vote went badly for Clara Moss, who said she would stand again next year.");
    assertEquals("moss", s.actorId());
    assertEquals("she would stand again next year", s.text());
  }

  @Test
  void anAddresseeAndACommaMayStandBeforeTheContent() {
    Statement s = only("Instead, Moss told the radio, her plan was to reopen the port.");
    assertEquals("moss", s.actorId());
    assertEquals("her plan was to reopen the port", s.text());
  }

  @Test
  void aShareOfPeopleInAPollIsASpeaker() {
    Statement s = only("Asked about the port, 41 percent said it should reopen.");
    assertEquals("41 percent", s.speaker());
    assertEquals("it should reopen", s.text());
    assertEquals("Six in 10", only("Six in 10 say the ferry fares are too high.").speaker());
    assertEquals("Nine in 10 island voters", only("Nine in 10 island voters say the fares are too high.").speaker());
    assertEquals("42%", only("In the harbour survey, 42% say the pier should close.").speaker());
    assertEquals("about one in five", only("Asked about the pier, about one in five said they had never used it.")
        .speaker());
    assertEquals("half", only("By spring, half said the ferry ran late.").speaker());
    assertEquals("Most of them", only("Most of them said the fares had doubled.").speaker());
    assertEquals("Two-thirds of islanders", only("Two-thirds of islanders say the port should reopen.").speaker());
    assertEquals("about four in 10", only("The council was told that about four in 10 said the pier was unsafe.")
        .speaker(), "inside a that-clause");
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOneStatement() {
    String text = "Moss said:\n“The first thing is the ferries. They must run.\n“The second thing is the port, and it must open.”";
    Statement s = only(text);
    assertTrue(s.text().startsWith("The first thing") && s.text().endsWith("must open."), s.text());
    assertEquals("moss", s.actorId());
  }

  @Test
  void aQuoteOnlyParagraphRightAfterAQuoteContinuesThatStatement() {
    String text = "“We will rebuild the pier,” Moss said.\n“It will take a year, maybe two.”";
    Statement s = only(text);
    assertEquals("moss", s.actorId());
    assertEquals(text.length() - 1, s.content().end(), "runs to the end of the second paragraph's quote");
  }

  @Test
  void aQuoteOnlyParagraphAfterNarrationKeepsTheLastSpeaker() {
    List<Statement> s = statements("“We will rebuild the pier,” Moss said.\nThe storm destroyed half of the harbour wall.\n"
        + "“It will take a year, maybe two.”");
    assertEquals(2, s.size());
    assertEquals("moss", s.get(1).actorId());
    assertNull(s.get(1).speaker(), "no speaker is written for the second quote");
  }

  @Test
  void aQuoteOnlyParagraphAfterAnOrganisationsStatementIsTheOrganisations() {
    List<Statement> s = statements("Moss opened the meeting.\nThe Harbour Board said that fares would rise in "
        + "spring.\n“The old fares no longer pay for the fuel.”");
    assertEquals(2, s.size());
    assertEquals(s.get(0).actorId(), s.get(1).actorId(), "not Moss, the last person named");
    assertEquals("name:harbour-board", s.get(1).actorId());
  }

  @Test
  void aFirmsNameWithAndIsOneSpeaker() {
    assertEquals("name:lane-and-co", only("Lane and Co said the ferry line would be sold.").actorId());
    assertEquals("name:b-and-r", only("B and R said the ferry line would be sold.").actorId());
  }

  @Test
  void aBodyNamedOfAPlaceIsOneSpeakerAndNotThePlace() {
    List<Statement> s = statements("The Bank of Port Alma said on Monday that rates would rise. The Bank added that "
        + "loans would cost more. Bank of Port Alma officials said the rise would be small.");
    assertEquals(List.of("name:bank-of-port-alma", "name:bank-of-port-alma", "name:bank-of-port-alma"),
        s.stream().map(Statement::actorId).toList());
    assertEquals("name:northern-ferry-co", only("Northern Ferry Co said the crossing would close.").actorId(),
        "a firm's name that opens with the country's adjective is the firm's");
  }

  @Test
  void aNameAfterAnOfficeWithAndInItsNameIsThePerson() {
    List<Statement> s = statements("Director of the Office of Harbours and Ferries Jo Lane said the fares would "
        + "rise. Lane said the ferries would run.");
    assertEquals(List.of("name:jo-lane", "name:jo-lane"), s.stream().map(Statement::actorId).toList());
  }

  @Test
  void aNameAfterAnOfficeOfABodyIsThePersonNotTheBodysLastWords() {
    List<Statement> s = statements("Chancellor of the Harbour Exchequer Tom Vale, opening the session, said the pier "
        + "would reopen. Vale added that fares would stay the same.");
    assertEquals(List.of("name:tom-vale", "name:tom-vale"), s.stream().map(Statement::actorId).toList());
    assertNull(only("The chairman of Alma Ferry Co said the pier would reopen.").actorId(),
        "the chairman of a firm is unnamed, not the firm's last words");
  }

  @Test
  void marketPeopleAtASentencesStartAreNoName() {
    Statement s = only("Dealers said the ferry company's shares fell on Monday.");
    assertEquals("Dealers", s.speaker());
    assertNull(s.actorId(), "dealers are nobody in particular, not a person called Dealers");
  }

  @Test
  void quotesInTwoApostrophesAreQuotes() {
    Statement s = only("''The port is closed until further notice,'' Moss said.");
    assertEquals("The port is closed until further notice,", s.text());
    assertEquals(StatementKind.DIRECT, s.kind());
    Statement question = only("''Why is the port still closed to the ferries?'' Moss asked.");
    assertEquals("Why is the port still closed to the ferries?", question.text());
    assertEquals("moss", question.actorId(), "the attribution after a question in two apostrophes is found");
  }

  @Test
  void theMainClauseAfterASubordinateOneSpeaksNotTheVerbInsideIt() {
    Statement s = only("Back when he wrote his memoir, Mr. Lee said that he considered debt a last resort.");
    assertEquals("he considered debt a last resort", s.text());
    assertEquals("Mr. Lee", s.speaker());
    Statement after = only("After Moss wrote to the council, Lee said the pier would be rebuilt.");
    assertEquals("Lee", after.speaker());
    assertEquals("the pier would be rebuilt", after.text());
    assertEquals("Lee told her the pier was unsafe", only("Moss said Lee told her the pier was unsafe.").text(),
        "a report of a report stays the first speaker's statement");
    assertEquals("Mr. Lee", only("THE HARBOUR Back when he wrote his memoir, Mr. Lee said that he considered debt "
        + "a last resort.").speaker(), "a heading before the subordinate clause changes nothing");
    Statement whole = statements("So when the council signalled that it would sell the pier, Mr. Lee said, \"we were "
        + "stunned.\"").get(0);
    assertTrue(whole.text().startsWith("So when the council signalled"),
        "an attribution set off by commas makes what comes before it its statement too: " + whole.text());
    assertEquals("Mr. Lee", whole.speaker());
  }

  @Test
  void aSpeechParticipleAfterByOrAfterIsTheSubjectsStatement() {
    Statement by = only("Dr. Moss began by saying he would never diagnose a patient on television.");
    assertEquals("Dr. Moss", by.speaker());
    assertEquals("he would never diagnose a patient on television", by.text());
    Statement after = only("After saying her left knee was badly swollen, Moss left the stadium.");
    assertEquals("Moss", after.speaker());
    assertEquals("her left knee was badly swollen", after.text());
    assertEquals(List.of(), statements("The council has three ways to enforce it: by asking a judge to rule on it, "
        + "or by closing the pier."), "asking someone to act is no statement when nobody speaks");
  }

  @Test
  void aRelativeClauseWithASpeechVerbIsTheNamedOnesStatement() {
    List<Statement> backed = statements("The union backed Moss, who says she is honoured by the support.");
    assertEquals(List.of("back", "say"), backed.stream().map(Statement::cue).toList(), backed.toString());
    Statement s = backed.get(1);
    assertEquals("Moss", s.speaker());
    assertEquals("she is honoured by the support", s.text());
    assertEquals("Moss", backed.get(0).text(), "the act aims at the one the clause is about");
    List<Statement> two = statements("Moss, who said the pier was inspected by the council, said she knew of no cracks.");
    assertEquals(2, two.size(), two.toString());
    assertEquals("the pier was inspected by the council", two.get(0).text());
    assertEquals("she knew of no cracks", two.get(1).text());
    assertEquals("moss", two.get(1).actorId());
  }

  @Test
  void aSubjectIsFoundPastAnOpeningPhraseOrAsANounPhrase() {
    Statement phrase = only("On March 3 they published their findings by announcing that the pier was safe.");
    assertEquals("they", phrase.speaker());
    Statement group = only("A group of harbour pilots gathered outside the council, calling for a new pier.");
    assertEquals("A group of harbour pilots", group.speaker());
    assertTrue(group.text().endsWith("a new pier"), group.text());
  }

  @Test
  void aNameAndAColonIntroduceAQuote() {
    Statement s = only("Clara Moss: “The port is closed until further notice.”");
    assertEquals("moss", s.actorId());
    assertEquals(":", s.cue());
  }

  @Test
  void aNameAfterADashOrFromIntroducesAQuoteWithAColon() {
    Statement dashed = only("FERRY FARES RISE AGAIN - Clara Moss: “The port will raise its fares for the third year.”");
    assertEquals("moss", dashed.actorId());
    Statement from = only("More from the harbour report: “Most piers need repairs before the winter storms.”");
    assertEquals("the harbour report", from.speaker());
  }

  @Test
  void aQuoteWithItsOwnCueIsAStatementOfItsOwn() {
    List<Statement> s = statements("“The port is closed,” Moss said before adding: “The ferries will wait in Port Alma.”");
    assertEquals(2, s.size());
    assertEquals("moss", s.get(1).actorId(), "the speaker goes on");
  }

  @Test
  void theSpeakerWithAnAppositionIsWrittenWholeAndResolvedToTheName() {
    Statement s = only("“We need the ferries,” said Jane Doe, the mayor of the northern town.");
    assertEquals("Jane Doe, the mayor of the northern town", s.speaker());
    assertEquals("Jane Doe", s.actorName());
    Statement t = only("Jane Roe, a lawyer who advises the port, said the contracts were never signed.");
    assertEquals("Jane Roe", t.actorName());
    assertEquals("the contracts were never signed", t.text());
    Statement from = only("Ann Lee, 29, of Port Alma, Ala., says her biggest worry is the rising sea.");
    assertEquals("name:ann-lee", from.actorId(), "an age and a home town are asides");
    assertEquals("her biggest worry is the rising sea", from.text());
    Statement plural = only("Bernie Moss’ campaign says it raised more money in January than ever.");
    assertEquals("Bernie Moss’ campaign", plural.speaker());
    Statement shortOne = only("This campaign, he says, is different.");
    assertEquals("he", shortOne.speaker());
  }

  @Test
  void aQuoteAfterAWordBelongsToAMixedStatement() {
    Statement s = only("Moss promised to “rebuild every pier and every house that the storm took from us.”");
    assertEquals(StatementKind.MIXED, s.kind());
    assertTrue(s.text().startsWith("“rebuild every pier"), s.text());
    assertEquals("moss", s.actorId());
  }

  @Test
  void aClosingAttributionMayNameWhomTheSpeakerTold() {
    Statement agency = only("The ferry had been late all week, a harbour spokesman told The Port Gazette on Friday.");
    assertEquals("a harbour spokesman", agency.speaker());
    assertEquals("The ferry had been late all week", agency.text());
    assertEquals("he", only("Passengers should check the timetable before they leave home, he told reporters.")
        .speaker());
    Statement aside = only("The solution, the harbour master told them, was a second pier.");
    assertEquals("the harbour master", aside.speaker());
    assertTrue(statements("On Friday morning, the third day of the festival, Moss told a joke.").isEmpty(),
        "what was told is no one to whom it was told");
    assertTrue(statements("With ten seats at stake, Moss is assured of winning at least six of them.").isEmpty(),
        "a passive of a cue says nothing of its subject's");
  }

  @Test
  void aRequestIsWhatWasAskedWithWhomItAsks() {
    Statement asked = only("Moss asked the council to close the pier before the storm.");
    assertEquals("the council to close the pier before the storm", asked.text());
    assertEquals("ask", asked.cue());
    assertEquals("the harbour master to close the pier", only("Moss told the harbour master to close the pier.").text());
    assertEquals("if the pier would reopen", only("Moss asked the council if the pier would reopen.").text());
  }

  @Test
  void speechActsTakeTheirObjectAsWhatWasSaid() {
    Statement s = only("Moss praised the harbour workers for their courage during the storm.");
    assertEquals("praise", s.cue());
    assertEquals("the harbour workers for their courage during the storm", s.text());
  }

  @Test
  void whatIsSaidInASubordinateClauseEndsWhereTheMainClauseBegins() {
    assertEquals("the pier was three weeks late",
        only("When Moss noted that the pier was three weeks late, she was booed by the crowd.").text());
    assertEquals("the ferry should be cheaper",
        only("Though Jane Doe argued that the ferry should be cheaper, Lee raised the fares again.").text());
    // After "as", the main clause is what was reported: no cut there.
    assertTrue(statements("As the harbour office reported on Monday, the ferry will stop running in May, and the "
        + "council agreed.").stream().anyMatch(st -> st.text().contains("the ferry will stop running in May")));
  }

  @Test
  void aContrastingClauseWithItsOwnSpeakerIsASecondStatement() {
    List<Statement> s = statements("The mayor said the pier would open in May, while the council members said "
        + "they had not seen a plan.");
    assertEquals(2, s.size(), s.toString());
    assertEquals("the pier would open in May", s.get(0).text());
    assertEquals("the council members", s.get(1).speaker());
    assertEquals("they had not seen a plan", s.get(1).text());
    List<Statement> though = statements("Lee said the fares were fair, though Moss argued that they were too high.");
    assertEquals(List.of("the fares were fair", "they were too high"), though.stream().map(Statement::text).toList());
    assertEquals("moss", though.get(1).actorId());
    assertEquals(List.of("the fares were fair", "they were too high"), statements("Lee said the fares were fair, "
        + "while the other two councillors said they were too high.").stream().map(Statement::text).toList(),
        "a subject of four words");
    assertEquals("the ferry runs late while the tide is low", only("Moss said the ferry runs late while the tide is "
        + "low.").text(), "a 'while' without a speaker of its own stays in the statement");
  }

  @Test
  void aSecondActOfTheSameSpeakerAfterAndOrButIsAStatementOfItsOwn() {
    List<Statement> acts = statements("Moss praised the ferry crews but criticized the harbour budget.");
    assertEquals(List.of("the ferry crews", "the harbour budget"), acts.stream().map(Statement::text).toList());
    assertEquals(List.of("moss", "moss"), acts.stream().map(Statement::actorId).toList());
    assertEquals("criticize", acts.get(1).cue());
    List<Statement> thanked = statements("Opening the talks, the minister thanked the islanders for their patience "
        + "and urged the council to reopen the pier.");
    assertEquals(List.of("the minister", "the minister"), thanked.stream().map(Statement::speaker).toList(),
        "the speaker of the first act, not the sentence's opening words");
    assertEquals("the council to reopen the pier", thanked.get(1).text());
    assertEquals("he rated the crews by their speed and talked about the new pier", only("They said he rated the "
        + "crews by their speed and talked about the new pier.").text(), "a reported clause keeps its own verbs");
    assertEquals("the results and further plans", only("The mayor discussed the results and further plans.").text(),
        "a noun in -s after a verb in the past is no second act");
  }

  @Test
  void aParticipleAfterAPartialQuotesClosingCommaIsAStatementOfItsOwn() {
    List<Statement> s = statements("Moss said the talks “should be over by the summer,” referring to the pier "
        + "contract with the ferry company.");
    assertEquals(List.of("the talks “should be over by the summer,”",
        "to the pier contract with the ferry company"), s.stream().map(Statement::text).toList());
    assertEquals(List.of("moss", "moss"), s.stream().map(Statement::actorId).toList());
  }

  @Test
  void participlesJoinedByAndEachSayTheirOwnPart() {
    List<Statement> s = statements("Moss attacked the council, calling its members liars and vowing to close "
        + "the pier.");
    assertEquals(List.of("the council", "its members liars", "close the pier"),
        s.stream().map(Statement::text).toList());
    assertEquals(List.of("moss", "moss", "moss"), s.stream().map(Statement::actorId).toList());
  }

  @Test
  void theWordsBeforeOfAreNoSpeakerOfTheGerundAfterIt() {
    Statement step = only("Moss took the unusual step of criticizing the harbour master in public.");
    assertEquals("moss", step.actorId(), "the sentence's subject, not 'the unusual step of'");
    assertEquals("the harbour master in public", step.text());
    assertTrue(statements("The minister reported on the progress of talks between the two ferry companies.")
        .stream().noneMatch(st -> "talk about".equals(st.cue())), "'talks' after 'of' is a noun");
  }

  @Test
  void anAttributionBetweenCommasBeforeAClauseCreditsTheClause() {
    Statement s = only("In any case, Moss said, the harbour was vastly over-supplied with ferries.");
    assertEquals("moss", s.actorId());
    assertTrue(s.text().endsWith("the harbour was vastly over-supplied with ferries"), s.text());
    assertEquals("The pier is safe", only("The pier is safe, Moss said.").text(), "the clause before the attribution");
  }

  @Test
  void aClauseGoingOnAfterTheAttributionIsPartOfTheStatement() {
    assertEquals("The repairs would be paid for, Moss said, by the harbour fund",
        only("The repairs would be paid for, Moss said, by the harbour fund.").text());
    assertEquals("Closing the quay for a week, Moss said, robbed the ferry firms of their summer",
        only("Closing the quay for a week, Moss said, robbed the ferry firms of their summer.").text());
    assertEquals("The pier is safe", only("The pier is safe, Moss said, in a statement.").text(),
        "where it was said is no part of it");
  }

  @Test
  void aSourceClosingTheSentenceIsNoPartOfWhatWasSaid() {
    assertEquals("the ferry would run again by spring",
        only("Moss said the ferry would run again by spring, according to the minutes of the meeting.").text());
    assertEquals("Lee has won 75 votes, according to a radio tally, but his lead is narrowing",
        only("Moss said Lee has won 75 votes, according to a radio tally, but his lead is narrowing.").text(),
        "a clause after the source goes on with what was said");
  }

  @Test
  void aHeadlineNamesItsSpeakerWithoutADeterminer() {
    Statement s = only("Ferry fares will double by spring, official says.");
    assertEquals("official", s.speaker());
    assertEquals("Ferry fares will double by spring", s.text());
    assertEquals("former rival", only("Lee will back Moss in the end, former rival says.").speaker());
    assertTrue(statements("The harbour, fees and official business took the whole day.").isEmpty());
  }

  @Test
  void aClosingToldWithASingularAddresseeAttributesTheSentence() {
    Statement s = only("Ferry traffic will double by 1990, chairman Jo Lane told the annual meeting.");
    assertEquals("Jo Lane", s.actorName());
    assertEquals("Ferry traffic will double by 1990", s.text());
    assertEquals("The pier was never safe", only("The pier was never safe, Moss told a news conference.").text());
    assertEquals("The pier was never safe", only("The pier was never safe, the harbour master told her.").text());
    assertTrue(statements("After the dinner, Moss told a joke about the pier.").isEmpty(), "a joke is what was told");
  }

  @Test
  void aThingAddedIsNoStatement() {
    assertTrue(statements("The ferry firm added 200 jobs at the harbour last year.").isEmpty());
    assertTrue(statements("The central bank added reserves through repurchase agreements.").isEmpty());
    assertEquals("300 people had been arrested", only("Moss added 300 people had been arrested.").text());
    assertEquals("the talks were over", only("Moss added the talks were over.").text());
  }

  @Test
  void aNounCueAfterNoIsHeldByTheSubjectOfItsVerb() {
    Statement s = only("Moss has absolutely no doubt that the pier will hold.");
    assertEquals("Moss", s.speaker());
    assertEquals("the pier will hold", s.text());
    assertEquals("Lee", only("Lee made no mention of the harbour fees.").speaker());
    assertTrue(statements("There is no doubt that the pier will hold.").isEmpty(), "nobody is named");
  }

  @Test
  void anAuxiliaryBeforeTheCueIsNoPartOfTheSpeaker() {
    assertEquals("Lee", only("Lee will almost certainly announce that she is running.").speaker());
    assertEquals("Ferry owners", only("The slump had Ferry owners wondering whether the pier would reopen.")
        .speaker(), "whoever the slump had wondering");
    assertTrue(statements("The results of the harbour review will be announced on Friday.").isEmpty());
  }

  @Test
  void aQuantifierAfterAPronounSpeaksWithIt() {
    assertEquals("They both", only("They both said the pier was safe.").speaker());
    assertEquals("No one", only("No one can say how long the repairs will last.").speaker());
  }

  @Test
  void aQuantifierAfterAnAuxiliaryLeavesTheSpeakerToTheSubjectBeforeIt() {
    Statement both = only("Moss and Brandt have both warned that the harbour plan is dead.");
    assertEquals("Moss and Brandt", both.speaker());
    assertEquals("the harbour plan is dead", both.text());
    assertEquals("The ferry crews", only("The ferry crews have all said they will strike.").speaker());
  }

  @Test
  void tradeWordsThatLookLikeCuesSayNothing() {
    assertTrue(statements("The harbour board filed for an initial public offering of two mln shares.").isEmpty());
    assertTrue(statements("The notes pay 20 basis points over the London interbank offered rate.").isEmpty());
    assertTrue(statements("Ferry crossings kept declining in number and length through the winter.").isEmpty());
    assertEquals("to comment on the fares", only("The harbour board declined to comment on the fares.").text());
    assertTrue(statements("The board posted a net loss of 4 mln dlrs for the year.").isEmpty());
    assertTrue(statements("The firm will sell 500,000 shares of series preferred stock.").isEmpty());
    assertTrue(statements("The mayor held talks with the ferry owners in Dover today.").isEmpty(), "a meeting");
    assertTrue(only("Moss talks about a new pier at every meeting.").text().startsWith("about a new pier"));
  }

  @Test
  void aParticipleAfterAQuoteOfSeveralSentencesIsTheQuotesSpeakers() {
    List<Statement> s = statements("“Let’s say the ferries run again. Let’s say they run all winter,” Moss said, "
        + "referring to the plan the council rejected.");
    assertEquals(2, s.size(), s.toString());
    assertEquals("to the plan the council rejected", s.get(1).text());
    assertEquals("moss", s.get(1).actorId(), "not “Let’s”");
    assertTrue(statements("Let's see how the new timetable works.").isEmpty());
  }

  @Test
  void whoeverSendsASeriesOfMessagesSaysWhatTheySay() {
    Statement s = only("Moss unleashed a series of tweets early Friday saying the council had lied about the pier.");
    assertEquals("moss", s.actorId());
    assertEquals("the council had lied about the pier", s.text());
  }

  @Test
  void aSourceInsideBracketsAttributesTheBracketOnly() {
    List<Statement> s = statements("Moss repeated a claim that gulls take half the catch (the true share is nearer "
        + "5 percent, according to Harbourwatch.org). He defended it on Monday.");
    Statement aside = s.stream().filter(st -> "according to".equals(st.cue())).findFirst().orElseThrow();
    assertEquals("the true share is nearer 5 percent", aside.text());
    assertEquals("Harbourwatch.org", aside.speaker());
    assertTrue(s.stream().anyMatch(st -> "a claim that gulls take half the catch".equals(st.text())
        && "moss".equals(st.actorId())), "the sentence around the aside is still Moss's: " + s);
    assertTrue(s.stream().noneMatch(st -> "Harbourwatch.org".equals(st.actorName()) && "He".equals(st.speaker())),
        "a web site is nobody's \"he\": " + s);
  }

  @Test
  void anOrganisationTheDictionaryDoesNotKnowIsNobodysHe() {
    List<Statement> s = statements("The Harbour Policy Center said the fees would rise. He said they would not.");
    assertEquals(2, s.size(), s.toString());
    assertNotEquals("Harbour Policy Center", s.get(1).actorName());
  }

  @Test
  void aPlaceAfterInBelongsToTheSpeakerBeforeIt() {
    assertEquals("Officials in Kyiv", only("Officials in Kyiv said the talks would resume on Monday.").speaker(),
        "the officials speak, not the city");
    assertEquals("A woman in Worcester", only("A woman in Worcester told him the ferry was late.").speaker());
  }

  @Test
  void aNounPhraseBeforeAPrepositionHeadsTheSpeaker() {
    assertEquals("A producer for Harbour Films", only("A producer for Harbour Films told the paper that the shoot "
        + "would go ahead.").speaker(), "the producer speaks, not the studio");
    assertEquals("Many skippers at the meeting", only("Many skippers at the meeting said the quay was too short.")
        .speaker());
    assertEquals("majorities in all three", only("But majorities in all three say they want a new pier.").speaker());
    assertEquals("sources close to the council", only("Rather, sources close to the council say the vote will pass.")
        .speaker());
    assertEquals("An earlier report in a local paper", only("An earlier report in a local paper said that the mayor "
        + "had resigned.").speaker());
  }

  @Test
  void aTimePhraseAfterTheSpeakerIsNotPartOfIt() {
    assertEquals("Moss", only("Moss at the time said he had asked the crews to wait.").speaker());
    assertEquals("The harbour master", only("The harbour master at the time said that the pier was safe.").speaker());
  }

  @Test
  void aFormInEdThatDescribesANounHasNoSpeaker() {
    assertTrue(statements("The council paid $30,000 to a firm called Tidewater Consulting.").isEmpty(),
        "'called' names the firm");
    assertTrue(statements("A large part of the funds planned for the harbour will go to dredging.").isEmpty());
    assertTrue(statements("The paper looked into her alleged ties to the ferry company.").isEmpty(),
        "'alleged' after a possessive describes the ties");
    assertTrue(statements("The cost of the new quay was also discussed at the meeting.").isEmpty(),
        "a passive with an adverb before the verb");
  }

  @Test
  void aQuoteAfterTheCueThatTheSentenceGoesOnFromIsPartOfAMixedStatement() {
    Statement s = only("Moss said “it makes me angry” every time she thinks about the closed pier.");
    assertEquals("Moss", s.speaker(), "a later cue in the sentence does not attribute the quote");
    assertEquals(StatementKind.MIXED, s.kind());
    assertTrue(s.text().endsWith("the closed pier"), s.text());
  }

  @Test
  void aQuoteEndingInAnExclamationIsFollowedByTheSameSpeakersNextAct() {
    List<Statement> found = statements("She declared “What a night for the harbour!” and said that her party "
        + "would keep the pier open “for everyone” in the spring.");
    assertEquals(2, found.size(), found.toString());
    assertEquals(List.of("She", "She"), found.stream().map(Statement::speaker).toList());
    assertEquals("“What a night for the harbour!”", found.get(0).text());
    assertTrue(found.get(1).text().startsWith("her party would keep"), found.get(1).text());
  }

  @Test
  void aSecondSpeakerWithAnAppositionAfterAndHasAStatementOfItsOwn() {
    List<Statement> found = statements("The council contends that it is still on track to meet its targets, and "
        + "Jane Hale, the council's harbour adviser, said she and her staff were preparing plans.");
    assertEquals(2, found.size(), found.toString());
    assertEquals("it is still on track to meet its targets", found.get(0).text());
    assertEquals("Jane Hale, the council's harbour adviser", found.get(1).speaker());
  }

  @Test
  void aFormThatIsAsOftenANounIsACueOnlyAfterASubject() {
    assertEquals("About three-quarters", only("About three-quarters support a new ferry to the mainland.").speaker());
    assertEquals("support", only("The skippers would support a new pier.").cue());
    assertEquals("Most islanders", only("Most islanders favor a second ferry in the summer.").speaker());
    assertTrue(statements("His support for the pier has never wavered.").isEmpty(), "'support for' is a noun");
    assertTrue(statements("The plan has 41 percent support among islanders.").isEmpty(), "a poll's figure");
    assertTrue(statements("Do you support a new pier?").isEmpty(), "a question");
  }

  @Test
  void aCapitalisedPluralCountedAsAShareOrPolledIsTheSubjectOfSuchAForm() {
    assertEquals("the ferry crossing in winter", only("A clear majority of Islanders support the ferry crossing in "
        + "winter.").text());
    assertEquals("Most Northerners", only("Most Northerners oppose the toll on the new bridge.").speaker());
    assertEquals("the skippers polled", only("Two weeks ago the skippers polled support a shorter season.").speaker());
    assertTrue(statements("Lanes support among the young fell after the vote.").isEmpty(),
        "a name before the noun");
  }

  @Test
  void whoAskedAQuestionToldInThePassiveIsItsSpeaker() {
    Statement s = only("Moss was asked by host Jane Hale whether the ferry would run in winter.");
    assertEquals("host Jane Hale", s.speaker());
    assertEquals("whether the ferry would run in winter", s.text());
    assertEquals("ask", s.cue());
    assertEquals("Dan Lee", only("Asked by Dan Lee on Monday if the pier was safe, the mayor laughed.").speaker());
    assertTrue(statements("The council was asked to vote on the pier.").isEmpty(), "no one who asks is named");
  }

  @Test
  void aRestrictiveWhoseClauseIsPartOfTheSpeaker() {
    assertEquals("The skippers whose boats were seized", only("The skippers whose boats were seized say the "
        + "harbour master broke the rules.").speaker());
    assertTrue(statements("Hale, whose ferry company has been locked in talks about the pier, left early.").isEmpty(),
        "after a comma the one 'whose' names is not the one who acts");
  }

  @Test
  void aQuoteAfterAddingBelongsToTheSpeakerOfTheReportedSpeechBeforeIt() {
    List<Statement> found = statements("To wit, Moss told the paper that the mayor “had a crazy plan for the pier,” "
        + "adding, “He lost the vote of every skipper.”");
    assertEquals(2, found.size(), found.toString());
    assertEquals(List.of("Moss", "Moss"), found.stream().map(Statement::speaker).toList());
    assertEquals(List.of("tell", "add"), found.stream().map(Statement::cue).toList());
    assertEquals(StatementKind.MIXED, found.get(0).kind());
    assertEquals(StatementKind.DIRECT, found.get(1).kind());
  }

  @Test
  void accordingToAfterAnAdverbOrAPledgedCountStillAttributes() {
    Statement now = only("Now, according to the recent 50-state poll, some islanders are swinging.");
    assertEquals("the recent 50-state poll", now.speaker());
    assertEquals("some islanders are swinging", now.text());
    assertEquals("a count by the Harbour Gazette", only("Moss has won 271 pledged votes, compared to Hale's 200, "
        + "according to a count by the Harbour Gazette.").speaker(), "'pledged' describes the votes: no speech verb");
    assertEquals("the Harbour/Island Tribune poll", only("According to the Harbour/Island Tribune poll, Moss leads.")
        .speaker());
  }

  @Test
  void aSpeakerWhoSaidLittleLeavesTheSentenceToItsSource() {
    Statement s = only("Moss came back on Friday for the end of the board meeting and said little, "
        + "according to a pilot who was there.");
    assertEquals("a pilot who was there", s.speaker());
    assertEquals("Moss came back on Friday for the end of the board meeting and said little", s.text());
    assertEquals("the Harbour Gazette", only("She can still close the gap in pledged votes, which stood at 40, "
        + "according to the Harbour Gazette.").speaker(), "'pledged' after a preposition describes the votes too");
    Statement offered = only("Clara Moss, in a yellow oilskin, said little, offering only a promise that the pier "
        + "would be mended.");
    assertEquals("moss", offered.actorId(), "the participle is still the speaker's");
    assertEquals("only a promise that the pier would be mended", offered.text());
    assertEquals("nothing would change at the pier", only("Moss said nothing would change at the pier.").text());
  }

  @Test
  void anAdverbBetweenSpeakerAndCueIsSkipped() {
    assertEquals("The first report", only("The first report wrongly said that the ferry had sunk.").speaker());
  }

  @Test
  void aPassiveSpeechVerbHasNoSpeakerInItsSubject() {
    assertTrue(statements("At the meeting it was noted that the pier needs repairs.").isEmpty(),
        "an impersonal passive");
    assertTrue(statements("The ferry crews will simply be denied entry to the harbour.").isEmpty());
    assertTrue(statements("These challenges stem from the storms of last winter.").isEmpty(),
        "'challenges' after 'these' is a noun");
  }

  @Test
  void aCapitalisedWordThatOpensASentenceIsNoNameUnlessItCanBeOne() {
    Statement council = only("Having noted the delays, the council said the pier would open in May.");
    assertEquals("the council", council.speaker());
    assertEquals("the pier would open in May", council.text());
    List<Statement> then = statements("Then he cut into the budget, calling it a disgrace.");
    assertEquals("he", then.get(0).speaker(), "the subject after 'Then', not 'Then'");
    assertEquals("Kelly", only("Kelly said the ferry would run again.").speaker(), "a name in -ly is a name");
    assertEquals("King", only("King says the pier is safe.").speaker());
  }

  @Test
  void anAuxiliaryBeforeASpeechParticipleIsNotPartOfTheSpeaker() {
    assertEquals("I", only("I am asking the council to fund the new pier.").speaker());
    assertEquals("The crews", only("The crews keep saying the ferry is unsafe.").speaker());
  }

  @Test
  void aRelativeClauseBetweenCommasEndsBeforeTheMainVerb() {
    List<Statement> s = statements("Moss, who backs the harbour master, attacked the council on the radio, "
        + "calling its plan a disgrace.");
    assertEquals(List.of("the harbour master", "its plan a disgrace"), s.stream().map(Statement::text).toList());
    assertEquals("the harbour master", only("Moss, who backs the harbour master, voted against the budget.").text());
  }

  @Test
  void aPollsSecondAnswerIsAStatementOfItsOwn() {
    List<Statement> compared = statements("Sixty percent of islanders say the fares are too high, compared with "
        + "35 percent who say they are fair.");
    assertEquals(List.of("the fares are too high", "they are fair"), compared.stream().map(Statement::text).toList());
    assertEquals("35 percent who", compared.get(1).speaker());
    List<Statement> and = statements("Most riders said the ferry was late and 20 percent said it was early.");
    assertEquals(List.of("the ferry was late", "it was early"), and.stream().map(Statement::text).toList(),
        "a share after 'and' needs no comma");
    List<Statement> others = statements("Many riders said they would stay home and others have said they would walk.");
    assertEquals(List.of("Many riders", "others"), others.stream().map(Statement::speaker).toList());
    List<Statement> semicolon = statements("Half said the pier was safe; a third said it should close.");
    assertEquals(List.of("the pier was safe", "it should close"), semicolon.stream().map(Statement::text).toList());
    List<Statement> comma = statements("Lee said the fares would rise, and the ferry company said they would not.");
    assertEquals(List.of("the fares would rise", "they would not"), comma.stream().map(Statement::text).toList(),
        "any speaker after ', and'");
    assertEquals("the harbour and the pier stayed closed", only("Moss said the harbour and the pier stayed closed.")
        .text(), "no speech verb after 'and': one statement");
  }

  @Test
  void aSecondSpeakerAfterACommaSaysWhatFollowsTheirOwnCue() {
    List<Statement> shares = statements("Only a tenth of riders said the ferry was late, most of the regular "
        + "passengers said it had kept to time.");
    assertEquals(List.of("the ferry was late", "it had kept to time"), shares.stream().map(Statement::text).toList());
    assertEquals("most of the regular passengers", shares.get(1).speaker());
    List<Statement> named = statements("Lee decided to stand for the council, she told Moss that he should step aside.");
    assertEquals(List.of("Lee", "she"), named.stream().map(Statement::speaker).toList());
    assertEquals("he should step aside", named.get(1).text());
    assertEquals("the repairs would be paid for, Moss said, by the harbour fund",
        only("Lee said the repairs would be paid for, Moss said, by the harbour fund.").text(),
        "an attribution set off by commas is no second statement");
  }

  @Test
  void whatAPollOrAStudyShowsNeedsNoThat() {
    Statement polls = only("Polls show islanders trust the harbour master more than the council.");
    assertEquals("Polls", polls.speaker());
    assertEquals("islanders trust the harbour master more than the council", polls.text());
    assertEquals("show", polls.cue());
    assertTrue(statements("The captain showed visitors the new pier.").isEmpty(), "a person showing something");
  }

  @Test
  void aParticipleAfterDespiteOrWithoutHasNoSpeakerOfItsOwn() {
    Statement s = only("Despite criticising the harbour budget, Moss said the council would approve it.");
    assertEquals("moss", s.actorId());
    assertEquals("the council would approve it", s.text());
    assertTrue(statements("It goes without saying that the pier will open in May.").isEmpty(), "an idiom, nobody's statement");
  }

  @Test
  void nowBetweenTheSpeakerAndTheCueIsNotPartOfTheSpeaker() {
    assertEquals("The harbour office", only("The harbour office now says the ferry will run again in May.").speaker());
    assertEquals("A passenger", only("A passenger would now ask: “Who pays for the new pier?”").speaker());
  }

  @Test
  void aSpeechVerbsBaseFormAfterAnAuxiliaryIsACueToo() {
    Statement discuss = only("Moss will discuss the ferry contract with the council on Monday.");
    assertEquals("discuss", discuss.cue());
    assertEquals("moss", discuss.actorId());
    assertTrue(discuss.text().startsWith("the ferry contract"), discuss.text());
    Statement decided = only("Clara Moss decided to close the old pier for the winter.");
    assertEquals("decide", decided.cue());
    assertTrue(decided.text().startsWith("to close the old pier"), decided.text());
  }

  @Test
  void pronounsAndRolesResolveToThePersonNamedBefore() {
    List<Statement> s = statements("Clara Moss visited the docks on Monday.\n“It is worse than we thought,” she said.\n"
        + "The harbour minister said that repairs would start soon.");
    assertEquals(2, s.size());
    assertEquals("moss", s.get(0).actorId());
    assertEquals("she", s.get(0).speaker());
    assertEquals("moss", s.get(1).actorId());
  }

  @Test
  void aTitleAloneRefersToWhoeverTheArticleNamedWithIt() {
    List<Statement> s = statements("Harbour minister Clara Moss and Deputy Mayor Tom Baker opened the new pier.\n"
        + "“We kept our promise,” the Minister said.\n"
        + "The Deputy Mayor said that the ferries would run every hour.\n"
        + "According to him, the fares will not rise.\n"
        + "The Governor said the island had waited long enough.");
    assertEquals(4, s.size(), s.toString());
    assertEquals("moss", s.get(0).actorId(), "the dictionary gives Moss the role of harbour minister");
    assertEquals("name:tom-baker", s.get(1).actorId(), "named with the title earlier in the text");
    assertEquals("name:tom-baker", s.get(2).actorId(), "'him' is the speaker before");
    assertNull(s.get(3).actorId(), "no governor was named");
  }

  @Test
  void inAnAddressBySomeoneTheirIAndWeAreThemAndTheyAndYouAreNobodyInParticular() {
    String text = "Dear friends. I urge you to keep the ferries running all winter.\n"
        + "We believe that the pier will be finished by spring.\n"
        + "“I said no to the bridge,” Tom Baker told me.\n"
        + "They say the fares are too high. You told us that the timetable is too thin.";
    List<Statement> s = AnalyzerFixtures.analyzer().analyze(new Article("t1", null, "Test Wire",
        "Address by Harbour Minister Clara Moss to the Island Council", AnalyzerFixtures.PUBLISHED.toString(),
        AnalyzerFixtures.PUBLISHED, text)).statements();
    assertEquals(5, s.size(), s.toString());
    assertEquals("moss", s.get(0).actorId(), "'I urge' in her address");
    assertEquals("moss", s.get(1).actorId(), "'we believe'");
    assertEquals("name:tom-baker", s.get(2).actorId(), "the 'I' inside a quote is the quote's speaker");
    assertNull(s.get(3).actorId(), "'they' is a group");
    assertNull(s.get(4).actorId(), "'you' is the audience");
    assertNull(only("I urge you to keep the ferries running all winter.").actorId(), "no address, no author");
  }

  @Test
  void anAddressOfAnOfficeIsByWhoeverHoldsIt() {
    String text = "People of the islands! Along with the crews, our council is at the forefront of defending "
        + "the pier. And now I want to address the ferry owners.";
    List<Statement> s = AnalyzerFixtures.analyzer().analyze(new Article("t1", null, "Test Wire",
        "Address of the Harbour Minister on the winter timetable", AnalyzerFixtures.PUBLISHED.toString(),
        AnalyzerFixtures.PUBLISHED, text)).statements();
    assertTrue(s.stream().noneMatch(st -> "Along".equals(st.speaker())), "a preposition is nobody: " + s);
    Statement wants = s.stream().filter(st -> "I".equals(st.speaker())).findFirst().orElseThrow();
    assertEquals("moss", wants.actorId(), "the minister the title names says \"I\"");
  }

  @Test
  void reportedSpeechWithThatTakesTheClauseAsContent() {
    Statement s = only("Moss told reporters on Sunday that the ferries would run again within a week.");
    assertEquals(StatementKind.INDIRECT, s.kind());
    assertEquals("the ferries would run again within a week", s.text());
    assertEquals(LocalDate.of(2025, 12, 7), s.date());
    assertEquals(DatePrecision.DAY, s.datePrecision());
  }

  @Test
  void reportedSpeechWithTheAttributionAtTheEnd() {
    Statement s = only("The ferries will run again within a week, Moss said.");
    assertEquals("The ferries will run again within a week", s.text());
    assertEquals("moss", s.actorId());
  }

  @Test
  void accordingToIntroducesReportedSpeech() {
    Statement s = only("According to Clara Moss, the ferries will run again within a week.");
    assertEquals("according to", s.cue());
    assertEquals("moss", s.actorId());
    assertEquals("the ferries will run again within a week", s.text());
    assertEquals("the ferries will run again within a week",
        only("But, according to Clara Moss, the ferries will run again within a week.").text());
    assertEquals("The ferries will run again within a week", only("The ferries will run again within a week, "
        + "according to the harbour office.").text());
    Statement nested = only("Moss noted that, according to the harbour office, the ferries will need a new pier.");
    assertEquals("moss", nested.actorId(), "the one who reports the source is the speaker");
    String inside = "In the long run, according to the harbour office, the ferries will need a new pier.";
    assertEquals(inside.substring(0, inside.length() - 1), only(inside).text(),
        "an attribution inside the sentence leaves all of it the statement");
  }

  @Test
  void aPartialQuoteInReportedSpeechMakesItMixed() {
    Statement s = only("Moss said that the talks had been “difficult but honest” and would go on.");
    assertEquals(StatementKind.MIXED, s.kind());
  }

  @Test
  void aQuotedTitleAfterACommaIsNoStatement() {
    Statement wrote = only("In her 2019 memoir, “Tides Over the Harbour,” Moss wrote that the pier had been "
        + "neglected for years.");
    assertEquals("the pier had been neglected for years", wrote.text());
    assertEquals(StatementKind.INDIRECT, wrote.kind());
    assertEquals("moss", wrote.actorId());
    assertTrue(statements("Islanders still sing the song, “Ferry Home to Vell,” at every wedding.").isEmpty());
    assertEquals(StatementKind.DIRECT, only("Moss said, referring to the ferry programme, “It was right from the "
        + "start.”").kind(), "a programme is no title");
  }

  @Test
  void scareQuotesAndNicknamesAreNotStatements() {
    assertTrue(statements("The so-called “peace plan” was never published by the council.").isEmpty());
    assertTrue(statements("Fans call the old ferry “the Lady” because of its paint.").isEmpty());
  }

  @Test
  void aStrayQuoteMarkDoesNotHideTheStatementsAfterIt() {
    List<Statement> s = statements("The sign read “closed for the season.\n“We are open again,” Moss said.");
    assertEquals(1, s.size());
    assertEquals("We are open again,", s.get(0).text());
  }

  @Test
  void aQuoteOpenedAtASentencesStartAndNeverClosedEndsWithItsParagraph() {
    Statement s = only("“The pier is a disgrace,” said Moss. “The repairs failed and the town paid twice. It must be"
        + " saved.\n\nThe board met on Monday.");
    assertEquals("The pier is a disgrace,” said Moss. “The repairs failed and the town paid twice. It must be saved.",
        s.text());
    assertEquals(2, statements("“The pier is a disgrace,” said Moss. “The repairs failed and the town paid twice.\n"
        + "Jo Hale.”\n\n“It must be saved,” Lee said.").size(), "a line break inside a quote that closes later");
  }

  @Test
  void aStraightMarkOpeningAParagraphDoesNotRunOnIntoACurlyQuote() {
    // Some sites mark an excerpt by a lone straight mark at its start; the article's quotes are curly.
    List<Statement> s = statements("\"The plan was a disgrace. The mayor was angry.\n"
        + "“It never occurred to me to resign,” Moss said later.");
    assertEquals(1, s.size(), s.toString());
    assertEquals("It never occurred to me to resign,", s.get(0).text());
    assertEquals("moss", s.get(0).actorId());
  }

  @Test
  void aQuoteAfterSaidThatIsTheContentOfReportedSpeech() {
    String text = "Spokeswoman Jane Doe said by email that, “Of course the mayor will defend himself” against what "
        + "the council sees as an attack.";
    Statement s = only(text);
    assertEquals("name:jane-doe", s.actorId(), "not the council, whose cue only follows the quote");
    assertEquals(StatementKind.MIXED, s.kind());
    assertEquals(text.indexOf("“Of course"), s.content().start());
    String later = "Moss said on Monday that under the old council, “the pier was left to rot.”";
    Statement reported = only(later);
    assertEquals(StatementKind.MIXED, reported.kind(), "words of the that-clause come before the quote");
    assertEquals(later.indexOf("under the old"), reported.content().start());
    assertEquals(StatementKind.DIRECT, only("Moss said on Monday, “The pier was left to rot.”").kind());
    Statement goesOn = only("Moss says “the wind is at our backs” despite the lost vote in the harbour town.");
    assertEquals(StatementKind.MIXED, goesOn.kind(), "the writer's words after the quote are part of it");
    assertTrue(goesOn.text().endsWith("harbour town"), goesOn.text());
    assertEquals(StatementKind.DIRECT, statements("Moss said “the pier will be rebuilt by the spring.” The council "
        + "met on Monday to discuss the budget.").get(0).kind(), "the next sentence does not go on from the quote");
  }

  @Test
  void aQuoteAfterANoBreakSpaceStartsItsOwnSentence() {
    Statement s = only("The council cut the school budget again.\u00A0“We need the money to keep the choir,” said Jo Lane.");
    assertEquals("We need the money to keep the choir,", s.text());
    assertEquals(StatementKind.DIRECT, s.kind());
    assertEquals("name:jo-lane", s.actorId());
  }

  @Test
  void aClauseWithItsOwnSubjectAndCueIsASecondStatement() {
    List<Statement> s = statements("Moss called the ferry deal a mistake, but she noted that Lee also backed it at first. "
        + "Lee said the port will open in May and Moss said it will not — not this year.");
    assertEquals(4, s.size(), s.toString());
    assertEquals("the ferry deal a mistake", s.get(0).text());
    assertEquals("Lee also backed it at first", s.get(1).text());
    assertEquals("moss", s.get(1).actorId(), "she is Moss");
    assertEquals("the port will open in May", s.get(2).text());
    assertEquals("name:lee", s.get(2).actorId());
    assertEquals("it will not — not this year", s.get(3).text());
    assertEquals("moss", s.get(3).actorId());
  }

  @Test
  void peopleFamiliarWithSomethingOrCloseToSomeoneAreTheSpeakersNotWhatTheyKnow() {
    Statement s = only("People familiar with the talks said the harbour deal had stalled.");
    assertEquals("People familiar with the talks", s.speaker());
    assertNull(s.actorId(), "nobody in particular");
    Statement close = only("Those close to Moss say that she will not run again.");
    assertEquals("Those close to Moss", close.speaker());
    assertNull(close.actorId(), "not Moss herself");
  }

  @Test
  void advisersToAPersonAreNotThatPersonButASpokeswomanSpeaksForHer() {
    assertNull(only("Advisers to Moss say the minister has grown tired of the ferry dispute.").actorId());
    assertEquals("moss", only("A spokeswoman for Clara Moss said the port will stay closed.").actorId());
  }

  @Test
  void aNamedSpeakerIsTheNameBeforeTheAppositionNotWhomItMentions() {
    assertEquals("name:jane-roe", only("Jane Roe, a longtime Moss ally, said the port will stay closed.").actorId());
    assertEquals("name:tom-baker", only("Tom Baker, who once worked for Clara Moss, said the pier is unsafe.").actorId());
  }

  @Test
  void aNameAfterARoleIsTheSpeakerNotTheActorTheRoleMentions() {
    assertEquals("name:tom-baker", only("Moss campaign manager Tom Baker said the rally was the largest yet.").actorId());
    assertEquals("moss", only("Harbour minister Clara Moss said the rally was the largest yet.").actorId());
    assertEquals("name:jo-lane", only("Jo Lane of the Port Alma Ferry Company said the fares will rise.").actorId());
  }

  @Test
  void aCommonNounOpeningASentenceIsNoName() {
    List<Statement> s = statements("Officials said the port will stay closed. But critics say the closure is costly.");
    assertEquals(2, s.size(), s.toString());
    assertNull(s.get(0).actorId(), "'Officials' is no person");
    assertEquals("critics", s.get(1).speaker());
    assertNull(s.get(1).actorId());
  }

  @Test
  void anUnknownNameBecomesANormalisedActorAndItsSurnameFollows() {
    List<Statement> s = statements("“The water is rising,” Jane Doe said.\n“We need boats,” Doe added.");
    assertEquals(2, s.size());
    assertEquals("name:jane-doe", s.get(0).actorId());
    assertEquals("Jane Doe", s.get(0).actorName());
    assertEquals("name:jane-doe", s.get(1).actorId());
  }

  @Test
  void withoutATimeWordTheDateIsThePublicationDay() {
    Statement s = only("“We will see,” Moss said.");
    assertEquals(AnalyzerFixtures.PUBLISHED, s.date());
    assertEquals(DatePrecision.PUBLISHED, s.datePrecision());
  }

  @Test
  void eachStatementCarriesTheToneOfItsContent() {
    assertTrue(only("“This is a terrible, cruel attack,” Moss said.").sentiment() < -0.3);
    assertTrue(only("“This is a wonderful day for the islands,” Moss said.").sentiment() > 0.3);
  }

  @Test
  void aSpeakerWithAPossessiveApostropheAfterTheQuote() {
    Statement s = only("“The port will reopen,” Jane Doe, the harbours’ director, said in a statement.");
    assertEquals("Jane Doe", s.actorName());
  }

  @Test
  void aClauseRightAfterTheAddresseeIsTheContent() {
    Statement s = only("Moss told reporters this was the last chance to save the pier.");
    assertEquals("this was the last chance to save the pier", s.text());
  }

  @Test
  void anAttributionInsideTheSentenceCoversTheWholeStatement() {
    Statement s = only("In any case, Moss said, the ferries were never meant to run in winter.");
    assertEquals("moss", s.actorId());
    assertTrue(s.text().startsWith("In any case") && s.text().endsWith("winter"), s.text());
  }

  @Test
  void aSpeechParticipleAfterAnActIsASecondStatementBySameSpeaker() {
    List<Statement> s = statements("Moss attacked the harbour plan, saying it would ruin the fishing fleet.");
    assertEquals(List.of("the harbour plan", "it would ruin the fishing fleet"), s.stream().map(Statement::text).toList());
    assertEquals(List.of("attack", "say"), s.stream().map(Statement::cue).toList());
    assertTrue(s.stream().allMatch(x -> "moss".equals(x.actorId())));
    List<Statement> argued = statements("Moss said the port was safe, arguing that the storm had passed.");
    assertEquals(List.of("the port was safe", "the storm had passed"), argued.stream().map(Statement::text).toList());
    List<Statement> joined = statements("Moss praised the new pier and also said the fleet would grow.");
    assertEquals(List.of("the new pier", "the fleet would grow"), joined.stream().map(Statement::text).toList());
    assertEquals(1, statements("Moss said the port was safe in a storm, as the crew kept saying.").size(),
        "a participle inside the content that opens no clause of its own leaves one statement");
  }

  @Test
  void stancesCallsAndMentionsAreReportedAsTheSpeakers() {
    assertEquals("call on", only("Moss is calling for an inquiry into the harbour fire.").cue());
    assertEquals("decline", only("Moss declined to comment on the harbour plan.").cue());
    assertEquals("express", only("Moss expressed concern about the state of the pier.").cue());
    assertEquals("refer to", only("Moss was referring to the fire at the old customs house.").cue());
  }

  @Test
  void aNameSigningAQuoteAfterADashIsItsSpeaker() {
    List<Statement> s = statements("Readers wrote in about the pier.\n“The harbour has never looked worse.” \u2015 Ann Lee\n"
        + "“Fix the lights before winter.” \u2014 Tom Baker, Port Alma\n");
    assertEquals(2, s.size(), s.toString());
    assertEquals("Ann Lee", s.get(0).speaker());
    assertEquals(StatementKind.DIRECT, s.get(0).kind());
    assertEquals("Tom Baker", s.get(1).speaker());
  }

  @Test
  void aCueDescribingANounAfterAPrepositionIsNoAttribution() {
    Statement s = only("Moss spoke again in a video posted to social media on Sunday, suggesting that the pier will reopen.");
    assertEquals("moss", s.actorId());
    assertEquals("suggest", s.cue());
    assertEquals("the pier will reopen", s.text());
  }

  @Test
  void aSourceOpeningTheSentenceSpeaksForTheRest() {
    Statement poll = only("In a harbour council survey released Monday, most fishermen were against the new pier.");
    assertEquals("a harbour council survey released Monday", poll.speaker());
    assertEquals("most fishermen were against the new pier", poll.text());
    assertTrue(statements("In other words, the pier will wait another year.").isEmpty());
    assertEquals("moss", only("In an interview on Monday, Moss said the pier would wait.").actorId());
  }

  @Test
  void aClauseAfterTheSubjectsOwnSpeechOrStatementIsWhatTheSubjectSaidThere() {
    Statement speech = only("In a speech in Port Alma, Bay County, on Friday, Moss laid out her plan for the quays.");
    assertEquals("Moss", speech.speaker());
    assertEquals("moss", speech.actorId());
    assertEquals("laid out her plan for the quays", speech.text());
    Statement titled = only("In a statement issued on Tuesday, harbour minister Clara Moss was more cautious than the council.");
    assertEquals("harbour minister Clara Moss", titled.speaker());
    assertEquals("moss", titled.actorId());
    assertEquals("brandt", only("In his speech at the port, Brandt set out new plans for the cranes.").actorId());
    Statement poll = only("In a Harbour Post poll released Sunday, three of four fishermen were against the new pier.");
    assertEquals("a Harbour Post poll released Sunday", poll.speaker(), "a poll speaks for those it asked");
    assertTrue(statements("In the earlier interviews, it was a different story for the harbour.").isEmpty());
    Statement response = only("In response to the minister's speech, Moss noted that the quays were full.");
    assertEquals("note", response.cue(), "a speech she answers is not where Moss spoke");
  }

  @Test
  void itIsTheCountryOrBodyNamedJustBeforeNeverAPerson() {
    List<Statement> s = statements("Moss met the envoys on Monday. The North Isles have not moved. It says that the "
        + "quays stay closed.");
    assertEquals("north", s.get(s.size() - 1).actorId(), s.toString());
    List<Statement> far = statements("The North Isles sent envoys. Moss met them on Monday. The talks ran late. "
        + "It said that the quays stay closed.");
    assertNull(far.get(far.size() - 1).actorId(), "too far back to be sure: " + far);
  }

  @Test
  void aCueInAnAsideAfterTheClosingAttributionLeavesItTheQuotesOwn() {
    List<Statement> s = statements("“Who is the real pirate here?” said Moss, using a word Brandt has used to describe "
        + "the mayor, on a call with reporters. “The council let the pier rot.”");
    assertEquals(1, s.size(), s.toString());
    assertEquals(StatementKind.DIRECT, s.get(0).kind());
    assertEquals("moss", s.get(0).actorId());
    assertTrue(s.get(0).text().startsWith("Who is the real pirate here?") && s.get(0).text().endsWith("let the pier rot."),
        "one statement over both quotes, as for “A,” she said. “B.”: " + s.get(0).text());
  }

  @Test
  void aRelativeClauseTellsWhatItsSubjectSaidOfTheAntecedent() {
    List<Statement> nested = statements("Brandt cited the old harbour rules, which he said had cost the port its ferries.");
    assertEquals(2, nested.size(), nested.toString());
    Statement inner = nested.get(1);
    assertEquals("had cost the port its ferries", inner.text());
    assertEquals("brandt", inner.actorId());
    assertEquals("say", inner.cue());
    assertTrue(nested.get(0).content().start() < inner.content().start()
        && nested.get(0).content().end() >= inner.content().end(), "inside the citing: " + nested);
    Statement called = only("The council chose Ann Lee, whom Moss called “a safe pair of hands.”");
    assertEquals("moss", called.actorId());
    assertEquals("call on", called.cue());
    assertEquals(StatementKind.MIXED, called.kind());
    assertTrue(statements("This is what Moss said after the report on the harbour.").isEmpty(), "when, not what");
    assertTrue(statements("It was the one issue on which the two ministers see eye to eye.").isEmpty());
  }

  @Test
  void whatRecordsOrAPollShowCanCloseTheSentenceLikeASpeaker() {
    Statement records = only("The ferry company lost money for a decade, Port Alma court filings show.");
    assertEquals("show", records.cue());
    assertEquals("The ferry company lost money for a decade", records.text());
    assertTrue(records.speaker().endsWith("filings"), records.speaker());
    assertEquals("find", only("Most fishermen are against the new pier, the poll found.").cue());
    assertTrue(statements("The crews cheered when the ferry docked, the pictures show.").isEmpty(), "no evidence word");
    assertTrue(statements("Early results of the survey at the port, indicate.").isEmpty(), "a cue right after the comma");
  }

  @Test
  void whereSomeoneSaidItBetweenSpeakerAndCueIsNotTheSpeaker() {
    assertEquals("Moss", only("Moss in a statement said the pier would close next month.").speaker());
    assertEquals("The mayor", only("The mayor on Friday in an interview with the Gazette said the ferry would run.")
        .speaker());
    Statement resigning = only("Long said in a statement referring to his resignation: “I have great respect for the "
        + "harbour board.”");
    assertEquals(StatementKind.DIRECT, resigning.kind(), "no speaker before the cue is no failure either");
    Statement called = only("Brandt in his harbour speech called the council “a gang of pirates” and left.");
    assertEquals("brandt", called.actorId());
    assertEquals("call on", called.cue());
  }

  @Test
  void anAnswerCutShortToItsSubjectAndAuxiliaryIsStillAStatement() {
    assertEquals("she would", only("Asked whether the pier would open, Moss said she would.").text());
    assertTrue(statements("Moss said so.").isEmpty(), "two words that are no clause");
  }

  @Test
  void aTimePhraseBetweenSpeakerAndCueIsNotTheSpeaker() {
    assertEquals("The harbour council", only("The harbour council just this month announced that the pier would close.")
        .speaker());
    assertEquals("Moss", only("Moss last year proposed that the ferries run at night.").speaker());
  }

  @Test
  void aSignOrEmailThatReadsAQuoteSaysIt() {
    Statement email = only("“The ferry will not sail on Sunday,” the council's email read.");
    assertEquals("the council's email", email.speaker());
    assertEquals("read", email.cue());
    assertEquals(StatementKind.DIRECT, email.kind());
    assertEquals("read", only("One banner read, “Save the old pier.”").cue());
    assertEquals("Ian Read", only("“The pier is safe,” Ian Read said.").speaker(), "a capital is a name, not the verb");
    assertTrue(statements("She read the report on the pier and went home.").isEmpty(), "read without a quote");
  }

  @Test
  void aParticipleAfterAQuotedStatementKeepsItsSpeaker() {
    List<Statement> s = statements("“The pier is safe,” Moss said, adding that the lights would be fixed by winter.");
    assertEquals(2, s.size(), s.toString());
    assertEquals("the lights would be fixed by winter", s.get(1).text());
    assertEquals("moss", s.get(1).actorId());
    assertEquals("add", s.get(1).cue());
  }

  @Test
  void aHeadlineNamesItsSpeakerBeforeAColonButAKickerDoesNot() {
    Statement s = only("Harbour Master Ann Lee: The Pier Will Not Reopen Before Spring\nThe council met on Monday.");
    assertEquals("Harbour Master Ann Lee", s.speaker());
    assertEquals(StatementKind.INDIRECT, s.kind(), "a headline sums up what was said in the writer's words");
    assertEquals(StatementKind.DIRECT, only("Clara Moss: “The port is closed until further notice.”").kind());
    assertEquals(StatementKind.DIRECT, only("MOSS: The port is closed until further notice, and so is the pier.").kind(),
        "a transcript's line is the speaker's own words");
    Statement audience = only("Moss to Harbour Workers: The Pier Will Reopen in Spring\nMoss spoke on Monday.");
    assertEquals("Moss", audience.speaker(), "whom the speaker addresses is not part of the name");
    assertEquals("Ann Lee", only("EXCLUSIVE – Ann Lee: The Ferries Will Not Run This Winter\nThe council met.").speaker());
    assertTrue(statements("Trouble at Sea: The Ferry Sank Again Last Night\nThe council met on Monday.").isEmpty(),
        "a kicker with a link word names nobody the article speaks of");
    assertTrue(statements("Stealth Over Health: The Pier Will Not Reopen Before Spring\nThe council met on Monday.")
        .isEmpty());
  }

  @Test
  void eachLineOfAQuotedTranscriptIsAStatementOfItsSpeaker() {
    // An excerpt quoted paragraph by paragraph: an opening mark on each, the closing one on the last.
    List<Statement> s = statements("\"HOST: Minister, will the ferries run again this winter?\n"
        + "\"MOSS: They will, and the pier will be repaired before the storms.\n"
        + "\"HOST: And the fares?\n"
        + "\"MOSS: The fares will stay as they are for the whole of next year.\"");
    assertEquals(4, s.size(), s.toString());
    assertEquals("MOSS", s.get(1).speaker());
    assertEquals("moss", s.get(1).actorId());
    assertEquals("They will, and the pier will be repaired before the storms", s.get(1).text());
    assertEquals("The fares will stay as they are for the whole of next year", s.get(3).text());
    assertEquals("moss", s.get(3).actorId());
  }

  @Test
  void aClosingMarkTypedToOpenAParagraphsQuoteStillOpensIt() {
    List<Statement> s = statements("Readers sent us their views.\n"
        + "”Fear. I am afraid the new bridge will never be finished.” ― Karen Bell\n"
        + "“The ferry is fine as it is.” ― Steve Quinn");
    assertEquals(2, s.size(), s.toString());
    assertEquals("Fear. I am afraid the new bridge will never be finished.", s.get(0).text());
    assertEquals("Karen Bell", s.get(0).speaker());
    assertEquals(StatementKind.DIRECT, s.get(0).kind());
  }

  @Test
  void aSpeakerWithPartyAndStateInBracketsIsWrittenWhole() {
    Statement s = only("“The pier is not safe,” Rep. Ann Lee (D-Mass.) said on Friday.");
    assertEquals("Rep. Ann Lee (D-Mass.)", s.speaker());
    assertEquals("Ann Lee", s.actorName());
    assertEquals("name:ann-lee", s.actorId(), "an abbreviated title is dropped like a written-out one");
    Statement adding = only("Moss said in a statement, adding that the lights would be fixed by winter.");
    assertEquals("the lights would be fixed by winter", adding.text());
    assertEquals("add", adding.cue());
  }

  @Test
  void aSecondQuoteAfterAddingLaterIsAStatementOfItsOwn() {
    List<Statement> s = statements("“The pier is safe,” Moss said, adding later, “The lights will be fixed by winter.”");
    assertEquals(List.of("say", "add"), s.stream().map(Statement::cue).toList());
    assertEquals("moss", s.get(1).actorId());
    assertEquals("yell", only("“Get off the pier!” the guard yelled at the crowd.").cue());
  }

  @Test
  void aSpeechActParticipleAfterAQuoteIsAStatementToo() {
    List<Statement> s = statements("“That one is a disgrace,” Moss said, referring to the old customs house on the quay.");
    assertEquals(List.of("say", "refer to"), s.stream().map(Statement::cue).toList());
    assertEquals("to the old customs house on the quay", s.get(1).text());
  }

  @Test
  void anActAimedAtOneNameOrPronounIsAStatement() {
    Statement endorsed = only("The dockworkers' union endorses Moss.");
    assertEquals("Moss", endorsed.text());
    assertEquals("endorse", endorsed.cue());
    assertEquals("The dockworkers' union", endorsed.speaker());
    assertEquals("him", only("Voters are rejecting him.").text());
    // a capitalised cue is part of a name, and a weekday is when, not whom
    assertTrue(statements("The cuts hit harbour clinics like Planned Parenthood.").isEmpty());
    assertTrue(statements("Lawyers argued over the three deposition requests Monday.").isEmpty());
  }

  @Test
  void anInvertedSpeakerWithARelativeClauseAfterItStillSpeaksForAPartlyQuotedSentence() {
    Statement s = only("The pier was never \"a priority for the council,\" said one former harbour official "
        + "who asked not to be named.");
    assertEquals("one former harbour official", s.speaker());
    assertEquals(StatementKind.MIXED, s.kind());
    assertTrue(s.text().startsWith("The pier was never"), s.text());
    Statement participle = only("“Who is running this port?” said Moss, using a phrase Lee had used in May.");
    assertEquals("moss", participle.actorId());
  }

  @Test
  void anInvertedSpeakerHeadingAPrepositionalPhraseIsWrittenWhole() {
    Statement s = only("The ferry deal has been “close to collapse for weeks,” said a source close to the harbour board.");
    assertEquals("a source close to the harbour board", s.speaker());
    assertEquals(StatementKind.MIXED, s.kind());
  }

  @Test
  void aSaidClauseCoordinatedWithAQuoteIsAStatementAndLendsTheQuoteItsSpeaker() {
    List<Statement> s = statements("Moss said the repairs would take time but added, “The pier will reopen in May.”");
    assertEquals(2, s.size(), s.toString());
    assertEquals("the repairs would take time", s.get(0).text());
    assertEquals(StatementKind.INDIRECT, s.get(0).kind());
    assertEquals("The pier will reopen in May.", s.get(1).text());
    assertEquals(List.of("moss", "moss"), s.stream().map(Statement::actorId).toList());
    // the clause before "and" reports no speech: it lends no speaker and is no statement
    List<Statement> smiled = statements("Moss spoke first. When asked whom she backed, Ann Lee smiled and said, "
        + "“I am waiting for the harbour vote.”");
    assertTrue(smiled.stream().noneMatch(st -> "back".equals(st.cue())), smiled.toString());
  }

  @Test
  void aPronounClauseAfterAQuoteAndItsAttributionIsAStatementOfItsOwn() {
    List<Statement> s = statements("“Safety checks are one thing,” Moss said on the radio, but she said she is "
        + "being asked about repairs made decades ago.");
    assertEquals(2, s.size(), s.toString());
    assertEquals("she is being asked about repairs made decades ago", s.get(1).text());
    assertEquals("moss", s.get(1).actorId());
  }

  @Test
  void wentOnToSayAndHasSinceStressedKeepTheirSubjectAsSpeaker() {
    Statement went = only("Moss went on to say that the ferries would run until midnight.");
    assertEquals("moss", went.actorId());
    assertEquals("the ferries would run until midnight", went.text());
    Statement since = only("Moss has since stressed that no ferry left the port unsafe.");
    assertEquals("moss", since.actorId());
    assertEquals("stress", since.cue());
  }

  @Test
  void anInvertedSpeakerDescribedInLowerCaseBeforeTheNameIsTheSpeakerNotTheContent() {
    Statement s = only("The ferry company lobbied the council for years, said former harbour master Jo Lane, "
        + "who retired in May.");
    assertEquals("The ferry company lobbied the council for years", s.text());
    assertEquals("name:jo-lane", s.actorId());
    Statement and = only("The pier was sold twice, said lawyer and port historian Ann Lee.");
    assertEquals("name:ann-lee", and.actorId());
    // a relative clause after the name does not make the cue's own clause, nor does the month May
    Statement relative = only("The ferries ran late all winter, said Jo Lane, who took over in May.");
    assertEquals("The ferries ran late all winter", relative.text());
    assertEquals("name:jo-lane", relative.actorId());
    // a participle after a comma has no inverted speaker: "the story of ..." is what is told
    List<Statement> telling = statements("Ann Lee ran ads all spring, telling the story of a ferry that "
        + "never came.");
    assertTrue(telling.stream().noneMatch(st -> st.speaker() != null && st.speaker().startsWith("the story")),
        telling.toString());
  }

  @Test
  void aDescribedSpeakerIsThePersonItsAppositionNames() {
    Statement s = only("The ferries did not find \"any fault of consequence,\" said the board's director, Jo B. Lane.");
    assertEquals("The ferries did not find \"any fault of consequence", s.text());
    assertEquals("the board's director, Jo B. Lane", s.speaker());
    assertEquals("name:jo-b-lane", s.actorId());
  }

  @Test
  void aPronounAfterAnInvertedLookingCueIsTheSubjectOfTheContentNotASpeakerPhrase() {
    Statement s = only("Jo Lane (Ind.), chair of the harbour committee, said he fully supports the plan.");
    assertEquals("he fully supports the plan", s.text());
    assertEquals("name:jo-lane", s.actorId());
  }

  @Test
  void aSpeakerWithAHyphenatedAgeIsANounPhrase() {
    Statement s = only("The 57-year-old pilot says she does not take the delays lightly.");
    assertEquals("The 57-year-old pilot", s.speaker());
    assertEquals("she does not take the delays lightly", s.text());
  }

  @Test
  void aShortQuoteAfterASpeechVerbAndACommaIsDirectButNotATitleAfterInHisBook() {
    Statement lost = only("Ann Lee, the harbour master, told the radio station simply, \"We lost.\"");
    assertEquals("We lost.", lost.text());
    assertEquals(StatementKind.DIRECT, lost.kind());
    assertEquals("name:ann-lee", lost.actorId());
    List<Statement> book = statements("The storm delayed her return, Ann Lee wrote in her 2012 memoir, \"Harbour Days.\"");
    assertTrue(book.stream().noneMatch(st -> st.text().equals("Harbour Days.")), book.toString());
  }

  @Test
  void aParticipleAfterAQuoteLeavesTheSpeakerToTheAttributionBeforeIt() {
    Statement s = only("The dockers also chanted, “Open the gates,” referring to the closed pier.");
    assertEquals("The dockers", s.speaker());
    assertEquals("chant", s.cue());
  }

  @Test
  void aQuoteFarFromTheOneBeforeInOneLongParagraphDoesNotJoinIt() {
    String text = "“The pier is open,” Moss said. " + "The tide rose over the old stones. ".repeat(20)
        + "“Nobody came to the harbour that day,” the ledger reads in its last line.";
    List<Statement> s = statements(text);
    assertEquals("The pier is open,", s.get(0).text(), "a transcript printed as one paragraph is not one quote");
    assertTrue(s.stream().allMatch(st -> st.text().length() < 100), s.toString());
  }

  @Test
  void eachTurnOfATranscriptPrintedAsOneParagraphIsItsSpeakersStatement() {
    String text = "The harbour board met the press on Monday. Harbour Master Clara Moss: The pier will reopen in May. "
        + "I think the ferries will follow. Chair of the Port Users Group Ann Lee: What about the night crossings? "
        + "Clara Moss: Not this year.";
    List<Statement> s = statements(text);
    assertEquals(List.of("The pier will reopen in May. I think the ferries will follow",
        "What about the night crossings?", "Not this year"), s.stream().map(Statement::text).toList());
    assertEquals(List.of("moss", "name:ann-lee", "moss"), s.stream().map(Statement::actorId).toList());
    assertTrue(s.stream().allMatch(st -> st.kind() == StatementKind.DIRECT && st.cue().equals(":")));
    // one label alone is a headline's kicker or a single line, read as before
    assertTrue(statements("The board met. Ann Lee: nothing more was said.").stream()
        .noneMatch(st -> st.text().startsWith("nothing")));
  }

  @Test
  void aCueLineEndingInAColonIntroducesTheQuoteAfterABlankLine() {
    List<Statement> s = statements("The ferries were late again.\n\nMoss continued:\n\n“The timetable is a fiction, "
        + "and everyone on the quay knows it.”");
    assertEquals(1, s.size(), s.toString());
    assertEquals("moss", s.get(0).actorId());
    assertEquals("continue", s.get(0).cue());
  }

  @Test
  void aParticipleBeforeAQuoteLeavesTheSpeakerToTheSubjectNotTheAddressee() {
    Statement asking = only("Moss turned to the harbour master before asking her, “When will the lights be fixed?”");
    assertEquals("moss", asking.actorId(), "her is asked, Moss asks");
    Statement chanting = only("The dockers marched along the quay while chanting, “Open the gates now.”");
    assertEquals("The dockers", chanting.speaker());
    assertEquals(StatementKind.DIRECT, chanting.kind());
  }

  @Test
  void aShortQuotedSentenceRightAfterASpeechVerbIsAStatement() {
    Statement s = only("The dockers on the quay chanted “Open the gates!”");
    assertEquals("Open the gates!", s.text());
    assertEquals("chant", s.cue());
    Statement commented = only("A ferry captain commented: “The new pier is too short for the big boats.”");
    assertEquals("comment", commented.cue());
    // a short quote that is a phrase of the writer's sentence stays part of it
    assertTrue(statements("The board called the plan “a good start” on Monday.").stream()
        .noneMatch(st -> st.kind() == StatementKind.DIRECT), "a phrase is no direct statement");
  }

  @Test
  void aQuotedSentenceAfterAccordingToIsDirect() {
    Statement s = only("According to Moss, “The pier will not reopen before the summer, whatever the board says.”");
    assertEquals(StatementKind.DIRECT, s.kind());
    assertEquals("moss", s.actorId());
  }

  @Test
  void aStatementInARelativeClauseEndsWhereTheMainVerbTakesOver() {
    Statement s = only("Its harbour master, who said the pier was a mistake, left the meeting early.");
    assertEquals("the pier was a mistake", s.text());
  }

  @Test
  void aTitleOrPronounBeforeAnyoneSpokeIsThePersonTheArticleIsAbout() {
    List<Statement> s = statements("Volodymyr Zelensky met the mayors of the Black Sea ports on Tuesday. The talks "
        + "covered the grain corridor and the world's duty to bring Vladimir Putin to account.\n\n"
        + "“The ports will keep working,” he said after the meeting. The Head of State said the talks would go on.");
    assertTrue(s.size() >= 2, s.toString());
    assertTrue(s.stream().allMatch(st -> "zelensky".equals(st.actorId())), s.toString());
  }

  @Test
  void aPossessiveBeforeANounCueIsThePersonItRefersTo() {
    Statement s = only("Volodymyr Zelensky visited the port of Odesa on Friday and renewed his calls for more "
        + "air defence systems.");
    assertEquals("his", s.speaker());
    assertEquals("zelensky", s.actorId());
  }

  @Test
  void anOfficeOfAPlaceBeforeANameIsThatPersonNotThePlace() {
    assertEquals("name:jo-lane", only("Prime Minister of the North Isles Jo Lane said the ferries would run again.")
        .actorId());
    assertEquals("name:ann-lee", only("Minister of Harbours Ann Lee said the pier was safe.").actorId());
    assertEquals("name:ann-b-lee", only("Minister of Harbours Ann B. Lee said the pier was safe.").actorId());
    // without a name after it, the place's words are no person's name
    String office = only("The Prime Minister of the North Isles said the pier was safe.").actorId();
    assertTrue(office == null || !office.startsWith("name:"), office);
  }

  @Test
  void aNationalityOrPartyAroundATitledNameIsNotTheSpeaker() {
    assertEquals("name:jo-lane", only("Northern Prime Minister Jo Lane said the ferries would run again.").actorId(),
        "the adjective is part of her title, not the North Isles speaking");
    assertEquals("name:ann-lee", only("Harbour Board Chairman Ann Lee (D-Alma) said the pier was safe.").actorId(),
        "party and district in brackets are no part of the name");
    assertEquals("north", only("The Northern Ferry Service said the pier was safe.").actorId(),
        "no title before the last words: the country's service stays the country's");
  }

  @Test
  void oneNameRightAfterAPersonsTitleIsThatPersonAndWhomHeRefersTo() {
    List<Statement> s = statements("The ferries will run all winter, Northern Harbour Minister Tamsin said. He added "
        + "that the pier would reopen in May.");
    assertEquals(List.of("name:tamsin", "name:tamsin"), s.stream().map(Statement::actorId).toList());
    assertEquals("name:alma-general-corp", only("Alma General Corp said the ferries would run again.").actorId(),
        "a title's word in a firm's name is no title");
  }

  @Test
  void aDeputyOrAnAdviserIsNotTheHolderOfTheOfficeNamed() {
    assertEquals("name:ann-lee", only("Deputy Harbour Minister Ann Lee said the pier would reopen.").actorId());
    assertEquals("moss", only("Adviser to the Harbour Board of Port Alma Clara Moss said the pier would reopen.")
        .actorId(), "the name after a role in capitals is the speaker");
    assertEquals(null, only("One longtime adviser to Clara Moss said the pier would reopen.").actorId(),
        "an adviser to Moss is not Moss");
  }

  @Test
  void capitalsOfATitleOrASentenceOpeningAreNoPersonsName() {
    List<Statement> s = statements("Ann Lee visited the harbour school. The First Lady said the children needed "
        + "calm more than anything. Let us remember, she said, that the pier was built by their parents.");
    assertTrue(s.stream().map(Statement::actorId).noneMatch(id -> id != null
        && (id.equals("name:first-lady") || id.equals("name:let"))), s.toString());
    Statement contracted = statements("Ann Lee came late. I'm sure the pier is safe, she said.").get(0);
    assertTrue(contracted.actorId() == null || !contracted.actorId().equals("name:i-m"), contracted.toString());
    Statement now = only("Now Ann Lee, who runs the ferries, says the pier is safe.");
    assertEquals("name:ann-lee", now.actorId());
  }

  @Test
  void theFirstLadyIsThePersonTheArticleNamedWithTheTitle() {
    List<Statement> s = statements("First Lady Olena Zelenska opened a school in Lviv on Monday. The First Lady said "
        + "the children needed calm more than anything.");
    assertEquals("zelenska", s.get(s.size() - 1).actorId(), s.toString());
  }

  @Test
  void aTranscriptsHeadingRunningIntoItsFirstLabelLeavesTheLabelToTheOffice() {
    List<Statement> s = statements("Beginning of talks with Mayor of Port Alma Ann Lee Harbour Minister Clara Moss: "
        + "Welcome to the North Isles. Ann Lee: Thank you for the ferry.");
    assertEquals(List.of("moss", "name:ann-lee"), s.stream().map(Statement::actorId).toList(), s.toString());
    assertEquals("Welcome to the North Isles", s.get(0).text());
  }

  @Test
  void aRoleAloneIsWhoeverHeldItWhenTheArticleWasPublished() {
    String text = "The harbour minister told reporters that the quays would reopen.";
    assertEquals("brandt", AnalyzerFixtures.analyze(text, LocalDate.of(2015, 6, 1)).statements().get(0).actorId());
    assertEquals("moss", AnalyzerFixtures.analyze(text, LocalDate.of(2021, 6, 1)).statements().get(0).actorId());
    // the same with a title that refers back: "the minister" is the one holding the role then
    String back = "Brandt toured the quays on Monday. The minister said that the cranes were rusting.";
    assertEquals("brandt", AnalyzerFixtures.analyze(back, LocalDate.of(2015, 6, 1)).statements().get(0).actorId());
  }

  @Test
  void aTitleReferringBackNeedsTheRolesHeadAndRank() {
    assertNull(AnalyzerFixtures.analyze("Moss toured the quays on Monday. The deputy minister said that the "
        + "cranes were rusting.", LocalDate.of(2021, 6, 1)).statements().get(0).actorId(), "a deputy is not the holder");
    // "the state" is no head of "president of the United States" (Obama's role in 2016)
    List<Statement> state = AnalyzerFixtures.analyze("Obama spoke in Ohio on Monday. The state reported that jobs grew by two percent in the summer.",
        LocalDate.of(2016, 9, 12)).statements();
    assertEquals(1, state.size(), state.toString());
    assertNull(state.get(0).actorId());
    assertEquals("obama", AnalyzerFixtures.analyze("Obama spoke in Ohio on Monday. The president said that jobs grew by two percent in the summer.",
        LocalDate.of(2016, 9, 12)).statements().get(0).actorId());
  }

  @Test
  void aTurnLabelledInsideAParagraphSaysItsIAndWe() {
    List<Statement> s = statements("Clara Moss opened the session, and Moss spoke first. * * * Trump: Thank you, "
        + "colleagues. We have two items today. I will say right off that the harbour deal is done.");
    Statement said = s.stream().filter(x -> "I".equals(x.speaker())).findFirst().orElseThrow(() -> new AssertionError(s));
    assertEquals("trump", said.actorId(), s.toString());
  }

  @Test
  void aCapitalisedTitleOfATitleIsOneSpeakerAndNamesTheRolesHolderThatDay() {
    String text = "“The quays stay shut,” the Head of the Office of the President noted.";
    Statement s = AnalyzerFixtures.analyze(text, LocalDate.of(2023, 9, 12)).statements().get(0);
    assertEquals("the Head of the Office of the President", s.speaker());
    assertEquals("yermak", s.actorId(), "the built-in dictionary's holder in 2023");
    assertNull(AnalyzerFixtures.analyze(text, LocalDate.of(2016, 9, 12)).statements().get(0).actorId(),
        "nobody the dictionary knows held it in 2016");
    assertNull(AnalyzerFixtures.analyze("“The quays stay shut,” the Office of the President said.",
        LocalDate.of(2023, 9, 12)).statements().get(0).actorId(), "the office is not its head");
  }

  @Test
  void anOfficeThreePrepositionsDeepStillHeadsTheSpeakerNamedAtItsEnd() {
    Statement s = only("\"The quays stay shut,\" Head of the Mission of the Harbour Union to Vell Ann Lee said.");
    assertEquals("Head of the Mission of the Harbour Union to Vell Ann Lee", s.speaker());
    assertEquals("name:ann-lee", s.actorId());
  }

  @Test
  void aPronounAfterASentenceNamingTwoPeopleIsItsSubjectNotItsObject() {
    List<Statement> s = statements("“The ferry runs again,” Brandt said on Friday. Moss briefed Trump on the ferry plan "
        + "on Sunday. She said that the quays would reopen by the end of next month.");
    assertEquals("moss", s.get(s.size() - 1).actorId(), s.toString());
  }

  @Test
  void sheAndHeReferToPeopleTheDictionaryGivesThatGender() {
    String later = " on Sunday. %s said that the quays would reopen by the end of next month.";
    List<Statement> she = statements("Brandt met Moss" + later.formatted("She"));
    assertEquals("moss", she.get(she.size() - 1).actorId(), she.toString());
    List<Statement> he = statements("Moss met Brandt" + later.formatted("He"));
    assertEquals("brandt", he.get(he.size() - 1).actorId(), he.toString());
  }

  @Test
  void aQuoteFillingAThatClauseIsReportedSpeechQuotingNotADirectQuote() {
    Statement s = only("Moss told the council that “We will rebuild the pier by spring.”");
    assertEquals(StatementKind.MIXED, s.kind());
    assertEquals("moss", s.actorId());
    assertEquals(StatementKind.DIRECT, only("Moss told the council: “The pier will be rebuilt by spring.”").kind());
  }

  @Test
  void aSpeakerReportingOnThemselvesThenActingAfterAndMakesTwoStatements() {
    List<Statement> s = statements("Brandt said he had fixed the ferry himself and called the delay a disgrace.");
    assertEquals(List.of("he had fixed the ferry himself", "the delay a disgrace"),
        s.stream().map(Statement::text).toList());
    assertEquals(List.of("brandt", "brandt"), s.stream().map(Statement::actorId).toList());
    assertEquals(1, statements("Brandt said they had fixed the ferry and called the delay a disgrace.").size(),
        "they called it: after another person's pronoun the verb after 'and' goes on the reported clause");
  }

  @Test
  void aSpeechVerbAfterAndInTheSpeakersTenseIsTheSpeakersSecondStatement() {
    List<Statement> s = statements("Brandt said the ferry was late again and criticized the board for the delay.");
    assertEquals(List.of("the ferry was late again", "the board for the delay"),
        s.stream().map(Statement::text).toList());
    assertEquals(List.of("brandt", "brandt"), s.stream().map(Statement::actorId).toList());
  }

  @Test
  void aCityAndItsStateInsideAnAsideBelongToTheAside() {
    Statement inside = only("Jo Hale, a Dover, Del., pilot who flies the ferry route, said the quays were unsafe.");
    assertEquals("name:jo-hale", inside.actorId(), inside.toString());
    Statement atEnd = only("Jo Hale, a pilot from Dover, Del., said the quays were unsafe.");
    assertEquals("name:jo-hale", atEnd.actorId(), atEnd.toString());
    assertEquals("Jo Hale, a pilot from Dover, Del.", atEnd.speaker());
    Statement party = only("After the vote on the harbour bill, Sen. Jo Hale, D-Del., said the quays were unsafe.");
    assertEquals("Sen. Jo Hale, D-Del.", party.speaker(), "a party and state is the aside, not a city's state");
  }

  @Test
  void aNamedBodyIntroducedByWhichIsTheSpeakerButAnEventIsNot() {
    Statement body = only("The report came from the Harbour Board, which said the quays were unsafe.");
    assertEquals("the Harbour Board", body.speaker(), body.toString());
    assertEquals("the quays were unsafe", body.text());
    assertTrue(statements("Turnout doubled in the election, which said the town was restless.").stream()
        .noneMatch(st -> "the election".equals(st.speaker())), "an event is no speaker");
    assertTrue(statements("Police closed the Harbour Road, which showed the town was nervous.").stream()
        .noneMatch(st -> "the Harbour Road".equals(st.speaker())), "a place shows, it does not speak");
  }

  @Test
  void aQuoteSentenceRightAfterAnAttributedSentenceGoesOnWithItsStatement() {
    Statement s = only("The pier is unsafe because “the piles are rotten,” Moss said. “We will close it next week.”");
    assertEquals(StatementKind.MIXED, s.kind());
    assertEquals("moss", s.actorId());
    assertTrue(s.text().endsWith("We will close it next week."), s.text());
    Statement reported = only("The pier is unsafe, Moss said on Monday. “We will close it next week.”");
    assertEquals(StatementKind.MIXED, reported.kind(), "reported speech with the speaker's own words after it");
    assertTrue(reported.text().endsWith("We will close it next week."), reported.text());
    List<Statement> apart = statements("The pier is unsafe, Moss said.\nThe ferry ran late. “We will close it next week.”");
    assertEquals(List.of("The pier is unsafe"), apart.stream().map(Statement::text).toList(),
        "a quote in a later paragraph after other words is no one's");
  }

  @Test
  void aLongTailOfWhereAndWhenAfterTheCueStillClosesTheAttribution() {
    Statement s = only("The pier is unsafe, Moss said at a meeting of the harbour board in the town hall on Monday night.");
    assertEquals("The pier is unsafe", s.text());
    assertEquals("moss", s.actorId());
    assertTrue(statements("At the end of a long meeting, Moss said on the steps of the town hall in front of the press.")
        .isEmpty(), "an opening phrase of place or time is no statement");
  }

  @Test
  void aQuestionAskedOnADayIsTheQuestionAfterTheDay() {
    Statement s = only("Moss asked the mayor on Friday whether the pier would close.");
    assertEquals("whether the pier would close", s.text());
    assertEquals("moss", s.actorId());
    assertEquals(LocalDate.of(2025, 12, 5), s.date(), "Friday before the Monday it was published");
  }

  @Test
  void aNamedSpeakerAfterTheCueMayBeFollowedByWhereTheySpoke() {
    Statement s = only("The pier is unsafe, said harbour engineer Jo Hale at a meeting in Dover.");
    assertEquals("harbour engineer Jo Hale", s.speaker());
    assertEquals("The pier is unsafe", s.text());
  }

  @Test
  void aClauseWithItsOwnSubjectAndActAfterButIsASecondStatement() {
    List<Statement> s = statements("Moss said she will vote for Lee, but she hasn't endorsed him.");
    assertEquals(List.of("she will vote for Lee", "him"), s.stream().map(Statement::text).toList());
    assertEquals(List.of("say", "endorse"), s.stream().map(Statement::cue).toList());
    assertEquals(List.of("moss", "moss"), s.stream().map(Statement::actorId).toList());
    assertEquals(1, statements("Moss endorsed the ferry service and Western Ferry Group proposed venture rules.").size(),
        "a form in -ed before a bare noun describes it: no second act");
  }

  @Test
  void aNounPhraseAndASpeechVerbAfterAWholeClauseOpenAStatementOfTheirOwn() {
    List<Statement> s = statements("Moss declined to comment and harbour officials later said the pier was safe.");
    assertEquals(List.of("to comment", "the pier was safe"), s.stream().map(Statement::text).toList());
    assertEquals("officials", s.get(1).speaker());
    assertEquals(1, statements("Moss said the pier would be partly and quickly rebuilt following a recently announced"
        + " grant.").size(), "adverbs and verbs before \"a ... announced\" are no speaker's modifiers");
    List<Statement> shares = statements("One in three said the board was slow, and one in four said the pier was unsafe.");
    assertEquals(List.of("One in three", "one in four"), shares.stream().map(Statement::speaker).toList());
    Statement joined = only("Moss noted despite the storm-related delays, Port Alma and the Harbour Board maintained"
        + " a dialogue on the pier.");
    assertEquals("moss", joined.actorId(), "an adjective in -ed is no verb: the two names share one subject");
  }

  @Test
  void aNegatedAuxiliaryStandsBetweenTheSpeakerAndTheCue() {
    Statement s = only("Moss didn't say when the pier would open.");
    assertEquals("Moss", s.speaker());
    assertEquals("when the pier would open", s.text());
  }

  @Test
  void aCueInsideWordsClosedByAnAttributionIsPartOfWhatWasSaid() {
    Statement s = only("We didn't expect this much damage to the pier, Moss added.");
    assertEquals("moss", s.actorId());
    assertEquals("We didn't expect this much damage to the pier", s.text());
    assertEquals("moss", only("The board wants the pier rebuilt by spring, said Moss.").actorId());
  }

  @Test
  void whatTheSubjectSetOutToSayIsTheirStatement() {
    Statement s = only("Moss went out of her way to say that the pier was safe.");
    assertEquals("moss", s.actorId());
    assertEquals("the pier was safe", s.text());
    assertEquals("brandt", only("Brandt stood at a rally in Dover to say he was leaning toward Lee.").actorId());
    assertTrue(statements("It is too early to say whether the pier will open.").isEmpty(), "nobody says it");
    assertTrue(statements("The vote will increase the pressure on her to say whether she agrees.").isEmpty(),
        "the one pressed to say has said nothing yet, and the vote says nothing");
    assertTrue(statements("Brandt went to Dover to say goodbye to the ferry crew.").isEmpty(), "no clause follows: no statement");
  }

  @Test
  void aRelativeClauseWithAnAdverbOrADayBeforeItsCueEndsAtItsClosingComma() {
    List<Statement> s = statements("Moss, who largely backs the pier plan, said on Monday that the board was slow.");
    assertEquals(List.of("the pier plan", "the board was slow"), s.stream().map(Statement::text).toList());
    assertEquals(List.of("back", "say"), s.stream().map(Statement::cue).toList());
    assertEquals("Lee", only("Moss, who on Tuesday endorsed Lee, spoke first at the meeting.").text());
  }

  @Test
  void aSpeechVerbAfterDidNotAndAnActAfterAOneWordObjectAreTheSpeakersToo() {
    List<Statement> s = statements("Moss said she would back the pier but did not suggest it would open soon.");
    assertEquals(List.of("she would back the pier", "it would open soon"), s.stream().map(Statement::text).toList());
    assertEquals(List.of("say", "suggest"), s.stream().map(Statement::cue).toList());
    List<Statement> acts = statements("Moss criticized Lee and challenged him to a debate.");
    assertEquals(List.of("Lee", "him to a debate"), acts.stream().map(Statement::text).toList());
    assertEquals(1, statements("Moss said Port Alma had never wanted the pier and did not want to pay for it.").size(),
        "a stance after \"did not\" stays with the reported clause's subject");
    assertEquals(1, statements("The officials declined to detail what Lee and Brandt discussed at the meeting.").size(),
        "two names joined by \"and\" are one subject");
  }

  @Test
  void anAdverbBetweenTheSpeakerAndAVerbInEdIsNotPartOfTheSpeaker() {
    Statement s = only("Moss sharply criticized the pier deal.");
    assertEquals("Moss", s.speaker());
    assertEquals("moss", s.actorId());
    assertEquals("Moss", only("Moss has openly praised the pier deal.").speaker());
  }

  @Test
  void anAsideAboutTheSentenceIsNotPartOfTheSpeaker() {
    assertEquals("Moss", only("Moss, however, has sharply criticized the pier deal.").speaker());
    assertEquals("Moss", only("Moss, in a statement, said the pier was safe.").speaker());
    assertEquals("Jo Hale, a pilot", only("Jo Hale, a pilot, said the pier was safe.").speaker(),
        "an apposition describes the speaker and stays");
  }

  @Test
  void aThatBeforeAVerbIsASubjectOrARelativePronounNotTheOpeningOfWhatWasSaid() {
    assertEquals("that was not its view", only("The board said that was not its view.").text());
    assertEquals("his rights in answer to any questions that would be put to him",
        only("Moss would assert his rights in answer to any questions that would be put to him.").text());
  }

  @Test
  void aPassiveWithAnAdverbAndTheWritersWorthNotingAreNoOnesStatements() {
    assertTrue(statements("The mayor was once asked how the storm would end.").isEmpty(),
        "the mayor was asked: who asked is not said");
    assertTrue(statements("It is worth noting that the pier is the oldest in the county.").isEmpty(),
        "the writer's aside has no speaker");
  }

  @Test
  void aSpeakerNounWithAPrepositionAndItsObjectsIsOneSpeaker() {
    assertEquals("Experts on harbour safety", only("Experts on harbour safety said the storm could change that.").speaker());
    assertEquals("Experts on Port Alma and its harbour",
        only("Experts on Port Alma and its harbour said the storm could change that.").speaker());
    assertEquals("Experts on Port Alma and harbour safety",
        only("Experts on Port Alma and harbour safety said the storm could change that.").speaker());
    assertEquals("Moss", only("Moss on Friday said the pier was safe.").speaker(), "a day is no object of a speaker");
    assertEquals("a report on the harbour", only("A week later, a report on the harbour said the pier was unsafe.")
        .speaker());
    assertTrue(statements("The new fees on the pier supported the harbour budget.").stream()
        .noneMatch(st -> "The new fees on the pier".equals(st.speaker())),
        "\"on\" heads a speaker only after a speaker's or a source's noun");
  }

  @Test
  void whatASpeakersOwnRelativeClauseSaysIsAStatementOfItsOwn() {
    List<Statement> s = statements("“The pier is unsafe,” said Jo Hale, a pilot who has accused the board of neglect.");
    assertEquals(List.of("The pier is unsafe,", "the board of neglect"), s.stream().map(Statement::text).toList());
    assertEquals(List.of("say", "accuse"), s.stream().map(Statement::cue).toList());
    assertEquals(List.of("name:jo-hale", "name:jo-hale"), s.stream().map(Statement::actorId).toList());
    assertEquals(1, statements("“The pier is unsafe,” said Jo Hale, a pilot who flies the ferry route.").size(),
        "a relative clause without a cue says nothing of its own");
  }

  @Test
  void aParticipleAfterAQuoteNamesNoSpeakerWhenACueStandsBeforeTheQuote() {
    List<Statement> s = statements("Moss said the crews will still meet on the pier, but said, “It is time we change how"
        + " we do it,” promising the club will return to its roots.");
    assertEquals(List.of("Moss", "Moss"), s.stream().map(Statement::speaker).toList());
    assertEquals(List.of("say", "say"), s.stream().map(Statement::cue).toList());
    assertEquals("It is time we change how we do it,", s.get(1).text());
  }

  @Test
  void reportedSpeechBeforeAnotherSpeakersQuoteEndingInAPartialQuoteIsFound() {
    List<Statement> s = statements("After Moss said that pilots who did not train might do better at “smaller ports,”"
        + " Lee said: “I do not like what she said.”");
    assertEquals(List.of("Moss", "Lee"), s.stream().map(Statement::speaker).toList());
    assertTrue(s.get(0).text().startsWith("pilots who did not train"));
  }

  @Test
  void aTimeThatOpensTheSentenceIsNotTheSpeaker() {
    assertEquals("Moss", only("On Sunday morning Moss made a third attempt to calm the crews, saying that the real"
        + " issue was safety.").speaker());
    assertEquals("the Harbour Board", only("In May 2012 the Harbour Board voted to close the pier, saying that the"
        + " ferry was unsafe.").speaker());
    assertEquals("the Harbour Board", only("On Monday, the Harbour Board voted to close the pier, saying that the"
        + " ferry was unsafe.").speaker());
    assertEquals("Moss", only("Last week Moss voted to close the pier, saying that the ferry was unsafe.").speaker());
    assertEquals("Moss", only("Hours later, Moss returned the compliment, telling reporters that the two were old"
        + " friends.").speaker());
    assertEquals("Moss", only("A few days later, Moss changed course again, telling Lee that the fees were set.")
        .speaker());
    assertEquals("the harbour board", only("Yesterday, the harbour board made moves to calm fears by saying it will"
        + " rebuild the pier.").speaker());
    assertEquals("Jo May, head of the Harbour Board", only("Jo May, head of the Harbour Board, told the council the"
        + " pier has not sunk.").speaker(), "a month's name in a person's name is no time");
  }

  @Test
  void whoWasQuotedAsSayingIsTheSpeaker() {
    assertEquals("Moss", only("Moss was quoted as saying that the pier is unsafe.").speaker());
    assertEquals("Moss", only("“We do not want to go down that road,” Moss was quoted as telling Mayor Jo Hale after"
        + " the visit.").speaker());
  }

  @Test
  void theBuiltInCuesReadSpeechActsBeyondSayingAndVerbsOfManner() {
    Statement bemoaned = only("Moss bemoaned the delays at the pier.");
    assertEquals(List.of("Moss", "bemoan", "the delays at the pier"),
        List.of(bemoaned.speaker(), bemoaned.cue(), bemoaned.text()));
    assertEquals("reaffirm", only("The two mayors reaffirmed their commitment to the ferry line.").cue());
    assertEquals("speculate", only("Analysts speculated the board could sell the pier.").cue());
    assertEquals("charge", only("The pilots charged that the board had ignored the cracks.").cue());
    Statement laughed = only("“We will rebuild it twice,” Moss laughed.");
    assertEquals(List.of("Moss", "laugh", StatementKind.DIRECT),
        List.of(laughed.speaker(), laughed.cue(), laughed.kind()));
    assertTrue(statements("The crowd laughed at the harbour master for an hour.").isEmpty(),
        "a verb of manner speaks only beside a quote");
    assertEquals("retaliate", only("“Dover will always be Dover,” an angry Moss retaliated.").cue());
    Statement view = only("Many pilots view the fee as a tax on the poor.");
    assertEquals(List.of("Many pilots", "view", "the fee as a tax on the poor"),
        List.of(view.speaker(), view.cue(), view.text()));
    assertTrue(statements("The view from the pier is fine.").isEmpty(), "\"view\" after no subject is a noun");
    Statement thanked = only("Moss thanked Lee for his support: “Your visit to the pier gives us strength.”");
    assertEquals(List.of("Moss", "thank"), List.of(thanked.speaker(), thanked.cue()),
        "a form as often a noun is no cue of a quote after a possessive");
    assertTrue(statements("The dogs barked at the harbour master for an hour.").isEmpty(),
        "a dog that barks says nothing");
    assertTrue(statements("Toxic fumes from the ferry fire reached the pier.").isEmpty(), "\"fumes\" is a noun");
  }

  @Test
  void aThatClauseAfterATimeIsWhatASecondSpeakerSaidNotAClosingAttribution() {
    List<Statement> s = statements("The judge praised the board, but lawyers said this week that they would miss the"
        + " deadline.");
    assertEquals(List.of("The judge", "lawyers"), s.stream().map(Statement::speaker).toList());
    assertEquals("they would miss the deadline", s.get(1).text());
    assertEquals("The pier is safe", only("The pier is safe, Moss said this week.").text());
  }

  @Test
  void baseFormsOfCuesAreReadButNotThoseThatNameFirms() {
    assertEquals("understand", only("We understand the pier will close in May.").cue());
    assertEquals("wonder", only("Pilots wonder whether the pier will close.").cue());
    Statement firm = only("Harbour Express said it would run two more ferries.");
    assertEquals(List.of("Harbour Express", "say"), List.of(firm.speaker(), firm.cue()), "\"Express\" names a firm");
  }

  @Test
  void aMeasureThatDeclinesIsNoOnesRefusal() {
    assertTrue(statements("Exports declined 9.9 pct to 615 million crowns in May.").isEmpty());
    assertTrue(statements("Harbour fees declined to $4 million from $5 million.").isEmpty());
    assertTrue(statements("The mayor's rating has declined slightly from 58 percent to 55 percent.").isEmpty());
    assertEquals("decline", only("Moss declined to comment on the pier.").cue());
  }

  @Test
  void demandForAGoodAndABylineAreNoStatements() {
    assertTrue(statements("Ferries turned to gas, and demand from Port Alma cooled.").isEmpty());
    assertTrue(statements("The pier runs three days a week because of the low demand for coal.").isEmpty());
    assertTrue(statements("Jo Hale reported from Port Alma, and Lee Brandt from Dover.").isEmpty(), "a byline");
    assertEquals("from the board that the pier close", only("Moss demanded from the board that the pier close.")
        .text());
    assertEquals("demand", only("I demand from you a full report on the pier.").cue());
    assertEquals("the pier had sunk", only("Our correspondent Jo Hale reported from Port Alma that the pier had sunk.")
        .text());
  }

  @Test
  void aSpeakerKeepsItsNameThroughTwoAsidesAnApposedSubjectAndAPostedDocument() {
    assertEquals("Moss", only("Moss, meanwhile, who sits on no board, said the pier is safe.").speaker());
    assertEquals("Sen. Jo Hale, R-Del., appearing on Harbour News after the speech",
        only("Sen. Jo Hale, R-Del., appearing on Harbour News after the speech, said Moss failed to answer.")
            .speaker());
    assertEquals("Jo Hale, a former harbour chairman", only("Jo Hale, a former harbour chairman, became a delegate and"
        + " said he is leaning toward Lee.").speaker());
    assertEquals("A statement posted on the website", only("A statement posted on the website said the listings are"
        + " made by users.").speaker());
    assertTrue(statements("Since January, the press has given much space to the harbour, stressing that the pier"
        + " is vital.").stream().noneMatch(st -> st.speaker() != null && st.speaker().startsWith("Since")),
        "an opening time and the clause after it are no name with an apposition");
    assertTrue(statements("Moss, clearly frustrated, responded by pointing at Lee, saying the board was wrong.")
        .stream().noneMatch(st -> st.speaker() != null && st.speaker().contains("responded")), "a clause is no aside");
  }

  @Test
  void aOneWordAnswerIsWhatWasSaid() {
    Statement yes = only("Asked if the pier was safe, 46 percent of pilots said yes.");
    assertEquals(List.of("46 percent of pilots", "yes"), List.of(yes.speaker(), yes.text()));
    assertEquals("no", only("Moss said no.").text());
    assertTrue(statements("Moss said so many things.").isEmpty(), "\"so\" before a noun answers nothing");
  }

  @Test
  void whatSomeoneAgreedToDoIsTheirStatement() {
    Statement agreed = only("The two mayors agreed to keep the ferry line open through the winter.");
    assertEquals(List.of("The two mayors", "agree", "keep the ferry line open through the winter"),
        List.of(agreed.speaker(), agreed.cue(), agreed.text()));
    assertTrue(statements("The ferry agreed with the timetable.").isEmpty(), "no clause, no intention");
  }

  @Test
  void aClosingAttributionWithItsTimeOrPlaceTakesTheWholeSentence() {
    Statement agreed = only("Port Alma and Dover have agreed to pool their ferries, the harbour board said in a"
        + " statement.");
    assertEquals(List.of("the harbour board", "say"), List.of(agreed.speaker(), agreed.cue()));
    assertEquals("an official", only("Moss and Lee have agreed to hold talks on the pier, an official said Tuesday.")
        .speaker());
    Statement promised = only("The plan will urge the board to double the fees within five years as the board had"
        + " promised, harbour officials said at a press conference.");
    assertEquals("say", promised.cue());
    assertTrue(promised.text().startsWith("The plan will urge"), promised.text());
  }

  @Test
  void theWritersWordsBetweenAQuoteAndItsAttributionGoOnWithTheQuote() {
    Statement s = only("“We are frustrated and horrified” by the storm that hit the pier in Port Alma, Moss said.");
    assertEquals("We are frustrated and horrified” by the storm that hit the pier in Port Alma", s.text());
    assertEquals(StatementKind.MIXED, s.kind());
    assertEquals("Moss", s.speaker());
    Statement titled = only("“We can call this now: Moss will win,” harbour law expert Jo Hale wrote.");
    assertEquals(List.of("We can call this now: Moss will win,", StatementKind.DIRECT),
        List.of(titled.text(), titled.kind()), "a title before the name is no words of the writer's");
  }

  @Test
  void anIntentionAfterATimeIsStillWhatWasPromised() {
    Statement vowed = only("Moss vowed on Monday to take the fight over the pier to the high court.");
    assertEquals(List.of("Moss", "vow", "take the fight over the pier to the high court"),
        List.of(vowed.speaker(), vowed.cue(), vowed.text()));
    assertEquals("sell the old ferry to Dover",
        only("The harbour board agreed last week to sell the old ferry to Dover.").text());
  }

  @Test
  void aSentenceOpeningWithButAfterAQuoteIsNotItsAttribution() {
    List<Statement> found = statements("Moss mocked the plan, saying, “The answer is not to shout.” But Lee disagreed.");
    Statement quote = found.stream().filter(st -> st.text().contains("The answer")).findFirst().orElseThrow();
    assertEquals(List.of("Moss", StatementKind.DIRECT), List.of(quote.speaker(), quote.kind()));
  }

  @Test
  void anAsideEndingInAQuoteOrAStateLeavesTheSpeakerNamed() {
    Statement citing = only("Moss, citing “the magic of the old harbour,” said the town could win the prize.");
    assertEquals(List.of("Moss, citing “the magic of the old harbour,”", "the town could win the prize"),
        List.of(citing.speaker(), citing.text()));
    Statement host = only("Lee, the host of the show “Harbour Nights,” said in an interview that the fair was dull.");
    assertEquals("Lee", host.actorName());
    Statement retired = only("“I would be in prison now,” Mr. Lee, now retired in Cambridge, Mass., said by telephone.");
    assertEquals(List.of("Mr. Lee, now retired in Cambridge, Mass.", "I would be in prison now,"),
        List.of(retired.speaker(), retired.text()));
    assertTrue(statements("In an interview, Moss said the fair was “messy,” adding: “Fairs are messy.”").stream()
        .noneMatch(st -> st.speaker() != null && st.speaker().contains("interview")), "a clause is no aside");
  }

  @Test
  void whatWasSaidMayOpenWithAPossessiveOrAQuoteAfterWhenAndHow() {
    Statement tuesday = only("The mayor said Tuesday his plans for the pier are consistent with the law.");
    assertEquals(List.of("The mayor", "say", "his plans for the pier are consistent with the law"),
        List.of(tuesday.speaker(), tuesday.cue(), tuesday.text()));
    Statement repeatedly = only("Moss has said repeatedly “the next mayor” should choose the harbour chief.");
    assertEquals(List.of("Moss", "“the next mayor” should choose the harbour chief", StatementKind.MIXED),
        List.of(repeatedly.speaker(), repeatedly.text(), repeatedly.kind()));
  }

  @Test
  void aClauseOfTheWritersAfterAnInvertedSpeakerIsNotPartOfTheName() {
    Statement s = only("Ms. Hale is “not a diplomat,” said Mr. Brandt, but she has won respect on the pier.");
    assertEquals(List.of("Mr. Brandt", "say"), List.of(s.speaker(), s.cue()));
    assertTrue(s.text().startsWith("Ms. Hale is “not a diplomat"), s.text());
    assertEquals("Jo Hale, the harbour master, who sailed with Moss", only("“The pier is safe,” said Jo Hale, the harbour"
        + " master, who sailed with Moss.").speaker(), "an apposition still belongs to the name");
  }

  @Test
  void aCueBeforeToCarriesTheCueAfterIt() {
    Statement expected = only("Moss is expected to argue that the board has lost touch with the town.");
    assertEquals(List.of("Moss", "argue", "the board has lost touch with the town"),
        List.of(expected.speaker(), expected.cue(), expected.text()));
    assertEquals("insist", only("Moss continued to insist that the pier was safe.").cue());
  }

  @Test
  void aClauseAfterButWithATimeOrAProgressiveIsItsSpeakersStatement() {
    List<Statement> announced = statements("Moss defended the vote, but late Saturday he announced he backed a bill"
        + " to repeal the fee.");
    assertEquals(List.of("the vote", "he backed a bill to repeal the fee"),
        announced.stream().map(Statement::text).toList());
    List<Statement> predicting = statements("Moss backs Lee, but he is predicting she will lose the vote.");
    assertEquals(List.of("Lee", "she will lose the vote"), predicting.stream().map(Statement::text).toList());
  }

  @Test
  void aSentenceBetweenTwoQuotesClosesTheFirstWhenTheSecondHasALeadOfItsOwn() {
    List<Statement> found = statements("“Didn’t we use the word first?” Moss writes to Lee. He responds, “Yes, but"
        + " we can give it to them.”");
    assertEquals(List.of("Moss", "He"), found.stream().map(Statement::speaker).toList());
    assertEquals(List.of("Didn’t we use the word first?", "Yes, but we can give it to them."),
        found.stream().map(Statement::text).toList());
  }

  @Test
  void aClosingSpeakerWithAnApposition() {
    Statement s = only("The pier is safe and the boats are in storage, Jo Hale, the harbour master, said.");
    assertEquals(List.of("Jo Hale, the harbour master", "The pier is safe and the boats are in storage"),
        List.of(s.speaker(), s.text()));
    Statement memo = only("Two boats sent to the pier are in storage, Jo Hale wrote in a memo to the board members"
        + " on Friday.");
    assertEquals(List.of("Jo Hale", "write", "Two boats sent to the pier are in storage"),
        List.of(memo.speaker(), memo.cue(), memo.text()));
    Statement inverted = only("In the town of Dover, the stakes are high, and the pier is unsafe, said Jo Hale, the"
        + " harbour master.");
    assertEquals(List.of("Jo Hale, the harbour master", "In the town of Dover, the stakes are high, and the pier is"
        + " unsafe"), List.of(inverted.speaker(), inverted.text()), "after the cue, the speaker's apposition is no aside");
  }

  @Test
  void aSentenceOpeningWithASpeechParticipleIsItsSubjectsStatementToo() {
    List<Statement> noting = statements("Noting that only Lee voted with the board on the fee, Moss added: “That is"
        + " where the trouble is.”");
    assertEquals(List.of("only Lee voted with the board on the fee", "That is where the trouble is."),
        noting.stream().map(Statement::text).toList());
    assertEquals(List.of("Moss", "Moss"), noting.stream().map(Statement::speaker).toList());
    List<Statement> arguing = statements("Arguing that the fee is too high, Moss said the board would vote it down.");
    assertEquals(List.of("argue", "say"), arguing.stream().map(Statement::cue).toList());
  }

  @Test
  void aThatAfterAVerbInWhatWasSaidOpensNoNewContent() {
    assertEquals("the image of the star harked back to the old belief that gulls are greedy",
        only("Critics said the image of the star harked back to the old belief that gulls are greedy.").text());
    assertEquals("the ferry will run", only("Moss said in an interview published on Monday that the ferry will run.")
        .text(), "a participle describing where it was said is no verb of what was said");
  }

  @Test
  void aContractedSubjectOpensWhatWasThought() {
    Statement s = only("I think it’s time the board had a talk about the pier.");
    assertEquals(List.of("think", "it’s time the board had a talk about the pier"), List.of(s.cue(), s.text()));
    assertEquals("they’re being spun by the board", only("Reporters know they’re being spun by the board.").text());
  }

  @Test
  void aTimeBetweenTheSpeakerAndTheCueIsNotTheSpeaker() {
    Statement panel = only("A harbour panel in 2001 found that the town was in breach of the lease.");
    assertEquals(List.of("A harbour panel", "find"), List.of(panel.speaker(), panel.cue()));
    assertEquals("Moss", only("Moss in May 2012 said the pier would close.").speaker());
    assertTrue(statements("A suit was filed in 2012 challenging the fee on the pier.").stream()
        .noneMatch(st -> "A suit was filed".equals(st.speaker())), "a verb before the time ends no speaker");
  }

  @Test
  void anInvertedSpeakerMayBeFollowedByABracketedAside() {
    Statement s = only("Raising the fee is a misguided approach, said Mr. Lee (a view shared by everyone I met).");
    assertEquals(List.of("Mr. Lee", "Raising the fee is a misguided approach"), List.of(s.speaker(), s.text()));
  }

  @Test
  void baseFormsThatAreAsOftenNounsAreCuesOnlyAfterASubject() {
    Statement questioned = only("Many pilots question whether the fee is legal.");
    assertEquals(List.of("Many pilots", "question"), List.of(questioned.speaker(), questioned.cue()));
    assertEquals("the pier would reopen", only("Moss said in response to a reporter's question that the pier would"
        + " reopen.").text(), "a question after a possessive is a noun");
    assertEquals("the sale would bring about 80 pct cash and 20 pct note", only("Moss said the sale would bring about"
        + " 80 pct cash and 20 pct note.").text(), "a note after an amount is a noun");
  }

  @Test
  void aParticipleAfterAnAttributionOrBeforeAQuotesCommaSaysItsOwnPart() {
    List<Statement> goingOn = statements("“Bringing that up again is insane,” Moss said, going on to say that the town"
        + " has spent years fighting over the pier.");
    assertEquals(List.of("Moss", "Moss"), goingOn.stream().map(Statement::speaker).toList());
    assertEquals("the town has spent years fighting over the pier", goingOn.get(1).text());
    Statement swollen = only("After saying her right foot was “so swollen I could barely walk,” she was taken to"
        + " the hospital.");
    assertEquals(List.of("she", "say"), List.of(swollen.speaker(), swollen.cue()));
    assertTrue(swollen.text().startsWith("her right foot was"), swollen.text());
  }

  @Test
  void anInvertedSpeakerMayNameAWebsiteAndAQuoteMayBeFollowedByWhileAlsoSaying() {
    Statement site = only("Whether the board or the town plan is better will be decided in June, said Jo Hale, editor"
        + " of Harbour.com.");
    assertEquals(List.of("Jo Hale, editor of Harbour.com", "Whether the board or the town plan is better will be"
        + " decided in June"), List.of(site.speaker(), site.text()));
    List<Statement> also = statements("“I am used to a lot of that,” he added, while also saying that he expects to"
        + " do well with older voters.");
    assertEquals(List.of("add", "say"), also.stream().map(Statement::cue).toList());
    assertEquals("he expects to do well with older voters", also.get(1).text());
  }

  @Test
  void aProgrammeTitleInCurlyQuotesIsWhereItWasSaidNotWhat() {
    Statement s = only("Lee said on Harbour Radio's “Harbour Talk” that Moss had shown disrespect to the pilots.");
    assertEquals(List.of("Lee", "Moss had shown disrespect to the pilots", StatementKind.INDIRECT),
        List.of(s.speaker(), s.text(), s.kind()));
  }

  @Test
  void whatSomeoneIsToldToDoMayComeAfterWhereTheyWereTold() {
    Statement s = only("Moss tells his supporters at a rally in Dover to “go to the pier and vote” on Sunday.");
    assertEquals(List.of("Moss", "tell", StatementKind.MIXED), List.of(s.speaker(), s.cue(), s.kind()));
    assertTrue(s.text().endsWith("to “go to the pier and vote” on Sunday"), s.text());
    assertEquals("it was expected to touch five pct this year", only("Moss told reporters on Saturday it was expected"
        + " to touch five pct this year.").text(), "a clause after the time is what was told");
    assertTrue(statements("Moss told a news conference after a talk to shareholders.").isEmpty(),
        "a plural after \"to\" is no verb");
  }

  @Test
  void aPluralOpeningTheSentenceAndANounLikeProtestHeadASpeakerBeforeAPreposition() {
    assertEquals("Pilots in Dover", only("Pilots in Dover said the pier was too short.").speaker());
    assertEquals("Advocates for the fee", only("Advocates for the fee said the pier needed repairs.").speaker());
    assertEquals("Local protest groups", only("Local protest groups say the fee hurts the harbour.").speaker());
    assertEquals("Harbour Support Services Inc", only("Harbour Support Services Inc said it sold the pier.").speaker());
    assertTrue(statements("The deal ended a lengthy trade dispute over alleged Dover subsidies to pilots.").isEmpty(),
        "a noun that is also a cue does not open a speaker before a preposition");
  }

  @Test
  void anApostropheOfAPluralPossessiveInTheAddresseeOpensNoQuote() {
    Statement s = only("Moss complained to Harbour News' Jo Hale that the fee was unfair.");
    assertEquals(List.of("Moss", "the fee was unfair"), List.of(s.speaker(), s.text()));
  }

  @Test
  void continuedToSayCarriesTheCueAfterIt() {
    Statement s = only("Even after the report was filed, Lee continued to say he had never touched the pier.");
    assertEquals(List.of("Lee", "say", "he had never touched the pier"), List.of(s.speaker(), s.cue(), s.text()));
    Statement discussing = only("The two mayors continued discussing the future of the pier.");
    assertEquals(List.of("The two mayors", "discuss"), List.of(discussing.speaker(), discussing.cue()));
    assertTrue(statements("Continued saying the pier was unsafe, the pilots left.").isEmpty(),
        "a sentence opening with \"Continued\" has no word before it to read");
  }

  @Test
  void continuedMaintainedRespondedAndAnsweredSpeakOnlyBeforeThatAColonAQuoteOrTheEnd() {
    assertEquals("the pier was not safe", only("Lee continued that the pier was not safe.").text());
    assertEquals("The pier is not safe", only("The pier is not safe, Lee continued.").text());
    assertEquals(StatementKind.DIRECT, only("Lee continued, “The pier is not safe.”").kind());
    assertTrue(statements("Lee continued the search for the boat.").isEmpty(), "a search is no statement");
    assertTrue(statements("The talks continued, with the pilots making gains.").isEmpty(), "talks go on");
    assertTrue(statements("Despite the storm, Lee continues to lead the race.").isEmpty(), "leading says nothing");
    assertEquals("the pier was safe", only("Lee has long maintained that the pier was safe.").text());
    assertTrue(statements("Lee maintains a wide lead over Moss among the pilots.").isEmpty(), "a lead is no statement");
    assertEquals("the pier was safe", only("Lee responded that the pier was safe.").text());
    assertTrue(statements("The town responded enthusiastically by cutting the fee.").isEmpty(), "a deed, no words");
    assertTrue(statements("Lee answered questions about the pier for an hour.").isEmpty(), "no answer given");
  }

  @Test
  void aParticipleAfterAClauseWithoutACueTakesTheClausesSubject() {
    Statement dash = only("Moss flipped his choice on the spot – saying he was rooting for the pilots now.");
    assertEquals(List.of("Moss", "he was rooting for the pilots now"), List.of(dash.speaker(), dash.text()));
    Statement aside = only("Mr. Lee, in an interview on Friday, barely dwelled on the fee, saying that he was looking"
        + " ahead to the vote.");
    assertEquals(List.of("Mr. Lee", "he was looking ahead to the vote"), List.of(aside.speaker(), aside.text()));
    Statement opening = only("In Sunday night's debate, Moss compared himself to Lee, saying he had never taken a fee.");
    assertEquals("Moss", opening.speaker(), "the words before the predicate's comma are no aside of a speaker");
  }

  @Test
  void asReportedByNamesASourceLikeAccordingTo() {
    Statement opening = only("As first reported by the Gazette, the board has hired a new engineer for the pier.");
    assertEquals(List.of("the Gazette", "report", "the board has hired a new engineer for the pier"),
        List.of(opening.speaker(), opening.cue(), opening.text()));
    Statement closing = only("The board has hired a new engineer, as reported by the Gazette on Tuesday.");
    assertEquals(List.of("the Gazette", "The board has hired a new engineer"), List.of(closing.speaker(), closing.text()));
    assertEquals("a poll released on Tuesday", only("The fee is unpopular, according to a poll released on Tuesday.")
        .speaker(), "a time after a noun that is no name stays with it");
  }

  @Test
  void aDashAfterThatOpensTheContentAfterIt() {
    Statement s = only("Lee now says, however, that – in his working life – he is a strong advocate of the fee.");
    assertEquals("in his working life – he is a strong advocate of the fee", s.text());
  }

  @Test
  void aSubjectsContractionAndOneWordAreAClause() {
    List<Statement> both = statements("I think it’s good. I think it’s strong.");
    assertEquals(List.of("it’s good", "it’s strong"), both.stream().map(Statement::text).toList());
  }

  @Test
  void aBarePluralAndItsVerbOpenWhatACognitionVerbReports() {
    Statement s = only("Many pilots believe fees will rise again in the spring.");
    assertEquals(List.of("Many pilots", "believe", "fees will rise again in the spring"),
        List.of(s.speaker(), s.cue(), s.text()));
    assertTrue(statements("The board found documents in the harbour office.").isEmpty(), "a plural with no verb");
  }

  @Test
  void aCognitionVerbClosingTheSentenceAttributesTheClauseBeforeIt() {
    Statement s = only("A quiet summer would leave the pier half empty, some pilots now think.");
    assertEquals(List.of("some pilots", "think", "A quiet summer would leave the pier half empty"),
        List.of(s.speaker(), s.cue(), s.text()));
    assertTrue(statements("First, of course, we agree.").isEmpty(), "no clause before the verb");
  }

  @Test
  void aSourceBeforeItsPrepositionHeadsTheSpeakerBeforeAPastCue() {
    Statement s = only("A statement from the harbour board indicated that the pier would reopen.");
    assertEquals("A statement from the harbour board", s.speaker());
  }

  @Test
  void anActAfterWhileWithItsOwnSubjectEndsTheContentBeforeIt() {
    List<Statement> both = statements("Lee backed the harbour deal, while Moss has threatened to tear it up.");
    assertEquals(List.of("Lee", "Moss"), both.stream().map(Statement::speaker).toList());
    assertEquals(List.of("the harbour deal", "to tear it up"), both.stream().map(Statement::text).toList());
  }

  @Test
  void aSecondActInThePresentAfterACommaIsAStatementOfItsOwn() {
    List<Statement> both = statements("Harbour pilot slams the board, praises Moss as a safe pair of hands.");
    assertEquals(List.of("the board", "Moss as a safe pair of hands"), both.stream().map(Statement::text).toList());
    assertEquals("the new pier, called Dover Quay, as a waste", only("Lee described the new pier, called Dover Quay,"
        + " as a waste.").text(), "a past participle after a comma describes what comes before it");
  }

  @Test
  void aParticipleAfterAClosingAttributionSaysMoreOfItsOwn() {
    List<Statement> named = statements("The pier is unsafe, Moss said on Monday in Dover, adding that repairs would"
        + " take a year.");
    assertEquals(List.of("The pier is unsafe", "repairs would take a year"), named.stream().map(Statement::text).toList());
    assertEquals(List.of("Moss", "Moss"), named.stream().map(Statement::speaker).toList());
    List<Statement> inverted = statements("The pier is unsafe, said harbour master Jo Hale, urging the board to close it.");
    assertEquals(List.of("The pier is unsafe", "the board to close it"), inverted.stream().map(Statement::text).toList());
    assertEquals(List.of("harbour master Jo Hale", "harbour master Jo Hale"),
        inverted.stream().map(Statement::speaker).toList());
  }

  @Test
  void aMainClauseThatSpeaksEndsASubordinateClausesContent() {
    List<Statement> both = statements("When the captain said that the ferry was late, the harbour officials said it"
        + " was on time.");
    assertEquals(List.of("the ferry was late", "it was on time"), both.stream().map(Statement::text).toList());
    assertEquals(List.of("the captain", "the harbour officials"), both.stream().map(Statement::speaker).toList());
  }

  @Test
  void aCognitionVerbBeforeThatAfterAndSharesTheSubject() {
    List<Statement> both = statements("Moss has said the pier is safe and thinks that the council will pay.");
    assertEquals(List.of("the pier is safe", "the council will pay"), both.stream().map(Statement::text).toList());
    assertEquals(List.of("say", "think"), both.stream().map(Statement::cue).toList());
    assertEquals("the pier was sold, attracted by low prices and hopes that the fee would fall",
        only("Lee said the pier was sold, attracted by low prices and hopes that the fee would fall.").text(),
        "a noun after a noun, not a verb in the tense of the cue");
  }

  @Test
  void butOrAndOpensASpeakingClauseWithANounPhraseSubject() {
    List<Statement> but = statements("The harbour board claimed the pier for the town but city officials have said"
        + " they do not accept it.");
    assertEquals(List.of("the pier for the town", "they do not accept it"), but.stream().map(Statement::text).toList());
    List<Statement> and = statements("Moss praised the plan, and people familiar with her thinking say she now backs"
        + " the pier.");
    assertEquals(List.of("Moss", "people familiar with her thinking"), and.stream().map(Statement::speaker).toList());
  }

  @Test
  void aContrastWithItsOwnSpeakerEndsTheContentWithoutAComma() {
    List<Statement> both = statements("Moss accused Lee of lying while Lee suggests the mayor is a captive of the board.");
    assertEquals(List.of("Lee of lying", "the mayor is a captive of the board"),
        both.stream().map(Statement::text).toList());
    assertEquals(List.of("Moss", "Lee"), both.stream().map(Statement::speaker).toList());
  }

  @Test
  void aClauseOfTimeWithItsOwnSpeakerIsAStatementInsideTheOneAroundIt() {
    List<Statement> both = statements("The mayor admitted she had erred when she claimed that the pier was safe.");
    assertEquals(List.of("she had erred when she claimed that the pier was safe", "the pier was safe"),
        both.stream().map(Statement::text).toList());
    assertEquals(List.of("admit", "claim"), both.stream().map(Statement::cue).toList());
    List<Statement> commas = statements("Lee said the fee was fair when the board wrongly stated that under Moss,"
        + " the pier lost money.");
    assertEquals(List.of("Lee", "the board"), commas.stream().map(Statement::speaker).toList());
    assertEquals("under Moss, the pier lost money", commas.get(1).text(), "a comma inside what was said");
    assertEquals(1, statements("Lee said the fee was fair until the storm damage continues.").size(),
        "a verb that speaks only before a clause is no cue there");
  }

  @Test
  void advocatesForACauseHeadTheSpeakerPhrase() {
    Statement s = only("Advocates for harbour safety said the plan overlooked the risk of storms.");
    assertEquals(List.of("Advocates for harbour safety", "the plan overlooked the risk of storms"),
        List.of(s.speaker(), s.text()));
  }

  @Test
  void whatTheSpeakerSaysBeforeTheColonOfAQuoteIsAStatementToo() {
    List<Statement> both = statements("Lee responded by explaining it was impossible to send the file because it was"
        + " stuck in the system: “Trust me, I share your anger.”");
    assertEquals(List.of("it was impossible to send the file because it was stuck in the system",
        "Trust me, I share your anger."), both.stream().map(Statement::text).toList());
    assertEquals(1, statements("Lee described the pier: “It is a disgrace.”").size(), "an act only announces the quote");
  }

  @Test
  void aQuoteHandedOverByACueAndAColonIsNotTheNextSentencesSpeakers() {
    List<Statement> all = statements("She said that experts had found her plan strong, to which Lee interjected:"
        + " \"It's just not true.\" He said the plan would not go far enough.");
    assertEquals(List.of("experts had found her plan strong", "It's just not true.",
        "the plan would not go far enough"), all.stream().map(Statement::text).toList());
    assertEquals(List.of("She", "Lee", "He"), all.stream().map(Statement::speaker).toList());
    assertEquals("name:lee", all.get(2).actorId(), "he is the one who interjected");
  }

  @Test
  void aCueFormAfterAPossessiveIsANounUnlessWhatWasSaidFollows() {
    assertTrue(statements("His remarks were made at the harbour board's dinner on Friday.").isEmpty());
    assertTrue(statements("Their plans ran into trouble early on, as the pier kept sinking.").isEmpty());
    Statement promise = only("The board voted against his promise to rebuild the pier by May.");
    assertEquals(List.of("promise", "rebuild the pier by May"), List.of(promise.cue(), promise.text()));
    assertEquals("the pier will reopen in May", only("He's said the pier will reopen in May.").text(),
        "the 's of \"he has\" before a past form");
  }

  @Test
  void aNameGivenAfterACommonNounIsNoSpeechAct() {
    assertTrue(statements("The town set up a group called Friends of the Pier, which meets on Mondays.").isEmpty());
    assertTrue(statements("Moss called into the harbour radio programme when she was home sick.").isEmpty());
    Statement s = only("The senator called Moss a danger to the harbour.");
    assertEquals("Moss a danger to the harbour", s.text());
  }

  @Test
  void howSomethingWasSaidOrWhoTellsItIsNoContent() {
    assertEquals(List.of("The pier is safe."), statements("“The pier is safe.” Moss said, clutching the rail with both"
        + " hands.").stream().map(Statement::text).toList());
    assertEquals(List.of("The pier is safe."), statements("“The pier is safe.” Moss said at a meeting, according to"
        + " the Gazette.").stream().map(Statement::text).toList());
    Statement reported = only("The Gazette reported, according to people at the meeting, Moss tried to calm the board.");
    assertEquals(List.of("The Gazette", "Moss tried to calm the board"), List.of(reported.speaker(), reported.text()));
    assertEquals("Moss tried to calm the board", only("The Gazette reported on Monday, according to people at the"
        + " meeting, Moss tried to calm the board.").text(), "after a time too");
    assertEquals(List.of("The pier is safe."), statements("“The pier is safe.” Moss said at a meeting, according to"
        + " the Gazette, the harbour's paper of record.").stream().map(Statement::text).toList(),
        "an apposition to the source is no clause");
  }

  @Test
  void anOpeningPhraseOfTimeOrPlaceBeforeTheCueIsNoContent() {
    Statement s = only("On Monday on the harbour radio, Moss said “local crews” must lead.");
    assertEquals(List.of("Moss", "“local crews” must lead"), List.of(s.speaker(), s.text()));
    assertEquals("the pier must close", only("In a speech last July, Moss said: the pier must close.").text());
    assertEquals("In the harbour, the pier is unsafe", only("In the harbour, the pier is unsafe, Moss said.").text());
  }

  @Test
  void whatANamedPersonSaidInARelativeClauseSetOffAfterTheNameIsAStatement() {
    List<Statement> dashed = statements("Harbour master Jo Hale - who previously said the pier would hold - said on"
        + " Monday that it must close.");
    assertEquals(List.of("the pier would hold", "it must close"), dashed.stream().map(Statement::text).toList());
    assertEquals(List.of("name:jo-hale", "name:jo-hale"), dashed.stream().map(Statement::actorId).toList());
    List<Statement> inverted = statements("“The pier is a disgrace,” said Moss, who said there were “too many cracks to"
        + " count.”");
    assertEquals("there were “too many cracks to count.”", inverted.get(1).text());
    assertTrue(statements("The pier will hold, according to an engineer hired by Moss, who also said the repairs"
        + " were cheap.").stream().noneMatch(st -> "Moss".equals(st.speaker())), "the one hired by Moss said it");
  }

  @Test
  void aThatRelativeWithAVerbRightAfterItsCueTellsWhatWasSaid() {
    List<Statement> both = statements("Moss praised the repairs, moves that she said saved the pier.");
    assertEquals(List.of("the repairs, moves that she said saved the pier", "saved the pier"),
        both.stream().map(Statement::text).toList());
    assertEquals("he thinks the pier is safe", only("Lee told the Gazette that he thinks the pier is safe.").text(),
        "a \"that\" after the cue's addressee opens its clause");
  }

  @Test
  void aShareOpeningTheMainClauseEndsASubordinateClausesContent() {
    List<Statement> both = statements("Though many residents have said they love the pier, more than half said it should"
        + " close.");
    assertEquals(List.of("they love the pier", "it should close"), both.stream().map(Statement::text).toList());
    assertEquals("more than half", both.get(1).speaker());
  }

  @Test
  void andWithASubordinateClauseThatSpeaksAfterItsCommaEndsTheContent() {
    List<Statement> both = statements("Moss said the fee would not cover the repairs, and when pressed on why, she said"
        + " it was a start.");
    assertEquals(List.of("the fee would not cover the repairs", "it was a start"),
        both.stream().map(Statement::text).toList());
  }

  @Test
  void theyAfterAPluralSpeakerLetsASecondActShareTheSpeaker() {
    List<Statement> both = statements("Protesters said they want a new pier, but pledged to remain calm.");
    assertEquals(List.of("they want a new pier", "remain calm"), both.stream().map(Statement::text).toList());
    assertEquals(List.of("Protesters", "Protesters"), both.stream().map(Statement::speaker).toList());
    assertTrue(statements("The owners agreed to the plan.").isEmpty(), "an intention needs a verb after \"to\"");
  }

  @Test
  void aQuoteAfterAClauseOfTimeBelongsToTheMainClausesSpeaker() {
    Statement moss = only("Moss said that when Lee railed against the ferry timetable and the fares from her seat"
        + " in the council, “she is speaking for all of us.”");
    assertEquals("Moss", moss.speaker());
    assertEquals(StatementKind.MIXED, moss.kind());
    assertEquals("a boy", only("The pier was quiet when a boy shouted on Monday, “The ferry is here!”").speaker(),
        "a clause of time that ends with its cue introduces the quote");
  }

  @Test
  void aCueFormBetweenADeterminerAndASpeakerNounTellsWhichSpeakers() {
    Statement leaders = only("Some protest leaders said they would march to the pier.");
    assertEquals("Some protest leaders", leaders.speaker());
    assertEquals("they would march to the pier", leaders.text());
    assertTrue(statements("The protest leaders have asked the council for a permit.").isEmpty());
    assertEquals("Moss", only("Moss said officials are studying the pier.").speaker());
  }

  @Test
  void aQuoteInTwoApostrophesIsOneQuoteLikeACurlyOne() {
    Statement moss = only("Moss, citing ''the old charm of the pier,'' said the council could still save it.");
    assertEquals("Moss, citing ''the old charm of the pier,''", moss.speaker());
    assertEquals("the council could still save it", moss.text());
    assertEquals("the pier was safe", only("Moss said on WNYC's ''Morning Edition'' that the pier was safe.").text());
  }

  @Test
  void aSecondSpeechVerbAfterButAndAPhraseOfPlaceSharesTheSubject() {
    List<Statement> both = statements("The engineer first said the pier was sound, but in a later interview said it had"
        + " cracks.");
    assertEquals(List.of("the pier was sound", "it had cracks"), both.stream().map(Statement::text).toList());
    assertEquals(List.of("The engineer", "The engineer"), both.stream().map(Statement::speaker).toList());
  }

  @Test
  void aParticipleToAnyAudienceBeforeACommaAndAQuoteIsTheSubjectsQuote() {
    Statement moss = only("Moss took a risk, telling the crowd, “The pier will stand another hundred years.”");
    assertEquals("Moss", moss.speaker());
    assertEquals("tell", moss.cue());
    assertEquals("The pier will stand another hundred years.", moss.text());
  }

  @Test
  void speakingAboutOrPointingToSomethingSaysWhatWasSpokenOf() {
    Statement about = only("Clara Moss spoke about the cost of the new pier at the harbour meeting.");
    assertEquals("speak about", about.cue());
    assertEquals("moss", about.actorId());
    assertTrue(about.text().contains("the cost of the new pier"), about.text());
    assertEquals("speak about", only("Moss spoke of her fear that the ferry will stop.").cue());
    assertEquals("point to", only("Moss pointed to the rising price of fuel as the reason.").cue());
    assertEquals("touch on", only("Moss also touched on the closure of the fish market.").cue());
    assertTrue(statements("The storm touched the roofs of the harbour.").isEmpty(), "touching alone says nothing");
    assertTrue(statements("Moss spoke at the harbour meeting on Monday.").isEmpty(), "speaking alone says nothing");
    assertEquals("speak", only("“The pier will stand,” Moss spoke.").cue(), "but beside a quote it attributes it");
  }

  @Test
  void aCueFormInSAfterADeterminerOrQuantifierIsAPluralNoun() {
    assertTrue(statements("Some calls into the harbour hotline were going to voicemail, a fault since mended.")
        .isEmpty(), "calls made on the telephone");
    assertEquals("call on", only("The mayor ignored their calls for a new pier.").cue(),
        "what the calls ask for is said");
    Statement other = statements("One pilot wants the pier closed; the other says it is safe.").stream()
        .filter(st -> st.text().equals("it is safe")).findFirst().orElseThrow();
    assertEquals("say", other.cue(), "\"the other says\" still speaks");
  }

  @Test
  void aCapitalisedModalOrAdverbBeforeTheCueIsPartOfTheNameOrAMonth() {
    assertEquals("Harbour Minister Ann May", only("Harbour Minister Ann May said the pier would reopen.").speaker());
    assertEquals("Lee", only("Lee in May said the pier would reopen.").speaker(), "“in May” is when");
    assertEquals("Lee", only("Lee Monday said the pier would reopen.").speaker(), "a day stays when");
    assertEquals("The harbour", only("The harbour may say the pier would reopen.").speaker(), "a modal");
  }

  @Test
  void aDelegatesOrAdmiralsTitleWithItsDotStaysWithTheName() {
    Statement del = only("“The vote is a stunt,” said Del. Ann Quayle of the Harbour Islands.");
    assertEquals("Ann Quayle", del.actorName(), "the title is no part of the name");
    assertTrue(del.speaker().startsWith("Del. Ann Quayle"), del.speaker());
    assertEquals("Jo Hale", only("Jo Hale, a pilot from Dover, Del., said the vote was a stunt.").actorName(),
        "Delaware after a city is still a place");
  }

  @Test
  void aParticipleAfterTheMainVerbAndAPlaceBetweenCommasIsTheSubjectsStatement() {
    Statement s = only("Clara Moss spoke out on Tuesday about the crash in Dover, Delaware, arguing that the pier "
        + "had never been safe.");
    assertEquals("moss", s.actorId(), "not the place: " + s.speaker());
    assertEquals("the pier had never been safe", s.text());
    Statement partner = only("The harbour board fined the ferry firm, a partner of the council since 1990, citing "
        + "unpaid fees.");
    assertEquals("The harbour board", partner.speaker(), "nor the firm described between the commas");
  }

  @Test
  void aDatelineIsNeitherTheSpeakerNorPartOfWhatWasSaid() {
    Statement offered = only("DOVER — Harbour pilots met on Friday, offering new shifts to keep the pier open.");
    assertEquals("Harbour pilots", offered.speaker());
    Statement reported = only("DOVER, Delaware -- The ferry will stop in March, the harbour board reported on Monday.");
    assertEquals("The ferry will stop in March", reported.text());
    Statement commented = only("The ferry will stop in March, the harbour board reported on Monday -- a decision "
        + "that puzzled the pilots.");
    assertEquals("the harbour board", commented.speaker());
    assertEquals("The ferry will stop in March", commented.text(), "the dash opens the writer's comment");
  }

  @Test
  void anOpeningSubjectIsWrittenWholeUpToItsVerb() {
    Statement titled = only("Harbour board chairwoman Clara Moss spoke on the radio, saying that the pier would "
        + "reopen.");
    assertEquals("Harbour board chairwoman Clara Moss", titled.speaker());
    assertEquals("moss", titled.actorId());
    Statement nominee = only("The Harbour candidate also outlined her plan and vowed to rebuild the pier.");
    assertEquals("The Harbour candidate", nominee.speaker(), "not just the capitalised words");
  }

  @Test
  void aClosingAttributionToAnAudienceMakesTheWholeSentenceItsStatement() {
    Statement s = only("The mayor could embrace a new pier, but only if the pilots pay for half of it, Sen. Ann "
        + "Quayle (R-Del.) told the Harbour Gazette on Thursday.");
    assertEquals("Ann Quayle", s.actorName());
    assertEquals("tell", s.cue());
    assertEquals("The mayor could embrace a new pier, but only if the pilots pay for half of it", s.text());
    Statement quoted = only("Moss said the pier would carry “the pilots' Promised Land.”");
    assertEquals("moss", quoted.actorId(), "a capitalised name with a cue form in it closes nothing");
  }

  @Test
  void aQuoteRightAfterItsCueIsNotTheNextSentencesSpeakers() {
    List<Statement> s = statements("Mayor Ann Quayle said on Friday that the pier should reopen but said "
        + "“the question is the timing.” Clara Moss said it would be “unwise” to say more.");
    Statement timing = s.stream().filter(st -> st.text().startsWith("the question")).findFirst().orElseThrow();
    assertEquals("Ann Quayle", timing.actorName(), "not Moss, whose attribution follows the quote");
    assertTrue(s.stream().anyMatch(st -> "moss".equals(st.actorId()) && st.text().startsWith("it would be")), s.toString());
  }

  @Test
  void aNameWithItsPartyInBracketsMayHaveAnApposition() {
    Statement s = only("“The ferries will sail in April,” Sen. Ann Quayle (R-Del.), a harbour board member, said "
        + "in a phone interview.");
    assertEquals("Ann Quayle", s.actorName());
    assertTrue(s.speaker().startsWith("Sen. Ann Quayle (R-Del.)"), s.speaker());
  }

  @Test
  void aPollDescribedByWhenItWasReleasedIsTheSpeaker() {
    Statement s = only("A harbour board poll released in August found that most pilots wanted a new pier.");
    assertEquals("A harbour board poll", s.speaker());
    assertEquals("most pilots wanted a new pier", s.text());
    assertEquals("A harbour board study", only("A harbour board study published Tuesday showed that most pilots "
        + "wanted a new pier.").speaker(), "a time without a preposition too");
  }

  @Test
  void askingForSomethingIsARequestWithWhatWasAskedFor() {
    Statement moss = only("Moss asked for an inquiry into the collapse of the pier.");
    assertEquals("ask for", moss.cue());
    assertEquals("for an inquiry into the collapse of the pier", moss.text());
    assertEquals("ask", only("Moss asked whether the pier would reopen in the spring.").cue());
    assertTrue(statements("Repairs are what the town has long asked for, or so the mayor says.").stream()
        .noneMatch(st -> st.cue().equals("ask for")), "the request stands before the verb");
  }
}
