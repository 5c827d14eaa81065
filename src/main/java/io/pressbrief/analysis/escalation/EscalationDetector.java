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
 * passives), the sentence its quantities, status and date. One event per type and sentence.
 * Immutable and thread-safe.
 */
public final class EscalationDetector {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "without", "neither", "nor",
      "cannot", "denied", "refused", "ruled");
  private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "could", "would", "might", "may",
      "should", "whether", "possible", "possibly", "potential", "risk", "lest");
  private static final Set<String> THREAT = Set.of("threatened", "threatens", "threatening", "vowed", "vows",
      "warned", "warns", "will", "pledged", "promised");
  private static final Map<String, String> MODE_OF_ITEM = Map.of("drone", "drone", "missile", "missile",
      "rocket", "missile", "shell", "artillery", "bomb", "aerial", "tank", "ground", "troop", "ground",
      "soldier", "ground", "aircraft", "aerial", "ship", "naval");

  private final TriggerLexicon triggers;
  private final DateResolver dates;

  public EscalationDetector(TriggerLexicon triggers, DateResolver dates) {
    this.triggers = triggers;
    this.dates = dates;
  }

  /** The events in {@code text}, in text order. */
  public List<Escalation> detect(String text, LocalDate published, List<ActorMention> mentions) {
    List<Escalation> events = new ArrayList<>();
    for (Span sentence : SentenceSplitter.split(text)) {
      List<Token> tokens = Tokenizer.tokens(text, sentence.start(), sentence.end());
      Map<String, Match> byType = new LinkedHashMap<>();
      for (int i = 0; i < tokens.size(); i++) {
        for (TriggerLexicon.Trigger t : triggers.startingWith(tokens.get(i).folded())) {
          int end = match(t, tokens, i);
          if (end < 0) {
            continue;
          }
          Match m = new Match(t, i, end);
          Match prior = byType.get(t.type());
          if (prior == null || (prior.trigger.mode() == null && t.mode() != null)) {
            byType.put(t.type(), m);
          }
        }
      }
      for (Match m : byType.values()) {
        events.add(event(text, sentence, tokens, m, published, mentions));
      }
    }
    return events;
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

  private Escalation event(String text, Span sentence, List<Token> tokens, Match m, LocalDate published,
                           List<ActorMention> mentions) {
    Token first = tokens.get(m.start);
    Token last = tokens.get(m.end - 1);
    Span trigger = new Span(first.start(), last.end());
    ActorMention before = null;
    ActorMention after = null;
    for (ActorMention a : mentions) {
      if (a.start() >= sentence.start() && a.end() <= trigger.start()) {
        before = preferred(before, a, true);
      } else if (a.start() >= trigger.end() && a.end() <= sentence.end() && after == null) {
        after = a;
      }
    }
    if (m.trigger.passive()) {
      ActorMention swap = before;
      before = after;
      after = swap;
    }
    List<Quantity> quantities = new ArrayList<>();
    for (QuantityFinder.Found f : QuantityFinder.find(text, sentence.start(), sentence.end())) {
      quantities.add(f.quantity());
    }
    String mode = m.trigger.mode();
    if (mode == null && "ASSAULT".equals(m.trigger.type())) {
      for (Quantity q : quantities) {
        if (MODE_OF_ITEM.containsKey(q.item())) {
          mode = MODE_OF_ITEM.get(q.item());
          break;
        }
      }
    }
    TimeExpression when = dates.nearest(text, sentence.start(), sentence.end(), trigger.start(), published);
    return new Escalation(m.trigger.type(), mode, text.substring(trigger.start(), trigger.end()), trigger,
        before == null ? null : text.substring(before.start(), before.end()),
        before == null ? null : before.actor().id(),
        after == null ? null : text.substring(after.start(), after.end()),
        after == null ? null : after.actor().id(),
        quantities, status(tokens, m), when == null ? published : when.date(),
        when == null ? DatePrecision.PUBLISHED : when.precision());
  }

  /** The agent candidate to keep: the nearest actor before the trigger, but a place never outranks an actor. */
  private static ActorMention preferred(ActorMention current, ActorMention candidate, boolean nearerWins) {
    if (current == null) {
      return candidate;
    }
    boolean currentPlace = "place".equals(current.actor().type());
    boolean candidatePlace = "place".equals(candidate.actor().type());
    if (currentPlace != candidatePlace) {
      return candidatePlace ? current : candidate;
    }
    return nearerWins ? candidate : current;
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
