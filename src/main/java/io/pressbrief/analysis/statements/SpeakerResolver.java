package io.pressbrief.analysis.statements;

import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.TextFold;
import io.pressbrief.analysis.actors.Actor;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.actors.ActorMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a speaker as written ("Zelensky", "he", "the Ukrainian president", "Jane Doe") to an
 * actor: a dictionary actor, or a normalised name for a person not in the dictionary. Pronouns
 * and descriptions take the person the article last spoke of. One instance per article: it
 * remembers the names the article has used. Not thread-safe.
 */
final class SpeakerResolver {
  /** A resolved actor: its id and display name. */
  record Resolved(String id, String name) {}

  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
  private static final Set<String> TITLES = Set.of(
      "president", "vice", "prime", "minister", "secretary", "sen", "senator", "rep", "representative", "gov",
      "governor", "mr", "mrs", "ms", "dr", "gen", "general", "adm", "admiral", "col", "colonel", "lt", "mayor",
      "chancellor", "king", "queen", "prince", "judge", "justice", "ambassador", "envoy", "spokesman",
      "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "commissioner", "pope",
      "sheikh", "foreign", "defense", "defence", "former", "u.s.", "state", "house", "speaker", "candidate",
      "nominee", "democratic", "republican", "gop", "chief", "deputy", "special", "top", "attorney", "press",
      "leader", "sir", "lord", "lady", "professor", "prof", "sgt", "capt", "maj", "presidential");

  private final ActorDictionary dictionary;
  private final String text;
  private final List<ActorMention> mentions;
  private final Map<String, Resolved> namesByLastWord = new HashMap<>();
  private Resolved lastPerson;
  private int lastPersonAt = -1;

  SpeakerResolver(ActorDictionary dictionary, String text, List<ActorMention> mentions) {
    this.dictionary = dictionary;
    this.text = text;
    this.mentions = mentions;
  }

  /** The actor a speaker span names or refers to, or null when it is unknown ("sources"). */
  Resolved resolve(Span speaker) {
    String written = text.substring(speaker.start(), speaker.end());
    String folded = TextFold.fold(written);
    Resolved r;
    if (PRONOUNS.contains(folded)) {
      r = personBefore(speaker.start());
    } else {
      r = fromDictionary(written);
      if (r == null) {
        r = fromName(written);
      }
    }
    if (r != null && isPersonLike(r)) {
      lastPerson = r;
      lastPersonAt = speaker.start();
    }
    return r;
  }

  /** The speaker of the previous statement, for quotes that stand alone. */
  Resolved previous() {
    return lastPerson;
  }

  private Resolved fromDictionary(String written) {
    List<ActorMention> found = dictionary.find(written);
    if (found.isEmpty()) {
      return null;
    }
    // The head of "Putin's top spokesman Dmitry Peskov" is Peskov: prefer people not followed by 's.
    ActorMention best = null;
    for (ActorMention m : found) {
      boolean possessive = m.end() < written.length() && (written.charAt(m.end()) == '\'' || written.charAt(m.end()) == '\u2019');
      if (possessive) {
        continue;
      }
      if (best == null || m.actor().isPerson()) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    Actor a = best.actor();
    Resolved r = new Resolved(a.id(), a.name());
    remember(a.name(), r);
    return r;
  }

  /** A capitalised name not in the dictionary: "Jane Doe" and later "Doe" are one actor. */
  private Resolved fromName(String written) {
    List<String> words = new ArrayList<>(List.of(written.strip().split("\\s+")));
    // Drop a leading determiner and titles; a lower-case head ("a campaign spokesman") is no name.
    while (!words.isEmpty() && (TITLES.contains(clean(words.get(0))) || isDeterminer(words.get(0)))) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0))) {
        return null;
      }
    }
    String name = String.join(" ", words).replaceAll("[,;:]+$", "");
    String last = clean(words.get(words.size() - 1));
    if (words.size() == 1) {
      Resolved known = namesByLastWord.get(last);
      if (known != null) {
        return known;
      }
    }
    Resolved r = new Resolved("name:" + slug(name), name);
    remember(name, r);
    return r;
  }

  private void remember(String name, Resolved r) {
    String[] words = name.split("\\s+");
    namesByLastWord.putIfAbsent(clean(words[words.length - 1]), r);
  }

  /** The person named last before {@code offset}: the last speaker, or a dictionary person mentioned later than it. */
  private Resolved personBefore(int offset) {
    ActorMention latest = null;
    for (ActorMention m : mentions) {
      if (m.start() >= offset) {
        break;
      }
      if (m.actor().isPerson()) {
        latest = m;
      }
    }
    if (latest != null && latest.start() > lastPersonAt) {
      return new Resolved(latest.actor().id(), latest.actor().name());
    }
    return lastPerson;
  }

  private boolean isPersonLike(Resolved r) {
    return r.id().startsWith("name:") || dictionary.byId(r.id()).map(Actor::isPerson).orElse(false);
  }

  private static boolean isDeterminer(String w) {
    return StatementExtractor.DETERMINERS.contains(TextFold.fold(w));
  }

  private static String clean(String w) {
    return TextFold.fold(w).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "").replaceAll("'s$", "");
  }

  static String slug(String name) {
    return TextFold.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}
