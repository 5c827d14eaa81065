package io.pressbrief.analysis.actors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pressbrief.analysis.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical actors and every way of naming them, matched in one pass with an Aho–Corasick
 * automaton. Immutable and thread-safe.
 *
 * <p>Names match on word boundaries; a name written with capitals in the dictionary only matches
 * capitalised text ("Trump", not "trump card"), and an all-capital acronym only matches itself
 * ("US", not "us"). Roles ("Ukrainian president") match in any case.
 */
public final class ActorDictionary {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /** One entry as written in a dictionary file. */
  public record Entry(String id, String name, String type, String country, List<String> aliases, List<String> roles) {}

  private record Pattern(Actor actor, String written, boolean role) {}

  /** The end of the words before a role that make it another person's: a deputy, a former holder, an adviser. */
  private static final java.util.regex.Pattern ANOTHER_HOLDER = java.util.regex.Pattern.compile(
      "(?:\\bdeputy|\\bvice|\\bformer|\\bex|\\bacting|\\b(?:adviser|advisor|assistant|aide|spokesman|spokeswoman|"
      + "spokesperson|press secretary|envoy|representative) (?:to|of|for) (?:the )?)[\\s-]*$");

  private final Map<String, Actor> byId;
  private final List<Pattern> patterns;
  private final AhoCorasick automaton;

  private ActorDictionary(Collection<Actor> actors) {
    byId = new LinkedHashMap<>();
    for (Actor a : actors) {
      byId.put(a.id(), a);
    }
    patterns = new ArrayList<>();
    for (Actor a : byId.values()) {
      patterns.add(new Pattern(a, a.name(), false));
      for (String alias : a.aliases()) {
        patterns.add(new Pattern(a, alias, false));
      }
      for (String role : a.roles()) {
        patterns.add(new Pattern(a, role, true));
      }
    }
    automaton = new AhoCorasick(patterns.stream().map(p -> TextFold.fold(p.written())).toList());
  }

  /** A dictionary of the given actors; later entries with the same id replace earlier ones. */
  public static ActorDictionary of(Collection<Actor> actors) {
    return new ActorDictionary(actors);
  }

  /** Reads a YAML list of entries (id, name, type, country, aliases, roles). */
  public static List<Actor> read(InputStream yaml, String origin) throws IOException {
    List<Entry> entries;
    try {
      entries = YAML.readValue(yaml, new TypeReference<List<Entry>>() {});
    } catch (IOException e) {
      throw new IOException("actor dictionary " + origin + " is not valid: " + e.getMessage(), e);
    }
    List<Actor> actors = new ArrayList<>();
    if (entries == null) {
      return actors;
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.id() == null || e.id().isBlank() || e.name() == null || e.name().isBlank()) {
        throw new IOException("actor dictionary " + origin + ": entry " + (i + 1) + " needs an id and a name");
      }
      String type = e.type() == null ? "person" : e.type();
      actors.add(new Actor(e.id(), e.name(), type, e.country(),
          e.aliases() == null ? List.of() : e.aliases(), e.roles() == null ? List.of() : e.roles()));
    }
    return actors;
  }

  /** The built-in dictionary shipped with pressbrief. */
  public static List<Actor> builtIn() throws IOException {
    try (InputStream in = ActorDictionary.class.getResourceAsStream("/pressbrief/actors.yaml")) {
      if (in == null) {
        throw new IOException("the built-in actor dictionary /pressbrief/actors.yaml is missing from the jar");
      }
      return read(in, "built-in actors.yaml");
    }
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Actor> actors() {
    return byId.values();
  }

  /**
   * Every actor named in {@code text}, leftmost-longest and without overlaps, in text order.
   * Roles are included; use {@link #findNames} for names alone.
   */
  public List<ActorMention> find(String text) {
    return find(text, true);
  }

  /** Like {@link #find} but without role descriptions. */
  public List<ActorMention> findNames(String text) {
    return find(text, false);
  }

  private List<ActorMention> find(String text, boolean withRoles) {
    List<AhoCorasick.Hit> hits = automaton.find(TextFold.fold(text));
    List<AhoCorasick.Hit> valid = new ArrayList<>();
    for (AhoCorasick.Hit h : hits) {
      Pattern p = patterns.get(h.keyword());
      if ((withRoles || !p.role()) && onWordBoundaries(text, h.start(), h.end()) && caseFits(p, text, h.start())
          && !(p.role() && anotherHolder(text, h.start()))) {
        valid.add(h);
      }
    }
    valid.sort(Comparator.comparingInt(AhoCorasick.Hit::start)
        .thenComparing(Comparator.comparingInt(AhoCorasick.Hit::end).reversed()));
    List<ActorMention> mentions = new ArrayList<>();
    int covered = 0;
    for (AhoCorasick.Hit h : valid) {
      if (h.start() >= covered) {
        mentions.add(new ActorMention(patterns.get(h.keyword()).actor(), h.start(), h.end()));
        covered = h.end();
      }
    }
    return mentions;
  }

  /**
   * Whether the words right before a role make it someone else's: "Deputy Prime Minister of Ukraine", "the
   * former president of Ukraine", "Adviser to the President of Ukraine" name no holder of the role itself.
   */
  private static boolean anotherHolder(String text, int start) {
    String before = text.substring(Math.max(0, start - 24), start).toLowerCase(java.util.Locale.ROOT);
    return ANOTHER_HOLDER.matcher(before).find();
  }

  private static boolean onWordBoundaries(String text, int start, int end) {
    return (start == 0 || !TextFold.isWordChar(text.charAt(start - 1)))
        && (end == text.length() || !TextFold.isWordChar(text.charAt(end)));
  }

  private static boolean caseFits(Pattern p, String text, int start) {
    if (p.role()) {
      return true;
    }
    String w = p.written();
    if (isAcronym(w)) {
      return text.startsWith(w, start);
    }
    return !Character.isUpperCase(w.charAt(0)) || Character.isUpperCase(text.charAt(start));
  }

  private static boolean isAcronym(String w) {
    if (w.length() > 6) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
