package io.pressbrief.analysis.escalation;

import io.pressbrief.analysis.SentenceSplitter;
import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import io.pressbrief.analysis.actors.ActorMention;
import io.pressbrief.analysis.dates.DatePrecision;
import io.pressbrief.analysis.dates.DateResolver;
import io.pressbrief.analysis.dates.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds escalation and de-escalation events sentence by sentence: a trigger pattern gives the
 * PLOVER type (and mode), the nearest actors before and after it the agent and target (swapped for
 * passives), the sentence its quantities, status and date. As in event coding, a sentence reports
 * its main events: at most one per type, none from a clause in the background ("in Serbia, where
 * 24 people were killed") and none from a noun naming a state of affairs ("since the invasion").
 * A threat to act ("will impose sanctions") is coded as the threatened event, marked threatened,
 * and as an actual THREATEN. Immutable and thread-safe.
 */
public final class EscalationDetector {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "without", "neither", "nor",
      "cannot", "denied", "refused", "ruled");
  private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "could", "might", "may",
      "should", "whether", "possible", "possibly", "potential", "risk", "lest");
  /** Words that put an event in preparation, not yet under way: "is readying an assault on the port". */
  private static final Set<String> PLANNED = Set.of("preparing", "planning", "considering", "contemplating",
      "poised", "readying", "mulling", "weighing");
  private static final Set<String> THREAT = Set.of("threatened", "threatens", "threatening", "vowed", "vows",
      "warned", "warns", "will", "would", "pledged", "promised", "plans", "planned", "prepared", "ready", "sworn",
      "swore", "intends", "announced", "'ll");
  /** Speech verbs: an actor before one is the speaker of what follows, not the agent of an event in it. */
  private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "stated",
      "announced", "claimed", "reported", "wrote", "according", "called", "described");
  /**
   * Words that open a clause in the background of the sentence's main event. Words that are as often
   * adverbs or prepositions ("since", "as", "before") are left out.
   */
  private static final Set<String> SUBORDINATORS = Set.of("where", "after", "following", "amid", "because",
      "which", "who", "whom", "whose", "when", "while", "despite");
  /**
   * Verbs that make a noun after a possessive a new event rather than a state of affairs: "mounted its
   * invasion", "launched their offensive".
   */
  private static final Set<String> LAUNCH_VERBS = Set.of("launched", "launches", "launch", "launching", "mounted",
      "mounts", "mount", "mounting", "began", "begins", "begin", "started", "starts", "unleashed", "unleashes",
      "resumed", "resumes", "renewed", "renews", "intensified", "intensifies", "staged", "stages");
  /** Words that open a relative clause; one in the past perfect tells of an earlier event, not this one. */
  private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "whose");
  /** Words after "as" that make it a preposition or part of a phrase, not the start of a clause. */
  private static final Set<String> AS_NOT_CLAUSE = Set.of("well", "a", "an", "part", "many", "much", "far", "long",
      "soon", "if", "though", "of", "to", "such", "usual", "expected", "planned", "before", "always", "yet",
      "possible", "likely", "early", "late", "recently", "high", "low", "good", "bad", "big", "large", "little",
      "few", "often", "quickly", "saying", "said", "for", "in", "with", "by", "per", "opposed", "against");
  /** Words before "as" that make it part of a phrase: "such as", "so as to", "the same as". */
  private static final Set<String> AS_NOT_AFTER = Set.of("such", "so", "as", "same", "known", "regarded", "seen",
      "served", "serves", "serve", "acting", "act", "acts", "acted", "described", "identified", "named", "designated",
      "branded", "listed", "classified", "treated", "just", "twice", "much", "many", "well");
  /** Nouns after which a trigger noun is only a modifier: "war crimes", "war court". */
  private static final Set<String> COMPOUND_HEADS = Set.of("crime", "crimes", "criminal", "criminals", "court",
      "tribunal", "veteran", "veterans", "zone", "zones", "games", "memorial", "museum", "chest", "room", "footage",
      "powers", "cabinet", "correspondent", "reporter");
  /** Words before a trigger noun that make it another thing: "civil war" (background), "hunger strike" (protest). */
  private static final Set<String> COMPOUND_MODIFIERS = Set.of("civil", "hunger", "general", "cold", "trade",
      "price", "labour", "labor", "world", "culture", "class", "gang", "turf", "bidding", "rent", "heart", "panic");
  /** Words before a nominal trigger that put it in the background: "since the invasion", "Russia's war". */
  private static final Set<String> BACKGROUND_BEFORE = Set.of("of", "since", "throughout", "during", "before",
      "after", "amid", "over", "about", "against", "for", "to", "in", "into", "from", "with", "by", "on",
      "full-scale", "ongoing", "continuing", "years-long", "yearlong");
  /** Possessives put a noun in the background too ("its invasion"), unless a launch verb governs them. */
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
  private static final Map<String, String> MODE_OF_ITEM = Map.of("drone", "drone", "missile", "missile",
      "rocket", "missile", "shell", "artillery", "bomb", "aerial", "tank", "ground", "troop", "ground",
      "soldier", "ground", "aircraft", "aerial", "ship", "naval");

  private final TriggerLexicon triggers;
  private final EscalationWeights weights;
  private final DateResolver dates;

  public EscalationDetector(TriggerLexicon triggers, EscalationWeights weights, DateResolver dates) {
    this.triggers = triggers;
    this.weights = weights;
    this.dates = dates;
  }

  /** The events in {@code text}, in text order. */
  public List<Escalation> detect(String text, LocalDate published, List<ActorMention> mentions) {
    List<Span> sentences = SentenceSplitter.split(text);
    return detect(text, published, mentions, sentences,
        sentences.stream().map(s -> Tokenizer.tokens(text, s.start(), s.end())).toList());
  }

  /** The events in {@code text}, its sentences and their tokens already found (as the analyzer has them). */
  public List<Escalation> detect(String text, LocalDate published, List<ActorMention> mentions, List<Span> sentences,
                                 List<List<Token>> sentenceTokens) {
    List<Escalation> events = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      Span sentence = sentences.get(si);
      List<Token> tokens = sentenceTokens.get(si);
      Map<String, Match> byType = new LinkedHashMap<>();
      int mainClauseEnd = tokens.size();
      for (int i = 0; i < tokens.size(); i++) {
        if (byType.isEmpty() || i < mainClauseEnd) {
          List<TriggerLexicon.Trigger> starting = triggers.startingWith(tokens.get(i).folded());
          for (int k = 0; k < starting.size(); k++) { // indexed: no iterator for each of the text's words
            TriggerLexicon.Trigger t = starting.get(k);
            int end = match(t, tokens, i);
            if (end < 0 || t.nominal() && inBackground(tokens, i) || earlierInRelativeClause(tokens, i)) {
              continue;
            }
            Match prior = byType.get(t.type());
            if (prior == null || prior.start == i && prior.trigger.mode() == null && t.mode() != null) {
              byType.put(t.type(), new Match(t, i, end));
            }
          }
        }
        if (!byType.isEmpty() && mainClauseEnd == tokens.size() && opensBackgroundClause(tokens, i)) {
          mainClauseEnd = i; // what follows "where", "after", "which" is background to the main event
        }
      }
      // The counts in a sentence ("653 drones") belong to each of its events: found once for all.
      List<Quantity> quantities = byType.isEmpty() ? List.of() : quantitiesIn(text, sentence);
      for (Match m : byType.values()) {
        Escalation e = event(text, sentence, tokens, m, published, mentions, quantities);
        events.add(e);
        if (e.status() == EventStatus.THREATENED && e.isEscalation() && !"THREATEN".equals(e.type())
            && !byType.containsKey("THREATEN")) {
          events.add(new Escalation("THREATEN", null, e.trigger(), e.triggerSpan(), e.agent(), e.agentActorId(),
              e.target(), e.targetActorId(), e.quantities(), EventStatus.ACTUAL, e.date(), e.datePrecision(),
              weights.weight("THREATEN", null), List.of(), e.targets(), e.targetActorIds(), e.agentCountryId(),
              e.targetCountryId()));
        }
      }
    }
    return events;
  }

  /**
   * Whether the word at {@code i} opens a clause in the background: a subordinator, or a temporal
   * "as" ("as the shelling went on") rather than "as well as", "such as" or "as part of".
   */
  private static boolean opensBackgroundClause(List<Token> tokens, int i) {
    String f = tokens.get(i).folded();
    if (SUBORDINATORS.contains(f)) {
      return true;
    }
    if (!f.equals("as") || i == 0 || i + 2 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    Token next = tokens.get(i + 1);
    return before.isWord() && !AS_NOT_AFTER.contains(before.folded()) && next.isWord()
        && !AS_NOT_CLAUSE.contains(next.folded()) && !next.text().chars().allMatch(Character::isDigit);
  }

  /**
   * Whether the trigger at {@code i} is in a relative clause in the past perfect: "whom they had taken
   * hostage two weeks ago" recalls an earlier event the sentence is not about.
   */
  private static boolean earlierInRelativeClause(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      String f = tokens.get(k).folded();
      if (f.equals("had")) {
        for (int r = k - 1; r >= Math.max(0, k - 4); r--) {
          String w = tokens.get(r).folded();
          if (RELATIVES.contains(w)) {
            return true;
          }
          if (!tokens.get(r).isWord()) {
            return false;
          }
        }
        return false;
      }
      if (!tokens.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * A noun trigger names something already going on, not a new event, after a preposition or a
   * possessive ("for the bombing", "Russia's war"), or inside a compound ("civil war", "war crimes",
   * "hunger strike").
   */
  private static boolean inBackground(List<Token> tokens, int i) {
    if (i + 1 < tokens.size() && COMPOUND_HEADS.contains(tokens.get(i + 1).folded())) {
      return true;
    }
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Token t = tokens.get(k);
      String f = t.folded();
      boolean possessive = f.endsWith("'s") || t.text().equals("'") || POSSESSIVES.contains(f);
      if (possessive && k >= 1 && LAUNCH_VERBS.contains(tokens.get(k - 1).folded())) {
        return false; // "mounted its invasion": the possessor's new act
      }
      if (BACKGROUND_BEFORE.contains(f) || possessive || k == i - 1 && COMPOUND_MODIFIERS.contains(f)) {
        return true;
      }
      if (!t.isWord() || t.isCapitalised() && k < i - 1) {
        return false;
      }
    }
    return false;
  }

  private record Match(TriggerLexicon.Trigger trigger, int start, int end) {}

  /** The token index after the match of {@code t} at {@code i}, or -1. */
  private static int match(TriggerLexicon.Trigger t, List<Token> tokens, int i) {
    int pos = i;
    List<Set<String>> steps = t.steps();
    for (int s = 0; s < steps.size(); s++) {
      Set<String> words = steps.get(s);
      if (words == null) {
        Set<String> next = steps.get(s + 1);
        int limit = Math.min(tokens.size(), pos + 5);
        int found = -1;
        for (int k = pos; k < limit; k++) {
          if (next.contains(tokens.get(k).folded())) {
            found = k;
            break;
          }
          if (!tokens.get(k).isWord()) {
            break;
          }
        }
        if (found < 0) {
          return -1;
        }
        pos = found;
        continue;
      }
      if (pos >= tokens.size() || !words.contains(tokens.get(pos).folded())) {
        return -1;
      }
      pos++;
    }
    return pos;
  }

  private static List<Quantity> quantitiesIn(String text, Span sentence) {
    List<Quantity> quantities = new ArrayList<>();
    for (QuantityFinder.Found f : QuantityFinder.find(text, sentence.start(), sentence.end())) {
      quantities.add(f.quantity());
    }
    return List.copyOf(quantities);
  }

  private Escalation event(String text, Span sentence, List<Token> tokens, Match m, LocalDate published,
                           List<ActorMention> mentions, List<Quantity> quantities) {
    Token first = tokens.get(m.start);
    Token last = tokens.get(m.end - 1);
    Span trigger = new Span(first.start(), last.end());
    ActorMention before = null;
    List<ActorMention> after = new ArrayList<>();
    boolean listEnded = false;
    for (ActorMention a : mentions) {
      if (a.start() >= sentence.start() && a.end() <= trigger.start()
          && !speaksBetween(tokens, a.end(), trigger.start())) {
        before = preferred(before, a);
      } else if (a.start() >= trigger.end() && a.end() <= sentence.end() && !listEnded) {
        if (after.isEmpty() || coordinated(text, after.get(after.size() - 1).end(), a.start())) {
          after.add(a);
        } else {
          listEnded = true; // the targets are one list right after the trigger: "Kyiv and Lviv"
        }
      }
    }
    ActorMention agent = before;
    List<ActorMention> targets = after;
    if (m.trigger.passive()) {
      // "Kyiv was attacked by Russia": the one after the trigger acts, the one before suffers.
      agent = after.isEmpty() ? null : after.get(0);
      targets = before == null ? List.of() : List.of(before);
    }
    ActorMention target = targets.isEmpty() ? null : targets.get(0);
    List<String> modes = new ArrayList<>();
    if (m.trigger.mode() != null) {
      modes.add(m.trigger.mode());
    }
    if ("ASSAULT".equals(m.trigger.type())) {
      for (Quantity q : quantities) {
        String itemMode = MODE_OF_ITEM.get(q.item());
        if (itemMode != null && !modes.contains(itemMode)) {
          modes.add(itemMode);
        }
      }
    }
    String mode = modes.isEmpty() ? null : modes.get(0);
    List<String> targetTexts = new ArrayList<>();
    List<String> targetIds = new ArrayList<>();
    for (ActorMention t : targets) {
      targetTexts.add(text.substring(t.start(), t.end()));
      targetIds.add(t.actor().id());
    }
    TimeExpression when = dates.nearest(text, sentence.start(), sentence.end(), trigger.start(), published);
    return new Escalation(m.trigger.type(), mode, text.substring(trigger.start(), trigger.end()), trigger,
        agent == null ? null : text.substring(agent.start(), agent.end()),
        agent == null ? null : agent.actor().id(),
        target == null ? null : text.substring(target.start(), target.end()),
        target == null ? null : target.actor().id(),
        quantities, status(tokens, m), when == null ? published : when.date(),
        when == null ? DatePrecision.PUBLISHED : when.precision(), weights.weight(m.trigger.type(), mode), modes,
        targetTexts, targetIds, agent == null ? null : agent.actor().countryOrSelf(),
        target == null ? null : target.actor().countryOrSelf());
  }

  /**
   * Whether the text between two actor mentions joins them as one list: "Kyiv and western Lviv",
   * "Kharkiv, Odesa and Dnipro", "both Kyiv and Lviv"; at most one describing word before the next.
   */
  static boolean coordinated(String text, int from, int to) {
    return to >= from && COORDINATION.matcher(text.substring(from, to)).matches();
  }

  private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
      "(?U)\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+as\\s+well\\s+as\\s+)(?:the\\s+)?(?:[\\p{L}-]+\\s+)?");

  /** Whether a speech verb stands between an actor and the trigger: "X said the attack ..." makes X the speaker. */
  private static boolean speaksBetween(List<Token> tokens, int from, int to) {
    for (Token t : tokens) {
      if (t.start() >= from && t.end() <= to && SPEECH_VERBS.contains(t.folded())) {
        return true;
      }
    }
    return false;
  }

  /** The agent candidate to keep: the nearest actor before the trigger, but a place never outranks an actor. */
  private static ActorMention preferred(ActorMention current, ActorMention candidate) {
    if (current == null) {
      return candidate;
    }
    boolean currentPlace = "place".equals(current.actor().type());
    boolean candidatePlace = "place".equals(candidate.actor().type());
    if (currentPlace != candidatePlace) {
      return candidatePlace ? current : candidate;
    }
    return candidate;
  }

  private static EventStatus status(List<Token> tokens, Match m) {
    for (int k = Math.max(0, m.start - 4); k < m.start; k++) {
      if (NEGATIONS.contains(tokens.get(k).folded())) {
        return EventStatus.NEGATED;
      }
    }
    boolean question = tokens.get(tokens.size() - 1).text().equals("?");
    for (int k = 0; k < m.start; k++) {
      if (HYPOTHETICAL.contains(tokens.get(k).folded())) {
        return EventStatus.HYPOTHETICAL;
      }
    }
    if (question) {
      return EventStatus.HYPOTHETICAL;
    }
    for (int k = Math.max(0, m.start - 4); k < m.start; k++) {
      if (PLANNED.contains(tokens.get(k).folded())) {
        return EventStatus.HYPOTHETICAL;
      }
    }
    if (!"THREATEN".equals(m.trigger.type())) {
      for (int k = Math.max(0, m.start - 6); k < m.start; k++) {
        if (THREAT.contains(tokens.get(k).folded())) {
          return EventStatus.THREATENED;
        }
      }
    }
    return EventStatus.ACTUAL;
  }
}
