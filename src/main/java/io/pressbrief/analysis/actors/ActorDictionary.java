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
 * ("US", not "us"). Roles ("Ukrainian president") match in any case, in texts of the time the actor
 * held them.
 */
public final class ActorDictionary {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /**
   * One entry as written in a dictionary file. A role is a string, or a mapping of {@code names} (or one
   * {@code name}) with the dates the actor held them, {@code from} and {@code to} (the day it passed on).
   */
  public record Entry(String id, String name, String type, String country, List<String> aliases,
                      List<com.fasterxml.jackson.databind.JsonNode> roles, String gender) {}

  /** One way of naming an actor; {@code role} is null for its name and aliases. */
  private record Pattern(Actor actor, String written, Role role) {}

  private static final java.util.Set<String> ROLE_FIELDS = java.util.Set.of("name", "names", "from", "to");

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
      patterns.add(new Pattern(a, a.name(), null));
      for (String alias : a.aliases()) {
        patterns.add(new Pattern(a, alias, null));
      }
      for (Role role : a.roles()) {
        patterns.add(new Pattern(a, role.name(), role));
      }
    }
    automaton = new AhoCorasick(patterns.stream().map(p -> TextFold.fold(p.written())).toList());
  }

  /** A dictionary of the given actors; later entries with the same id replace earlier ones. */
  public static ActorDictionary of(Collection<Actor> actors) {
    return new ActorDictionary(actors);
  }

  /** Reads a YAML list of entries (id, name, type, country, aliases, roles, gender). */
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
      if (e.gender() != null && !e.gender().equals("female") && !e.gender().equals("male")) {
        throw new IOException("actor dictionary " + origin + ": entry " + e.id() + ": gender is female or male, not '"
            + e.gender() + "'");
      }
      List<Role> roles = new ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode role : e.roles() == null
          ? List.<com.fasterxml.jackson.databind.JsonNode>of() : e.roles()) {
        try {
          roles.addAll(roles(role));
        } catch (IllegalArgumentException | java.time.DateTimeException bad) {
          throw new IOException("actor dictionary " + origin + ": entry " + e.id() + ": " + bad.getMessage(), bad);
        }
      }
      actors.add(new Actor(e.id(), e.name(), type, e.country(), e.aliases() == null ? List.of() : e.aliases(), roles,
          e.gender()));
    }
    return actors;
  }

  /** The roles one item of {@code roles:} stands for: "a role", or {names: [...], from: date, to: date}. */
  private static List<Role> roles(com.fasterxml.jackson.databind.JsonNode item) {
    if (item.isTextual()) {
      return List.of(Role.always(item.asText()));
    }
    if (!item.isObject()) {
      throw new IllegalArgumentException("a role is a string or a mapping with names, from and to, not " + item);
    }
    item.fieldNames().forEachRemaining(f -> {
      if (!ROLE_FIELDS.contains(f)) {
        throw new IllegalArgumentException("a role has no field '" + f + "' (it has names, from and to)");
      }
    });
    List<String> names = new ArrayList<>();
    if (item.hasNonNull("name")) {
      names.add(item.get("name").asText());
    }
    if (item.hasNonNull("names")) {
      if (!item.get("names").isArray()) {
        throw new IllegalArgumentException("a role's names are a list, [like, this]: " + item);
      }
      item.get("names").forEach(n -> names.add(n.asText()));
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a dated role needs its names: " + item);
    }
    java.time.LocalDate from = item.hasNonNull("from") ? java.time.LocalDate.parse(item.get("from").asText()) : null;
    java.time.LocalDate to = item.hasNonNull("to") ? java.time.LocalDate.parse(item.get("to").asText()) : null;
    return names.stream().map(n -> new Role(n, from, to)).toList();
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
   * Every actor named in {@code text}, leftmost-longest and without overlaps, in text order, roles
   * included as the roles' holders on {@code day} (the article's date; null for an undated text, read as
   * of today: see {@link Role#heldOn}). Use {@link #findNames} for names alone.
   */
  public List<ActorMention> find(String text, java.time.LocalDate day) {
    return find(text, true, day);
  }

  /** Like {@link #find(String, java.time.LocalDate)} for an undated text. */
  public List<ActorMention> find(String text) {
    return find(text, true, null);
  }

  /** Like {@link #find} but without role descriptions. */
  public List<ActorMention> findNames(String text) {
    return find(text, false, null);
  }

  private List<ActorMention> find(String text, boolean withRoles, java.time.LocalDate day) {
    List<AhoCorasick.Hit> hits = automaton.find(TextFold.fold(text));
    List<AhoCorasick.Hit> valid = new ArrayList<>();
    for (AhoCorasick.Hit h : hits) {
      Pattern p = patterns.get(h.keyword());
      boolean role = p.role() != null;
      if ((withRoles || !role) && (!role || p.role().heldOn(day)) && onWordBoundaries(text, h.start(), h.end())
          && caseFits(p, text, h.start()) && !(role && anotherHolder(text, h.start()))) {
        valid.add(h);
      }
    }
    valid.sort(Comparator.comparingInt(AhoCorasick.Hit::start)
        .thenComparing(Comparator.comparingInt(AhoCorasick.Hit::end).reversed()));
    List<ActorMention> mentions = new ArrayList<>();
    int covered = 0;
    for (AhoCorasick.Hit h : valid) {
      if (h.start() >= covered) {
        Pattern p = patterns.get(h.keyword());
        // "Ukrainian President Volodymyr Zelensky" names one person once, whoever held the role then: the
        // role is his title, and its words are no country's mention either.
        if (p.role() == null || !titleOfName(text, h.end())) {
          mentions.add(new ActorMention(p.actor(), h.start(), h.end()));
        }
        covered = h.end();
      }
    }
    return mentions;
  }

  /** Whether a name follows a role ending at {@code end} on its line: "President Volodymyr ...", not "president Monday". */
  private static boolean titleOfName(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i++;
    }
    if (i == end || i == text.length() || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    int wordEnd = i;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return !NOT_NAMES.contains(text.substring(i, wordEnd));
  }

  /** Capitalised words after a role that are no name: "the Russian president Monday said". */
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("I", "Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

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
    if (p.role() != null) {
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
