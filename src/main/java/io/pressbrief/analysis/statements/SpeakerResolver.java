package io.pressbrief.analysis.statements;

import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.TextFold;
import io.pressbrief.analysis.actors.Actor;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.actors.ActorMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Map<String, String> PRONOUN_GENDERS = Map.of("he", "male", "him", "male", "she", "female",
      "her", "female");
  /** A quantifier after a pronoun subject, which speaks as the pronoun does: "we all", "they both". */
  private static final Pattern FLOATING_QUANTIFIER = Pattern.compile("(?<=^(?:we|they|you|i)) (?:all|both|each)$");
  /** A possessive before a noun cue stands for its subject pronoun: "his warning", "its plans", "their fear". */
  private static final Map<String, String> POSSESSIVE_SUBJECTS = Map.of("his", "he", "its", "it", "their", "they");
  /** How far apart, at most, two mentions of one actor are one phrase naming it. */
  private static final int ONE_PHRASE = 15;
  /** Words that make a title another office than the role without them: "the deputy head". */
  private static final List<String> RANKS = List.of(" deputy ", " vice ", " former ", " acting ", " ex ");

  /** A capitalised word and "of" right before a speaker phrase: "Chancellor of | the Exchequer Nigel Lawson". */
  private static final Pattern OFFICE_OF = Pattern.compile("(?<![\\p{L}.'’-])(\\p{Lu}\\p{L}+)\\s+of\\s+$",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** "the" and three capitalised words or more up to a comma or the end: "the Exchequer Nigel Lawson". */
  private static final Pattern CAPITALISED_AFTER_THE =
      Pattern.compile("the(?:\\s+\\p{Lu}[\\p{L}.'’-]*){3,}(?=,|\\s*$)", Pattern.UNICODE_CHARACTER_CLASS);
  /** A word, then a preposition that ties what follows to it: "advisers to", "familiar with". */
  private static final Pattern RELATED_PARTY =
      Pattern.compile("([\\p{L}.'’-]+)\\s+(with|to|of|for|from|at)\\s", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NAME_WORDS = Pattern.compile("(?<![\\p{L}.])\\p{Lu}[\\p{L}.'’-]*", Pattern.UNICODE_CHARACTER_CLASS);
  /**
   * A determiner and a title and nothing else: "the President", "the Head of State", "the deputy
   * prime minister", "the Head of the President's Office".
   */
  private static final Pattern TITLE_ALONE = Pattern.compile(
      "(?:the|this|that) (?:(?:deputy|vice|prime|first|foreign|defence|defense|interior|finance|state|chief|senior|"
          + "top|head|minister|president|secretary|chancellor|premier|commander|general|chairman|chairwoman|"
          + "spokesman|spokeswoman|spokesperson|adviser|advisor|ambassador|governor|mayor|senator|speaker|"
          + "of|the|office|president's|presidential|head of state|ministry|leader|king|queen|pope|envoy|lady)\\b ?)+",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** A title announcing someone's own words: "Speech by President … at …", "Remarks by … on …". */
  private static final Pattern OWN_WORDS = Pattern.compile(
      "(?i:\\b(?:speech|address|remarks|statement|message|op-ed|interview|letter|lecture)\\s+(?:by|of)\\s+)"
          + "(.+?)(?=\\s+(?:at|to|in|on|before|during|for|with|from)\\s|\\s*[,:;(\\u2013\\u2014-]\\s|\\s*$)",
      Pattern.UNICODE_CHARACTER_CLASS);
  // The same expressions String.replaceAll compiled on every call, compiled once (no flags, as there).
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern COORDINATED_I = Pattern.compile(" and i$|^i and ");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
  private static final Pattern FOLDED_POSSESSIVE_END = Pattern.compile("'s$");
  private static final Pattern EDGE_NON_WORD = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
  private static final Pattern NON_WORD_RUN = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");
  /** A pronoun's contracted verb: "I'm", "we've", "they'll", "he'd". */
  private static final Pattern CONTRACTION = Pattern.compile("['’](?:m|ve|ll|d|re)$|(?<=^(?:he|she|it))['’]s$");
  private static final Set<String> PREPOSITIONS_IN_NAMES = Set.of("of", "from", "at", "with", "for", "in", "on");
  private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "da", "di", "la", "le", "bin",
      "al", "el", "ibn", "du", "dos", "del");

  private final SpeakerWords speakerWords;
  private final ActorDictionary dictionary;
  private final java.time.LocalDate published;
  private final String text;
  private final List<ActorMention> mentions;
  private final Map<String, Resolved> namesByLastWord = new HashMap<>();
  private Resolved lastPerson;
  /** The speaker resolved last, person or not: a paragraph of quotes alone after "S and P said ..." is theirs. */
  private Resolved lastSpeaker;
  /** Every person resolved so far by where they were written: quotes are read before the sentences around them. */
  private final TreeMap<Integer, Resolved> personsAt = new TreeMap<>();
  /** Turns' labels by where ("Vladimir Putin: ..."): a dictionary person says the "I" after them; else {@link #NOBODY}. */
  private final TreeMap<Integer, Resolved> turnLabels = new TreeMap<>();
  /** A turn labelled with no dictionary person. */
  private static final Resolved NOBODY = new Resolved("", "");
  private static final Set<String> LABEL_JOINERS = Set.of("of", "the", "and");
  /** What a label comes after, with a space: a sentence's end, or a "* * *" break. */
  private static final String LABEL_AFTER = ".!?…*\"”";

  private final List<Span> quotations;
  private final Map<String, Pattern> titledNames = new HashMap<>();
  /** {@link #holdsRole} by actor and title: a title is checked against every person named before it. */
  private final Map<String, Boolean> rolesHeld = new HashMap<>();
  private final Resolved author;

  /**
   * {@code quotations}: the article's quoted spans, as people named inside a quote are not what "he"
   * refers to; {@code title} (may be null): "Speech by President Jane Doe at ..." names who says "I" in
   * the article; {@code published} (may be null): the article's day, whose holders its roles name ("the
   * Ukrainian president").
   */
  SpeakerResolver(SpeakerWords speakerWords, ActorDictionary dictionary, String text, List<ActorMention> mentions,
      List<Span> quotations, String title, java.time.LocalDate published) {
    this.speakerWords = speakerWords;
    this.dictionary = dictionary;
    this.published = published;
    this.text = text;
    this.mentions = mentions;
    this.quotations = quotations;
    this.author = title == null ? null : author(title);
    findTurnLabels();
  }

  /**
   * "... Economic Council President of Russia Vladimir Putin: Good afternoon" labels a turn, inside a
   * paragraph as at a line's start: a dictionary person's name, a colon and a capital. Other labels,
   * capitalised words (with "of", "the", "and") from a sentence's start to a colon ("Andrei Belousov:"),
   * end the turn before them.
   */
  private void findTurnLabels() {
    Map<Integer, ActorMention> personsEndingAt = null;
    for (int colon = text.indexOf(": "); colon > 0; colon = text.indexOf(": ", colon + 2)) {
      if (colon + 2 >= text.length() || !Character.isUpperCase(text.charAt(colon + 2)) || quoted(colon)) {
        continue;
      }
      if (personsEndingAt == null) {
        personsEndingAt = new HashMap<>();
        for (ActorMention m : mentions) {
          if (m.actor().isPerson()) {
            personsEndingAt.put(m.end(), m);
          }
        }
      }
      ActorMention named = personsEndingAt.get(colon);
      if (named != null) {
        turnLabels.put(colon, new Resolved(named.actor().id(), named.actor().name()));
      } else if (labelFromSentenceStart(colon)) {
        turnLabels.put(colon, NOBODY);
      }
    }
  }

  /** Whether up to eight capitalised words (or "of", "the", "and") before {@code colon} start a sentence or line. */
  private boolean labelFromSentenceStart(int colon) {
    int start = colon;
    for (int words = 0; words < 8; words++) {
      int wordStart = start;
      while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = text.substring(wordStart, start);
      if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || LABEL_JOINERS.contains(word))) {
        return false;
      }
      if (opensSentence(wordStart, LABEL_AFTER)) {
        return Character.isUpperCase(word.charAt(0));
      }
      start = wordStart - 1; // the space before the word
    }
    return false;
  }

  /**
   * Whether offset {@code at} opens a sentence or a line: the text's start, a line's, or after one of
   * {@code ends} and a space.
   */
  private boolean opensSentence(int at, String ends) {
    return at == 0 || text.charAt(at - 1) == '\n'
        || at >= 2 && Character.isWhitespace(text.charAt(at - 1)) && ends.indexOf(text.charAt(at - 2)) >= 0;
  }

  /** The person whose own words the article is, by its title ("Address by …", "Remarks by …"), or null. */
  private Resolved author(String title) {
    Matcher m = OWN_WORDS.matcher(title);
    if (!m.find()) {
      return null;
    }
    String by = m.group(1).strip();
    Resolved r = fromDictionary(by);
    if (r == null) {
      r = nameAfterRole("the " + by); // "President Jane Doe": the name after its title
    }
    if (r == null && NAME_WORDS.matcher(by).results().count() >= 2) {
      r = fromName(by);
    }
    return r != null && isPersonLike(r) ? r : null;
  }

  /** The actor a speaker span names or refers to, or null when it is unknown ("sources"). */
  Resolved resolve(Span speaker) {
    String written = officeBefore(speaker) + text.substring(speaker.start(), speaker.end());
    int comma = written.indexOf(',');
    String folded = TextFold.fold(comma > 0 ? written.substring(0, comma).strip() : written); // "he, a veteran of ..."
    if (folded.indexOf('\'') >= 0) {
      folded = CONTRACTION.matcher(folded).replaceAll(""); // "I'm telling you": I (TextFold makes ’ ')
    }
    folded = POSSESSIVE_SUBJECTS.getOrDefault(folded, folded); // "renewed his calls for ...": he calls
    folded = FLOATING_QUANTIFIER.matcher(folded).replaceFirst(""); // "we all know": we know
    if (COORDINATED_I.matcher(folded).find()) {
      folded = "i"; // "my colleagues and I", "Mr Mishustin and I": the one who says "I" speaks
    }
    Resolved r;
    boolean firstPerson = (folded.equals("i") || folded.equals("we")) && !quoted(speaker.start());
    Map.Entry<Integer, Resolved> label = firstPerson ? turnLabels.lowerEntry(speaker.start()) : null;
    if (firstPerson && author != null) {
      r = author; // "I urge the residents ..." in an address by its speaker
    } else if (label != null && label.getValue() != NOBODY) {
      r = label.getValue(); // the turn's "I", whoever it names
    } else if (folded.equals("you") || folded.equals("they")) {
      r = null; // the addressee, or a group: never the one person named last
    } else if (folded.equals("it")) {
      r = organisationBefore(speaker.start()); // "The United States has not moved. It does not believe ..."
    } else if (PRONOUNS.contains(folded) || folded.equals("him") || folded.equals("her")) { // "according to him"
      r = personBefore(speaker.start(), PRONOUN_GENDERS.get(folded));
    } else if (TITLE_ALONE.matcher(folded).matches()) {
      r = fromTitle(folded.substring(folded.indexOf(' ') + 1), speaker.start());
      if (r == null) {
        r = roleAsWritten(written); // "the Head of the Office of the President": whoever held it that day
      }
    } else {
      String own = speakerWords(written);
      if (!own.equals(written) && written.indexOf(',') < 0 && personAtEnd(written)) {
        own = written; // "Adviser to the President of Ukraine Mykhailo Podolyak" is Podolyak, named after the role
      }
      int ownComma = own.indexOf(',');
      // "Senate Majority Leader Mitch McConnell (R-Ky.)": the party and state are no part of the name
      r = nameAfterRole(BRACKETED.matcher(ownComma > 0 ? own.substring(0, ownComma) : own).replaceAll(""));
      if (r == null) {
        r = beforeApposition(own);
      }
      if (r == null) {
        r = fromDictionary(own);
      }
      if (r == null) {
        r = fromName(own);
      }
      if (r == null) {
        r = nameInApposition(own);
      }
      // "Prime Minister of Albania Edi Rama" is Rama, not Albania nor "Albania Edi Rama"; a dictionary
      // person found in the phrase stays
      Resolved holder = r != null && isPersonLike(r) && !r.id().startsWith("name:") ? null : nameAfterOffice(written);
      if (holder == null && comma > 0 && (r == null || r.id().startsWith("name:"))) {
        holder = nameAfterOffice(written.substring(0, comma)); // "Chancellor of the Exchequer Jo Lane, presenting"
      }
      r = holder != null ? holder : r;
    }
    if (r != null && isPersonLike(r)) {
      lastPerson = r;
      personsAt.put(speaker.start(), r);
    }
    if (r != null) {
      lastSpeaker = r;
    }
    return r;
  }

  /**
   * "Chancellor of " when the speaker phrase ("the Exchequer Nigel Lawson") is the rest
   * of "Chancellor of the Exchequer Nigel Lawson", whose phrase stopped at "of"; else "".
   */
  private String officeBefore(Span speaker) {
    int start = speaker.start();
    if (!CAPITALISED_AFTER_THE.matcher(text).region(start, speaker.end()).lookingAt()) {
      return ""; // not "the FCA board, Frank Naylor" after "head of": only a body's name and a person's
    }
    Matcher m = OFFICE_OF.matcher(text.substring(Math.max(0, start - 40), start));
    return m.find() && speakerWords.offices().contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group() : "";
  }

  /**
   * The words of a speaker phrase that name the speaker: "advisers to Mr. Obama" are not Obama, and
   * "people familiar with the talks" not the talks; "a spokeswoman for Clara Moss" speaks for Moss.
   * A name is the speaker without its organisation ("Jo Lane of the Port Alma Ferry Company"); a title
   * keeps its phrase ("the minister of defence"), and so does a dictionary name with a preposition in
   * it ("Ministry of Defence").
   */
  private String speakerWords(String written) {
    Matcher m = RELATED_PARTY.matcher(written);
    while (m.find()) {
      String head = m.group(1);
      String folded = clean(head);
      if (speakerWords.spokespersons().contains(folded)) {
        return written.substring(m.end()).strip();
      }
      if (!isTitle(head) && !insideDictionaryName(written, m.start(2)) && !organisationOf(written, m)) {
        return written.substring(0, m.start(2)).strip();
      }
    }
    return written;
  }

  private boolean insideDictionaryName(String written, int offset) {
    for (ActorMention found : dictionary.find(written, published)) {
      if (found.start() < offset && found.end() > offset) {
        return true;
      }
    }
    return false;
  }

  /** The speaker of the previous statement, for quotes that stand alone. */
  Resolved previous() {
    return lastSpeaker;
  }

  /**
   * "Trump campaign manager Corey Lewandowski": a name of two words or more after a role is the
   * speaker, not an actor the role mentions. Null when the dictionary knows the name itself.
   */
  private Resolved nameAfterRole(String phrase) {
    String head = phrase.strip();
    Matcher m = NAME_WORDS.matcher(head);
    int runStart = -1;
    int capitalsStart = -1; // where the capitalised words before the name begin, titles included
    int runEnd = -1;
    int words = 0;
    while (m.find()) {
      boolean adjacent = runEnd >= 0 && head.substring(runEnd, m.start()).isBlank();
      if (!adjacent) {
        capitalsStart = m.start();
      }
      if (!adjacent || isTitle(m.group())) {
        runStart = -1;
        words = 0;
      }
      if (!isTitle(m.group())) {
        if (runStart < 0) {
          runStart = m.start();
        }
        words++;
      }
      runEnd = m.end();
    }
    if (runStart <= 0 || runEnd != head.length() || words < 1) {
      return null; // nothing before the name, or no name at the end
    }
    String[] before = SPACES.split(head.substring(0, runStart).strip().toLowerCase(Locale.ROOT));
    String wordBefore = before[before.length - 1];
    if (wordBefore.equals("and") || wordBefore.equals("&")) {
      return null; // "the Office of Management and Budget James Miller": "Budget" ends the office's name
    }
    if (words < 2 && (!speakerWords.nameTitles().contains(wordBefore.replace(".", ""))
        || speakerWords.organisationHeads().contains(clean(head.substring(runStart))))) {
      return null; // one word is a name only right after a person's title: "Indonesian Energy Minister Subroto"
    }
    if (isDeterminer(wordBefore) && before.length > 1) {
      wordBefore = before[before.length - 2];
    }
    int firstWordEnd = head.indexOf(' ', runStart);
    String firstWord = head.substring(runStart, firstWordEnd < 0 ? head.length() : firstWordEnd);
    if (PREPOSITIONS_IN_NAMES.contains(wordBefore) || isDeterminer(firstWord)) {
      return null; // "a center at Cornell University", "French of the National Retail Federation": no role before a name
    }
    for (ActorMention found : dictionary.find(head, published)) {
      // "Ukrainian President Volodymyr Zelensky": the dictionary has him; "British Prime Minister Ann Lee" is
      // not Britain, whose adjective is part of her title
      if (found.end() > capitalsStart && (found.actor().isPerson() || found.end() > runStart
          || !titleBetween(head, found.end(), runStart))) {
        return null; // "U.S. Geological Survey" stays the United States: no title before the name
      }
    }
    return fromName(head.substring(runStart));
  }

  /**
   * "Jane Roe, a Clinton ally": a speaker named before an apposition is that name, whatever the
   * apposition mentions. Null when the words before the comma name no one outright ("the Kremlin's
   * spokesman, Dmitry Peskov"), so that the whole phrase is read.
   */
  private Resolved beforeApposition(String written) {
    int comma = written.indexOf(',');
    if (comma <= 0) {
      return null;
    }
    String head = written.substring(0, comma).strip();
    List<ActorMention> found = dictionary.find(head, published);
    for (ActorMention m : found) {
      if (m.end() == head.length()) {
        return fromDictionary(head); // the phrase ends with the actor: "Umerov", "the Russian news outlet Tass"
      }
    }
    if (!found.isEmpty()) {
      return null;
    }
    // A name of two words or more, or one met before in the article ("Doyle"); "Friday, Obama said"
    // and "two leading Republicans, Trump and Cruz" name nobody before the comma.
    long capitalised = NAME_WORDS.matcher(head).results().count();
    boolean known = capitalised == 1 && namesByLastWord.containsKey(clean(head.substring(head.lastIndexOf(' ') + 1)));
    return capitalised >= 2 && Character.isUpperCase(head.charAt(0)) || known ? fromName(head) : null;
  }

  /**
   * The name an apposition gives a described speaker: "the bureau's director, James B. Comey" is Comey.
   * Only a name of two capitalised words or more, alone between its commas, after a description that
   * opens in lower case ("two leading Republicans, Trump and Cruz" name no one speaker).
   */
  private Resolved nameInApposition(String written) {
    int comma = written.indexOf(',');
    if (comma <= 0 || Character.isUpperCase(written.charAt(0)) && !isDeterminer(
        written.substring(0, Math.max(1, written.indexOf(' '))).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int next = written.indexOf(',', comma + 1);
    String name = written.substring(comma + 1, next < 0 ? written.length() : next).strip();
    String[] words = SPACES.split(name);
    if (words.length < 2 || words.length > 4) {
      return null;
    }
    for (String w : words) {
      if (!NAME_WORDS.matcher(w).matches()) {
        return null;
      }
    }
    return fromName(name);
  }

  /** The holder of a dictionary role that is the whole title after its determiner, or null. */
  private Resolved roleAsWritten(String written) {
    List<ActorMention> found = dictionary.find(written, published);
    if (found.size() != 1 || found.get(0).start() != written.indexOf(' ') + 1 || found.get(0).end() != written.length()
        || !found.get(0).actor().isPerson()) {
      return null;
    }
    return new Resolved(found.get(0).actor().id(), found.get(0).actor().name());
  }

  private Resolved fromDictionary(String written) {
    List<ActorMention> found = dictionary.find(written, published);
    if (found.isEmpty()) {
      return null;
    }
    // The head of a phrase comes last ("The Russian news outlet Tass"), a person before anything else,
    // and a possessive only when nothing else is named ("Zelensky's remarks").
    ActorMention best = null;
    ActorMention possessive = null;
    for (ActorMention m : found) {
      boolean placeOrCountry = m.actor().type().equals("country") || m.actor().type().equals("place");
      if (!m.actor().isPerson() && namesAnOrganisationOf(written, m.start())
          || placeOrCountry && opensAFirmsName(written, m.end())) {
        continue; // "the Bank of France", "American Telephone and Telegraph Co": a body named after a place
      }
      boolean isPossessive = m.end() < written.length()
          && (written.charAt(m.end()) == '\'' || written.charAt(m.end()) == '\u2019');
      if (isPossessive) {
        if (possessive == null || m.actor().isPerson()) {
          possessive = m;
        }
      } else if (best == null || m.actor().isPerson() || !best.actor().isPerson()) {
        best = m;
      }
    }
    if (best == null) {
      best = possessive;
    }
    if (best == null) {
      return null;
    }
    Actor a = best.actor();
    Resolved r = new Resolved(a.id(), a.name());
    remember(a.name(), r);
    return r;
  }

  /**
   * A capitalised name not in the dictionary: "Jane Doe" and later "Doe" are one actor. The name is
   * the last run of capitalised words before any apposition or prepositional phrase, titles dropped:
   * "Democratic strategist Simon Rosenberg, president of ..." is Simon Rosenberg.
   */
  private Resolved fromName(String written) {
    String head = written.strip();
    int comma = head.indexOf(',');
    if (comma > 0) {
      head = head.substring(0, comma);
    }
    head = BRACKETED.matcher(head).replaceAll("");
    List<String> all = List.of(SPACES.split(head));
    List<String> words = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String w = all.get(i);
      if (w.isEmpty()) {
        continue;
      }
      if (w.equals("of") && !words.isEmpty()
          && speakerWords.organisationHeads().contains(clean(words.get(words.size() - 1)))) {
        int next = i + 1 < all.size() && all.get(i + 1).equals("the") ? i + 2 : i + 1;
        if (next < all.size() && !all.get(next).isEmpty() && Character.isUpperCase(all.get(next).charAt(0))) {
          words.addAll(all.subList(i, next)); // "the Bank of England", "the Association of the Bar": one name
          i = next - 1;
          continue;
        }
      }
      if (PREPOSITIONS_IN_NAMES.contains(w)) {
        break; // "Sen. Brian Schatz of Hawaii": the name ends before "of"
      }
      if (Character.isUpperCase(w.charAt(0)) || NAME_PARTICLES.contains(w) && !words.isEmpty()
          || !words.isEmpty() && joinsAFirmsName(all, i)) {
        words.add(w);
      } else if (words.contains("of") && speakerWords.speakerHeads().contains(clean(w))) {
        break; // "Bank of Japan officials": the body they speak for
      } else {
        words.clear(); // a lower-case word: the name, if any, comes after it
      }
    }
    while (!words.isEmpty() && (isTitle(words.get(0)) || isDeterminer(words.get(0)))) {
      words.remove(0);
    }
    while (!words.isEmpty() && NAME_PARTICLES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    while (words.size() > 1 && speakerWords.neverNames().contains(clean(words.get(0)))
        && !words.get(1).equals("of")) { // not "Ministry of Trade"
      words.remove(0); // "Now Jeb Bush", "Then Mr. Rubin"
    }
    while (!words.isEmpty() && isTitle(words.get(0))) {
      words.remove(0);
    }
    int longest = words.contains("of") || words.contains("and") ? 7 : 5; // "Federal Reserve Bank of New York"
    if (words.isEmpty() || words.size() > longest
        || words.size() == 1 && (speakerWords.neverNames().contains(clean(words.get(0)))
        || PRONOUNS.contains(CONTRACTION.matcher(clean(words.get(0))).replaceAll("")))) {
      return null; // "Let us ...", "Last time ...", "Comrade officers", "But I"
    }
    if (words.size() > 1 && words.stream().anyMatch(this::isTitle)
        && words.stream().allMatch(w -> isTitle(w) || isCommonNoun(w))) {
      return null; // "the First Lady", "the Defense Council": a title's capitals; "Tax Policy Center" stays
    }
    if (words.size() == 1 && speakerWords.offices().contains(clean(words.get(0)).replaceFirst("s$", ""))) {
      return null; // "The Presidents discussed ..."
    }
    String name = POSSESSIVE_END.matcher(TRAILING_PUNCTUATION.matcher(String.join(" ", words)).replaceAll("")).replaceAll("");
    String last = clean(words.get(words.size() - 1));
    if (words.size() == 1) {
      Resolved known = namesByLastWord.get(last);
      if (known != null) {
        return known;
      }
      if (isCommonNoun(words.get(0))) {
        return null; // "Officials said": a capital at the start of a sentence makes no name
      }
    }
    Resolved r = new Resolved("name:" + slug(name), name);
    remember(name, r);
    return r;
  }

  /** Whether capitalised words (and "and", "&") from {@code at} to the phrase's end end with a firm's head. */
  private boolean opensAFirmsName(String written, int at) {
    String[] rest = SPACES.split(written.substring(at).strip());
    if (rest.length == 0 || !speakerWords.firmHeads().contains(clean(rest[rest.length - 1]))) {
      return false;
    }
    for (String w : rest) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("and") && !w.equals("&")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words right before {@code at} are an organisation's head and "of" ("the Bank of | France"). */
  private boolean namesAnOrganisationOf(String written, int at) {
    String before = written.substring(0, at).stripTrailing();
    if (before.endsWith(" the")) {
      before = before.substring(0, before.length() - 4);
    }
    if (!before.endsWith(" of")) {
      return false;
    }
    before = before.substring(0, before.length() - 3).stripTrailing();
    return speakerWords.organisationHeads().contains(clean(before.substring(before.lastIndexOf(' ') + 1)));
  }

  /** Whether {@code m} is an organisation's head and a capitalised "of" phrase: "the Bank of England". */
  private boolean organisationOf(String written, Matcher m) {
    if (!m.group(2).equals("of") || !speakerWords.organisationHeads().contains(clean(m.group(1)))) {
      return false;
    }
    String rest = written.substring(m.end());
    rest = rest.startsWith("the ") ? rest.substring(4) : rest;
    return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
  }

  /**
   * Whether the "and" or "&" at {@code i} is part of a firm's name rather than between two speakers:
   * "Oppenheimer and Co", "Smith, Barney and Sons Inc", "S and P".
   */
  private boolean joinsAFirmsName(List<String> words, int i) {
    if (!words.get(i).equals("and") && !words.get(i).equals("&") || i + 1 >= words.size()) {
      return false;
    }
    String next = words.get(i + 1);
    if (next.isEmpty() || !Character.isUpperCase(next.charAt(0))) {
      return false;
    }
    if (next.length() == 1 && words.get(i - 1).length() == 1) {
      return true; // "S and P", "A and W": initials
    }
    if (words.subList(0, i).contains("of")) {
      return true; // "the Association of Broadcast Employees and Technicians"
    }
    int end = i + 1;
    while (end + 1 < words.size() && !words.get(end + 1).isEmpty()
        && Character.isUpperCase(words.get(end + 1).charAt(0))) {
      end++;
    }
    return speakerWords.organisationHeads().contains(clean(words.get(end))) || clean(next).equals("sons");
  }

  /** A word that speaks for no one in particular: a known speaker noun, or one the article writes in lower case. */
  private boolean isCommonNoun(String word) {
    String folded = clean(word);
    if (speakerWords.speakerHeads().contains(folded)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      // "@mike_pence" or "/mike-pence/" are handles and addresses, not the word in lower case.
      boolean starts = at == 0 || !Character.isLetter(text.charAt(at - 1)) && "@_-/.#".indexOf(text.charAt(at - 1)) < 0;
      boolean ends = at + lower.length() >= text.length() || !Character.isLetter(text.charAt(at + lower.length()))
          && "_-/@".indexOf(text.charAt(at + lower.length())) < 0;
      if (starts && ends) {
        return true;
      }
    }
    return false;
  }

  private void remember(String name, Resolved r) {
    String[] words = SPACES.split(name);
    int of = Arrays.asList(words).indexOf("of");
    // "the Bank of England" is "the Bank" later, never "England"
    namesByLastWord.putIfAbsent(clean(words[of > 0 ? of - 1 : words.length - 1]), r);
  }

  /**
   * "the President said", "the Head of State noted", "the deputy prime minister added": a title alone
   * refers to someone the article named with it before. A dictionary person whose roles hold the title
   * (the last speaker first, else the one the article named most), or else the name written after the title
   * earlier in the text ("Deputy Prime Minister Iryna Vereshchuk"). Null when nobody fits.
   */
  private Resolved fromTitle(String title, int offset) {
    String key = title.equals("head of state") ? "president" : title;
    Map.Entry<Integer, Resolved> speakerBefore = personsAt.lowerEntry(offset);
    if (speakerBefore != null && holdsRole(speakerBefore.getValue().id(), key)) {
      return speakerBefore.getValue();
    }
    // Of the people holding the title, the one the article has named most so far: "the President" in a
    // report about Zelensky is Zelensky, though Putin was named last.
    ActorMention salient = mostNamedBefore(offset,
        m -> m.actor().isPerson() && !quoted(m.start()) && holdsRole(m.actor().id(), key));
    if (salient != null) {
      return new Resolved(salient.actor().id(), salient.actor().name());
    }
    Matcher named = titledNames.computeIfAbsent(title, t -> Pattern.compile(
        "(?<![\\p{L}])(?i:" + String.join("['’]", Arrays.stream(t.split("'", -1)).map(Pattern::quote).toList())
            + ")\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s?){2,4})",
        Pattern.UNICODE_CHARACTER_CLASS)).matcher(text).region(0, offset);
    String name = null;
    while (named.find()) {
      name = named.group(1).strip();
    }
    if (name == null) {
      return null;
    }
    Resolved r = fromDictionary(name);
    return r != null ? r : fromName(name);
  }

  /**
   * Whether the actor held, on the article's day, a role {@code title} names: one whose head (its words
   * before "of") ends in the title's last head word and has all its words ("the prime minister" is
   * "Ukrainian Prime Minister", not "foreign minister"; "the president" is no "head of the office of the
   * president"), holding all of a title with "of" ("the head of the president's office", but "the office
   * of the president" is no head of it), at the same rank (a deputy is no head).
   */
  private boolean holdsRole(String actorId, String title) {
    return rolesHeld.computeIfAbsent(actorId + "|" + title, k -> holdsRoleNow(actorId, title));
  }

  private boolean holdsRoleNow(String actorId, String title) {
    String padded = " " + title + " ";
    List<String> titleHead = headWords(title);
    return dictionary.byId(actorId).map(a -> a.roles().stream()
        .filter(role -> role.heldOn(published))
        .map(role -> TextFold.fold(role.name()))
        .anyMatch(role -> sameRank(padded, " " + role + " ") && headHolds(headWords(role), titleHead)
            && (!title.contains(" of ") || (" " + role + " ").contains(padded))))
        .orElse(false);
  }

  /** The words of a role or title before "of": "head" of "head of the office", "ukrainian president". */
  private static List<String> headWords(String role) {
    int of = role.indexOf(" of ");
    return List.of(SPACES.split(of < 0 ? role : role.substring(0, of)));
  }

  private static boolean headHolds(List<String> roleHead, List<String> titleHead) {
    return roleHead.get(roleHead.size() - 1).equals(titleHead.get(titleHead.size() - 1))
        && roleHead.containsAll(titleHead);
  }

  /** "the deputy head of the office" is not its head: a title's deputy, vice, former or acting is the role's too. */
  private static boolean sameRank(String title, String role) {
    for (String rank : RANKS) {
      if (title.contains(rank) != role.contains(rank)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first person named in the sentence of {@code mention} whom {@code fits} accepts, itself if none is
   * named before it there: "Putin informed the French President about the talks. He ..." is Putin, the
   * subject, not the object.
   */
  private ActorMention firstPersonInSentenceOf(ActorMention mention, java.util.function.Predicate<ActorMention> fits) {
    int sentence = mention.start();
    while (!opensSentence(sentence, ".!?")) {
      sentence--;
    }
    for (ActorMention m : mentions) {
      if (m.start() >= sentence && fits.test(m)) {
        return m;
      }
    }
    return mention;
  }

  /**
   * The person a pronoun at {@code offset} refers to, of {@code gender} ("female", "male") or any when null:
   * the last speaker, or a dictionary person mentioned later than it; before anyone has spoken, the person
   * named most so far. A person the dictionary gives another gender is passed over ("she" is not Trump).
   */
  private Resolved personBefore(int offset, String gender) {
    java.util.function.Predicate<ActorMention> fits = m -> m.actor().isPerson() && !quoted(m.start())
        && fitsGender(m.actor().id(), gender);
    ActorMention latest = null;
    for (ActorMention m : mentions) {
      if (m.start() >= offset) {
        break;
      }
      if (fits.test(m)) {
        latest = m;
      }
    }
    if (latest != null) {
      latest = firstPersonInSentenceOf(latest, fits);
    }
    Map.Entry<Integer, Resolved> speakerBefore = personsAt.lowerEntry(offset);
    while (speakerBefore != null && !fitsGender(speakerBefore.getValue().id(), gender)) {
      speakerBefore = personsAt.lowerEntry(speakerBefore.getKey());
    }
    ActorMention salient = speakerBefore != null || latest == null ? null : mostNamedBefore(offset, fits);
    if (salient != null && !salient.actor().id().equals(latest.actor().id())) {
      // No one has spoken yet: "he" is the person the article is about (named most, or first), not
      // whoever was named last ("... must bring Putin to the table. “...,” he said" is Zelensky).
      return new Resolved(salient.actor().id(), salient.actor().name());
    }
    if (latest != null && (speakerBefore == null || latest.start() > speakerBefore.getKey())) {
      return new Resolved(latest.actor().id(), latest.actor().name());
    }
    return speakerBefore == null ? null : speakerBefore.getValue();
  }

  /**
   * What "it" at {@code offset} refers to: the organisation, country or place named last in its sentence or
   * the one before, outside quotes; never a person, and null when none is named so close.
   */
  private Resolved organisationBefore(int offset) {
    int sentence = offset;
    while (sentence > 0 && !opensSentence(sentence, ".!?")) {
      sentence--;
    }
    if (sentence > 0) { // and the sentence before
      sentence--;
      while (sentence > 0 && !opensSentence(sentence, ".!?")) {
        sentence--;
      }
    }
    ActorMention latest = null;
    for (ActorMention m : mentions) {
      if (m.start() >= offset) {
        break;
      }
      if (m.start() >= sentence && !m.actor().isPerson() && !quoted(m.start())) {
        latest = m;
      }
    }
    return latest == null ? null : new Resolved(latest.actor().id(), latest.actor().name());
  }

  /** Whether the actor can be what a pronoun of {@code gender} refers to: the dictionary says nothing else. */
  private boolean fitsGender(String actorId, String gender) {
    if (gender == null) {
      return true;
    }
    String known = dictionary.byId(actorId).map(Actor::gender).orElse(null);
    return known == null || known.equals(gender);
  }

  /**
   * The name after an office and the place it is of: "Prime Minister of Albania Edi Rama", "President of
   * the Republic of Belarus Alexander Lukashenko"; null unless the phrase opens with an office, has "of",
   * and ends in three capitalised words or more (the place's and the name's; the name is the last two,
   * with any initials between them).
   */
  private Resolved nameAfterOffice(String written) {
    if (!written.contains(" of ")) {
      return null;
    }
    String[] words = SPACES.split(written.strip());
    int first = isDeterminer(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
    if (words.length - first < 5 || !speakerWords.offices().contains(words[first].toLowerCase(Locale.ROOT))) {
      return null;
    }
    int run = 0;
    for (int k = words.length - 1; k > first && NAME_WORDS.matcher(words[k]).matches(); k--) {
      run++;
    }
    if (run < 3 || speakerWords.organisationHeads().contains(clean(words[words.length - 1]))) {
      return null; // "Chairman of the Christian Social Union Party": a body's name ends the phrase, no person's
    }
    int from = words.length - 2;
    while (from > words.length - run && words[from].length() <= 2 && words[from].endsWith(".")) {
      from--; // "Secretary of State John F. Kerry": the initial and the first name too
    }
    String name = String.join(" ", Arrays.copyOfRange(words, from, words.length));
    Resolved r = fromDictionary(name);
    return r != null ? r : fromName(name);
  }

  /** Of the mentions before {@code offset} that {@code counts} accepts, one of the actor named most (first on a tie). */
  private ActorMention mostNamedBefore(int offset, java.util.function.Predicate<ActorMention> counts) {
    Map<String, Integer> timesNamed = new HashMap<>();
    Map<String, Integer> lastEnd = new HashMap<>();
    ActorMention most = null;
    for (ActorMention m : mentions) {
      if (m.start() >= offset) {
        break;
      }
      if (counts.test(m)) {
        Integer previous = lastEnd.put(m.actor().id(), m.end());
        if (previous != null && m.start() - previous <= ONE_PHRASE) {
          continue; // "President of the United States of America Joseph Biden" names him once
        }
        int n = timesNamed.merge(m.actor().id(), 1, Integer::sum);
        if (most == null || n > timesNamed.get(most.actor().id())) {
          most = m;
        }
      }
    }
    return most;
  }

  private boolean quoted(int offset) {
    for (Span q : quotations) {
      if (q.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  private boolean isPersonLike(Resolved r) {
    return r.id().startsWith("name:") && !namesAnOrganisation(r.name())
        || dictionary.byId(r.id()).map(Actor::isPerson).orElse(false);
  }

  /**
   * Whether a name the dictionary does not know ends as organisations' names do ("the Brennan Center",
   * "Pivotal Research Group", "Factcheck.org"): whom no "he" or "she" can mean.
   */
  private boolean namesAnOrganisation(String name) {
    String folded = TextFold.fold(name);
    int space = folded.lastIndexOf(' ');
    String last = folded.substring(space + 1);
    int dot = last.lastIndexOf('.');
    int of = folded.indexOf(" of ");
    String beforeOf = of > 0 ? folded.substring(folded.lastIndexOf(' ', of - 1) + 1, of) : "";
    return speakerWords.organisationHeads().contains(last) || speakerWords.organisationHeads().contains(beforeOf)
        || dot > 0 && StatementExtractor.DOMAIN_ENDINGS.contains(last.substring(dot + 1)); // "factcheck.org"
  }

  private static boolean isDeterminer(String w) {
    return StatementExtractor.DETERMINERS.contains(TextFold.fold(w));
  }

  /**
   * Whether a dictionary person's name ends {@code phrase} after a role in capitals that names a place or an
   * office ("Adviser to the President of Ukraine Mykhailo Podolyak"), not as the object of its preposition
   * ("advisers to Mr. Obama", "supporters of Hillary Clinton", "an adviser for President Obama").
   */
  private boolean personAtEnd(String phrase) {
    Matcher party = RELATED_PARTY.matcher(phrase);
    if (!party.find() || !Character.isUpperCase(party.group(1).charAt(0))) {
      return false; // a role in capitals ("Adviser to"), not "one longtime adviser to Bill Clinton"
    }
    for (ActorMention m : dictionary.findNames(phrase)) {
      if (m.end() == phrase.length() && m.actor().isPerson()) {
        String[] before = SPACES.split(phrase.substring(0, m.start()).strip());
        String last = before[before.length - 1];
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !isTitle(last)
            && !isDeterminer(last.toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** Whether a title word stands in {@code phrase} between {@code from} and {@code to}. */
  private boolean titleBetween(String phrase, int from, int to) {
    for (String w : SPACES.split(phrase.substring(from, to).strip())) {
      if (isTitle(w)) {
        return true;
      }
    }
    return false;
  }

  /** "Sen.", "Rep." and "Mr." as well as "Senator": the abbreviation's dot is no part of the title. */
  private boolean isTitle(String w) {
    String c = clean(w);
    return speakerWords.titles().contains(c)
        || c.endsWith(".") && (speakerWords.titles().contains(c.substring(0, c.length() - 1))
        || c.equals("del.") || c.equals("amb.")); // "Del. Stacey Plaskett", a delegate; "del Toro" has no dot
  }

  private static String clean(String w) {
    return FOLDED_POSSESSIVE_END.matcher(EDGE_NON_WORD.matcher(TextFold.fold(w)).replaceAll("")).replaceAll("");
  }

  static String slug(String name) {
    return EDGE_DASH.matcher(NON_WORD_RUN.matcher(TextFold.fold(name).toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
  }
}
