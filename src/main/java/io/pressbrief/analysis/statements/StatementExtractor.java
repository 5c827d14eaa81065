package io.pressbrief.analysis.statements;

import io.pressbrief.analysis.SentenceSplitter;
import io.pressbrief.analysis.Span;
import io.pressbrief.analysis.Token;
import io.pressbrief.analysis.Tokenizer;
import io.pressbrief.analysis.actors.ActorDictionary;
import io.pressbrief.analysis.actors.ActorMention;
import io.pressbrief.analysis.dates.DatePrecision;
import io.pressbrief.analysis.dates.DateResolver;
import io.pressbrief.analysis.dates.TimeExpression;
import io.pressbrief.analysis.sentiment.SentenceTone;
import io.pressbrief.analysis.sentiment.ToneLexicon;
import io.pressbrief.analysis.sentiment.ToneScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds statements in an article: direct quotes with their attribution (all the quotes of one
 * speaker in a paragraph, "“A,” he said, “B.”" included, are one statement), reported speech ("X
 * said that …", "…, X said.", "According to X, …", "X urged Congress to …"), and reported speech
 * with quoted words in it (mixed). Immutable and thread-safe: per-article state lives in the
 * objects each call creates.
 */
public final class StatementExtractor {
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
      "your", "this", "these", "those", "another", "one", "two", "three", "several", "many", "some", "other",
      "both", "all", "most", "few", "no", "each", "every");
  /** Titles and name parts written with a dot: "Sen. Graham", "Martin Luther King Jr.". */
  private static final Set<String> NAME_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
      "jr", "sr", "st", "lt", "col", "sgt", "capt", "prof", "rev", "adm", "amb", "maj");
  /** Words before a plural noun, never before a verb in -s: "some calls", "its claims" (not "each says"). */
  private static final Set<String> BEFORE_PLURAL_NOUNS = Set.of("the", "a", "an", "his", "her", "its", "their",
      "our", "my", "your", "these", "those", "several", "many", "some", "few", "no", "two", "three", "numerous");
  /** Words that may stand between a speaker and the cue: "Zelensky also said", "he has repeatedly said". */
  private static final Set<String> BETWEEN_SPEAKER_AND_CUE = Set.of("also", "has", "had", "have", "previously",
      "reportedly", "later", "then", "again", "repeatedly", "further", "recently", "publicly", "privately",
      "once", "earlier", "now", "himself", "herself", "themselves", "itself", "on", "late", "early", "last", "this",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
      "evening", "afternoon", "yesterday", "today", "tonight", "week", "weekend", "month", "year", "would", "will",
      "did", "does", "do",
      "is", "was", "were", "are", "been", "just", "still", "flatly", "quickly", "simply", "often", "frequently",
      "never", "not", "n't", "hasn't", "hadn't", "haven't", "didn't", "doesn't", "don't", "won't", "wouldn't",
      "explicitly", "openly", "bluntly", "firmly", "angrily", "only", "first", "long",
      "separately", "directly", "widely", "wrongly", "falsely", "correctly", "elsewhere", "may", "might",
      "could", "should", "can", "must", "even", "already", "always", "sometimes", "initially", "immediately",
      "subsequently", "ultimately", "finally", "allegedly", "apparently", "clearly", "strongly",
      "has been", "had been", "being");
  /** Finite verbs that, between a cue and a "that", show the "that" is not the cue's: "said it is the issue that". */
  private static final Set<String> FINITE_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
      "will", "would", "can", "could", "should", "may", "might", "must", "does", "did", "do");
  /** Words that end a speaker phrase when walking back from a cue. */
  private static final Set<String> SPEAKER_STOPS = Set.of("that", "and", "but", "who", "which", "when", "while",
      "because", "if", "as", "after", "before", "since", "so", "or", "than", "where", "whether", "though",
      "although", "what", "to", "for", "with", "by", "from", "about", "into", "at", "in", "on", "said", "says",
      "told", "whom", "whose", "why", "how", "not", "also", "please", "let", "us", "me", "him", "them");
  /** Prepositions that open a phrase between a speech verb and its content: "said in a statement, ...". */
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "to",
      "with", "from", "for", "via", "through", "over", "outside", "inside", "ahead", "earlier", "later",
      "last", "this", "late", "early", "recently", "yesterday", "today", "again", "also", "repeatedly",
      "privately", "publicly", "separately", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "then", "simply", "flatly", "bluntly", "once");
  /** Prepositions that open where or when something was said: "said at a meeting", "said after the vote". */
  private static final Set<String> PLACE_AND_TIME_PREPOSITIONS = Set.of("in", "on", "at", "after", "before",
      "during", "following");
  private static final Set<String> TRUE_PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "with", "by", "from",
      "to", "about", "into", "under", "over", "after", "before", "during", "through", "against", "between", "without");
  private static final Set<String> CUE_ADVERBS = Set.of("later", "then", "again", "also", "too", "afterwards",
      "afterward", "further", "finally", "simply", "only");
  /** Function words that make capitalised words before a colon a kicker, not a name. */
  private static final Set<String> KICKER_WORDS = Set.of("the", "a", "an", "of", "on", "in", "over", "for", "and",
      "to", "at", "with", "from", "by", "is", "are", "why", "how", "what", "when", "who", "new", "more", "no",
      "update", "live", "watch", "breaking", "exclusive", "opinion", "analysis", "editorial", "review", "video");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "my", "our", "your");

  /** Capitalised words that open a sentence without being its subject or coming before it: "There are plans ...". */
  private static final Set<String> NOT_SUBJECTS = Set.of("there", "here", "what", "of", "as", "to", "for", "with", "let",
      "let's", "along", "alongside", "among", "amid", "despite", "unlike", "besides", "beyond", "toward", "towards",
      "across", "against");
  /** Participles that open a sentence before its subject: "Having noted the delays, the council said ...". */
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("having", "being", "regarding", "considering",
      "following", "including", "speaking", "according", "given", "asked", "pressed", "informed");
  /**
   * Endings of adverbs in -ly: "initially", "hastily", "recently", "immediately", "clearly", "sharply",
   * "deeply", "largely", "openly", "firmly", "strongly", "highly", "boldly", "loudly", "broadly",
   * "needlessly", "swiftly", "quickly", "partly"; not nouns, verbs or adjectives such as "family",
   * "supply", "comply", "friendly" or "costly".
   */
  private static final List<String> ADVERB_ENDINGS = List.of("ally", "ily", "ntly", "tely", "ously", "ively", "arly",
      "edly", "ctly", "ully", "ingly", "rply", "eply", "gely", "enly", "rmly", "ngly", "ghly", "ldly", "udly",
      "adly", "ssly", "ftly", "ckly", "rtly");
  /** Adverbs that may open a sentence before its subject: "Then he cut into Bush, calling him ...". */
  private static final Set<String> SENTENCE_ADVERBS = Set.of("so", "now", "instead", "rather", "even", "also",
      "then", "thus", "indeed", "moreover", "meanwhile", "however", "still", "yet", "or", "nor", "today",
      "yesterday", "tomorrow", "later", "again");
  /** Pronouns other than a person's that a contraction may start with: "it's", "there's". */
  private static final Set<String> CONTRACTED_SUBJECTS = Set.of("it", "there");
  /** Words after a two-word cue ("asked for") that show its object stood before it: "what we ask for, or". */
  private static final Set<String> PARTICLE_FOLLOWERS = Set.of("or", "and", "but", "for", "so", "by", "with",
      "in", "on", "at", "from", "to", "not", "is", "was", "are", "were");
  /** Words that open a sentence with a subordinate clause: "When he wrote his book, Moss said ...". */
  private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "because", "if", "while",
      "although", "though", "since", "once", "as", "whenever", "unless");

  /** Pronouns that open a main clause after a subordinate one: "When Moss said that ..., she left". */
  private static final Set<String> MAIN_CLAUSE_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

  /** Pronouns that cannot be a subject: "him" in "those close to him said" belongs to a longer phrase. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");
  /** Quantities that open a thing added rather than a clause: "added some 200 mln stg", "another 3.2 mln". */
  private static final Set<String> ADDED_QUANTITIES = Set.of("some", "another", "more", "several", "about", "nearly",
      "almost", "over", "up");
  /** Verbs before "no" and a noun cue whose subject is the speaker: "I have no doubt", "made no mention of". */
  private static final Set<String> VERBS_BEFORE_NO = Set.of("has", "have", "had", "make", "makes", "made", "leave",
      "leaves", "left");
  /** Quantifiers that float after a pronoun subject ("we all know", "they both said"), and "one" of "no one". */
  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each", "one");
  /** Words after "talks" that make it a verb: "talks about", "talks of", "talks up", "talks to". */
  private static final Set<String> TALKS_AS_VERB = Set.of("about", "of", "up", "to", "freely", "openly", "often");
  /** The endings of web addresses that name a source: "Factcheck.org", "Politico.com". */
  static final Set<String> DOMAIN_ENDINGS = Set.of("org", "com", "net", "gov", "edu", "io", "info", "news",
      "ru", "ua", "uk", "eu");
  /** Words a headline puts before such a speaker: "former rival says". */
  private static final Set<String> HEADLINE_MODIFIERS = Set.of("former", "senior", "top");
  /** The cognition cues whose content after such a subject needs no "that": "polls show voters ...". */
  private static final Set<String> EVIDENCE_CUES = Set.of("show", "find", "indicate");
  /** Words for a share of people that can say something: "half said", "most of them said", "a third said". */
  private static final Set<String> SHARES = Set.of("half", "most", "many", "some", "few", "others", "majority",
      "minority", "plurality", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "percent");
  /** Comparatives that qualify a share with "than": "more than half". */
  /** Participles after a plural of people that make them a poll's: "voters polled", "senators surveyed". */
  private static final Set<String> POLLED = Set.of("polled", "surveyed", "questioned", "interviewed", "asked",
      "sampled");
  private static final Set<String> SHARE_COMPARATIVES = Set.of("more", "fewer", "less");
  /** Numbers in words, for shares such as "six in 10" and "one in five". */
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety");
  /** Words that qualify a share before it: "about four in 10", "nearly half", "only 12 percent". */
  private static final Set<String> SHARE_QUALIFIERS = Set.of("about", "nearly", "almost", "roughly",
      "approximately", "only", "just", "over", "barely");
  /** Prepositions that tie a noun to the head of a speaker phrase: "familiar with", "head of", "officials in". */
  private static final Set<String> HEAD_PREPOSITIONS = Set.of("with", "to", "of", "for", "from", "at", "in", "on");

  /** Prepositions that govern a noun, never open a clause ("after", "before" and "since" can). */
  private static final Set<String> GOVERNING_PREPOSITIONS = Set.of("in", "on", "at", "of", "with", "by", "from",
      "to", "into", "about", "through", "under", "via");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "night", "morning", "evening", "afternoon", "week", "weekend",
      "month", "year", "spring", "summer", "fall", "autumn", "winter");
  /** Relative pronouns: a cue after one is a relative clause's ("an architect who said"). */
  private static final Set<String> RELATIVES_BEFORE_CUE = Set.of("who", "which", "that", "whom");
  /** Relative pronouns before a subject and its cue: "which he said", "what she called", "whom they blamed". */
  private static final Set<String> RELATIVES_BEFORE_SUBJECT = Set.of("which", "what", "whom", "who");
  /** Words that open the question in "asked by X whether ...", and the marks that end it. */
  private static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "about", "to", "why", "how", "what",
      "when", "where", "who");
  private static final Set<String> QUESTION_ENDS = Set.of(",", ".", ";", ":", "?", "!", "\u2014");
  /** Words after a comma that open a clause of the sentence's own after a closing source (", but ..."). */
  private static final Set<String> CLAUSE_AFTER_SOURCE = Set.of("but", "and", "even", "while", "as", "though",
      "although", "yet", "so", "because");
  /** Short adverbs that stand before a verb: "The plan, Moss said, never worked". */
  private static final Set<String> VERB_ADVERBS = Set.of("never", "not", "also", "still", "only", "often", "already",
      "soon", "just", "rarely", "seldom", "always", "now", "almost", "likely", "later", "again", "once", "ever", "then",
      "first");
  /** Pronouns that can be the subject of a verb. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "they", "he", "she");
  /** Asides between a subject and its verb that belong to the sentence: "Moss, however, said ...". */
  private static final Set<String> ASIDE_ADVERBIALS = Set.of("however", "meanwhile", "though", "too", "also",
      "instead", "in particular", "for example", "for instance", "in fact", "for his part", "for her part",
      "for their part", "for its part", "in turn", "by contrast", "in contrast", "in response", "on the other hand",
      "at least", "of course", "likewise", "similarly", "moreover", "indeed", "in addition", "in the meantime",
      "notably", "once again", "again", "then", "now", "still", "on monday", "on tuesday", "on wednesday",
      "on thursday", "on friday", "on saturday", "on sunday", "yesterday", "today", "in a statement");
  /** Words a clause does not end with: a clause cut before them is cut short. */
  private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "as", "to", "for", "with", "and", "or",
      "by", "in", "on", "at", "from");
  /** Forms of "do" that carry the tense of a verb in its base form: "did not suggest", "doesn't say". */
  private static final Set<String> DO_FORMS = Set.of("did", "does", "didn't", "doesn't");
  /** Words before a verb's base form: modals, auxiliaries of questions and negation, and "to". */
  private static final Set<String> MODALS = Set.of("would", "will", "could", "can", "should", "might", "may",
      "must", "to", "did", "do", "does");
  /** Words after a form that show it is a noun: "support for", "support from", "support of". */
  private static final Set<String> NOUN_FOLLOWERS = Set.of("for", "from", "of", "among", "in", "to", "on", "with",
      "and", "or", "is", "was", "has", "had", "came", "fell", "grew", "rose");
  /** Determiners that are numbers, and the words that may open a phrase before them ("all three"). */
  private static final Set<String> COUNTS = Set.of("one", "two", "three");
  private static final Set<String> NUMBER_OPENERS = Set.of("all", "the", "these", "those", "both", "its", "their");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  /** Words that open a time phrase only before a time word: "this week", "last night". */
  private static final Set<String> TIME_QUALIFIERS = Set.of("this", "last", "late", "early", "earlier", "later");
  /** One-word answers a speech verb can report: "said yes", "said so". */
  private static final Set<String> ANSWERS = Set.of("yes", "no", "so");
  /** Words that end a time phrase counted back or on from another time: "hours later", "a year ago". */
  private static final Set<String> LATER = Set.of("later", "earlier", "ago");
  /** Spans of time counted in a phrase such as "hours later" or "two years ago". */
  private static final Set<String> TIME_UNITS = Set.of("day", "days", "hour", "hours", "minutes", "weeks", "months",
      "years", "decade", "decades");
  /** Cues that take an addressee before the content: "told reporters (that) ...". */
  private static final Set<String> ADDRESSEE_CUES = Set.of("tell", "assure", "warn", "inform", "remind", "ask",
      "promise", "answer");
  /** Cues whose content may be an intention: "vowed to ...". */
  private static final Set<String> INTENT_CUES = Set.of("promise", "pledge", "vow", "threaten", "urge", "warn", "ask",
      "demand", "call on", "agree");
  /** What may follow a name signing a quote on its line: nothing, or a short description. */
  private static final java.util.regex.Pattern SIGNATURE_REST =
      java.util.regex.Pattern.compile("(?U)\\s*(?:[.;]|,[^.!?\"\u201c\u201d]{0,60})?\\s*");
  private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");
  /** Lower-case words inside a speaker's label in a transcript: "President of the Republic of Armenia". */
  private static final Set<String> LABEL_CONNECTORS = Set.of("of", "the", "and", "for", "de", "von", "van", "al", "el");
  /** Characters of unquoted text after which a quote no longer continues the one before it in its paragraph. */
  private static final int MAX_GAP_IN_QUOTE_GROUP = 600;
  /** Irregular verbs in the past that open a main clause after a relative one: "..., who said X, left". */
  private static final Set<String> IRREGULAR_PASTS = Set.of("left", "went", "came", "took", "made", "gave", "got",
      "ran", "won", "lost", "held", "met", "sent", "spent", "kept", "led", "fell", "rose", "stood", "sat", "wrote",
      "spoke", "thought", "found", "brought", "began", "became", "drew", "broke", "chose", "fought", "knew",
      "paid", "saw", "sold", "struck", "swore", "threw", "wore", "told", "said", "felt", "built", "bought", "heard");
  /** Pronouns that open a clause without naming who speaks: "In the interviews, it was a different story." */
  private static final Set<String> NOT_SPEAKERS = Set.of("it", "there", "this", "that");
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
  /** Endings of adjectives, which a noun phrase's head before "and" does not have ("the external and internal ..."). */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "less", "ful", "ous", "ive", "ic", "able",
      "ible", "ent", "ant", "ary");
  /** Forms of "have" before "since": "she has since stressed". */
  private static final Set<String> HAVE_FORMS = Set.of("has", "have", "had");
  /** Forms of "go", for "went on to say". */
  private static final Set<String> GO_FORMS = Set.of("go", "goes", "went", "going", "gone");
  /** Adverbs of when between "as" and "reported by": "as first reported by the Gazette". */
  private static final Set<String> REPORT_ADVERBS = Set.of("first", "previously", "originally", "earlier", "also",
      "initially");
  /** Forms of "continue", which carries a cue after it: "continued to say", "continued discussing". */
  private static final Set<String> CONTINUE_FORMS = Set.of("continue", "continues", "continued", "continuing");
  /** Verbs that go with a speech participle like an auxiliary: "they keep saying". */
  private static final Set<String> KEEP = Set.of("keep", "keeps", "kept");
  /** Words that may open a sentence before an attribution set off by commas: "But, according to X, ...". */
  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "yet", "still", "however", "so");
  /** Words that tie a headline's speaker to an audience or place before its colon: "Clinton to Voters:". */
  private static final Set<String> HEADLINE_LINKS = Set.of("to", "at", "on");
  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "\u2015");
  /**
   * Prepositions whose gerund is no statement of its own ("Despite criticising the budget, Moss said
   * ...", "It goes without saying that ...", "He left without saying whether ...").
   */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("despite", "without", "upon");
  /** Past forms that give a name as often as they call someone something: "a group called Black Votes Matter". */
  private static final Set<String> NAMING_FORMS = Set.of("called", "dubbed", "labeled", "labelled", "branded",
      "nicknamed", "named", "titled");
  /** Words after a cue used as a noun that open what was said: "his claim that", "her pledge to", "calls for". */
  private static final Set<String> NOUN_COMPLEMENTS = Set.of("that", "to", "for", "of", "about", "as", "on");
  /** Words that open a new exchange after "and": "and when pressed, she said", "but asked about it, Lee said". */
  private static final Set<String> EXCHANGE_OPENERS = Set.of("when", "asked", "pressed");
  /** Conjunctions of time whose clause, with a subject and a cue, is a statement inside the one around it. */
  private static final Set<String> TIME_SUBORDINATORS = Set.of("when", "after", "before", "since", "until",
      "whenever");
  /** Conjunctions that open, after a comma, a contrasting clause with a speaker of its own. */
  private static final Set<String> CONTRASTS = Set.of("while", "though", "although", "whereas");
  /** What stands before a speech participle that opens a statement of its own: ", saying", "by arguing". */
  private static final Set<String> PARTICIPLE_LEADS = Set.of(",", "by", "after", "before", "while", "when", "from");
  /** Words that open an indirect question as a clause: "asked on Friday whether ...", not "about" or "to". */
  private static final Set<String> QUESTION_CLAUSE_OPENERS = Set.of("whether", "if", "how", "what", "why", "when",
      "who", "where"); // not "which": "responded on Monday to X, which praised ..." is a relative clause
  /** What a speaker says when a cue's object is all there is: "said little", "revealed nothing". */
  private static final Set<String> NOTHING = Set.of("nothing", "little");
  /** Words after which a clause plainly starts. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("he", "she", "they", "we", "i", "it", "you", "there",
      "this", "that", "these", "those", "the", "a", "an", "his", "her", "their", "our", "its", "no", "nobody",
      "everyone", "nothing", "everything", "some", "many", "most", "all", "any", "if", "when", "what", "why",
      "how", "whether", "one", "both", "neither", "none", "such");

  private final SpeechCues cues;
  private final SpeakerWords speakerWords;
  private final ActorDictionary actors;
  private final ToneScorer tone;
  private final SentenceTone sentenceTone;
  private final DateResolver dates;

  /** An extractor whose statements' tone is {@code sentenceTone}'s from their lexicon tone ({@code tone}). */
  public StatementExtractor(SpeechCues cues, SpeakerWords speakerWords, ActorDictionary actors, ToneScorer tone,
                            SentenceTone sentenceTone, DateResolver dates) {
    this.cues = cues;
    this.speakerWords = speakerWords;
    this.actors = actors;
    this.tone = tone;
    this.sentenceTone = sentenceTone;
    this.dates = dates;
  }

  /** The same extractor with every statement's tone left at 0: for measuring what tone costs ({@code bench}). */
  public StatementExtractor withoutTone() {
    return new StatementExtractor(cues, speakerWords, actors, null, SentenceTone.lexicon(), dates);
  }

  /** The statements of {@code text}, in text order. {@code mentions} are the article's actor mentions. */
  public List<Statement> extract(String text, LocalDate published, List<ActorMention> mentions) {
    return extract(text, published, mentions, SentenceSplitter.split(text));
  }

  /** The statements of {@code text}, its sentences already found (as the analyzer has them). */
  public List<Statement> extract(String text, LocalDate published, List<ActorMention> mentions, List<Span> sentences) {
    return extract(text, null, published, mentions, sentences);
  }

  /**
   * The statements of an article with its title (may be null): a title such as "Address by President
   * Jane Doe to ..." makes the article its speaker's own words, and its "I" and "we" that speaker.
   */
  public List<Statement> extract(String text, String title, LocalDate published, List<ActorMention> mentions,
      List<Span> sentences) {
    return extract(text, title, published, mentions, sentences, null);
  }

  /**
   * The same, with each sentence's tokens as the analyzer has them ({@code sentenceTokens.get(i)} are
   * {@code sentences.get(i)}'s), so they are not made again; null to tokenise here.
   */
  public List<Statement> extract(String text, String title, LocalDate published, List<ActorMention> mentions,
      List<Span> sentences, List<List<Token>> sentenceTokens) {
    return new Run(text, title, published, mentions, sentences, sentenceTokens).extract();
  }

  /** The words that attribute a statement: who (may be null), the cue, and where the attribution ends. */
  private record Attribution(Span speaker, Span cue, String lemma, int end) {}

  /** A statement told in a relative clause, found in its sentence and added after all others. */
  private record Relative(Span content, Span speaker, Token cue, String lemma, Span sentence) {}

  /** Quotes of one paragraph that belong together, and who said them. */
  private static final class QuoteGroup {
    final List<QuoteFinder.Quote> quotes = new ArrayList<>();
    Attribution attribution;
    /** Where the writer's words after the quote end, when they run on to its attribution; -1: the quote's end. */
    int wordsEnd = -1;
  }

  /** The state of one extraction: the article and what has been found in it so far. */
  private final class Run {
    private final String text;
    private final LocalDate published;
    private final List<Span> sentences;
    private final List<List<Token>> sentenceTokens;
    private final SpeakerResolver speakers;
    private final List<Statement> found = new ArrayList<>();
    private final List<Relative> relatives = new ArrayList<>();
    /** The words between two quotes of one statement ("“A,” Moss said, referring to X. “B.”"): its attribution. */
    private final List<Span> attributionGaps = new ArrayList<>();

    private final List<QuoteFinder.Quote> quotes;
    /** The offsets of ": " in the text, once a paragraph has asked for them. */
    private int[] colonOffsets;

    Run(String text, String title, LocalDate published, List<ActorMention> mentions, List<Span> sentences,
        List<List<Token>> sentenceTokens) {
      this.text = text;
      this.published = published;
      this.sentences = sentences;
      this.sentenceTokens = sentenceTokens;
      this.quotes = QuoteFinder.find(text);
      this.speakers = new SpeakerResolver(speakerWords, actors, text, mentions,
          quotes.stream().map(QuoteFinder.Quote::content).toList(), title, published);
    }

    List<Statement> extract() {
      List<QuoteFinder.Quote> partial = new ArrayList<>();
      List<QuoteFinder.Quote> full = new ArrayList<>();
      for (QuoteFinder.Quote q : quotes) {
        if (QuoteFinder.transcriptLine(text, q.content().start()) && QuoteFinder.startsLine(text, q.open())) {
          continue; // "PENCE: And that is why ...": a quoted transcript's line, read by speakerLabel
        }
        (isFullQuote(q) ? full : partial).add(q);
      }
      // Walk paragraphs in order so that pronouns resolve against what came before.
      int paragraphStart = 0;
      int s = 0;
      int f = 0;
      while (paragraphStart <= text.length()) {
        int nl = text.indexOf('\n', paragraphStart);
        int paragraphEnd = nl < 0 ? text.length() : nl;
        List<QuoteFinder.Quote> here = new ArrayList<>();
        while (f < full.size() && full.get(f).open() < paragraphEnd) {
          here.add(full.get(f++));
        }
        // A quote that runs on into later paragraphs belongs to the paragraph it opens in.
        int covered = here.isEmpty() ? paragraphEnd : Math.max(paragraphEnd, here.get(here.size() - 1).close());
        boolean turns = transcriptTurns(paragraphStart, paragraphEnd);
        List<Span> unattributedQuotes = directQuotes(here, paragraphStart, covered);
        boolean blockQuote = here.isEmpty() && !turns && blockQuoteAfterColon(paragraphStart, paragraphEnd);
        while (s < sentences.size() && sentences.get(s).start() < covered) {
          int index = s++;
          Span sentence = sentences.get(index);
          if (blockQuote) {
            continue; // the paragraph is one statement, the line before it its attribution
          }
          int afterQuotes = endOfQuotesIn(here, sentence);
          if (sentence.start() == paragraphStart && here.isEmpty() && !turns && speakerLabel(paragraphStart, paragraphEnd)) {
            continue; // the paragraph is one statement, found by speakerLabel
          }
          int participle = afterQuotes < 0 ? -1 : participleBeforeQuote(here, sentence);
          if (participle > 0) {
            // "Trump told Newsmax that Romney “had ...,” adding, “...”": what he told comes before the quote
            Span before = new Span(sentence.start(), participle);
            reported(Tokenizer.tokens(text, before.start(), before.end()), before, before, partial);
          }
          if (afterQuotes < 0) {
            reported(tokensOf(index), sentence, sentence, partial);
          } else if (!statementCovers(sentence)) {
            // its quote found no speaker: "“...” by the shooting, Nefzi said."
            reported(tokensOf(index), sentence, sentence, quotes);
          } else {
            coordinatedBeforeQuote(sentence, partial);
            beforeAttributionClause(sentence, partial);
            if (afterQuotes < sentence.end()) {
              Span rest = new Span(afterQuotes, sentence.end());
              // "She declared “...” and said that ..."
              reported(Tokenizer.tokens(text, rest.start(), rest.end()), rest, sentence, partial);
            }
          }
          relativesIn(tokensOf(index), sentence);
          timeClausesIn(tokensOf(index), sentence);
          whoClausesIn(tokensOf(index), sentence);
        }
        quotesAfterAttributedSentence(unattributedQuotes);
        if (nl < 0) {
          break;
        }
        paragraphStart = Math.max(nl + 1, covered);
        if (covered > paragraphEnd) {
          int next = text.indexOf('\n', covered);
          paragraphStart = next < 0 ? text.length() + 1 : next + 1;
        }
      }
      addRelatives();
      addSpeakerRelatives();
      found.sort(Comparator.comparingInt(st -> st.content().start()));
      return found;
    }

    /**
     * Adds what a speaker's own relative clause says ("“The pier is unsafe,” said Jo Hale, a pilot who has
     * accused the board of neglect": Hale accused the board too), when no statement has those words.
     */
    private void addSpeakerRelatives() {
      for (int n = found.size(), s = 0; s < n; s++) {
        Statement st = found.get(s);
        int who = st.speakerSpan() == null || st.cueSpan() == null ? -1
            : text.indexOf(" who ", st.speakerSpan().start());
        if (who < 0 || who >= st.speakerSpan().end()) {
          continue;
        }
        List<Token> tokens = Tokenizer.tokens(text, st.speakerSpan().start(), st.speakerSpan().end());
        if (DANGLING.contains(tokens.get(tokens.size() - 1).folded())) {
          continue; // "who described Greenspan as an": the clause goes on in a quote the speaker phrase left out
        }
        for (int w = 1; w + 2 < tokens.size(); w++) {
          if (!tokens.get(w).folded().equals("who")) {
            continue;
          }
          int c = w + 1;
          while (c < tokens.size() && (BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(c).folded())
              || isAdverb(tokens.get(c).folded()))) {
            c++;
          }
          SpeechCues.Cue cue = c + 1 < tokens.size() ? cueAt(tokens, c) : null;
          int from = cue == null || tokens.get(c).folded().endsWith("ing") || isAuxiliaryUse(tokens, c) ? -1
              : contentStartAfterCue(tokens, c, cue);
          if (from <= c || from >= tokens.size()) {
            break;
          }
          Span content = trimmed(tokens.get(from).start(), st.speakerSpan().end());
          Span head = trimmed(st.speakerSpan().start(), tokens.get(w).start());
          Span sentence = new Span(Math.min(st.speakerSpan().start(), st.content().start()),
              Math.max(st.speakerSpan().end(), st.content().end()));
          SpeakerResolver.Resolved actor = head == null ? null : speakers.resolve(head);
          if (content != null && actor != null // a person or body named, not "a shop that sells ... who declined"
              && hasWords(content.start(), content.end(), cue.kind() == SpeechCues.Kind.ACT ? 2 : 3)) {
            add(content, kindOf(content, quotes), head, actor,
                new Attribution(head, span(tokens.get(c)), cue.lemma(), tokens.get(c).end()), sentence);
          }
          break;
        }
      }
    }

    /**
     * Finds what a relative clause tells as someone's words: "a wall, which he said Mexico would pay for",
     * "what Moss called “a disgrace”", "Lee, whom he considers a friend", "an interview in which she said
     * ...". Not after "that", which far more often opens a cue's own clause ("told the AP that he thinks").
     * Kept aside until every other statement is found (see {@link #addRelatives}).
     */
    private void relativesIn(List<Token> tokens, Span sentence) {
      for (int j = 1; j + 3 < tokens.size(); j++) {
        Token relative = tokens.get(j);
        boolean that = relative.folded().equals("that");
        if (!RELATIVES_BEFORE_SUBJECT.contains(relative.folded()) && !that || relative.isCapitalised()) {
          continue;
        }
        String lead = tokens.get(j - 1).folded();
        if (insideQuote(relative.start(), quotes) || cueAt(tokens, j - 1) != null
            || TRUE_PREPOSITIONS.contains(lead) && !lead.equals("in") && !lead.equals("during")) {
          continue; // not "the issue on which they see eye to eye", "the allies with which Vell maintains ties"
        }
        List<Token> rest = tokens.subList(j + 1, tokens.size());
        Span subject = relativeSubject(rest);
        if (subject == null) {
          continue;
        }
        int c = j + 1 + lastIndexIn(rest, subject) + 1;
        while (c < tokens.size() && (BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(c).folded())
            || isAdverb(tokens.get(c).folded()))) {
          c++; // "which he has repeatedly called"
        }
        SpeechCues.Cue cue = c + 1 < tokens.size() ? cueAt(tokens, c) : null;
        if (cue == null || tokens.get(c).isCapitalised() || isAuxiliaryUse(tokens, c)) {
          continue;
        }
        // "a finish that he said defied expectations", "a strike that executives said could affect earnings":
        // after "that" only when a verb follows the cue at once, as "that" far more often opens the clause of a
        // cue before it ("told the AP that he thinks")
        Token afterCue = tokens.get(c + 1);
        String subjectWords = text.substring(subject.start(), subject.end());
        boolean oneWord = subjectWords.indexOf(' ') < 0;
        // nor "that the Ford notes were rated", a noun; nor "that it added reserves", no saying
        boolean verbAfterCue = isMainVerb(afterCue) || MODALS.contains(afterCue.folded())
            || FINITE_AUXILIARIES.contains(afterCue.folded()) || afterCue.isWord() && !afterCue.isCapitalised()
            && inS(afterCue.folded()) && !DETERMINERS.contains(afterCue.folded());
        if (that && (cue.kind() != SpeechCues.Kind.SPEECH || !tokens.get(j - 1).isWord() || !verbAfterCue
            || subjectWords.equalsIgnoreCase("it") || !isMainVerb(tokens.get(c)) && !oneWord)) {
          continue;
        }
        int to = c + 1;
        while (to < tokens.size() && !(endsRelativeClause(tokens, to) && !insideQuote(tokens.get(to).start(), quotes))) {
          to++;
        }
        Span content = trimmed(tokens.get(c + 1).start(), to < tokens.size() ? tokens.get(to).start() : sentence.end());
        // not "what it means to be", nor "what you said is correct", where the verb is the main clause's
        boolean said = opensWhatWasSaid(tokens, c + 1, to, cue)
            && !(cue.weak() && text.substring(subject.start(), subject.end()).equalsIgnoreCase("it"))
            && !(relative.folded().equals("what") && cue.kind() == SpeechCues.Kind.SPEECH
                && verbLike(tokens.get(c + 1)));
        if (said && content != null && hasWords(content.start(), content.end(), 2)) {
          relatives.add(new Relative(content, subject, tokens.get(c), cue.lemma(), sentence));
          j = c;
        }
      }
    }

    /**
     * Finds what a clause of time tells as someone's words inside a sentence: "she had misspoken when she
     * claimed that ...", "backed away from the deal after BuzzFeed reported that ...". The clause stays part
     * of the statement around it, as what was said includes when; it is kept aside like a relative clause
     * (see {@link #addRelatives}).
     */
    private void timeClausesIn(List<Token> tokens, Span sentence) {
      for (int j = 2; j + 3 < tokens.size(); j++) {
        if (!TIME_SUBORDINATORS.contains(tokens.get(j).folded()) || insideQuote(tokens.get(j).start(), quotes)
            || POSSESSIVE_PRONOUNS.contains(tokens.get(j + 1).folded())) {
          continue; // not "after my brief remarks, which ...": a possessive's cue is a noun
        }
        int c = speakerReportingClauseAt(tokens, j + 1);
        if (c < 0) {
          continue;
        }
        SpeechCues.Cue cue = cueAt(tokens, c);
        int last = c - 1;
        while (last > j + 1 && (BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(last).folded())
            || isAdverb(tokens.get(last).folded()))) {
          last--; // "when the state incorrectly stated": the speaker is the state
        }
        Span speaker = new Span(tokens.get(j + 1).start(), tokens.get(last).end());
        int from = contentStartAfterCue(tokens, c, cue);
        // what was said after "that" may hold commas ("said that under Obama, “the generals ...”"), but not a
        // main clause after them ("when you say “...”, you do not mean ...")
        int to = from;
        while (to < tokens.size() && !((tokens.get(to).text().equals(";") || isSpacedDash(tokens.get(to))
            || tokens.get(to).text().equals(")") || tokens.get(to).text().equals(",") && to + 1 < tokens.size()
                && MAIN_CLAUSE_PRONOUNS.contains(tokens.get(to + 1).folded()))
            && !insideQuote(tokens.get(to).start(), quotes))) {
          to++;
        }
        Span content = trimmed(tokens.get(from).start(), to < tokens.size() ? tokens.get(to).start() : sentence.end());
        if (speaker != null && content != null && hasWords(content.start(), content.end(), 3)) {
          relatives.add(new Relative(content, speaker, tokens.get(c), cue.lemma(), sentence));
          j = c;
        }
      }
    }

    /**
     * Finds what a named person said in a relative clause set off after the name: "Trump - who previously
     * said he would bomb the oil fields - said ...", "said Beck, who said there were “too many ...”". Kept
     * aside like the other relative clauses (see {@link #addRelatives}).
     */
    private void whoClausesIn(List<Token> tokens, Span sentence) {
      for (int w = 2; w + 3 < tokens.size(); w++) {
        Token lead = tokens.get(w - 1);
        if (!tokens.get(w).folded().equals("who") || !lead.text().equals(",") && !isSpacedDash(lead)
            || insideQuote(tokens.get(w).start(), quotes) || !tokens.get(w - 2).isCapitalised()) {
          continue;
        }
        int c = w + 1;
        while (c < tokens.size() && (BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(c).folded())
            || isAdverb(tokens.get(c).folded()))) {
          c++; // "who previously said", "who has long argued"
        }
        SpeechCues.Cue cue = c + 1 < tokens.size() ? cueAt(tokens, c) : null;
        if (cue == null || isAuxiliaryUse(tokens, c) || !reportsClause(tokens, c)) {
          continue; // not "who writes about the credit industry", a topic
        }
        int from = contentStartAfterCue(tokens, c, cue);
        Span name = nounPhraseEndingAt(tokens, w - 2, 0);
        int first = name == null ? 0 : indexAt(tokens, name.start());
        if (from <= c || from >= tokens.size() || name == null
            || first > 0 && TRUE_PREPOSITIONS.contains(tokens.get(first - 1).folded())) {
          continue; // "a broker contacted by Reuters, who also said ...": the broker said it
        }
        // the clause ends where its aside does: at the closing dash, or at a comma before the main clause's verb
        boolean dashed = isSpacedDash(lead);
        int to = from;
        while (to < tokens.size() && !((dashed ? isSpacedDash(tokens.get(to)) : closesWhoClause(tokens, to))
            && !insideQuote(tokens.get(to).start(), quotes))) {
          to++;
        }
        Span content = trimmed(tokens.get(from).start(), to < tokens.size() ? tokens.get(to).start() : sentence.end());
        // "said Jo Hale, the director of X, who also said ...": a speaker phrase that holds the whole clause
        // gives it its own speaker (see addSpeakerRelatives); one cut at a quote ("said Beck, who said there
        // were “...”") leaves it to this
        if (content != null && hasWords(content.start(), content.end(), 3)
            && !speakerPhraseHolds(tokens.get(w).start(), content.end())) {
          relatives.add(new Relative(content, name, tokens.get(c), cue.lemma(), sentence));
          w = to;
        }
      }
    }

    /** Whether a statement found so far names its speaker in words from {@code offset} to {@code end}. */
    private boolean speakerPhraseHolds(int offset, int end) {
      for (Statement st : found) {
        if (st.speakerSpan() != null && st.speakerSpan().contains(offset) && st.speakerSpan().end() >= end) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the token at {@code k} ends a relative clause set off by commas: the sentence's end, a semicolon,
     * or a comma before the main clause's verb (", issued a statement"); a comma inside what was said does not
     * ("who said that the two men, and Cruz in particular, must do more").
     */
    private static boolean closesWhoClause(List<Token> tokens, int k) {
      String t = tokens.get(k).text();
      if (t.equals(";") || t.equals("?") || t.equals("!") || t.equals(".") && k == tokens.size() - 1) {
        return true;
      }
      return t.equals(",") && k + 1 < tokens.size() && (verbLike(tokens.get(k + 1))
          || FINITE_AUXILIARIES.contains(tokens.get(k + 1).folded()));
    }

    /**
     * Whether the words from token {@code k} (up to {@code end}) after a relative clause's cue tell what was
     * said of its antecedent: a verb ("which he said runs the risk"), a clause ("which he said the state
     * would pay for"), "as" or a quote ("which she described as", "whom he called “a con artist”"), or, after
     * a verb that is no plain speech verb, what the antecedent is called ("whom he considers a friend");
     * not the time or place of a saying ("what I said after the report", "which we discussed a while ago").
     */
    private boolean opensWhatWasSaid(List<Token> tokens, int k, int end, SpeechCues.Cue cue) {
      Token first = tokens.get(k);
      String w = first.folded();
      if (isQuoteMark(first) || w.equals("as") || verbLike(first)) {
        return true;
      }
      if (!first.isWord() || TRUE_PREPOSITIONS.contains(w) || isAdverb(w) || w.equals("to")
          || SUBORDINATORS.contains(w) || OPENING_CONJUNCTIONS.contains(w) || w.equals("or")) {
        return false; // "which we can see and are aware of", "what I heard when talking to them"
      }
      for (int v = k; v < Math.min(end, k + 6); v++) {
        if (isTimePhrase(tokens, k, v) || tokens.get(v).folded().equals("ago")) {
          return false;
        }
        if (v > k && verbLike(tokens.get(v))) {
          return true;
        }
      }
      return cue.kind() != SpeechCues.Kind.SPEECH && DETERMINERS.contains(w);
    }

    /** A finite verb by its form: a past, an auxiliary, or a present in -s ("runs", not "glass" or "various"). */
    private static boolean verbLike(Token t) {
      return isMainVerb(t) || t.isWord() && !t.isCapitalised() && inS(t.folded());
    }

    /** A word in -s that may be a plural or a present: "runs", "analysts"; not "glass", "various", "themselves". */
    private static boolean inS(String folded) {
      return folded.length() > 3 && folded.endsWith("s") && !folded.endsWith("ss") && !folded.endsWith("ous")
          && !folded.endsWith("'s") && !folded.endsWith("selves");
    }

    /** The subject of a relative clause: a pronoun, a name or noun phrase, or a bare plural ("which analysts say"). */
    private Span relativeSubject(List<Token> rest) {
      Token first = rest.get(0);
      if (SUBJECT_PRONOUNS.contains(first.folded()) || first.folded().equals("it")) {
        return span(first);
      }
      if (SHARES.contains(first.folded()) && rest.get(1).isWord() && !rest.get(1).isCapitalised()
          && cueAt(rest, 1) == null) {
        return new Span(first.start(), rest.get(1).end()); // "which some economists say"
      }
      String w = first.folded();
      if (first.isWord() && !first.isCapitalised() && inS(w) && cueAt(rest, 1) != null) {
        return span(first); // "what analysts described as ..."
      }
      Span subject = first.isCapitalised() || DETERMINERS.contains(w) ? clauseSubject(rest) : null;
      return subject != null && lastIndexIn(rest, subject) < 6 ? subject : null;
    }

    /** Whether the token at {@code k} ends a relative clause: a comma, a colon, a sentence's end, a spaced dash. */
    private boolean endsRelativeClause(List<Token> tokens, int k) {
      String t = tokens.get(k).text();
      return t.equals(",") || t.equals(";") || t.equals(":") || t.equals("?") || t.equals("!")
          || t.equals(".") && !isNameDot(tokens, k) || isSpacedDash(tokens.get(k));
    }

    /**
     * Adds the statements of relative clauses that no other statement has taken: alone, or inside a
     * longer statement whose words they are part of ("Trump cited “Obama-Clinton” policies, which he said
     * had harmed the economy" is two statements: the citing, and what he said of the policies).
     */
    private void addRelatives() {
      for (Relative r : relatives) {
        boolean taken = false;
        for (Statement st : found) {
          boolean sameCue = st.cueSpan() != null && st.cueSpan().start() == r.cue().start();
          boolean inside = st.content().start() <= r.content().start() && st.content().end() >= r.content().end()
              && !st.content().equals(r.content());
          if (sameCue || st.content().overlaps(r.content()) && !inside) {
            taken = true;
            break;
          }
        }
        if (!taken) {
          record(r.content(), kindOf(r.content(), quotes), r.speaker(), speakers.resolve(r.speaker()),
              new Attribution(r.speaker(), span(r.cue()), r.lemma(), r.cue().end()), r.sentence());
        }
      }
    }

    /**
     * The tone of a statement's content, from the tokens of the sentences it lies in where the analyzer
     * made them (its words' look-ups are then already warm), or from the content tokenised here.
     */
    private double toneOf(Span content) {
      if (tone == null) {
        return 0;
      }
      List<Token> inside = contentTokens(content);
      ToneLexicon.Word[] words = tone.words(inside);
      double lexiconTone = tone.score(inside, words);
      return sentenceTone.tone(sentenceTone.isContextual() ? text.substring(content.start(), content.end()) : null,
          inside, words, lexiconTone);
    }

    /** The tokens of a content: the analyzer's where it made them, or made here. */
    private List<Token> contentTokens(Span content) {
      if (sentenceTokens == null) {
        return Tokenizer.tokens(text, content.start(), content.end());
      }
      List<Token> inside = new ArrayList<>();
      for (int i = firstSentenceEndingAfter(content.start()); i < sentences.size()
          && sentences.get(i).start() < content.end(); i++) {
        for (Token t : sentenceTokens.get(i)) {
          if (t.start() >= content.start() && t.end() <= content.end()) {
            inside.add(t);
          }
        }
      }
      return inside;
    }

    /** The tokens of sentence {@code index}: the analyzer's, or made here. */
    private List<Token> tokensOf(int index) {
      Span sentence = sentences.get(index);
      return sentenceTokens != null ? sentenceTokens.get(index)
          : Tokenizer.tokens(text, sentence.start(), sentence.end());
    }

    /**
     * A transcript line or a headline that names its speaker: "CLINTON: Honestly, I believe ..." or
     * "Issa: Clinton's honesty is in question". The rest of the paragraph is the statement: a
     * transcript's words are the speaker's own (direct); a headline's are the writer's summary
     * (indirect), with the words it quotes (mixed), unless it is all quoted.
     */
    private boolean speakerLabel(int from, int to) {
      boolean quoted = from < to && (text.charAt(from) == '"' || text.charAt(from) == '\u201C')
          && QuoteFinder.transcriptLine(text, from + 1);
      if (quoted) {
        from++; // a quoted transcript's line: "PENCE: Well, ...
      }
      List<Token> tokens = Tokenizer.tokens(text, from, Math.min(to, from + 120));
      if (!quoted && tokens.size() > 3 && speakerWords.labels().contains(tokens.get(0).folded()) && DASHES.contains(tokens.get(1).text())) {
        tokens = tokens.subList(2, tokens.size()); // "EXCLUSIVE – Roger Stone: Don't Trust the Machines"
      }
      int colon = -1;
      int nameEnd = -1; // "Clinton to Planned Parenthood: ...": the name ends before "to"
      for (int k = 0; k < Math.min(tokens.size(), nameEnd < 0 ? 5 : nameEnd + 9); k++) {
        if (tokens.get(k).text().equals(":")) {
          colon = k;
          break;
        }
        if (k >= 1 && nameEnd < 0 && !quoted && HEADLINE_LINKS.contains(tokens.get(k).text())) {
          nameEnd = k;
          continue;
        }
        if (!(tokens.get(k).isCapitalised() || isNameDot(tokens, k))) {
          return false;
        }
      }
      boolean linked = nameEnd >= 0;
      if (!linked) {
        nameEnd = colon;
      }
      if (colon < 1 || nameEnd == colon - 1 || speakerWords.labels().contains(tokens.get(0).folded())
          || tokens.get(0).text().length() == 1) {
        return false;
      }
      if (quoted && to > from && (text.charAt(to - 1) == '"' || text.charAt(to - 1) == '\u201D')) {
        to--; // the closing mark of the transcript's last line
      }
      Span content = trimmed(tokens.get(colon).end(), to);
      if (content == null || !hasWords(content.start(), content.end(), 3)) {
        return false;
      }
      Span speaker = new Span(tokens.get(0).start(), tokens.get(nameEnd - 1).end());
      String label = text.substring(speaker.start(), speaker.end());
      // A transcript's capitals ("CLINTON:"), a surname ("Pence:") or a known actor; not a kicker
      // such as "Stealth Over Health:" before a headline.
      boolean transcript = label.equals(label.toUpperCase(java.util.Locale.ROOT));
      if (!transcript && nameEnd > 1 && actors.findNames(label).isEmpty() && !looksLikeAName(tokens, nameEnd)) {
        return false;
      }
      if (linked && nameEnd == 1 && actors.findNames(label).isEmpty() && text.indexOf(label, to) < 0) {
        return false; // "Trouble at Sea: ..." is a kicker; "Clinton to Voters: ..." names someone the article goes on about
      }
      Span cue = span(tokens.get(colon));
      StatementKind kind = transcript || quoted ? StatementKind.DIRECT : kindOf(content, quotes);
      add(content, kind, speaker, speakers.resolve(speaker), new Attribution(speaker, cue, ":", cue.end()),
          new Span(from, to));
      return true;
    }

    /**
     * A transcript printed as one paragraph ("... Maybe there is a different plan? Vladimir Putin:
     * Whenever ... Sergei Kulikov: We do not have a choice."): each turn, from its speaker's label to
     * the next label, is a direct statement of that speaker. Needs two labels in the paragraph, each
     * after a sentence's end and ending in a name of two capitalised words; returns whether it found them.
     */
    private boolean transcriptTurns(int paragraphStart, int paragraphEnd) {
      int[] colons = colons();
      int first = java.util.Arrays.binarySearch(colons, paragraphStart);
      first = first < 0 ? -first - 1 : first;
      if (first + 1 >= colons.length || colons[first + 1] >= paragraphEnd) {
        return false; // most paragraphs: fewer than two colons, no transcript
      }
      List<Span> labels = new ArrayList<>();
      for (int c = first; c < colons.length && colons[c] < paragraphEnd; c++) {
        Span label = turnLabelBefore(paragraphStart, colons[c]);
        if (label != null) {
          labels.add(label);
        }
      }
      if (labels.size() < 2) {
        return false;
      }
      for (int k = 0; k < labels.size(); k++) {
        Span label = labels.get(k);
        int end = k + 1 < labels.size() ? labels.get(k + 1).start() : paragraphEnd;
        Span content = trimmed(label.end() + 1, end);
        if (content == null || !hasWords(content.start(), content.end(), 2)) {
          continue;
        }
        Span colon = new Span(label.end(), label.end() + 1);
        add(content, StatementKind.DIRECT, label, speakers.resolve(label), new Attribution(label, colon, ":", colon.end()),
            new Span(label.start(), sentenceAround(content.start()).end()));
      }
      return true;
    }

    /**
     * "The governor added:", a blank line, then a paragraph without quote marks: a block quote whose marks
     * the page's layout dropped, one direct statement of the speaker on the line before. Returns whether
     * it found one.
     */
    private boolean blockQuoteAfterColon(int paragraphStart, int paragraphEnd) {
      if (paragraphStart == 0 || !previousLineEndsWithColon(paragraphStart)) {
        return false;
      }
      int lineStart = lineStartBefore(paragraphStart);
      Attribution attribution = attributionBefore(lineStart, paragraphStart);
      Span content = trimmed(paragraphStart, paragraphEnd);
      SpeechCues.Cue cue = attribution == null ? null : cueWritten(attribution.cue());
      if (attribution == null || attribution.speaker() == null || attribution.speaker().start() != firstWordAt(lineStart)
          || cue == null || cue.kind() != SpeechCues.Kind.SPEECH || content == null || text.charAt(content.start()) == '<'
          || !hasWords(content.start(), content.end(), 4)) {
        return false; // only a line that is all attribution by a speech verb ("He said:"), not "The poll found that:"
      }
      add(content, StatementKind.DIRECT, attribution.speaker(), speakers.resolve(attribution.speaker()), attribution,
          sentenceAround(content.start()));
      return true;
    }

    /** Whether a word after "to" reads as a verb ("to remove"), not as whom it goes to ("to NATO", "to his voters"). */
    private static boolean infinitive(Token t) {
      String w = t.folded();
      return t.isWord() && !t.isCapitalised() && !isNumber(t) && !DETERMINERS.contains(w)
          && !POSSESSIVE_PRONOUNS.contains(w) && !OBJECT_PRONOUNS.contains(w);
    }

    /** The cue written at {@code cue} ("added" in "The governor added:"), or null. */
    private SpeechCues.Cue cueWritten(Span cue) {
      return cues.cue(text.substring(cue.start(), cue.end()).toLowerCase(Locale.ROOT));
    }

    /** Where the first word at or after {@code offset} starts. */
    private int firstWordAt(int offset) {
      int k = offset;
      while (k < text.length() && !Character.isLetterOrDigit(text.charAt(k))) {
        k++;
      }
      return k;
    }

    /** Where the text has a colon and a space, found once for all its paragraphs. */
    private int[] colons() {
      if (colonOffsets == null) {
        List<Integer> found = new ArrayList<>();
        for (int c = text.indexOf(": "); c >= 0; c = text.indexOf(": ", c + 2)) {
          found.add(c);
        }
        colonOffsets = found.stream().mapToInt(Integer::intValue).toArray();
      }
      return colonOffsets;
    }

    /**
     * The speaker's label ending at {@code colon}, when it opens a sentence: capitalised words, with
     * "of", "the" or "and" between them ("Chairman of the RUSNANO Management Company Sergei Kulikov"),
     * ending in two capitalised words; null otherwise.
     */
    private Span turnLabelBefore(int paragraphStart, int colon) {
      List<Token> tokens = Tokenizer.tokens(text, Math.max(paragraphStart, colon - 120), colon);
      int n = tokens.size();
      if (n < 2 || tokens.get(n - 1).end() != colon || !isNameWord(tokens.get(n - 1)) || !isNameWord(tokens.get(n - 2))) {
        return null;
      }
      int first = n - 2;
      for (int k = n - 3; k >= 0 && n - k <= 12; k--) {
        Token t = tokens.get(k);
        if (isNameWord(t) || isNameDot(tokens, k)) {
          first = isNameDot(tokens, k) ? first : k;
        } else if (!LABEL_CONNECTORS.contains(t.text())) {
          break;
        }
      }
      Token opening = tokens.get(first);
      int before = opening.start() - 1;
      while (before >= paragraphStart && Tokenizer.isSpaceInLine(text.charAt(before))) {
        before--;
      }
      boolean opensSentence = before < paragraphStart || ".?!\u2026\"\u201D)]".indexOf(text.charAt(before)) >= 0;
      // A label that fills the whole window may go on before it: too long to be one.
      if (opensSentence && (first > 0 || colon - 120 <= paragraphStart)) {
        return new Span(opening.start(), colon);
      }
      // A section's heading runs into the first label: "Speech at the BRICS Summit President of Russia
      // Vladimir Putin: ...". The last office opens the label there ("Beginning of talks with President
      // of Turkmenistan Serdar Berdimuhamedov President of Russia Vladimir Putin:"), with the office
      // words right before it ("Prime Minister").
      for (int k = n - 3; k >= first; k--) {
        if (isOffice(tokens.get(k))) {
          while (k > first && isOffice(tokens.get(k - 1))) {
            k--;
          }
          return new Span(tokens.get(k).start(), colon);
        }
      }
      return null;
    }

    /** A capitalised office word in a label: "President", "Prime", "Minister" (the resolver's offices). */
    private boolean isOffice(Token t) {
      return t.isCapitalised() && speakerWords.offices().contains(t.folded());
    }

    private static boolean isNameWord(Token t) {
      return t.isWord() && t.isCapitalised() && t.text().length() > 1;
    }

    /**
     * Whether the capitalised words before a headline's colon read as a name ("Dr. Ann Lee",
     * "Harbour Master Moss") rather than a kicker ("Stealth Over Health"), which has function words.
     */
    private boolean looksLikeAName(List<Token> tokens, int colon) {
      if (colon > 4) {
        return false;
      }
      for (int k = 0; k < colon; k++) {
        if (KICKER_WORDS.contains(tokens.get(k).folded())) {
          return false;
        }
      }
      return true;
    }

    /**
     * Where ", adding," (a speech participle after a comma) stands before the first full quote of the
     * sentence, with the sentence's own words before it; -1 otherwise.
     */
    private int participleBeforeQuote(List<QuoteFinder.Quote> quotes, Span sentence) {
      for (QuoteFinder.Quote q : quotes) {
        if (q.open() > sentence.start() && q.open() < sentence.end()) {
          List<Token> tokens = Tokenizer.tokens(text, sentence.start(), q.open());
          int c = tokens.size() - 1;
          while (c >= 0 && !tokens.get(c).isWord()) {
            c--;
          }
          SpeechCues.Cue cue = c >= 5 ? cueAt(tokens, c) : null;
          int comma = cue != null && tokens.get(c).folded().endsWith("ing") ? commaRightBefore(tokens, c) : -1;
          return comma > 0 ? tokens.get(c - 1).end() : -1; // after the closing mark of a quote before it
        }
        if (q.open() >= sentence.end()) {
          break;
        }
      }
      return -1;
    }

    /**
     * "Pence said A but added, “B”": a quote whose cue has no subject of its own because it is
     * coordinated with an earlier speech verb of the sentence. The words before the coordination are
     * reported speech of their own, and their speaker is the quote's.
     */
    private void coordinatedBeforeQuote(Span sentence, List<QuoteFinder.Quote> partial) {
      for (int k = 0; k < found.size(); k++) {
        Statement quoted = found.get(k);
        Span cue = quoted.cueSpan();
        if (quoted.speakerSpan() != null || cue == null || cue.start() <= sentence.start()
            || cue.start() >= sentence.end() || cue.start() > quoted.content().start()) {
          continue;
        }
        List<Token> lead = Tokenizer.tokens(text, sentence.start(), cue.start());
        int n = lead.size();
        String conjunction = n == 0 ? "" : lead.get(n - 1).folded();
        if (n < 5 || !conjunction.equals("but") && !conjunction.equals("and")) {
          return;
        }
        int last = lead.get(n - 2).text().equals(",") ? n - 3 : n - 2;
        Span cut = new Span(sentence.start(), lead.get(last).end());
        int before = found.size();
        reported(Tokenizer.tokens(text, cut.start(), cut.end()), cut, cut, partial);
        for (int j = before; j < found.size(); j++) {
          Statement said = found.get(j);
          SpeechCues.Cue saidCue = said.cueSpan() == null ? null : cueWritten(said.cueSpan());
          if (saidCue == null || saidCue.kind() != SpeechCues.Kind.SPEECH) {
            // "When asked whom she supported, Ms. Sherry smiled and said, “...”": no speech before "and"
            found.subList(before, found.size()).clear();
            return;
          }
          if (said.speakerSpan() != null) {
            found.set(k, new Statement(quoted.content(), quoted.text(), quoted.kind(), said.speaker(),
                said.speakerSpan(), said.actorId(), said.actorName(), quoted.cue(), cue, quoted.sentiment(),
                quoted.date(), quoted.datePrecision()));
            return;
          }
        }
        return;
      }
    }

    /**
     * "When Moss suggested that ..., Lee fired back: “...”", "She said A, and when pressed, Lee replied, “...”":
     * the clauses before the one whose subject a quote is credited to are searched for reported speech of
     * their own.
     */
    private void beforeAttributionClause(Span sentence, List<QuoteFinder.Quote> partial) {
      for (int k = 0; k < found.size(); k++) {
        Statement quoted = found.get(k);
        Span speaker = quoted.speakerSpan();
        if (speaker != null && speaker.start() == sentence.start() && ":".equals(quoted.cue())
            && quoted.cueSpan() != null && sentence.contains(quoted.cueSpan().start())) {
          saidBeforeColon(sentence, quoted.cueSpan().start(), partial);
          return;
        }
        if (speaker == null || speaker.start() <= sentence.start() || speaker.end() >= quoted.content().start()
            || !sentence.contains(speaker.start())) {
          continue;
        }
        List<Token> lead = Tokenizer.tokens(text, sentence.start(), speaker.start());
        int n = lead.size();
        // "Asked if he thought that ..., Trump said, “...”": the question put to the speaker is no one's statement
        int asked = n > 1 && lead.get(0).folded().equals("when") ? 1 : 0;
        boolean question = lead.get(asked).folded().equals("asked") && n > asked + 1
            && !lead.get(asked + 1).folded().equals("by");
        int last = n - 1;
        while (last > 0 && closesQuote(lead.get(last))) {
          last--; // "After Moss said the pier was “unsafe,” Lee said: “...”"
        }
        // "She said that ..., to which Lee replied: “...”": the relative that hands over to the quote's speaker
        int relative = last;
        while (relative > 0 && TRUE_PREPOSITIONS.contains(lead.get(relative - 1).folded())) {
          relative--;
        }
        if (last > 2 && (lead.get(last).folded().equals("which") || lead.get(last).folded().equals("whom"))
            && lead.get(relative - 1).text().equals(",")) {
          last = relative - 1;
        }
        SpeechCues.Cue noting = openingParticiple(lead);
        if (n >= 6 && lead.get(last).text().equals(",") && noting != null) {
          // "Noting that only Lee voted for the fee, Moss added: “...”": the participle is the speaker's too
          int from = contentStartAfterCue(lead, 0, noting);
          Span content = from < 0 ? null : trimmed(lead.get(from).start(), lead.get(last).start());
          if (content != null && hasWords(content.start(), content.end(), 3)) {
            add(content, kindOf(content, partial), speaker, speakers.resolve(speaker),
                new Attribution(speaker, span(lead.get(0)), noting.lemma(), lead.get(0).end()), sentence);
          }
        } else if (":".equals(quoted.cue()) || n >= 6 && lead.get(last).text().equals(",") && !question) {
          boolean handedOver = last < n - 1 && lead.get(last).text().equals(",") && !closesQuote(lead.get(n - 1));
          Span region = new Span(sentence.start(), handedOver ? lead.get(last).start() : speaker.start());
          reported(handedOver ? lead.subList(0, last) : lead, region, region, partial);
        }
        return;
      }
    }

    /**
     * "Lee responded by explaining that the file was stuck: “Trust me.”": what the quote's speaker says before
     * the colon that hands over to the quote is a statement of its own, when a speech or cognition verb tells it.
     */
    private void saidBeforeColon(Span sentence, int colon, List<QuoteFinder.Quote> partial) {
      Span region = new Span(sentence.start(), colon);
      int before = found.size();
      reported(Tokenizer.tokens(text, region.start(), region.end()), region, region, partial);
      for (int j = found.size() - 1; j >= before; j--) {
        Statement said = found.get(j);
        SpeechCues.Cue saidCue = said.cueSpan() == null ? null : cueWritten(said.cueSpan());
        if (saidCue == null || saidCue.kind() == SpeechCues.Kind.ACT
            || !hasWords(said.content().start(), said.content().end(), 4)) {
          found.remove(j); // "Lee described the pier: “...”": the act only announces the quote
        }
      }
    }

    /** The end of the last quote in the sentence (after its attribution, if any), or -1 when it has none. */
    private int endOfQuotesIn(List<QuoteFinder.Quote> quotes, Span sentence) {
      int end = -1;
      for (QuoteFinder.Quote q : quotes) {
        if (q.open() < sentence.end() && q.close() >= sentence.start()) {
          end = Math.max(end, q.close() + 1);
        }
      }
      if (end < 0) {
        return -1;
      }
      for (Statement st : found) {
        if (st.content().end() <= end + 1 && st.content().end() >= sentence.start()) {
          if (st.cueSpan() != null && st.cueSpan().start() >= end) {
            end = Math.max(end, st.speakerSpan() != null ? Math.max(st.cueSpan().end(), st.speakerSpan().end())
                : st.cueSpan().end());
          }
        }
      }
      return end;
    }

    private boolean statementCovers(Span sentence) {
      for (Statement st : found) {
        if (st.content().overlaps(sentence)) {
          return true;
        }
      }
      return false;
    }

    /** A quote that is a statement rather than a nickname or scare quote. */
    private boolean isFullQuote(QuoteFinder.Quote quote) {
      List<Token> words = Tokenizer.tokens(text, quote.content().start(), quote.content().end());
      long wordCount = words.stream().filter(Token::isWord).count();
      char last = text.charAt(quote.content().end() - 1);
      boolean endsLikeSpeech = last == '.' || last == ',' || last == '?' || last == '!' || last == '\u2026'
          || last == '-' || last == '\u2014';
      int before = quote.open() - 1;
      // Marks before the opening one are two apostrophes' first, or a stray mark wrapping the paragraph ("“Yes,” ...").
      while (before >= 0 && (Tokenizer.isSpaceInLine(text.charAt(before)) || text.charAt(before) == '\'' || text.charAt(before) == '`'
          || text.charAt(before) == '"')) {
        before--;
      }
      boolean opensClause = before < 0 || ":,\n.?!\u2014".indexOf(text.charAt(before)) >= 0;
      if (afterThat(before)) {
        return false; // "said via email that, “...”": the quote is the content of reported speech
      }
      if (continuesSplitQuote(quote.open())) {
        return true; // "“I love Larry,” he said, but “when it comes to ferries, ...”"
      }
      if (before >= 0 && text.charAt(before) == ',' && continuesThatClause(before)) {
        return false; // "he said that under Obama, “the generals have been ...”": reported, quoting
      }
      if (before >= 0 && text.charAt(before) == ',' && titleNounBefore(before)) {
        return false; // "wrote a book, “Who Runs the Harbour,” that ...": a title in apposition
      }
      if (opensClause) {
        // After a comma, a short quote is more often a title or a name (", “Perceptions 301,” because").
        return before >= 0 && text.charAt(before) == ','
            ? wordCount >= 4 || endsLikeSpeech && Character.isUpperCase(text.charAt(quote.content().start()))
                && speechCueJustBefore(before) // "told reporters, “We lost.”"
            : endsLikeSpeech || wordCount >= 4;
      }
      // After a word, a quote is part of the writer's sentence ("promised to “create a boom.”"): a
      // mixed statement if the sentence reports speech. Only right after a speech verb does it stand alone.
      List<Token> wordBefore = Tokenizer.tokens(text, Math.max(0, before - 30), before + 1);
      if (wordBefore.isEmpty()) {
        return false;
      }
      SpeechCues.Cue cue = cues.cue(wordBefore.get(wordBefore.size() - 1).folded());
      // "chanted “What curfew?”": a short quote right after a speech verb is a sentence of its own
      boolean shortSentence = endsLikeSpeech && last != ',' && Character.isUpperCase(text.charAt(quote.content().start()));
      return cue != null && cue.kind() == SpeechCues.Kind.SPEECH && (wordCount >= 4 || shortSentence)
          && !goesOnAfter(quote);
    }

    /** Whether the word before the comma at {@code comma} names a work or a slogan ("his 2002 book,", "the slogan,"). */
    private boolean titleNounBefore(int comma) {
      int end = comma;
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      return start < end && speakerWords.titleNouns().contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the quote opening at {@code open} goes on a quote its attribution split, after "but" or "and":
     * a closing mark, a few words of attribution with a speech verb, a comma and the conjunction before it.
     */
    private boolean continuesSplitQuote(int open) {
      int end = open;
      while (end > 0 && Tokenizer.isWhiteSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end < 3 || !text.regionMatches(true, end - 3, "but", 0, 3) && !text.regionMatches(true, end - 3, "and", 0, 3)) {
        return false; // most quotes: no conjunction right before them, nothing to tokenise
      }
      List<Token> before = Tokenizer.tokens(text, Math.max(0, open - 80), open);
      int n = before.size();
      if (n < 5 || !(before.get(n - 1).folded().equals("but") || before.get(n - 1).folded().equals("and"))
          || !before.get(n - 2).text().equals(",")) {
        return false;
      }
      boolean cue = false;
      for (int k = n - 3; k >= Math.max(0, n - 9); k--) {
        Token t = before.get(k);
        if ("\"\u201D\u00BB".contains(t.text())) {
          return cue && k >= 1 && before.get(k - 1).text().equals(","); // the closing mark after the first part's comma
        }
        SpeechCues.Cue c = cueAt(before, k);
        cue |= c != null && c.kind() == SpeechCues.Kind.SPEECH;
        if (!t.isWord() && !isNameDot(before, k)) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether a speech verb stands among the few words before the comma at {@code comma}, in the same
     * clause and with no preposition after it: "told the news agency simply, “We lost.”" introduces a
     * short quote; after another comma, or after "said in his book,", it is more often a title.
     */
    private boolean speechCueJustBefore(int comma) {
      List<Token> before = Tokenizer.tokens(text, Math.max(0, comma - 80), comma);
      for (int k = before.size() - 1, words = 0; k >= 0 && words < 7 && before.get(k).isWord()
          && !TRUE_PREPOSITIONS.contains(before.get(k).folded()); k--, words++) {
        SpeechCues.Cue cue = cueAt(before, k);
        if (cue != null && cue.kind() == SpeechCues.Kind.SPEECH) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the writer's sentence goes on after the quote with words of its own ("says “the wind is
     * at our backs” despite his loss in Nevada"): then the quote is part of a mixed statement.
     */
    private boolean goesOnAfter(QuoteFinder.Quote quote) {
      int from = quote.close() + 1;
      // A quote its attribution follows ends in a comma, or a question or exclamation mark, inside its marks.
      boolean attributionMayFollow = ",?!".indexOf(text.charAt(quote.content().end() - 1)) >= 0;
      // The sentence the quote's words end in: a quote that closes its sentence has nothing after it.
      int end = sentenceAround(quote.content().end() - 1).end();
      int next = from;
      while (next < text.length() && Tokenizer.isSpaceInLine(text.charAt(next))) {
        next++;
      }
      if (end <= next && next < text.length() && Character.isLowerCase(text.charAt(next))) {
        end = sentenceAround(next).end(); // "declared “What a night!” and said ...": the sentence goes on
      }
      List<Token> after = Tokenizer.tokens(text, from, end);
      int words = 0;
      String previous = "";
      for (Token t : after) {
        if (isQuoteMark(t)) {
          if (words <= 1) {
            return false; // another quote follows: "said “A” and “B”"
          }
          continue;
        }
        if (t.isWord()) {
          boolean coordinated = previous.equals("and") || previous.equals("but"); // "declared “...!” and said"
          previous = t.folded();
          if (cues.cue(t.folded()) != null && !coordinated && (attributionMayFollow || words < 2)) {
            return false; // "said “...,” the senator said"; not "said “...” every time he thinks"
          }
          words++;
        }
      }
      return words >= 3;
    }

    /**
     * Whether the comma at {@code comma} closes words of a "that" clause opened by a speech or
     * cognition verb in the same sentence: "said Wednesday night that under Obama, “...”".
     */
    private boolean continuesThatClause(int comma) {
      List<Token> tokens = Tokenizer.tokens(text, Math.max(sentenceStartBefore(comma), comma - 200), comma);
      for (int t = tokens.size() - 2; t >= Math.max(1, tokens.size() - 16); t--) {
        Token token = tokens.get(t);
        if (!token.isWord() && !token.text().equals(",") || isQuoteMark(token)) {
          return false;
        }
        if (!token.folded().equals("that")) {
          continue;
        }
        for (int c = t - 1; c >= Math.max(0, t - 4) && tokens.get(c).isWord(); c--) {
          SpeechCues.Cue cue = cueAt(tokens, c);
          if (cue != null && cue.kind() != SpeechCues.Kind.ACT) {
            return true;
          }
        }
        return false;
      }
      return false;
    }

    /** Whether the word ending at {@code before} (a comma after it skipped) is "that". */
    private boolean afterThat(int before) {
      int end = before + 1;
      if (before >= 0 && text.charAt(before) == ',') {
        end = before;
        while (end > 0 && Tokenizer.isSpaceInLine(text.charAt(end - 1))) {
          end--;
        }
      }
      return end >= 4 && text.regionMatches(true, end - 4, "that", 0, 4)
          && (end == 4 || !Character.isLetter(text.charAt(end - 5)));
    }

    /**
     * The quotes of one paragraph: grouped by speaker, each group one direct statement. Returns the
     * groups that fill sentences of their own and found no speaker here, for
     * {@link #quotesAfterAttributedSentence} once the paragraph's other statements are known.
     */
    private List<Span> directQuotes(List<QuoteFinder.Quote> quotes, int paragraphStart, int paragraphEnd) {
      List<Span> unattributed = new ArrayList<>();
      if (quotes.isEmpty()) {
        return unattributed;
      }
      List<QuoteGroup> groups = new ArrayList<>();
      QuoteGroup current = null;
      for (int i = 0; i < quotes.size(); i++) {
        QuoteFinder.Quote q = quotes.get(i);
        int nextOpen = i + 1 < quotes.size() ? quotes.get(i + 1).open() : paragraphEnd;
        int prevClose = i > 0 ? quotes.get(i - 1).close() + 1 : paragraphStart;
        // "“A.” He added, “B.”": after a quote that ends its sentence, the words before the next quote are that quote's.
        boolean endsSentence = closesSentence(q) && i + 1 < quotes.size();
        Attribution after = endsSentence ? closingAttribution(q.close() + 1, nextOpen)
            : attributionAfter(q.close() + 1, Math.min(nextOpen, sentenceEndAfter(q.close() + 1)));
        if (after != null && closesSentence(q) && opensWithConjunction(q.close() + 1, nextOpen)) {
          after = null; // "saying, “We will not yield.” But Lee disagreed.": a sentence of its own after the quote
        }
        if (after != null && closesSentence(q) && colonBefore(q.open())) {
          // "..., to which Lee interjected: “It's not true.” He said ...": a cue and a colon hand the quote over
          Attribution handed = attributionBefore(Math.max(prevClose, sentenceStartBefore(q.open())), q.open());
          if (handed != null && handed.speaker() != null) {
            after = null;
          }
        } else if (after != null && closesSentence(q) && cueRightBefore(q.open())
            && attributionBefore(Math.max(prevClose, sentenceStartBefore(q.open())), q.open()) != null) {
          after = null; // "... but said “the question is the timing.” Gov. Hale said ...": the cue before is its own
        }
        // "fans chanted, “Build a wall,” referring to ...": a participle after the quote names no speaker;
        // the attribution before it does.
        boolean participleAfter = after != null && after.speaker() == null
            && text.substring(after.cue().start(), after.cue().end()).endsWith("ing");
        Attribution before = after == null || participleAfter
            ? attributionBefore(Math.max(prevClose, sentenceStartBefore(q.open())), q.open()) : null;
        if (participleAfter && before != null) {
          after = null; // "but said, “...,” promising ...": the cue before the quote is its own
        }
        if (after == null && before == null && i == 0 && previousLineEndsWithColon(q.open())) {
          before = attributionBefore(lineStartBefore(q.open()), q.open()); // "Moss said:" on its own line
        }
        Attribution own = after != null ? after : before;
        // "“A,” Moss said, adding that X. “B.”" stays one quoted statement from A to B (as "“A,” she said. “B.”"
        // does); what the participle adds is a statement of its own in the attribution between them.
        // A quote with an attribution of its own ("Trump said before adding: “B”") is a statement of its own.
        // A quote far from the one before (a transcript printed as one paragraph) is not its continuation.
        boolean far = i > 0 && q.open() - quotes.get(i - 1).close() > MAX_GAP_IN_QUOTE_GROUP;
        if (current == null || far
            || own != null && current.attribution != null && !own.cue().equals(current.attribution.cue())) {
          current = new QuoteGroup();
          groups.add(current);
        }
        current.quotes.add(q);
        if (current.attribution == null && own != null) {
          current.attribution = own;
          // "“We are horrified” by the storm that hit the pier, Moss said.": the writer's words between the quote
          // and its attribution go on with what Moss said (a mixed statement)
          int attributionStart = own.speaker() == null ? own.cue().start()
              : Math.min(own.speaker().start(), own.cue().start());
          String between = attributionStart > q.close() ? text.substring(q.close() + 1, attributionStart).strip() : "";
          if (own == after && current.quotes.size() == 1 && wordsBetween(q.close() + 1, attributionStart) >= 2
              && ",.?!".indexOf(text.charAt(q.content().end() - 1)) < 0 && between.endsWith(",")
              && between.chars().noneMatch(c -> c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201C')) {
            current.wordsEnd = attributionStart; // not "“...,” election law expert Jo Hale tweeted"
          }
        }
      }
      for (QuoteGroup g : groups) {
        QuoteFinder.Quote first = g.quotes.get(0);
        int start = first.content().start();
        Span words = g.wordsEnd < 0 ? null : trimmed(start, g.wordsEnd);
        Span content = words != null ? words : new Span(start, g.quotes.get(g.quotes.size() - 1).content().end());
        Span sentence = sentenceAround(start);
        for (int q = 1; q < g.quotes.size(); q++) {
          attributionGaps.add(new Span(g.quotes.get(q - 1).close() + 1, g.quotes.get(q).open()));
        }
        if (g.attribution != null) {
          Span speaker = g.attribution.speaker();
          add(content, words != null ? StatementKind.MIXED : StatementKind.DIRECT, speaker,
              speaker == null ? speakers.previous() : speakers.resolve(speaker), g.attribution, sentence);
        } else if (quotesFillParagraph(g, paragraphStart, paragraphEnd)) {
          if (!continuePreviousQuote(content)) {
            add(content, StatementKind.DIRECT, null, speakers.previous(), null, sentence); // the last speaker goes on
          }
        } else if (wordsBetween(sentenceStartBefore(first.open()), first.open()) == 0
            && wordsBetween(g.quotes.get(g.quotes.size() - 1).close() + 1, sentence.end()) == 0) {
          unattributed.add(content);
        }
      }
      return unattributed;
    }

    /** Whether a speech cue, and at most a comma, stands right before the quote mark at {@code open}: "said “". */
    private boolean cueRightBefore(int open) {
      List<Token> before = Tokenizer.tokens(text, Math.max(0, open - 40), open);
      int k = before.size() - 1;
      if (k >= 0 && before.get(k).text().equals(",")) {
        k--;
      }
      return k >= 1 && before.get(k).isWord() && cues.cue(before.get(k).folded()) != null;
    }

    /** Whether a colon, after spaces, stands right before the quote mark at {@code open}. */
    private boolean colonBefore(int open) {
      int k = open - 1;
      while (k >= 0 && Tokenizer.isSpaceInLine(text.charAt(k))) {
        k--;
      }
      return k >= 0 && text.charAt(k) == ':';
    }

    /** Whether a quote's own words end its sentence: “We will not yield.” */
    private boolean closesSentence(QuoteFinder.Quote q) {
      return ".?!\u2026".indexOf(text.charAt(q.content().end() - 1)) >= 0;
    }

    /** Whether the first word between {@code from} and {@code to} is a capitalised "But", "And", "Yet", ... */
    private boolean opensWithConjunction(int from, int to) {
      for (Token t : Tokenizer.tokens(text, from, Math.min(to, text.length()))) {
        if (t.isWord()) {
          return t.isCapitalised() && OPENING_CONJUNCTIONS.contains(t.folded());
        }
      }
      return false;
    }

    /**
     * "The rule is unfair because “few know of it,” she said. “We need ...”": a quote filling its own
     * sentence right after a sentence that ends with its attribution goes on with that statement, as a
     * quote closing that sentence would have (PolNeAR annotates the two as one attribution).
     */
    private void quotesAfterAttributedSentence(List<Span> unattributed) {
      for (Span content : unattributed) {
        int last = -1;
        for (int k = 0; k < found.size(); k++) {
          Span earlier = found.get(k).content();
          if (earlier.overlaps(content)) {
            last = -1;
            break;
          }
          if (earlier.end() <= content.start() && (last < 0 || earlier.end() > found.get(last).content().end())) {
            last = k;
          }
        }
        Statement st = last < 0 ? null : found.get(last);
        if (st == null || st.speakerSpan() == null || st.cueSpan() == null
            || st.cueSpan().start() < st.content().end() || st.speakerSpan().start() < st.content().end()
            || text.lastIndexOf('\n', content.start()) >= st.content().end()
            || !onlyAttributionBetween(st, content.start())) {
          continue; // only ", she said." between the two, in one paragraph
        }
        extend(last, content.end(), st.kind() == StatementKind.INDIRECT ? StatementKind.MIXED : st.kind());
      }
    }

    /** Extends the statement found at {@code index} to {@code end}, as a statement of {@code kind}. */
    private void extend(int index, int end, StatementKind kind) {
      Statement st = found.get(index);
      Span extended = new Span(st.content().start(), end);
      found.set(index, new Statement(extended, text.substring(extended.start(), extended.end()), kind, st.speaker(),
          st.speakerSpan(), st.actorId(), st.actorName(), st.cue(), st.cueSpan(), toneOf(extended), st.date(),
          st.datePrecision()));
    }

    /**
     * A paragraph of quotes alone, right after a paragraph whose last statement was quoted, goes on with
     * that statement: news quotes one speaker over several paragraphs this way.
     */
    private boolean continuePreviousQuote(Span content) {
      if (found.isEmpty()) {
        return false;
      }
      int index = found.size() - 1;
      for (int k = 0; k < found.size(); k++) {
        if (found.get(k).content().end() > found.get(index).content().end()) {
          index = k; // the quoted statement, not one said in its attribution ("“A,” Moss said, referring to X. “B.”")
        }
      }
      Statement last = found.get(index);
      if (last.kind() == StatementKind.INDIRECT || wordsBetween(last.content().end(), content.start()) > 0
          && !onlyAttributionBetween(last, content.start())) {
        return false;
      }
      extend(index, content.end(), last.kind());
      return true;
    }

    /** Whether only the statement's own attribution ("Moss said.") stands between it and {@code offset}. */
    private boolean onlyAttributionBetween(Statement last, int offset) {
      int from = last.content().end();
      if (last.cueSpan() != null && last.cueSpan().start() >= from) {
        from = Math.max(from, last.cueSpan().end());
        if (last.speakerSpan() != null && last.speakerSpan().start() >= last.content().end()) {
          from = Math.max(from, last.speakerSpan().end());
        }
      }
      return wordsBetween(from, offset) <= 3 || whereOrWhenOnly(Tokenizer.tokens(text, from, offset));
    }

    /**
     * Whether {@code tokens} only say where or when something was said, up to the end of their sentence:
     * "from his office in Orlando.", "in an interview on Tuesday." No verb and no cue among them.
     */
    private boolean whereOrWhenOnly(List<Token> tokens) {
      int first = 0;
      while (first < tokens.size() && !tokens.get(first).isWord()) {
        first++;
      }
      int last = tokens.size() - 1;
      while (last >= 0 && isQuoteMark(tokens.get(last))) {
        last--;
      }
      if (first >= tokens.size() || last <= first || !".".equals(tokens.get(last).text())
          || !PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(first).folded())
          && !tokens.get(first).folded().equals("from")) {
        return false;
      }
      for (int k = first; k < last; k++) {
        Token t = tokens.get(k);
        if (isClauseEnd(t) && !t.text().equals(",") || isMainVerb(t) || cues.cue(t.folded()) != null) {
          return false;
        }
      }
      return true;
    }

    /** Whether a paragraph holds nothing but these quotes (and punctuation). */
    private boolean quotesFillParagraph(QuoteGroup g, int from, int to) {
      int words = 0;
      int k = from;
      for (QuoteFinder.Quote q : g.quotes) {
        words += wordsBetween(k, Math.max(k, q.open()));
        k = q.close() + 1;
      }
      words += wordsBetween(k, Math.max(k, to));
      return words <= 2;
    }

    /** Whether an act's content is one name or pronoun ("endorsed Trump", "opposed it"): what the act is aimed at. */
    private boolean namedObject(Span content) {
      List<Token> words = Tokenizer.tokens(text, content.start(), content.end());
      if (words.size() != 1 || !words.get(0).isWord()) {
        return false;
      }
      String w = words.get(0).text();
      return Character.isUpperCase(w.charAt(0)) && !isWeekdayOrTime(words.get(0).folded())
          || OBJECT_PRONOUNS.contains(words.get(0).folded()) || w.equals("it");
    }

    /**
     * Whether the words from token {@code from} up to offset {@code end} are a clause cut short to its
     * subject and auxiliary ("Flake said he would.", "They said she could.", "Moss said it was."), a
     * subject's contraction and one word ("I think it's good."), or a one-word answer ("46 percent said
     * yes", "55 percent said so in May").
     */
    private boolean ellipticalAnswer(List<Token> tokens, int from, int end) {
      boolean alone = from + 1 == tokens.size() || tokens.get(from + 1).start() >= end || !tokens.get(from + 1).isWord()
          || PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(from + 1).folded());
      if (alone && ANSWERS.contains(tokens.get(from).folded())) {
        return true; // "46 percent said yes", "55 percent said so"
      }
      int last = from + 1;
      boolean twoWords = last < tokens.size() && (last + 1 == tokens.size() || tokens.get(last + 1).start() >= end
          || !tokens.get(last + 1).isWord());
      String first = tokens.get(from).folded();
      return twoWords && ((SUBJECT_PRONOUNS.contains(first) || first.equals("it"))
          && FINITE_AUXILIARIES.contains(tokens.get(last).folded())
          || first.indexOf('\'') > 0 && opensClause(tokens.get(from)) && tokens.get(last).isWord()); // "it's good"
    }

    /**
     * Whether {@code from} to {@code to} holds at least {@code atLeast} words: counted in the first 120
     * characters when they suffice (a transcript's turn runs to thousands), the whole range otherwise.
     */
    private boolean hasWords(int from, int to, int atLeast) {
      int window = Math.min(to, from + 120);
      return wordsBetween(from, window) >= atLeast || window < to && wordsBetween(from, to) >= atLeast;
    }

    private int wordsBetween(int from, int to) {
      return Tokenizer.countWords(text, from, to);
    }

    /**
     * A question put to someone, told in the passive with who asked it: "was asked by host John
     * Dickerson whether ...", "Asked by Thrush if ...", "when asked by Ingraham on Thursday about ...".
     * The one who asks is the speaker, the question from "whether", "if", "about" or "to" on is the
     * content. Returns whether it was one.
     */
    private boolean askedBy(List<Token> tokens, int i, Span sentence, List<QuoteFinder.Quote> partialQuotes) {
      if (i + 3 >= tokens.size() || !tokens.get(i).folded().equals("asked") || !tokens.get(i + 1).folded().equals("by")
          || insideQuote(tokens.get(i).start(), partialQuotes)) {
        return false;
      }
      int from = i + 2;
      Token first = tokens.get(from);
      boolean titled = !first.isCapitalised() && from + 1 < tokens.size() && tokens.get(from + 1).isCapitalised();
      if (!(first.isCapitalised() || DETERMINERS.contains(first.folded()) || titled)) {
        return false;
      }
      int k = from;
      while (k < tokens.size() && k - from < 8 && (tokens.get(k).isWord() || isNameDot(tokens, k))
          && !QUESTION_OPENERS.contains(tokens.get(k).folded())
          && !BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(k).folded())) {
        k++;
      }
      Span agent = new Span(first.start(), tokens.get(k - 1).end());
      k = afterWordsBetween(tokens, k); // "on Thursday"
      if (k >= tokens.size() - 1 || !QUESTION_OPENERS.contains(tokens.get(k).folded())) {
        return false;
      }
      int end = k + 1;
      while (end < tokens.size() && !QUESTION_ENDS.contains(tokens.get(end).text())) {
        end++;
      }
      Span content = trimmed(tokens.get(k).start(), tokens.get(end - 1).end());
      if (content == null) {
        return false;
      }
      Attribution attribution = new Attribution(agent, span(tokens.get(i)), "ask", tokens.get(i).end());
      add(content, kindOf(content, partialQuotes), agent, speakers.resolve(agent), attribution, sentence);
      return true;
    }

    /** Reported speech in a sentence without a direct quote; {@code tokens} are {@code region}'s. */
    private void reported(List<Token> tokens, Span region, Span sentence, List<QuoteFinder.Quote> partialQuotes) {
      if (tokens.size() < 4) {
        return;
      }
      if (region.start() > sentence.start()) {
        reportedAfterQuotes(tokens, sentence, partialQuotes);
        return;
      }
      if (accordingTo(sentence, tokens, partialQuotes) || inSource(sentence, tokens, partialQuotes)) {
        return;
      }
      Span subject = null;
      int carried = -1; // a participle after a closing attribution, which the attribution's speaker says
      askedBy(tokens, 0, sentence, partialQuotes); // "Asked by Matt Lauer whether ..."
      SpeechCues.Cue opening = openingParticiple(tokens);
      int afterOpening = opening == null ? -1 : initialParticiple(tokens, 0, opening, sentence, partialQuotes);
      for (int i = Math.max(1, afterOpening + 1); i < tokens.size(); i++) {
        SpeechCues.Cue cue = cueAt(tokens, i);
        boolean afterOf = tokens.get(i - 1).folded().equals("of");
        if (askedBy(tokens, i, sentence, partialQuotes)) {
          continue; // "Sanders was asked by host John Dickerson whether ...": the one who asks speaks
        }
        if (cue == null || insideQuote(tokens.get(i).start(), partialQuotes) || isAuxiliaryUse(tokens, i)
            || GERUND_PREPOSITIONS.contains(tokens.get(i - 1).folded())
            || afterOf && !tokens.get(i).folded().endsWith("ing")) {
          continue; // "the progress of talks", "a flurry of tweets": nouns
        }
        if (cue.clauseOnly() && !speaksBeforeClause(tokens, i)) {
          continue; // "Lee continued the search", "Lee maintains a lead"; in "continued to say", "say" speaks
        }
        Attribution attribution;
        // "..., X said." / "..., said X." at the end of the sentence: the content is before it.
        int nearestComma = commaBefore(tokens, i);
        Span speakerAfterCue = nearestComma >= 0 ? speakerPhraseAfter(tokens, i + 1) : null;
        int comma = leadCommaBeforeAside(tokens, nearestComma, i, speakerAfterCue != null);
        // "Her campaign took the unusual step of criticizing ...": the words before "of" are no speaker.
        Span wholeSubject = afterOf ? null : speakerPhraseBefore(tokens, i, 0);
        boolean subjectOpensSentence = wholeSubject != null && wholeSubject.start() == tokens.get(0).start();
        Span inverted = comma > 0 ? speakerAfterCue : null;
        // "..., says her biggest concern is ..." has a clause after the cue, not a speaker.
        // ", telling the story of ..." is no inverted attribution: only a finite cue is ("said X").
        // "..., says harbour engineer Jo Hale in Dover.": where a named speaker is may end the sentence
        // ("..., reported a crack in the wall of the pier" has an object, no speaker).
        boolean invertedToTheEnd = inverted != null && !tokens.get(i).folded().endsWith("ing")
            && ((inverted.end() >= tokens.get(lastWord(tokens)).end()
            || cue.lemma().equals("say") && tokens.get(lastIndexIn(tokens, inverted)).isCapitalised()
            && placeAndTimeToTheEnd(tokens, lastIndexIn(tokens, inverted)))
            && !finiteVerbBeforeRelative(tokens, i + 1)
            || onlyQuoteMarksBetween(tokens, comma, i) && describedAfter(tokens, lastIndexIn(tokens, inverted))
            || bracketToTheEnd(tokens, lastIndexIn(tokens, inverted) + 1)); // "said Lee (a view many share)."
        boolean relative = relativeBefore(tokens, i); // "..., who says he is honored"
        // "..., Lee said on Monday, adding that ...": the attribution closes what comes before it, and the
        // participle says more of its own.
        // Not "has been scathing in his remarks, threatening to ...", where the cue is a noun.
        int goesOn = comma > 0 && cue.kind() == SpeechCues.Kind.SPEECH && !tokens.get(i).folded().endsWith("ing")
            && !DETERMINERS.contains(tokens.get(i - 1).folded())
            ? participleAfterClosingCue(tokens, i, cue,
                comma == i - 1 || onlyQuoteMarksBetween(tokens, comma, i) ? inverted : null) : -1;
        // "In any case, Mr. DiPietro said, the golf industry was over-supplied": the clause after the
        // attribution is what was said, not the words before it.
        boolean clauseAfter = i + 2 < tokens.size() && tokens.get(i + 1).text().equals(",") && goesOn < 0
            && (wordsAfter(tokens, i + 1) >= 3 && hasFiniteVerb(tokens, i + 2) || continuesClause(tokens, i + 2));
        // "..., records show.": what a poll or record shows, closing the sentence like ", Moss said."
        boolean evidenceAtEnd = EVIDENCE_CUES.contains(cue.lemma()) && comma > 0 && comma + 1 < i
            && wordsAfter(tokens, i) == 0
            && isEvidence(tokens, i, new Span(tokens.get(comma + 1).start(), tokens.get(i - 1).end()));
        // "..., some Democrats now think.": a cognition verb closing the sentence attributes it too
        boolean thoughtAtEnd = cue.kind() == SpeechCues.Kind.COGNITION && !EVIDENCE_CUES.contains(cue.lemma())
            && wordsAfter(tokens, i) == 0 && !tokens.get(i).folded().endsWith("ing") && comma > 0
            && hasMainVerb(tokens, 0, comma);
        if ((cue.kind() == SpeechCues.Kind.SPEECH || evidenceAtEnd || thoughtAtEnd) && comma > 0
            && !subjectOpensSentence && !relative && !clauseAfter && (wordsAfter(tokens, i) <= 8 || invertedToTheEnd
                || placeAndTimeToTheEnd(tokens, i) || goesOn > 0 || commentAfterDash(tokens, i))) {
          Span speaker = speakerPhraseBefore(tokens, i, comma + 1);
          int end = afterAddressee(tokens, i, cue);
          int from = speaker == null || goesOn > 0 ? -1 : contentStartAfterCue(tokens, i, cue);
          if (speaker != null && goesOn < 0 && (!endsAttribution(tokens, end)
              || end > i + 1 && end < tokens.size() && tokens.get(end).folded().equals("to") // "asked Lee to"
              || from > i + 1 && from < tokens.size() && tokens.get(from - 1).folded().equals("that"))) {
            // ", but lawyers said this week that ...": a that-clause after the time is what they said
            speaker = null; // ", 21 percent said they would ..." has its own content after the cue
          } else if (speaker == null && (invertedToTheEnd || goesOn > 0 && inverted != null)) {
            speaker = inverted; // "..., said Jane Doe, the city's director."
          }
          Span content = openingAdverbial(tokens, comma) ? null
              : trimmed(startAfterDateline(tokens, sentence), tokens.get(comma).start());
          if (speaker != null && content != null && hasWords(content.start(), content.end(), 3)) {
            attribution = new Attribution(speaker, span(tokens.get(i)), cue.lemma(), tokens.get(i).end());
            add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker), attribution, sentence);
            if (goesOn < 0) {
              return;
            }
            subject = speaker; // the participle's content is found next, said by the same speaker
            carried = goesOn;
            i = goesOn - 1;
            continue;
          }
        }
        // "In any case, Mr. DiPietro said, the golf industry was ...": the attribution sits inside the statement.
        // "The solution, the partner told them, was simple"; not "Hannity asked Kasich, who is ...".
        int afterCue = cue.lemma().equals("tell") ? afterAddressee(tokens, i, cue) : i + 1;
        if (afterCue + 1 < tokens.size() && afterCue > i + 1 && SPEAKER_STOPS.contains(tokens.get(afterCue + 1).folded())) {
          afterCue = i + 1;
        }
        if (cue.kind() == SpeechCues.Kind.SPEECH && comma > 0 && afterCue < tokens.size()
            && tokens.get(afterCue).text().equals(",") && wordsAfter(tokens, afterCue) >= 2 && comma >= 2) {
          Span speaker = speakerPhraseBefore(tokens, i, comma + 1);
          Span content = trimmed(sentence.start(), quoteAwareEnd(sentence.end(), partialQuotes));
          if (speaker != null && content != null) {
            attribution = new Attribution(speaker, span(tokens.get(i)), cue.lemma(), tokens.get(i).end());
            add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker), attribution, sentence);
            return;
          }
        }
        if (subordinateBeforeAttribution(tokens, i, partialQuotes)) {
          continue; // "So when Patriot signaled that ..., Mr. Barrett said, ...": the later attribution speaks
        }
        if (closedByAttribution(tokens, i)) {
          continue; // "We didn't expect the damage, Moss added.": the cue is part of what Moss said
        }
        // "X said (that) ...", "X told reporters on Monday that ...", "X urged Congress to ..."
        Span speaker = i == carried ? subject : wholeSubject;
        int place = speaker == null || subject == null ? -1 : indexAt(tokens, speaker.start()) - 1;
        if (place >= 1 && (tokens.get(place - 1).folded().equals("but")
            || tokens.get(place - 1).folded().equals("and")) && afterPlacePhrase(tokens, place) == i) {
          speaker = subject; // "..., but in a later interview said ...": the interview is where, not who
        }
        if (speaker != null && reducedRelative(tokens, i, speaker)) {
          continue; // "in a video posted on Sunday": the participle describes the video, nobody speaks
        }
        if (speaker == null && coordinated(tokens, i)) {
          // "Clinton called on Congress to act and said funding is needed": the subject of the first verb.
          speaker = subject != null ? subject : openingSubject(tokens);
        }
        if (speaker == null && purposeOfSubject(tokens, i, cue)) {
          speaker = openingSubject(tokens); // "Moss went out of her way to say that ...", "stood up to say ..."
        }
        boolean ledParticiple = speaker == null && cue.kind() == SpeechCues.Kind.SPEECH
            && !INTENT_CUES.contains(cue.lemma()) && tokens.get(i).folded().endsWith("ing")
            && (PARTICIPLE_LEADS.contains(tokens.get(i - 1).folded()) || isSpacedDash(tokens.get(i - 1))) || afterOf;
        if (ledParticiple && i == 1) {
          // "After saying her foot was swollen, she left": the main clause's subject said it.
          int main = initialParticiple(tokens, i, cue, sentence, partialQuotes);
          if (main > i) {
            i = main;
          }
          continue;
        }
        if (ledParticiple) {
          speaker = subject != null ? subject : openingSubject(tokens); // "She began by saying ..."
        }
        if (speaker == null) {
          continue;
        }
        subject = speaker;
        int from = contentStartAfterCue(tokens, i, cue);
        if (from < 0 && EVIDENCE_CUES.contains(cue.lemma()) && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
            && isEvidence(tokens, i, speaker)) {
          from = i + 1; // "Polls show voters trust her more": what a poll shows needs no "that"
        }
        if (cue.kind() == SpeechCues.Kind.SPEECH && saysNothing(tokens, i)) {
          // "Lazar said little, offering only short answers": no content, but the participle is Lazar's
          int participle = participleAfter(tokens, i, false, partialQuotes);
          if (participle > i) {
            carried = participle;
            i = participle - 1;
          }
          continue;
        }
        if (from < 0 || from >= tokens.size()) {
          continue;
        }
        SpeechCues.Cue participle = cueAt(tokens, from);
        if (participle != null && participle.kind() == SpeechCues.Kind.SPEECH && from > 0
            && tokens.get(from - 1).text().equals(",") && tokens.get(from).folded().endsWith("ing")) {
          // "X said in a statement, adding that ...": what was said follows the participle.
          int after = contentStartAfterCue(tokens, from, participle);
          if (after <= from || after >= tokens.size()) {
            continue;
          }
          i = from;
          cue = participle;
          from = after;
        }
        int contentEnd = quoteAwareEnd(sentence.end(), partialQuotes);
        int second = participleAfter(tokens, from, tokens.get(i).folded().endsWith("ing"), partialQuotes);
        int secondFrom = second < 0 ? -1 : contentStartAfterCue(tokens, second, cueAt(tokens, second));
        if (secondFrom > second && secondFrom < tokens.size()) {
          // "X attacked the plan, saying it ...": two things said, the act and what the participle says.
          Span rest = trimmed(tokens.get(secondFrom).start(), contentEnd);
          if (rest != null && hasWords(rest.start(), rest.end(), 3)) {
            int lead = tokens.get(second - 1).folded().equals("also") ? second - 2 : second - 1;
            int relativeEnd = commaRelativeBefore(tokens, i)
                ? endOfRelativeClause(tokens, from, true, partialQuotes) : -1;
            if (relativeEnd > from && relativeEnd < lead) {
              lead = relativeEnd; // "Moss, who backs the mayor, trashed the council, calling it ..."
            }
            boolean closingMark = isClosingMark(tokens.get(lead)); // keep a quote's closing mark
            Span first = trimmed(tokens.get(from).start(),
                closingMark ? tokens.get(lead).end() : tokens.get(lead).start());
            if (first != null && hasWords(first.start(), first.end(), 2)) {
              add(first, kindOf(first, partialQuotes), speaker, speakers.resolve(speaker),
                  new Attribution(speaker, span(tokens.get(i)), cue.lemma(), tokens.get(i).end()), sentence);
            }
            // "..., calling them liars and vowing to ...": each participle of a chain says its own part.
            for (int at = second, atFrom = secondFrom; at > 0; ) {
              int next = participleAfter(tokens, atFrom, true, partialQuotes);
              int nextFrom = next < 0 || !tokens.get(next).folded().endsWith("ing") ? -1
                  : contentStartAfterCue(tokens, next, cueAt(tokens, next));
              boolean more = nextFrom > next && nextFrom < tokens.size();
              Span part = trimmed(tokens.get(atFrom).start(), more ? tokens.get(next - 1).start() : contentEnd);
              if (part != null && (!more || hasWords(part.start(), part.end(), 2))) {
                add(part, kindOf(part, partialQuotes), speaker, speakers.resolve(speaker),
                    new Attribution(speaker, span(tokens.get(at)), cueAt(tokens, at).lemma(),
                        tokens.get(at).end()), sentence);
              }
              at = more ? next : -1;
              atFrom = nextFrom;
            }
            return;
          }
        }
        if (from > 0 && tokens.get(from - 1).text().equals(",") && subjectAndCueAt(tokens, from) > 0) {
          continue; // "After Moss wrote to the council, Lee said ...": the content is Lee's statement
        }
        // What an act is aimed at ("praised the crews", "urged them to act") leaves the speaker the subject of
        // a verb after "and" or "but", and so does a reported clause about a thing or a named other ("Brandt
        // said the ferry was late and criticized the board") or about the speaker ("Brandt said he had fixed
        // the ferry and called the delay a disgrace"); in "They said he rated the crews and talked ..." he talked.
        Token act = cue.kind() == SpeechCues.Kind.ACT
            || cue.kind() == SpeechCues.Kind.SPEECH && (speaksOfThemselves(speaker, tokens.get(from))
                || !SpeakerResolver.PRONOUNS.contains(tokens.get(from).folded()))
            || INTENT_CUES.contains(cue.lemma()) && tokens.get(from - 1).folded().equals("to") ? tokens.get(i) : null;
        int nextClause = clauseWithOwnCue(tokens, from, opensSubordinate(tokens, speaker), act, partialQuotes);
        if (nextClause < 0 && relativeBefore(tokens, i)) {
          nextClause = endOfRelativeClause(tokens, from, commaRelativeBefore(tokens, i), partialQuotes);
        }
        if (nextClause < 0) {
          nextClause = endOfSubordinateClause(tokens, from, speaker, partialQuotes);
        }
        if (nextClause > from) {
          contentEnd = tokens.get(nextClause).start(); // "X called it a mistake, but she noted that ...": two statements
        }
        int source = trailingSource(tokens, from, contentEnd);
        if (source > from) {
          int bracket = openBracketBefore(tokens, source);
          // "Moss said the pier was safe, according to the minutes.", "... (the true share is 5 percent,
          // according to X)": the source and what it says are the writer's
          contentEnd = tokens.get(bracket > from ? bracket : source).start();
        }
        Span content = trimmed(tokens.get(from).start(), contentEnd);
        // an act's object or an intention's verb may be short: "praised the crews", "pledged to remain civil"
        boolean intended = INTENT_CUES.contains(cue.lemma()) && tokens.get(from - 1).folded().equals("to")
            && infinitive(tokens.get(from)); // not "agreed to the plan
        if (content == null || !hasWords(content.start(), content.end(),
                cue.kind() == SpeechCues.Kind.ACT || intended ? 2 : 3)
            && !(cue.kind() == SpeechCues.Kind.ACT && Character.isLowerCase(tokens.get(i).text().charAt(0))
                && namedObject(content))
            && !(cue.kind() != SpeechCues.Kind.ACT && ellipticalAnswer(tokens, from, contentEnd))) {
          continue;
        }
        if (cue.lemma().equals("add") && from == i + 1 && addsAThing(tokens, from, contentEnd)) {
          continue; // "The firm added 200 jobs", "The Fed added reserves": nothing said
        }
        attribution = new Attribution(speaker, span(tokens.get(i)), cue.lemma(), tokens.get(i).end());
        add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker), attribution, sentence);
        if (nextClause < 0) {
          return;
        }
        // the next clause's cue is found with its own subject, or with this one's ("... and called it ...")
        subject = act != null && sharedSubjectCueAt(tokens, nextClause + 1, act) ? speaker : null;
        i = nextClause;
      }
    }

    /**
     * Whether a reported clause opening with {@code first} is about its speaker: "he" or "she" after a
     * name or the same pronoun ("Brandt said he ...", "she said she ..."), "they" after "they".
     */
    private boolean speaksOfThemselves(Span speaker, Token first) {
      String pronoun = first.folded();
      String last = text.substring(speaker.start(), speaker.end()).toLowerCase(Locale.ROOT);
      last = last.substring(last.lastIndexOf(' ') + 1);
      if (SUBJECT_PRONOUNS.contains(last)) {
        return last.equals(pronoun);
      }
      // "Demonstrators said they want ...": "they" after a plural speaker is that speaker
      boolean plural = inS(last) && !last.endsWith("'s");
      return pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("they") && plural;
    }

    /**
     * Whether the cue at {@code cueAt} stands in a subordinate clause opening the sentence ("So when
     * Patriot signaled that ...") and a later attribution set off by commas (", Mr. Barrett said, ...")
     * makes the whole sentence someone else's statement.
     */
    private boolean subordinateBeforeAttribution(List<Token> tokens, int cueAt, List<QuoteFinder.Quote> partialQuotes) {
      boolean subordinate = SUBORDINATORS.contains(tokens.get(0).folded())
          || tokens.size() > 1 && SUBORDINATORS.contains(tokens.get(1).folded());
      if (!subordinate) {
        return false;
      }
      return unquotedComma(tokens, cueAt + 2, tokens.size() - 3, partialQuotes, c -> {
        int verb = subjectAndCueAt(tokens, c + 1);
        return verb > 0 && verb + 1 < tokens.size() && tokens.get(verb + 1).text().equals(",");
      }) >= 0;
    }

    /**
     * The first comma among tokens {@code [from, to)}, outside the quotes, at whose index {@code test}
     * holds; -1 when there is none.
     */
    private int unquotedComma(List<Token> tokens, int from, int to, List<QuoteFinder.Quote> partialQuotes,
                              java.util.function.IntPredicate test) {
      for (int c = Math.max(0, from); c < to; c++) {
        if (tokens.get(c).text().equals(",") && !insideQuote(tokens.get(c).start(), partialQuotes) && test.test(c)) {
          return c;
        }
      }
      return -1;
    }

    /**
     * A sentence that opens with a speech participle ("After saying ..., she left", "While insisting
     * that ..., Moss conceded ..."): what the participle says, credited to the subject after the comma
     * that closes it. Returns the index of that comma, or -1 when no subject follows one.
     */
    private int initialParticiple(List<Token> tokens, int cueAt, SpeechCues.Cue cue, Span sentence,
                                  List<QuoteFinder.Quote> partialQuotes) {
      int from = contentStartAfterCue(tokens, cueAt, cue);
      if (from < 0) {
        return -1;
      }
      for (int c = from + 2; c < tokens.size() - 2; c++) {
        // "After saying her foot was “so swollen I could barely walk,” she ...": the comma may close a quote
        boolean closing = isClosingMark(tokens.get(c + 1));
        if (!tokens.get(c).text().equals(",") || insideQuote(tokens.get(c).start(), partialQuotes) && !closing) {
          continue;
        }
        Span speaker = openingSubject(tokens.subList(closing ? c + 2 : c + 1, tokens.size()));
        Span content = trimmed(tokens.get(from).start(), tokens.get(c).start());
        if (speaker == null && closing) {
          continue; // "Acknowledging Lee “says stupid stuff,” though, Moss ...": the clause goes on after the quote
        }
        if (speaker == null || content == null || !hasWords(content.start(), content.end(), 3)) {
          return -1;
        }
        add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker),
            new Attribution(speaker, span(tokens.get(cueAt)), cue.lemma(), tokens.get(cueAt).end()), sentence);
        return c;
      }
      return -1;
    }

    /**
     * The index of an "and" or "but" that opens a clause with a subject and a cue of its own ("..., but
     * she noted that ...", "and Moss said ..."), or of the comma that ends a subordinate clause before
     * one ("When he wrote his book, Moss said ..."), inside the content starting at {@code from}; -1
     * when there is none. When the content is what an {@code act} is aimed at (null otherwise), also
     * of an "and" or "but" before a second act of the same speaker in the same tense ("praised the
     * crews but called the budget ...").
     */
    private int clauseWithOwnCue(List<Token> tokens, int from, boolean subordinate, Token act,
                                 List<QuoteFinder.Quote> partialQuotes) {
      // after an act the content may be one word ("criticized Lee and challenged him ...")
      for (int j = from + (isAct(act) ? 1 : 2); j < tokens.size() - 2; j++) {
        String f = tokens.get(j).folded();
        // "Graham slams Trump, praises Clinton": a second act after a comma, the same subject; not after an
        // aside's closing comma ("said Lee, who has long backed Moss, has asked ..."), nor in the past tense,
        // where "X, called Y, ..." describes X
        boolean listedAct = f.equals(",") && act != null && presentInS(act.folded()) && noCommaBetween(tokens, from, j)
            && sharedSubjectCueAt(tokens, j + 1, act);
        if (listedAct && !insideQuote(tokens.get(j).start(), partialQuotes)) {
          return j;
        }
        // "... refers to him as “Mr. Trump” while Trump refers to the governor as ...": a contrast with its
        // own speaker and cue, with or without a comma, is no part of what the first speaker said
        if (CONTRASTS.contains(f) && j > from + 1 && !insideQuote(tokens.get(j).start(), partialQuotes)
            && speakerReportingClauseAt(tokens, j + 1) > 0) {
          return tokens.get(j - 1).folded().equals("even") ? j - 1 : j; // "even though he admitted that"
        }
        // "Only 7 percent said they are undecided, 27 percent of the rest said they could ...": after a whole
        // clause, a comma, then a subject whose cue reports a clause of its own, is another statement
        if (f.equals(",") && j > from + 2 && !insideQuote(tokens.get(j).start(), partialQuotes)
            && speakerReportingClauseAt(tokens, j + 1) > 0 && clauseBefore(tokens, from, j, act)) {
          return j;
        }
        // "..., and when pressed on why, she said it was a start": a clause after "and" or "but" that opens with
        // a subordinate one and speaks after its comma
        // (only after "when", "asked" or "pressed", a new exchange: "and if it is not granted, it expects ..."
        // goes on with what was said)
        if ((f.equals("and") || f.equals("but")) && j > from + 1 && tokens.get(j - 1).text().equals(",")
            && EXCHANGE_OPENERS.contains(tokens.get(j + 1).folded())
            && !insideQuote(tokens.get(j).start(), partialQuotes)) {
          for (int c = j + 2; c + 2 < tokens.size() && c - j < 25; c++) {
            if (tokens.get(c).text().equals(",") && !insideQuote(tokens.get(c).start(), partialQuotes)
                && !tokens.get(c + 1).folded().equals("it")) {
              int own = subjectAndCueAt(tokens, c + 1);
              own = own > 0 ? own : mainClauseCueAt(tokens, c + 1);
              if (own > 0 && cueAt(tokens, own).kind() == SpeechCues.Kind.SPEECH) {
                return j;
              }
            }
          }
        }
        // "Back when he wrote his book, Mr. McKinley said that ...": the main clause after the comma speaks.
        boolean opens = f.equals("but") || f.equals("and") || f.equals(";") || subordinate && f.equals(",");
        // "..., while other voters said they ...", "..., though Mrs. Fiorina said she ...": a contrast;
        // "..., compared with 30 percent who said ...": a poll's other answer.
        boolean compared = f.equals("compared") && (tokens.get(j + 1).folded().equals("with")
            || tokens.get(j + 1).folded().equals("to"));
        boolean contrast = (CONTRASTS.contains(f) || compared) && tokens.get(j - 1).text().equals(",");
        if (!opens && !contrast || insideQuote(tokens.get(j).start(), partialQuotes)) {
          continue;
        }
        int cueAt = contrast ? phraseAndCueAt(tokens, j + (compared ? 2 : 1))
            : subjectAndCueAt(tokens, pastTime(tokens, j + 1)); // "but late Saturday he announced ..."
        // "to detail what Lee and Brandt discussed": two names joined by "and" are one subject
        boolean namesJoined = f.equals("and") && tokens.get(j - 1).isCapitalised() && tokens.get(j + 1).isCapitalised();
        boolean clauseBefore = !namesJoined && clauseBefore(tokens, from, j, act);
        if (cueAt < 0 && (clauseBefore && (f.equals("and") || f.equals("but")) || contrast && !compared)) {
          // "Moss said she backs Lee, but she hasn't endorsed him", "Lee backed the deal, while Moss has
          // threatened to tear it up"
          cueAt = subjectAndActAt(tokens, j + 1);
        }
        if (cueAt < 0 && act != null && (f.equals("and") || f.equals("but"))
            && sharedSubjectCueAt(tokens, j + 1, act)) {
          return j; // "Lee praised the crews but called the budget a disgrace": a second act, the same speaker
        }
        if (cueAt < 0 && !f.equals(",")) {
          // "..., and the mayor said ...", "; 46 percent said ...", "... and 60 percent said ..."; without a
          // comma only a share, for "Port Alma and the Harbour Board maintained" may share one subject, unless
          // a whole clause stands before the "and" ("declined to comment and harbour officials said ...")
          // "but" joins no subjects: "... for the attack but U.S. officials have said ..." opens a clause
          cueAt = nounPhraseAndCueAt(tokens, j + 1,
              f.equals("and") && !tokens.get(j - 1).text().equals(",") && !clauseBefore);
        }
        // "When Patriot signaled that ..., Mr. Barrett said, “we were floored”": the whole is Barrett's.
        if (cueAt > 0 && !(f.equals(",") && cueAt + 1 < tokens.size() && tokens.get(cueAt + 1).text().equals(","))) {
          return j;
        }
      }
      // "Cruz endorsed Trump, who says he is honored": the relative clause is the named one's statement.
      return unquotedComma(tokens, from + 1, tokens.size() - 3, partialQuotes,
          j -> tokens.get(j + 1).folded().equals("who") && speechVerbAt(tokens, j + 2) > 0);
    }

    /**
     * The index of the cue after a subject or noun phrase at {@code k}, when that cue reports a clause
     * ("Trump refers to ... as", "27 percent of the rest said they ..."); -1 otherwise, and at "it", which
     * opens a clause of what was said far more often than a speaker.
     */
    private int speakerReportingClauseAt(List<Token> tokens, int k) {
      if (tokens.get(k).folded().equals("it")) {
        return -1;
      }
      int cue = subjectAndCueAt(tokens, k);
      if (cue < 0) {
        cue = nounPhraseAndCueAt(tokens, k, false);
      }
      return cue > 0 && reportsClause(tokens, cue) ? cue : -1;
    }

    /**
     * Whether the speech verb at {@code cueAt} reports a clause: after "that", or one opening with a subject
     * pronoun or holding a finite verb ("reported that he ...", "said Europe was ..."); not "announced his
     * candidacy" nor "remarks", whose object is an event or a thing.
     */
    private boolean reportsClause(List<Token> tokens, int cueAt) {
      SpeechCues.Cue cue = cueAt(tokens, cueAt);
      if (cue == null || cue.kind() != SpeechCues.Kind.SPEECH || tokens.get(cueAt).folded().endsWith("ing")
          || cue.clauseOnly() && !speaksBeforeClause(tokens, cueAt)) {
        return false; // nor "until the shelling continues", which goes on doing
      }
      int from = contentStartAfterCue(tokens, cueAt, cue);
      if (from <= cueAt || from >= tokens.size()) {
        return false;
      }
      if (tokens.get(from - 1).folded().equals("that") || SUBJECT_PRONOUNS.contains(tokens.get(from).folded())) {
        return true;
      }
      for (int k = from + 1; k < Math.min(tokens.size(), from + 6) && tokens.get(k).isWord(); k++) {
        if (FINITE_AUXILIARIES.contains(tokens.get(k).folded())) {
          return true;
        }
      }
      return false;
    }

    /** Whether no comma stands among tokens {@code from} (inclusive) to {@code to} (exclusive). */
    private static boolean noCommaBetween(List<Token> tokens, int from, int to) {
      for (int k = from; k < to; k++) {
        if (tokens.get(k).text().equals(",")) {
          return false;
        }
      }
      return true;
    }

    /** The speech cue a sentence opens with as a participle ("Noting that ...", "Arguing that ..."), or null. */
    private SpeechCues.Cue openingParticiple(List<Token> tokens) {
      SpeechCues.Cue cue = tokens.size() > 2 ? cueAt(tokens, 0) : null;
      return cue != null && cue.kind() == SpeechCues.Kind.SPEECH && !INTENT_CUES.contains(cue.lemma())
          && tokens.get(0).folded().endsWith("ing") ? cue : null;
    }

    /**
     * In "When Moss noted that the pier was late, the council laughed": the index of the comma that
     * closes the subordinate clause the attribution stands in, where the main clause's subject (a
     * pronoun or a name) follows it; -1 when there is none. Not after "as", whose clause is the
     * attribution of the main clause ("As the Post reported, the talks ...").
     */
    private int endOfSubordinateClause(List<Token> tokens, int from, Span speaker,
                                       List<QuoteFinder.Quote> partialQuotes) {
      int first = indexAt(tokens, speaker.start());
      String opener = first >= 1 && SUBORDINATORS.contains(tokens.get(first - 1).folded())
          ? tokens.get(first - 1).folded() : SUBORDINATORS.contains(tokens.get(0).folded()) ? tokens.get(0).folded() : null;
      if (opener == null || opener.equals("as")) {
        return -1;
      }
      // "When Moss said that ..., the captain said ...", "While some say ..., others say ...": a main
      // clause that speaks itself may open with any subject.
      return unquotedComma(tokens, from + 2, tokens.size() - 2, partialQuotes, j -> {
        Token next = tokens.get(j + 1);
        return MAIN_CLAUSE_PRONOUNS.contains(next.folded()) || next.isCapitalised()
            && !CLAUSE_OPENERS.contains(next.folded()) && !TRUE_PREPOSITIONS.contains(next.folded())
            && tokens.get(j + 2).isWord() && !tokens.get(j + 2).isCapitalised()
            || mainClauseCueAt(tokens, j + 1) > 0;
      });
    }

    /**
     * The index of the cue when a subject and its cue open a main clause at {@code k} ("the captain said",
     * "others say"); -1 otherwise, as for "including his promises to", where the cue is a noun.
     */
    private int mainClauseCueAt(List<Token> tokens, int k) {
      for (int c = k + 1; c < tokens.size() && c - k <= 6; c++) {
        Span share = speechVerbAt(tokens, c) == c ? shareEndingAt(tokens, c - 1, k) : null;
        if (share != null && share.start() == tokens.get(k).start()) {
          return c; // "at least 21,000 said", "more than half said"
        }
      }
      String first = tokens.get(k).folded();
      if (first.endsWith("ing") || PREPOSITIONS.contains(first) || TRUE_PREPOSITIONS.contains(first)
          || first.equals("the") && k + 1 < tokens.size() && SHARE_COMPARATIVES.contains(tokens.get(k + 1).folded())) {
        return -1; // nor "the more initiatives there are, the more people understand ...", a comparison
      }
      int cue = phraseAndCueAt(tokens, k);
      return cue > k && !POSSESSIVE_PRONOUNS.contains(tokens.get(cue - 1).folded()) ? cue : -1;
    }

    /**
     * In "Podesta, who said the project was vetted, said he was unaware": the index of the comma
     * that closes the relative clause when the main clause's speech verb follows it, or, when the
     * relative clause stands between commas, any verb in the past or a finite auxiliary ("Moss, who
     * backs the mayor, trashed the council", "..., is a lawyer"); -1 otherwise.
     */
    private int endOfRelativeClause(List<Token> tokens, int from, boolean betweenCommas,
                                    List<QuoteFinder.Quote> partialQuotes) {
      return unquotedComma(tokens, from + 1, tokens.size() - 2, partialQuotes, j -> speechVerbAt(tokens, j + 1) > 0
          || betweenCommas && isMainVerb(tokens.get(j + 1)));
    }

    /**
     * A lower-case verb in the past in -ed, a common irregular past, or a finite auxiliary: a main
     * clause's verb after a relative clause ("The mayor, who said it was a mistake, left the room").
     */
    private static boolean isMainVerb(Token t) {
      String w = t.folded();
      return t.isWord() && !t.isCapitalised()
          && (w.endsWith("ed") && w.length() > 4 || FINITE_AUXILIARIES.contains(w) || IRREGULAR_PASTS.contains(w));
    }

    /**
     * Whether a past or finite verb ("Moss dwelled", "Moss barely dwelled") or an aside's comma follows token
     * {@code e}, so that the words up to it can be a clause's subject: not "Amid ..." or "Trump's ...".
     */
    private static boolean verbOrAsideAfter(List<Token> tokens, int e) {
      int v = e + 1 < tokens.size() && isAdverb(tokens.get(e + 1).folded()) ? e + 2 : e + 1;
      if (v >= tokens.size() || tokens.get(e).folded().endsWith("'s")) {
        return false;
      }
      return v == e + 1 && tokens.get(v).text().equals(",") || isMainVerb(tokens.get(v));
    }

    /** Whether a main verb stands among tokens {@code from} (inclusive) to {@code to} (exclusive). */
    private static boolean hasMainVerb(List<Token> tokens, int from, int to) {
      for (int k = from; k < to; k++) {
        if (isMainVerb(tokens.get(k))) {
          return true;
        }
      }
      return false;
    }

    /** The index of the first token from {@code k} on that is no word between a speaker and a cue ("also", "has"). */
    private static int afterWordsBetween(List<Token> tokens, int k) {
      while (k < tokens.size() && BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(k).folded())) {
        k++;
      }
      return k;
    }

    /**
     * The index of a speech or cognition verb, not a participle, at {@code k} or after adverbs such
     * as "also" ("she also noted"); -1 when there is none.
     */
    private int speechVerbAt(List<Token> tokens, int k) {
      int from = k;
      k = afterWordsBetween(tokens, k);
      SpeechCues.Cue c = k < tokens.size() ? cueAt(tokens, k) : null;
      return c != null && c.kind() != SpeechCues.Kind.ACT && (!c.nounToo() || k > 0 && verbAfterSubject(tokens, k))
          && (!tokens.get(k).folded().endsWith("ing") || progressive(tokens, from, k)) ? k : -1;
    }

    /** Whether a form of "be" stands between {@code from} and the participle at {@code k}: "he is not predicting". */
    private static boolean progressive(List<Token> tokens, int from, int k) {
      for (int j = from; j < k; j++) {
        if (BE_FORMS.contains(tokens.get(j).folded()) && !tokens.get(j).folded().equals("being")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the subject of a cue stands in a subordinate clause ("When he wrote his book, Moss
     * said ...", "THE BORROWING Back when he wrote ..."): the word before it is a subordinator.
     */
    private boolean opensSubordinate(List<Token> tokens, Span subject) {
      int first = indexAt(tokens, subject.start());
      return first >= 1 && SUBORDINATORS.contains(tokens.get(first - 1).folded())
          || SUBORDINATORS.contains(tokens.get(0).folded());
    }

    /**
     * The index of the cue when a subject of up to four words, names or not (or with "who" after it),
     * and a speech or cognition cue stand at {@code k} ("other voters said", "a third said",
     * "Mrs. Fiorina said", "64 percent who say"); -1 otherwise.
     */
    private int phraseAndCueAt(List<Token> tokens, int k) {
      int name = subjectAndCueAt(tokens, k);
      if (name > 0) {
        return name;
      }
      for (int j = k; j < tokens.size() && j - k <= 4; j++) {
        Token t = tokens.get(j);
        if (t.folded().equals("who") && j > k) {
          return speechVerbAt(tokens, j + 1); // "compared with 64 percent who say ..."
        }
        if (!t.isWord() || SPEAKER_STOPS.contains(t.folded()) || cueAt(tokens, j) != null) {
          return j > k ? speechVerbAt(tokens, j) : -1;
        }
      }
      return -1;
    }

    /**
     * Whether a speech verb or speech act in the tense of {@code first} (past, or present in -s) stands
     * at {@code k}, after adverbs such as "also", with no subject of its own: "... and called the budget
     * a disgrace"; the tense keeps out nouns ("discussed results and further plans").
     */
    private boolean sharedSubjectCueAt(List<Token> tokens, int k, Token first) {
      boolean doSupport = false; // "... but did not suggest it would": the tense is in "did"
      while (k < tokens.size() && BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(k).folded())) {
        doSupport |= DO_FORMS.contains(tokens.get(k).folded());
        k++;
      }
      k = afterPlacePhrase(tokens, k);
      if (k + 1 >= tokens.size()) {
        return false;
      }
      String w = tokens.get(k).folded();
      SpeechCues.Cue cue = cueAt(tokens, k);
      // with "did not" only a speech verb: in "Moss said Port Alma had never wanted the pier and did not want
      // to pay for it" Port Alma did not want it
      boolean tense = doSupport ? cue != null && cue.kind() == SpeechCues.Kind.SPEECH && w.equals(cue.lemma())
          : !w.equals(cue == null ? null : cue.lemma()) && presentInS(w) == presentInS(first.folded());
      // "Lee has said the pier is safe and thinks that ...": a cognition verb before "that", in the tense of
      // the first verb or in the present after a perfect; not "growth prospects and hopes that", a noun
      int firstAt = indexAt(tokens, first.start());
      boolean perfect = firstAt > 0 && HAVE_FORMS.contains(tokens.get(firstAt - 1).folded());
      boolean thoughtThat = cue != null && cue.kind() == SpeechCues.Kind.COGNITION && !doSupport
          && tokens.get(k + 1).folded().equals("that") && !w.equals(cue.lemma())
          && (presentInS(w) == presentInS(first.folded()) || perfect && presentInS(w));
      return cue != null && (cue.kind() != SpeechCues.Kind.COGNITION && tense || thoughtThat) && !w.endsWith("ing")
          && !isAuxiliaryUse(tokens, k) && contentStartAfterCue(tokens, k, cue) > k;
    }

    /**
     * Where a speech verb stands after a short phrase of place or time at {@code k} ("in a later interview
     * said", "at a rally in Iowa told"), or {@code k} when none does.
     */
    private int afterPlacePhrase(List<Token> tokens, int k) {
      if (k < 0 || k >= tokens.size() || !PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(k).folded())) {
        return k;
      }
      for (int m = k + 2; m < tokens.size() - 1 && m - k <= 6 && tokens.get(m - 1).isWord(); m++) {
        SpeechCues.Cue cue = cues.cue(tokens.get(m).folded());
        if (cue != null && cue.kind() == SpeechCues.Kind.SPEECH) {
          return m;
        }
      }
      return k;
    }

    /** Whether a verb form is the present tense in -s ("supports", "says"), not the past ("supported", "said"). */
    private static boolean presentInS(String form) {
      return form.endsWith("s") && !form.endsWith("ss");
    }

    /**
     * The index of the cue when a speaker phrase of up to six words that starts at {@code k} ("the
     * mayor", "46 percent of Democrats", "about four in 10") and a speech verb follow; -1 otherwise.
     * Not a cognition verb: in "she and her supporters never doubted it" the phrase shares a subject.
     * With {@code shareOnly}, the phrase must open with a share of people ("60 percent", "most of them").
     */
    private int nounPhraseAndCueAt(List<Token> tokens, int k, boolean shareOnly) {
      for (int c = k + 1; c < tokens.size() && c - k <= 6; c++) {
        Token t = tokens.get(c);
        if (speechVerbAt(tokens, c) == c && cues.cue(t.folded()).kind() == SpeechCues.Kind.SPEECH) {
          Span speaker = speakerPhraseBefore(tokens, c, k);
          if (speaker == null || !modifiersOnly(tokens, k, speaker.start())) {
            return -1; // "harbour officials later said": the speaker phrase may leave out a bare modifier
          }
          for (int e = k; shareOnly && e < c; e++) {
            Span share = shareEndingAt(tokens, e, k);
            if (share != null && share.start() == speaker.start()) {
              return c;
            }
          }
          return shareOnly ? -1 : c;
        }
        if (t.text().equals(",") && !shareOnly && tokens.get(k).isCapitalised()) {
          return appositionAndCueAt(tokens, k, c); // "..., and Jane Hale, the council's adviser, said ..."
        }
        boolean countOf = (t.folded().equals("in") || t.folded().equals("of")) && isCount(tokens.get(c - 1))
            && c + 1 < tokens.size() && isCount(tokens.get(c + 1)); // "one in four said"
        // "people familiar with her thinking say", "those close to the mayor said"
        if (!t.isWord() && !t.text().equals("%") || SPEAKER_STOPS.contains(t.folded()) && !t.folded().equals("who")
            && !countOf && !headsPrepositionalPhrase(tokens, c - 1)) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * Whether the speaker phrase starting at {@code start} starts at token {@code k} or right after one
     * lower-case word that may modify its noun ("harbour officials"; not an adverb or a verb form).
     */
    private static boolean modifiersOnly(List<Token> tokens, int k, int start) {
      Token t = tokens.get(k);
      if (t.start() == start) {
        return true;
      }
      String f = t.folded();
      return k + 1 < tokens.size() && tokens.get(k + 1).start() == start && t.isWord() && !t.isCapitalised()
          && !SPEAKER_STOPS.contains(f) && !f.endsWith("ly") && !f.endsWith("ed") && !f.endsWith("ing");
    }

    /**
     * The index of a speech cue after a name at {@code k} and its apposition between the comma at
     * {@code comma} and the next one ("Jane Hale, the council's adviser, said"); -1 otherwise.
     */
    private int appositionAndCueAt(List<Token> tokens, int k, int comma) {
      for (int c = comma + 1; c < tokens.size() - 1 && c - comma <= 15; c++) {
        String f = tokens.get(c).text();
        if (f.equals(",")) {
          int cue = speechVerbAt(tokens, c + 1);
          if (cue != c + 1 || cueAt(tokens, cue).kind() != SpeechCues.Kind.SPEECH) {
            return -1;
          }
          Span speaker = speakerPhraseBefore(tokens, cue, k);
          return speaker != null && speaker.start() == tokens.get(k).start() ? cue : -1;
        }
        if (f.equals(".") && !isNameDot(tokens, c) || f.equals(";") || f.equals(":") || isQuoteMark(tokens.get(c))) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * Whether the content from {@code from} up to an "and" or "but" at {@code and} is a whole clause, so
     * that a subject after the "and" opens a clause of its own rather than joining a subject ("said Russia
     * and China condemned ..."): it holds a finite verb, or it is the infinitive or object of an act
     * ("declined to comment and ...", "praised Lee and ...").
     */
    private boolean clauseBefore(List<Token> tokens, int from, int and, Token act) {
      if (isAct(act) || from > 0 && tokens.get(from - 1).folded().equals("to")) {
        return true;
      }
      for (int k = from; k < and; k++) {
        if (isMainVerb(tokens.get(k)) && tokens.get(k).folded().indexOf('-') < 0) { // not "storm-related"
          return true;
        }
      }
      return false;
    }

    /** Whether {@code cue} (null for none) is a speech act aimed at someone ("praised", "urged"). */
    private boolean isAct(Token cue) {
      SpeechCues.Cue c = cue == null ? null : cues.cue(cue.folded());
      return c != null && c.kind() == SpeechCues.Kind.ACT;
    }

    /**
     * The index of the cue when a subject pronoun or a name of up to four words and a speech act stand at
     * {@code k} ("she hasn't endorsed", "Brandt withdrew"); -1 otherwise.
     */
    private int subjectAndActAt(List<Token> tokens, int k) {
      int cue = subjectEnd(tokens, k);
      if (cue < 0) {
        return -1;
      }
      cue = afterWordsBetween(tokens, cue);
      SpeechCues.Cue c = cue + 1 < tokens.size() ? cueAt(tokens, cue) : null;
      if (c == null || c.kind() != SpeechCues.Kind.ACT || tokens.get(cue).folded().endsWith("ing")
          || isAuxiliaryUse(tokens, cue)) {
        return -1;
      }
      // an object that is a name, a pronoun or a determined noun: in "... and Western Ferry Group proposed
      // venture rules" the form describes a bare noun
      Token object = tokens.get(cue + 1);
      String f = object.folded();
      return object.isCapitalised() || DETERMINERS.contains(f) || POSSESSIVE_PRONOUNS.contains(f)
          || OBJECT_PRONOUNS.contains(f) || TRUE_PREPOSITIONS.contains(f) || f.equals("that") ? cue : -1;
    }

    /**
     * The index of the cue when a subject (a pronoun or a name of up to four words) and a speech or
     * cognition cue stand at {@code k} ("she also noted", "Mr. McKinley said"); -1 otherwise.
     */
    private int subjectAndCueAt(List<Token> tokens, int k) {
      int end = subjectEnd(tokens, k);
      return end < 0 ? -1 : speechVerbAt(tokens, end);
    }

    /** The index after a subject pronoun (not "it") or a name of up to four words at {@code k}; -1 when none. */
    private int subjectEnd(List<Token> tokens, int k) {
      if (k >= tokens.size()) {
        return -1;
      }
      if (SpeakerResolver.PRONOUNS.contains(tokens.get(k).folded()) && !tokens.get(k).folded().equals("it")) {
        return k + 1;
      }
      int name = k;
      while (k < tokens.size() && k - name < 4
          && (tokens.get(k).isWord() && tokens.get(k).isCapitalised() || isNameDot(tokens, k))) {
        k++;
      }
      return k == name ? -1 : k;
    }

    /**
     * Whether a cue in "-ed" describes a noun that is itself governed by a preposition: "in a video
     * posted to social media", "in a statement released by the ministry".
     */
    private boolean reducedRelative(List<Token> tokens, int cueAt, Span subject) {
      if (!tokens.get(cueAt).folded().endsWith("ed")) {
        return false;
      }
      int first = indexAt(tokens, subject.start());
      return first >= 1 && first < cueAt && DETERMINERS.contains(tokens.get(first).folded())
          && GOVERNING_PREPOSITIONS.contains(tokens.get(first - 1).folded());
    }

    /**
     * The index of a speech verb that starts a second statement by the same speaker inside a content:
     * a participle ("..., saying it was unfair", "by arguing that ...") or a verb joined to the first
     * ("praised the plan and said it ...", after a participle "calling it unfair and vowing to ...");
     * -1 when there is none.
     */
    private int participleAfter(List<Token> tokens, int from, boolean afterParticiple,
                                List<QuoteFinder.Quote> partialQuotes) {
      for (int j = from + 2; j < tokens.size() - 1; j++) {
        Token t = tokens.get(j);
        SpeechCues.Cue c = cueAt(tokens, j);
        if (c == null || c.kind() == SpeechCues.Kind.COGNITION || insideQuote(t.start(), partialQuotes)
            || c.kind() == SpeechCues.Kind.ACT && !t.folded().endsWith("ing")) {
          continue; // "..., calling it a disgrace" opens a statement; "and called" is left to the first
        }
        String before = tokens.get(j - 1).folded();
        if (before.equals("also") && j - 2 > from
            || "\"\u201D\u00BB'".contains(tokens.get(j - 1).text()) && j - 2 > from
            && tokens.get(j - 2).text().equals(",")) {
          before = tokens.get(j - 2).folded(); // "and also said"; "“... Cleveland,” referring to"
        }
        // "calling them liars and vowing to ...": a participle joined to the participle before it
        if (t.folded().endsWith("ing") ? PARTICIPLE_LEADS.contains(before) || afterParticiple && before.equals("and")
            : before.equals("and") || before.equals("but")) {
          return j;
        }
      }
      return -1;
    }

    /**
     * "She declared “...” and said that ...": the cue shares the sentence's subject; "“...,” he said,
     * adding that ...": the participle shares the quote's speaker.
     */
    private void reportedAfterQuotes(List<Token> tokens, Span sentence, List<QuoteFinder.Quote> partialQuotes) {
      List<Token> whole = Tokenizer.tokens(text, sentence.start(), sentence.end());
      for (int i = 1; i < tokens.size(); i++) {
        SpeechCues.Cue cue = cueAt(tokens, i);
        String before = tokens.get(i - 1).folded();
        // "..., adding that ...", "..., referring to ...", "“A,” she said before adding that ...", "..., then adding",
        // "..., while also saying that ..."
        String lead = before.equals("also") && i >= 2 ? tokens.get(i - 2).folded() : before;
        boolean participle = cue != null && cue.kind() != SpeechCues.Kind.COGNITION
            && !tokens.get(i).folded().equals("according") // "..., according to the Sun": a source, not more words
            && (lead.equals(",") || lead.equals("before") || lead.equals("then") || lead.equals("while"))
            && tokens.get(i).folded().endsWith("ing")
            || cue != null && goingOnTo(tokens, i); // "..., Moss said, going on to say that ..."
        // "“A,” Carson said on NBC, but he said ...": a clause of its own, its subject a pronoun.
        boolean ownSubject = cue != null && SUBJECT_PRONOUNS.contains(before) && i >= 2
            && (tokens.get(i - 2).folded().equals("but") || tokens.get(i - 2).folded().equals("and"))
            && !insideQuote(tokens.get(i).start(), quotes);
        if (cue == null || !(participle || ownSubject || before.equals("and") || before.equals("but")
            || before.equals("also"))) {
          continue;
        }
        Span speaker = ownSubject ? span(tokens.get(i - 1)) : openingSubject(whole);
        SpeakerResolver.Resolved actor = speaker == null ? null : speakers.resolve(speaker);
        Statement quoted = participle ? lastStatementIn(sentence) : null;
        if (quoted != null) {
          speaker = quoted.speakerSpan();
          actor = speaker != null ? speakers.resolve(speaker) : quoted.actorId() == null ? null
              : new SpeakerResolver.Resolved(quoted.actorId(), quoted.actorName());
        }
        int from = contentStartAfterCue(tokens, i, cue);
        if (speaker == null && actor == null || from < 0 || from >= tokens.size()) {
          return;
        }
        Span content = trimmed(tokens.get(from).start(), quoteAwareEnd(sentence.end(), partialQuotes));
        if (content != null && hasWords(content.start(), content.end(), 3)) {
          add(content, kindOf(content, partialQuotes), speaker, actor,
              new Attribution(speaker, span(tokens.get(i)), cue.lemma(), tokens.get(i).end()), sentence);
        }
        return;
      }
    }

    /**
     * A speaker phrase with the one "and" joins to it: "he and Brafman", "Trailing contenders Ted Cruz and John
     * Kasich", "Conservative columnist and Fox News contributor George Will". The phrase before "and" must be a
     * subject (at the start, or after punctuation or a subordinating word) with no verb in it: "Prices rose and
     * officials said", "Trump attacked Cruz and Rubio said" join nothing.
     */
    private Span withCoordinate(List<Token> tokens, Span phrase, int floor) {
      int first = indexAt(tokens, phrase.start());
      if (first - 2 < floor || !tokens.get(first - 1).folded().equals("and")) {
        return phrase;
      }
      Span left = nounPhraseEndingAt(tokens, first - 2, floor);
      if (left == null) {
        return phrase;
      }
      int leftFirst = indexAt(tokens, left.start());
      for (int k = leftFirst; k <= first - 2; k++) {
        Token t = tokens.get(k);
        if (isMainVerb(t) || t.isWord() && !t.isCapitalised() && cues.cue(t.folded()) != null
            || TRUE_PREPOSITIONS.contains(t.folded()) && !t.folded().equals("of")) {
          return phrase; // not "the confrontation between Mr. Trump and the Khan family"
        }
      }
      if (leftFirst > floor) {
        Token before = tokens.get(leftFirst - 1);
        String w = before.folded();
        boolean opens = !before.isWord() && !before.text().equals("'") || SUBORDINATORS.contains(w) || w.equals("that")
            || w.equals("both") || before.isCapitalised() && (OPENING_CONJUNCTIONS.contains(w) || SENTENCE_ADVERBS.contains(w));
        if (!opens) {
          return phrase;
        }
      }
      return new Span(left.start(), phrase.end());
    }

    /**
     * "The Democratic front-runner and former secretary of state said": lower-case words after "and" that share
     * the determiner of the phrase before it; null when the words before {@code j} are no such phrase.
     */
    private Span sharedDeterminerPhrase(List<Token> tokens, int j, int floor) {
      int k = j;
      while (k >= floor && j - k < 6 && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()
          && !isMainVerb(tokens.get(k)) && !SPEAKER_STOPS.contains(tokens.get(k).folded())
          && !DETERMINERS.contains(tokens.get(k).folded())) {
        k--;
      }
      if (k == j || k - 1 < floor || !tokens.get(k).folded().equals("and") || TRUE_PREPOSITIONS.contains(tokens.get(j).folded())) {
        return null;
      }
      String headBefore = tokens.get(k - 1).folded();
      if (ADJECTIVE_ENDINGS.stream().anyMatch(headBefore::endsWith)) {
        return null; // "this pointless and brutal war continues": two adjectives of one noun, no two speakers
      }
      Span right = new Span(tokens.get(k + 1).start(), tokens.get(j).end());
      Span joined = withCoordinate(tokens, right, floor);
      if (joined == right || !DETERMINERS.contains(tokens.get(indexAt(tokens, joined.start())).folded())) {
        return null;
      }
      return joined;
    }

    /**
     * Who issued the document a speaker phrase names ("Trump issued a statement saying ...", "His office put out a
     * statement saying ..."): the subject of the verb before it; null when the phrase is no such document.
     */
    private Span issuerOf(List<Token> tokens, Span speaker, int floor) {
      int first = indexAt(tokens, speaker.start());
      int head = lastIndexIn(tokens, speaker);
      while (head > first && (isWeekdayOrTime(tokens.get(head).folded()) || tokens.get(head).folded().equals("night"))) {
        head--; // "a statement Thursday night"
      }
      if (first < floor + 2 || !INDEFINITE_ARTICLES.contains(tokens.get(first).folded())
          || !speakerWords.documents().contains(tokens.get(head).folded())) {
        return null;
      }
      int verb = first - 1;
      if (tokens.get(verb).folded().equals("out") && verb >= floor + 2) {
        verb--; // "put out", "sent out"
      }
      if (!speakerWords.issuingVerbs().contains(tokens.get(verb).folded())) {
        return null;
      }
      return speakerPhraseBefore(tokens, verb, floor);
    }

    /**
     * The document a participle phrase describes, when the phrase before a cue is that participle's
     * object: in "A statement posted on the website said ..." the statement speaks, not the website.
     */
    private Span documentBeforeParticiple(List<Token> tokens, Span phrase, int floor) {
      int first = indexAt(tokens, phrase.start());
      if (first - 3 < floor || !TRUE_PREPOSITIONS.contains(tokens.get(first - 1).folded())
          || !tokens.get(first - 2).folded().endsWith("ed")) {
        return null;
      }
      Span document = nounPhraseEndingAt(tokens, first - 3, floor);
      return document != null && speakerWords.documents().contains(tokens.get(first - 3).folded())
          ? new Span(document.start(), phrase.end()) : null;
    }

    /**
     * The cue the token at {@code i} is, or null; a cognition verb in capitals after a title or a comma and
     * before a name ("spokeswoman Hope Hicks", ", Hope Hicks said") is part of the name.
     */
    private SpeechCues.Cue cueAt(List<Token> tokens, int i) {
      Token t = tokens.get(i);
      SpeechCues.Cue cue = cues.cueOrPhraseOpener(t.folded());
      // "asked for a recount"; not "what we ask for, or ...", where the request stands before the verb
      if (cue != null && cue.opensPhrase()) {
        SpeechCues.Cue phrase = i + 2 < tokens.size() && tokens.get(i + 2).isWord()
            && !PARTICLE_FOLLOWERS.contains(tokens.get(i + 2).folded())
            ? cues.phrase(t.folded(), tokens.get(i + 1).folded()) : null;
        // "spoke" alone attributes only a quote beside it; "spoke about the plan" says what was spoken of
        cue = phrase != null ? phrase : cue.kind() == SpeechCues.Kind.QUOTE ? null : cue;
      }
      if (cue != null && i > 0 && possessiveBefore(tokens.get(i - 1), t)
          && (i + 1 >= tokens.size() || !NOUN_COMPLEMENTS.contains(tokens.get(i + 1).folded()))) {
        // "his plans ran into trouble", "the country's challenges with ...": a noun after a possessive with no
        // clause of its own; "his promise to build a wall", "Trump's claims that ..." tell what was said
        return null;
      }
      if (cue != null && i > 0 && t.folded().endsWith("s") && BEFORE_PLURAL_NOUNS.contains(tokens.get(i - 1).folded())
          && (i + 1 >= tokens.size() || !NOUN_COMPLEMENTS.contains(tokens.get(i + 1).folded()))) {
        // "some calls into the hotline": a plural noun with no clause of its own, where "the other says"
        // speaks and "its calls for a ban" tell what was said
        return null;
      }
      if (cue != null && namingParticiple(tokens, i)) {
        return null; // "a group called Black Votes Matter, led by ...": a name given, nothing said
      }
      if (cue != null && namesSpeakers(tokens, i)) {
        return null; // "some protest leaders said ...": the form tells which leaders spoke
      }
      if (cue != null && cue.kind() == SpeechCues.Kind.COGNITION && t.isCapitalised() && i > 0 && i + 1 < tokens.size()
          && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalised()
          && (!tokens.get(i - 1).isCapitalised() || !tokens.get(i - 1).isWord())) {
        return null;
      }
      return cue;
    }

    /**
     * Whether the form at {@code i}, after a determiner, modifies a speaker noun that a cue or an auxiliary
     * follows: "some protest leaders said", "the protest leaders have sued", "two support staff told".
     */
    private boolean namesSpeakers(List<Token> tokens, int i) {
      if (i < 1 || i + 2 >= tokens.size() || !DETERMINERS.contains(tokens.get(i - 1).folded())
          || tokens.get(i - 1).folded().equals("her")) {
        return false; // not "O'Neill said officials are ...", "told her aides were ...": the form has a subject
      }
      Token head = tokens.get(i + 1);
      String verb = tokens.get(i + 2).folded();
      return !head.isCapitalised() && speakerWords.speakerHeads().contains(head.folded()) && (cues.cue(verb) != null
          || HAVE_FORMS.contains(verb) || BE_FORMS.contains(verb) || MODALS.contains(verb) && !verb.equals("to"));
    }

    /**
     * Whether the naming form at {@code i} gives a name after a common noun ("a program called Sandy Hook
     * Promise, which ...", "a firm called Cambridge Analytica."), or was phoned in ("called into the show"):
     * no speech act. "The senator called Trump a liar" goes on after the name, so it speaks.
     */
    private boolean namingParticiple(List<Token> tokens, int i) {
      Token form = tokens.get(i);
      if (i == 0 || i + 1 >= tokens.size() || !NAMING_FORMS.contains(form.folded())) {
        return false;
      }
      String next = tokens.get(i + 1).folded();
      if (next.equals("into") || next.equals("in") && i + 2 < tokens.size() && tokens.get(i + 2).folded().equals("to")) {
        return true; // "called into the radio program", "called in to a town hall"
      }
      Token before = tokens.get(i - 1);
      if (!before.isWord() || before.isCapitalised() || SpeakerResolver.PRONOUNS.contains(before.folded())
          || BETWEEN_SPEAKER_AND_CUE.contains(before.folded()) || isAdverb(before.folded())) {
        return false;
      }
      int k = i + 1;
      while (k < tokens.size() && k - i <= 6 && (tokens.get(k).isCapitalised() || isNameDot(tokens, k)
          || k > i + 1 && LABEL_CONNECTORS.contains(tokens.get(k).folded()) && connectsName(tokens, k))) {
        k++; // "Friends of the Pier"
      }
      if (k == i + 1) {
        return false;
      }
      String after = k < tokens.size() ? tokens.get(k).folded() : ".";
      return after.equals(",") || after.equals(".") || after.equals(";") || after.equals(")") || after.equals("which")
          || after.equals("that") || after.equals("who") || after.equals("and") || BE_FORMS.contains(after)
          || HAVE_FORMS.contains(after);
    }

    /** Whether the connectors from {@code k} ("of the") lead to a capitalised word within a name. */
    private static boolean connectsName(List<Token> tokens, int k) {
      while (k < tokens.size() && LABEL_CONNECTORS.contains(tokens.get(k).folded())) {
        k++;
      }
      return k < tokens.size() && tokens.get(k).isCapitalised();
    }

    /**
     * Whether {@code before} is a possessive that makes {@code form} a noun: "his", "their", "its", "my",
     * "our", "your" before any form ("her" may be an object: "made her say"), a name's "'s" before a form in
     * -s ("Trump's claims"; "he's said" has "has" in it).
     */
    private static boolean possessiveBefore(Token before, Token form) {
      String b = before.folded();
      return POSSESSIVE_PRONOUNS.contains(b) && !b.equals("her")
          || b.endsWith("'s") && b.length() > 2 && form.folded().endsWith("s") && !form.folded().endsWith("ss");
    }

    /**
     * The cue at {@code i} beside a direct quote: any cue, or a verb of written words in lower case ("the
     * sign read", not "Ian Read").
     */
    private SpeechCues.Cue quoteCueAt(List<Token> tokens, int i) {
      SpeechCues.Cue cue = cueAt(tokens, i);
      if (cue != null && cueAsNoun(tokens, i, cue) || i > 0 && possessiveBefore(tokens.get(i - 1), tokens.get(i))) {
        return null; // "with a view to", "for his support:": a form as often a noun speaks only after a subject
      }
      return cue != null || tokens.get(i).isCapitalised() ? cue : cues.quoteCue(tokens.get(i).folded());
    }

    /** Whether {@code cue}, at {@code i}, is a form as often a noun with no subject before it: "a protest". */
    private boolean cueAsNoun(List<Token> tokens, int i, SpeechCues.Cue cue) {
      return cue.nounToo() && (i == 0 || !verbAfterSubject(tokens, i));
    }

    /** The last statement found so far that starts inside {@code sentence}, or null. */
    private Statement lastStatementIn(Span sentence) {
      for (int k = found.size() - 1; k >= 0; k--) {
        Statement st = found.get(k);
        // or a quote begun in an earlier sentence whose attribution stands in this one
        if (st.content().start() >= sentence.start() && st.content().start() < sentence.end()
            || st.cueSpan() != null && sentence.contains(st.cueSpan().start())) {
          return st;
        }
      }
      return null;
    }

    /**
     * The index after a cue and the addressee it takes ("told The Associated Press", "told them"):
     * where a closing attribution must end; right after the cue for other cues.
     */
    private int afterAddressee(List<Token> tokens, int cueAt, SpeechCues.Cue cue) {
      return afterAddressee(tokens, cueAt, cue, false);
    }

    /**
     * The same; with {@code anyBeforeComma}, for a cue right before a quote, whoever is addressed counts
     * when a comma follows ("telling the crowd, “...”"): the quote after it is what was told.
     */
    private int afterAddressee(List<Token> tokens, int cueAt, SpeechCues.Cue cue, boolean anyBeforeComma) {
      if (!ADDRESSEE_CUES.contains(cue.lemma()) || cueAt + 1 >= tokens.size()) {
        return cueAt + 1;
      }
      int past = skipAddressee(tokens, cueAt + 1);
      if (past < 0) {
        return cueAt + 1;
      }
      boolean beforeComma = anyBeforeComma && past < tokens.size() && tokens.get(past).text().equals(",");
      for (int k = cueAt + 1; k < past && !beforeComma; k++) {
        Token t = tokens.get(k);
        if (speakerWords.thingsTold().contains(t.folded())
            || DETERMINERS.contains(t.folded()) && !OBJECT_PRONOUNS.contains(t.folded()) && k + 1 == past) {
          return cueAt + 1; // "told a joke" is what was told, not whom; "told the court", "told police" are whom
        }
      }
      return past;
    }

    /** Whether what follows a cue only finishes the attribution: nothing, "in a statement", "on Monday", ", adding". */
    private boolean endsAttribution(List<Token> tokens, int from) {
      if (from >= tokens.size()) {
        return true;
      }
      Token t = tokens.get(from);
      return !t.isWord() || PREPOSITIONS.contains(t.folded()) || t.folded().equals("of");
    }

    /**
     * "According to X, ..." and "..., according to X."; "As reported by X, ..." and "..., as first
     * reported by X." likewise.
     */
    private boolean accordingTo(Span sentence, List<Token> tokens, List<QuoteFinder.Quote> partialQuotes) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        int length = sourcePhraseAt(tokens, i);
        if (length == 0) {
          continue;
        }
        int bracket = openBracketBefore(tokens, i);
        if (speechVerbBefore(tokens, Math.max(1, bracket + 1), i)) {
          return false; // "Yermak noted that, according to the analysts, ...": the verb's subject speaks
        }
        Span cue = new Span(tokens.get(i).start(), tokens.get(i + length - 1).end());
        String lemma = length == 2 ? "according to" : "report";
        int speakerStart = i + length;
        int speakerEnd = speakerStart;
        while (speakerEnd < tokens.size() && (tokens.get(speakerEnd).isWord() || isNameDot(tokens, speakerEnd)
            || speakerEnd > speakerStart && (isJoiner(tokens, speakerEnd) || domainDot(tokens, speakerEnd)))) {
          speakerEnd++; // "an online University of Texas/Texas Tribune poll", "the recent 50-state poll", "Factcheck.org"
        }
        if (speakerEnd == speakerStart) {
          return false;
        }
        for (int p = speakerStart + 1; p < speakerEnd - 1; p++) {
          if (PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(p).folded()) && tokens.get(p - 1).isCapitalised()
              && onlyTime(tokens, p + 1, speakerEnd - 1)) {
            speakerEnd = p; // "according to the Gazette on Tuesday": when, not who; not "a poll released on Tuesday"
          }
        }
        Span speaker = new Span(tokens.get(speakerStart).start(), tokens.get(speakerEnd - 1).end());
        Span content;
        if (i == 0 || (i == 1 && !tokens.get(0).isWord())
            || i == 2 && (OPENING_CONJUNCTIONS.contains(tokens.get(0).folded())
            || SENTENCE_ADVERBS.contains(tokens.get(0).folded()))
            && tokens.get(1).text().equals(",")) { // "But, according to the poll, ...", "Now, according to ..."
          int comma = speakerEnd;
          while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
            comma++;
          }
          content = comma + 1 < tokens.size() ? trimmed(tokens.get(comma + 1).start(), sentence.end()) : null;
        } else if (speakerEnd < tokens.size() && (tokens.get(speakerEnd).text().equals(",")
            || isSpacedDash(tokens.get(speakerEnd))) && hasWords(tokens.get(speakerEnd).end(), sentence.end(), 3)) {
          // "Over the long term, according to the budget office, the rise in deficits is ...": the
          // attribution stands inside what it attributes.
          content = trimmed(sentence.start(), quoteAwareEnd(sentence.end(), partialQuotes));
        } else {
          // "(the actual number is closer to 15 percent, according to Factcheck.org)": the aside only
          content = trimmed(bracket >= 0 ? tokens.get(bracket + 1).start() : startAfterDateline(tokens, sentence),
              tokens.get(i).start());
        }
        if (content == null) {
          return false;
        }
        add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker),
            new Attribution(speaker, cue, lemma, cue.end()), sentence);
        return bracket < 0; // a bracketed source leaves the sentence around it to its own attribution
      }
      return false;
    }

    /** Whether the token at {@code k} is the dot of a web address written as a name: "Factcheck.org", "Vox.com". */
    private static boolean domainDot(List<Token> tokens, int k) {
      return k + 1 < tokens.size() && tokens.get(k).text().equals(".")
          && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start()
          && DOMAIN_ENDINGS.contains(tokens.get(k + 1).folded());
    }

    /** The index of a "(" before token {@code i} that no ")" closes before it; -1 when there is none. */
    private static int openBracketBefore(List<Token> tokens, int i) {
      for (int k = i - 1; k >= 0; k--) {
        String t = tokens.get(k).text();
        if (t.equals(")")) {
          return -1;
        }
        if (t.equals("(")) {
          return k;
        }
      }
      return -1;
    }

    /**
     * The index of the comma before a source that closes the sentence ("Moss said the pier was safe,
     * according to the minutes of the meeting."): the writer's source for the whole report, not part of what
     * was said; -1 when there is none, or when a clause of the sentence's own goes on after the source
     * (", according to a tally, but his lead is narrowing").
     */
    private static int trailingSource(List<Token> tokens, int from, int contentEnd) {
      for (int k = from + 3; k + 2 < tokens.size() && tokens.get(k + 2).start() < contentEnd; k++) {
        int phrase = tokens.get(k).text().equals(",") ? sourcePhraseAt(tokens, k + 1) : 0;
        if (phrase == 0) {
          continue;
        }
        for (int j = k + 1 + phrase; j + 1 < tokens.size(); j++) {
          if (tokens.get(j).text().equals(",") && CLAUSE_AFTER_SOURCE.contains(tokens.get(j + 1).folded())) {
            return -1;
          }
        }
        return k;
      }
      return -1;
    }

    /**
     * The number of tokens of a phrase naming a source at {@code i}: 2 for "according to", 3 or 4 for "as
     * reported by" and "as first reported by" (one adverb of when); 0 when none starts there.
     */
    private static int sourcePhraseAt(List<Token> tokens, int i) {
      if (tokens.get(i).folded().equals("according") && tokens.get(i + 1).folded().equals("to")) {
        return 2;
      }
      if (!tokens.get(i).folded().equals("as")) {
        return 0;
      }
      int reported = REPORT_ADVERBS.contains(tokens.get(i + 1).folded()) ? i + 2 : i + 1;
      return reported + 1 < tokens.size() && tokens.get(reported).folded().equals("reported")
          && tokens.get(reported + 1).folded().equals("by") ? reported + 2 - i : 0;
    }

    /**
     * Whether a speech verb ("noted", "reported") stands before token {@code i}, as a verb: not
     * "pledged" in "758 pledged delegates", which describes the noun after it.
     */
    private boolean speechVerbBefore(List<Token> tokens, int from, int i) {
      for (int k = from; k < i; k++) {
        SpeechCues.Cue cue = cueAt(tokens, k);
        if (cue != null && cue.kind() == SpeechCues.Kind.SPEECH && !isAuxiliaryUse(tokens, k)
            && !describesNoun(tokens, k, i) && !saysNothing(tokens, k)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the cue at {@code k} has "nothing" or "little" for all its object: "said little, according
     * to an attendee". Not "said nothing would change", and not "said little about the plan", where
     * PolNeAR takes the topic for what was said.
     */
    private boolean saysNothing(List<Token> tokens, int k) {
      if (k + 1 >= tokens.size() || !NOTHING.contains(tokens.get(k + 1).folded())) {
        return false;
      }
      if (k + 2 >= tokens.size()) {
        return true;
      }
      return !tokens.get(k + 2).isWord() && !isQuoteMark(tokens.get(k + 2));
    }

    /**
     * Whether the -ed form at {@code k} stands between a number, determiner or preposition and its noun,
     * before {@code i}.
     */
    private boolean describesNoun(List<Token> tokens, int k, int i) {
      String w = tokens.get(k).folded();
      if (!w.endsWith("ed") || w.equals("said") || k + 1 >= i || !tokens.get(k + 1).isWord()) {
        return false;
      }
      String next = tokens.get(k + 1).folded();
      return !next.equals("that") && !SpeakerResolver.PRONOUNS.contains(next) && !DETERMINERS.contains(next)
          && cues.cue(next) == null && (isNumber(tokens.get(k - 1)) || DETERMINERS.contains(tokens.get(k - 1).folded())
          || TRUE_PREPOSITIONS.contains(tokens.get(k - 1).folded())); // "the gap in pledged delegates"
    }

    /** A "/", "-" or "&" between two words of a name: "Texas/Texas Tribune", "50-state", "AT&T". */
    private boolean isJoiner(List<Token> tokens, int k) {
      String t = tokens.get(k).text();
      return (t.equals("/") || t.equals("-") || t.equals("&")) && k + 1 < tokens.size() && tokens.get(k + 1).isWord()
          && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    /**
     * "In a council survey released Monday, most fishermen were against it", "In the mayor's words,
     * ...": a sentence opening with a source that speaks for the rest of it.
     */
    private boolean inSource(Span sentence, List<Token> tokens, List<QuoteFinder.Quote> partialQuotes) {
      if (!tokens.get(0).folded().equals("in")) {
        return false;
      }
      boolean source = false;
      boolean spoken = false;
      boolean possessive = false;
      boolean afterPreposition = false;
      boolean evidence = false;
      for (int k = 1; k < Math.min(tokens.size(), 16); k++) {
        Token t = tokens.get(k);
        if (t.text().equals(",") && spoken && !cueAfter(tokens, k)) {
          // "In a speech in Port Alma, Bay County, Moss laid out ...": the subject may follow a later comma
          for (int c = k; c < Math.min(tokens.size(), 16); c++) {
            if (tokens.get(c).text().equals(",") && spokenBySubjectAfter(sentence, tokens, c, partialQuotes)) {
              return true;
            }
          }
        }
        if (t.text().equals(",") && possessive) {
          return false; // "In his view, ...": his words, whose he is the clause after the comma names
        }
        if (t.text().equals(",")) {
          Span content = source && k + 1 < tokens.size() ? trimmed(tokens.get(k + 1).start(), sentence.end()) : null;
          if (content == null || !hasWords(content.start(), content.end(), 3)) {
            return false;
          }
          if (cueAfter(tokens, k)) {
            return false; // "In an interview, Trump said ...": the speaker is named after the comma
          }
          Span speaker = new Span(tokens.get(1).start(), tokens.get(k - 1).end());
          Span cue = span(tokens.get(0));
          add(content, kindOf(content, partialQuotes), speaker, speakers.resolve(speaker),
              new Attribution(speaker, cue, "in", cue.end()), sentence);
          return true;
        }
        if (k == 1 && POSSESSIVE_PRONOUNS.contains(t.folded())) {
          possessive = true; // "In his statement, Moss ..." names its speaker after the comma
          continue;
        }
        if (!t.isWord() && !isApostrophe(t) && !t.text().equals("/") && !t.text().equals("-")
            || POSSESSIVE_PRONOUNS.contains(t.folded()) || t.folded().equals("other")) {
          return false; // "in other words"
        }
        source |= speakerWords.sourceNouns().contains(t.folded());
        // not "In response to Moss's address": a source after a preposition is not where the words were said
        spoken |= speakerWords.spokenSources().contains(t.folded()) && !afterPreposition && !t.isCapitalised();
        afterPreposition |= TRUE_PREPOSITIONS.contains(t.folded());
        // "In a Post poll released Sunday, three of four voters ...": the poll speaks, not the voters
        evidence |= speakerWords.sourceNouns().contains(t.folded()) && !speakerWords.spokenSources().contains(t.folded());
        spoken &= !evidence;
      }
      return false;
    }

    /** Whether a cue stands after token {@code k}. */
    private boolean cueAfter(List<Token> tokens, int k) {
      for (int c = k + 1; c < tokens.size(); c++) {
        if (cueAt(tokens, c) != null) {
          return true;
        }
      }
      return false;
    }

    /**
     * "In a speech in Port Alma, Moss laid out her plan", "In a statement issued Monday, the minister was
     * more cautious": after a source that is someone's own words, a clause whose subject has no cue of its
     * own is what that subject said there. Adds it when the words after the comma at {@code comma} open
     * with such a subject and its verb.
     */
    private boolean spokenBySubjectAfter(Span sentence, List<Token> tokens, int comma,
                                         List<QuoteFinder.Quote> partialQuotes) {
      List<Token> rest = tokens.subList(comma + 1, tokens.size());
      Span subject = rest.size() < 3 ? null : clauseSubject(rest);
      if (subject == null) {
        return false;
      }
      int verb = lastIndexIn(rest, subject) + 1;
      Token next = verb < rest.size() ? rest.get(verb) : null;
      if (next == null || !next.isWord() || next.isCapitalised() || NOT_SPEAKERS.contains(text.substring(
          subject.start(), subject.end()).toLowerCase(Locale.ROOT))) {
        return false; // "In a speech in Port Alma, Bay County, ...": a place; "In the interviews, it was ..."
      }
      Span content = trimmed(next.start(), sentence.end());
      if (content == null || !hasWords(content.start(), content.end(), 3)) {
        return false;
      }
      Span cue = span(tokens.get(0));
      add(content, kindOf(content, partialQuotes), subject, speakers.resolve(subject),
          new Attribution(subject, cue, "in", cue.end()), sentence);
      return true;
    }

    /**
     * The subject a clause opens with: a pronoun, a name, a determiner's phrase, or a name after a title in
     * lower case ("presidential nominee Jane Moss", "harbour minister Moss"); null otherwise.
     */
    private Span clauseSubject(List<Token> clause) {
      Span subject = openingSubject(clause);
      if (subject != null) {
        return subject;
      }
      int k = 0;
      while (k < clause.size() && k < 3 && clause.get(k).isWord() && !clause.get(k).isCapitalised()
          && !FINITE_AUXILIARIES.contains(clause.get(k).folded()) && !isAdverb(clause.get(k).folded())
          && !clause.get(k).folded().endsWith("ing") && !TRUE_PREPOSITIONS.contains(clause.get(k).folded())) {
        k++;
      }
      if (k == 0 || k >= clause.size() - 1 || !clause.get(k).isCapitalised()) {
        return null;
      }
      Span name = openingSubject(clause.subList(k, clause.size()));
      return name == null ? null : new Span(clause.get(0).start(), name.end());
    }

    /**
     * Whether a form that is as often a noun stands as a verb: after a subject word (a pronoun other
     * than a possessive, "who", a modal or "not", an adverb, a plural or a share) and not before a
     * preposition: "voters support a ban", "who would support him"; not "his support for", "48% support".
     */
    private boolean verbAfterSubject(List<Token> tokens, int i) {
      String prev = tokens.get(i - 1).folded();
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).folded() : "";
      if (!tokens.get(i - 1).isWord() || NOUN_FOLLOWERS.contains(next) || i + 1 >= tokens.size()
          || !tokens.get(i + 1).isWord() || prev.equals("percent")) {
        return false; // "41 percent support": a poll's figure
      }
      String twoBefore = i >= 2 ? tokens.get(i - 2).folded() : "";
      if (SUBJECT_PRONOUNS.contains(prev)
          && (twoBefore.equals("do") || twoBefore.equals("does") || twoBefore.equals("did"))) {
        return false; // "Do you support Ted Cruz?": a question, nobody's view
      }
      return SUBJECT_PRONOUNS.contains(prev) || prev.equals("who") || MODALS.contains(prev) || prev.equals("not")
          || prev.equals("n't") || isAdverb(prev) && !tokens.get(i - 1).isCapitalised()
          || shareEndingAt(tokens, i - 1, 0) != null && !tokens.get(i - 1).folded().equals("%")
          || looksPlural(prev) && !tokens.get(i - 1).isCapitalised() // "voters support", not "various"
          || peopleOfAShareBefore(tokens, i);
    }

    /**
     * Whether a plural of people counted as a share ends before {@code i}: "a majority of Republicans
     * support", "most Democrats oppose", "the senators surveyed support". A capitalised plural alone is
     * as often a name before a noun ("Sanders support among the young").
     */
    private boolean peopleOfAShareBefore(List<Token> tokens, int i) {
      int k = i - 1;
      if (k >= 2 && POLLED.contains(tokens.get(k).folded())) {
        k--; // "the students polled support"
      }
      String people = k < 1 ? "" : tokens.get(k).folded();
      if (k < 1 || !looksPlural(people) || people.endsWith("us")) { // not "census", "campus"
        return false;
      }
      String before = tokens.get(k - 1).folded();
      return k < i - 1 || before.equals("of") || SHARES.contains(before) && !before.equals("percent")
          || before.equals("all");
    }

    /** Whether a folded word ends as a plural noun does: "voters", not "boss", "Moss's" or "various". */
    private static boolean looksPlural(String folded) {
      return folded.length() > 3 && folded.endsWith("s") && !folded.endsWith("ss") && !folded.endsWith("'s")
          && !folded.endsWith("ous");
    }

    /**
     * "said" in "the so-called deal", "a said person" or "has been told to" is no attribution, nor is
     * a passive of a cue that takes an addressee ("Clinton is assured of", "was told").
     */
    private boolean isAuxiliaryUse(List<Token> tokens, int i) {
      String prev = tokens.get(i - 1).folded();
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).folded() : "";
      SpeechCues.Cue cue = cueAt(tokens, i);
      // "was told", "will be denied", "should be said": the subject is no speaker
      boolean passive = (BE_FORMS.contains(prev) || i >= 2 && BE_FORMS.contains(tokens.get(i - 2).folded())
          && (BETWEEN_SPEAKER_AND_CUE.contains(prev) || isAdverb(prev))) // "was once asked"
          && cue != null && !tokens.get(i).folded().endsWith("ing");
      // "these challenges", "those plans": a demonstrative makes the cue's form a noun that nobody said (after
      // a possessive it may be one: "his promise to build a wall", "its calls for ..." are attributions)
      boolean noun = prev.equals("these") || prev.equals("those");
      // "her alleged ties", "its preferred venue": after a possessive a form in -ed describes a noun
      boolean adjective = POSSESSIVE_PRONOUNS.contains(prev) && tokens.get(i).folded().endsWith("ed")
          && !tokens.get(i).folded().equals("said");
      boolean measure = cue != null && cue.lemma().equals("decline") && amountAfter(tokens, i);
      // "demand for coal", "demand from China cooled": the noun; "Moss reported from Port Alma": a byline
      boolean demandFor = cue != null && cue.lemma().equals("demand") && !tokens.get(i).folded().endsWith("ed")
          && (next.equals("for") || next.equals("from")) && !SUBJECT_PRONOUNS.contains(prev) && !MODALS.contains(prev)
          && !prev.equals("to") && !prev.equals("who"); // not "I demand from you"
      // "declining in frequency", "offers of credit", "the interbank offered rate", "supply and demand, ...":
      // a change, a thing on sale or a noun, nothing said
      boolean commerce = cue != null && (cue.lemma().equals("decline") && next.equals("in")
          || cue.lemma().equals("offer") && (next.equals("of") || next.equals("rate") || next.equals("rates"))
          || cue.lemma().equals("demand") && (next.equals(",") || next.equals("and") || next.equals("or"))
          && !SUBJECT_PRONOUNS.contains(prev) && !MODALS.contains(prev) && !prev.equals("to")
          || tokens.get(i).folded().equals("preferred") && (speakerWords.securities().contains(next) // "preferred stock"
              || next.equals("to") && i + 2 < tokens.size() && isRating(tokens.get(i + 2))) // "preferred to BB"
          || cue.lemma().equals("post") && postsAFigure(tokens, i) // "posted a net loss of ..."
          // "held talks with the banks", "the debt talks in New York"; not "Moss talks about the pier"
          || tokens.get(i).folded().equals("talks") && !TALKS_AS_VERB.contains(next)
          && !SUBJECT_PRONOUNS.contains(prev) && !prev.equals("who"));
      boolean byline = cue != null && cue.lemma().equals("report") && next.equals("from") && i + 2 < tokens.size()
          && tokens.get(i + 2).isCapitalised() && tokens.subList(i + 2, tokens.size()).stream()
              .noneMatch(t -> t.folded().equals("that")); // not "reported from Damascus that ..."
      return passive || noun || adjective || measure || demandFor || commerce || byline
          || cue != null && cue.nounToo() && !verbAfterSubject(tokens, i)
          || prev.equals("so") || prev.equals("the") || prev.equals("a") || prev.equals("an")
          || prev.equals("worth") // "It is worth noting that ...": the writer's aside
          || (next.equals("to") && !tokens.get(i).folded().endsWith("ing") // "was told to", not "was referring to"
              && (prev.equals("was") || prev.equals("were") || prev.equals("been") || prev.equals("be")))
          || next.equals("by") && !(i + 2 < tokens.size() && speakerWords.meansOfSpeech().contains(tokens.get(i + 2).folded()));
    }

    /** Whether a token is a credit rating: "BB", "AA-minus", "A-1-plus", "BBB". */
    private static boolean isRating(Token t) {
      String w = t.text();
      return w.length() <= 10 && !w.isEmpty() && "ABC".indexOf(w.charAt(0)) >= 0
          && w.chars().allMatch(c -> "ABC+-123".indexOf(c) >= 0 || Character.isLowerCase(c))
          && (w.length() == 1 || "ABC".indexOf(w.charAt(1)) >= 0 || w.charAt(1) == '-');
    }

    /**
     * Whether "posted" at {@code i} reports a figure rather than a message: "posted a net loss of 4 mln
     * dlrs", "posted record earnings", "the posted price"; not "posted on Twitter that ...".
     */
    private boolean postsAFigure(List<Token> tokens, int i) {
      for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
        String w = tokens.get(k).folded();
        if (speakerWords.figuresPosted().contains(w)) {
          return true;
        }
        if (!tokens.get(k).isWord() || w.equals("that") || w.equals("on")) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether a word that opens a sentence alone is a capital only: "Having", "Regarding", "There",
     * "Then", "But", "Hastily"; not names that look like such words ("Kelly", "King", "Schlafly").
     */
    private boolean notAName(String folded) {
      return NOT_SUBJECTS.contains(folded) || SENTENCE_ADVERBS.contains(folded) || OPENING_CONJUNCTIONS.contains(folded)
          || PARTICIPLE_OPENERS.contains(folded) || isAdverb(folded);
    }

    /** An adverb in -ly by its ending ("hastily", "initially", "recently"), long enough not to be a name ("Kelly"). */
    private static boolean isAdverb(String folded) {
      return folded.length() >= 7 && ADVERB_ENDINGS.stream().anyMatch(folded::endsWith);
    }

    /** The subject a sentence opens with: a pronoun or a name ("She brought it down, but said ..."). */
    private Span openingSubject(List<Token> tokens) {
      int dateline = afterDateline(tokens);
      if (dateline > 0) {
        return openingSubject(tokens.subList(dateline, tokens.size())); // "BRUSSELS — European leaders ..."
      }
      Token first = tokens.get(0);
      if (SpeakerResolver.PRONOUNS.contains(first.folded())) {
        return span(first);
      }
      int k = 0;
      while (k < tokens.size() && (tokens.get(k).isCapitalised() || isNameDot(tokens, k))) {
        k++;
      }
      if (k >= 1 && TRUE_PREPOSITIONS.contains(first.folded())) {
        // "On Sunday morning Moss made ...", "In May 2012 the board voted ...": a time with no comma after it
        int time = 1;
        while (time < tokens.size() - 1 && (TIME_WORDS.contains(tokens.get(time).folded())
            || MONTHS.contains(tokens.get(time).folded()) || time > 1 && isNumber(tokens.get(time)))) {
          time++;
        }
        if (time > 1 && (tokens.get(time).isCapitalised() || DETERMINERS.contains(tokens.get(time).folded()))) {
          return openingSubject(tokens.subList(time, tokens.size()));
        }
        // "On September 27 they published ...", "In a statement, the group called for ...": the subject
        // after a short opening phrase.
        for (int p = 1; p < Math.min(tokens.size() - 1, 12); p++) {
          String f = tokens.get(p).folded();
          if (f.equals(",")) {
            List<Token> rest = tokens.subList(p + 1, tokens.size());
            return TRUE_PREPOSITIONS.contains(rest.get(0).folded()) ? null : openingSubject(rest);
          }
          if (p < 6 && SpeakerResolver.PRONOUNS.contains(f) && !f.equals("it")) {
            return span(tokens.get(p));
          }
        }
        return null;
      }
      int afterTime = afterOpeningTime(tokens);
      if (afterTime > 0) {
        return openingSubject(tokens.subList(afterTime, tokens.size())); // "Hours later, Moss ...", "Last week Moss ..."
      }
      if (k <= 1 && DETERMINERS.contains(first.folded())) {
        return determinerPhrase(tokens); // "A group of doctors, calling for ...", "The doctor began by saying ..."
      }
      if (k == 1 && SUBORDINATORS.contains(first.folded())) {
        return null; // "After saying ...": a capital, not a name
      }
      String f = first.folded();
      if (k == 1 && (OPENING_CONJUNCTIONS.contains(f) || SENTENCE_ADVERBS.contains(f) || isAdverb(f))) {
        return tokens.size() > 2 ? openingSubject(tokens.subList(1, tokens.size())) : null; // "And then she added ..."
      }
      if (k == 1 && notAName(f)) {
        return null; // "Having noted ...", "Regarding ...", "There are ...": a capital, not a name
      }
      if (k >= 2 && k < tokens.size() && tokens.get(k).text().equals(",")) {
        // "Jo Hale, a former harbour chairman, became a delegate and said ...": a name and its apposition
        int close = k + 1;
        while (close < Math.min(tokens.size() - 1, k + 10) && !tokens.get(close).text().equals(",")) {
          close++;
        }
        boolean opening = !SUBORDINATORS.contains(f) && !TRUE_PREPOSITIONS.contains(f); // not "Since January, the"
        boolean closed = close < tokens.size() - 1 && tokens.get(close).text().equals(",")
            && tokens.get(close + 1).isWord() && !tokens.get(close + 1).isCapitalised()
            && tokens.subList(k + 1, close).stream().noneMatch(t -> FINITE_AUXILIARIES.contains(t.folded()));
        if (opening && closed && PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(k + 1).folded())) {
          // "Mr. Trump, in an interview on Friday, dwelled on ...": where and when, not who
          return new Span(first.start(), tokens.get(k - 1).end());
        }
        boolean apposition = opening && (DETERMINERS.contains(tokens.get(k + 1).folded()) || isNumber(tokens.get(k + 1)));
        return apposition && closed ? new Span(first.start(), tokens.get(close - 1).end()) : null;
      }
      int nounEnd = k >= 1 ? subjectWordsEnd(tokens, k) : -1;
      if (nounEnd >= k) {
        // "European leaders gathered ...", "Democratic presidential nominee Hillary Clinton chimed in ...",
        // "The Republican nominee also outlined ...": the words up to the verb
        return new Span(first.start(), tokens.get(nounEnd).end());
      }
      return k >= 1 && k < tokens.size() && !tokens.get(k).text().equals(",") ? new Span(first.start(), tokens.get(k - 1).end())
          : null;
    }

    /**
     * The last of the plain words from {@code k} on (at most five, lower-case nouns and names, no
     * preposition, conjunction or punctuation) that a main verb follows, over words such as "also"; -1
     * when no verb follows them.
     */
    private static int subjectWordsEnd(List<Token> tokens, int k) {
      int m = k;
      while (m < Math.min(tokens.size(), k + 5) && tokens.get(m).isWord() && !isMainVerb(tokens.get(m))
          && !BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(m).folded()) && !isAdverb(tokens.get(m).folded())
          && !TRUE_PREPOSITIONS.contains(tokens.get(m).folded()) && !SPEAKER_STOPS.contains(tokens.get(m).folded())
          && !DETERMINERS.contains(tokens.get(m).folded())) {
        m++;
      }
      int verb = m < tokens.size() && FINITE_AUXILIARIES.contains(tokens.get(m).folded()) ? m
          : afterWordsBetween(tokens, m); // "officials have said", "the nominee also outlined"
      return m > k && verb < tokens.size() && isMainVerb(tokens.get(verb)) ? m - 1 : -1;
    }

    /** Whether tokens {@code from} to {@code to} are a time alone ("Monday", "Hours later", "Last week", "May"). */
    private boolean onlyTime(List<Token> tokens, int from, int to) {
      for (int k = from; k <= to; k++) {
        String f = tokens.get(k).folded();
        if (!isTimePhrase(tokens, k, k) && !TIME_UNITS.contains(f) && !TIME_QUALIFIERS.contains(f) && !LATER.contains(f)
            && !isCount(tokens.get(k)) && !DETERMINERS.contains(f) && !f.equals("few") && !f.equals("same")) {
          return false;
        }
      }
      return isTimePhrase(tokens, to, to) || TIME_UNITS.contains(tokens.get(to).folded())
          || LATER.contains(tokens.get(to).folded())
          || from == to && TIME_QUALIFIERS.contains(tokens.get(to).folded()) && !tokens.get(to).folded().equals("this");
    }

    /**
     * Where a clause's subject starts after a phrase of time at {@code k} ("late Saturday he", "on Monday,
     * the board", "last week Moss"), or {@code k} when no time phrase stands there before a subject.
     */
    private int pastTime(List<Token> tokens, int k) {
      int from = k < tokens.size() && PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(k).folded()) ? k + 1 : k;
      for (int end = from; end < Math.min(tokens.size() - 1, from + 3); end++) {
        int next = tokens.get(end + 1).text().equals(",") ? end + 2 : end + 1;
        if (next < tokens.size() && (tokens.get(next).isCapitalised() && !isTimePhrase(tokens, next, next)
            || SUBJECT_PRONOUNS.contains(tokens.get(next).folded())) && onlyTime(tokens, from, end)) {
          return next;
        }
      }
      return k;
    }

    /**
     * Where a sentence's subject starts after an opening phrase of time ("Last week, ", "Hours later, ",
     * "Earlier this week ", "Later on Sunday, ", "A year ago, "), or -1 when the sentence opens otherwise.
     * Without a comma only a phrase that begins with a word of time qualifies ("Last week Moss said").
     */
    private int afterOpeningTime(List<Token> tokens) {
      int k = 0;
      boolean time = false;
      while (k < Math.min(tokens.size() - 2, 7)) {
        String f = tokens.get(k).folded();
        boolean unit = isTimePhrase(tokens, k, k) || TIME_UNITS.contains(f);
        if (!unit && !TIME_QUALIFIERS.contains(f) && !LATER.contains(f) && !isCount(tokens.get(k))
            && !(k > 0 && (f.equals("this") || f.equals("the") || PLACE_AND_TIME_PREPOSITIONS.contains(f)))
            && !(k == 0 && (f.equals("a") || f.equals("an"))) && !f.equals("few") && !f.equals("several")) {
          break;
        }
        time |= unit || LATER.contains(f);
        k++;
      }
      if (!time || k == 0) {
        return -1;
      }
      if (tokens.get(k).text().equals(",")) {
        return k + 1;
      }
      boolean opensWithTime = TIME_QUALIFIERS.contains(tokens.get(0).folded());
      return opensWithTime && isTimePhrase(tokens, k - 1, k - 1) && tokens.get(k).isCapitalised() ? k : -1;
    }

    /**
     * The noun phrase a sentence opens with after a determiner, up to the first word that looks like
     * its verb: "A reporter for USA Today", "The authors of the report"; null for a lone determiner.
     */
    private Span determinerPhrase(List<Token> tokens) {
      int k = 1;
      while (k < tokens.size() && k < 10) {
        Token t = tokens.get(k);
        String f = t.folded();
        boolean linking = f.equals("of") || f.equals("for") && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised();
        if (!t.isWord() || !linking && !t.isCapitalised() && (SPEAKER_STOPS.contains(f) || FINITE_AUXILIARIES.contains(f)
            || BETWEEN_SPEAKER_AND_CUE.contains(f) || cues.cue(f) != null || f.endsWith("ly")
            || (f.endsWith("ed") || IRREGULAR_PASTS.contains(f)) && k > 1)) {
          break;
        }
        k++;
      }
      return k >= 2 && !tokens.get(k - 1).folded().equals("of") ? new Span(tokens.get(0).start(), tokens.get(k - 1).end())
          : null;
    }

    /**
     * Whether a speech verb after "to" at {@code i} says what the sentence's subject set out to say ("Moss
     * went out of her way to say", "Brandt stood at a rally in Dover to say"): a verb stands between them,
     * and no cue, clause break or object that would speak instead ("urged Lee to say", "pressed her to say").
     */
    private boolean purposeOfSubject(List<Token> tokens, int i, SpeechCues.Cue cue) {
      if (cue.kind() != SpeechCues.Kind.SPEECH || i < 3 || i + 1 >= tokens.size()
          || !tokens.get(i - 1).folded().equals("to") || !tokens.get(i).folded().equals(cue.lemma())) {
        return false;
      }
      String next = tokens.get(i + 1).folded(); // a clause follows: "to say that", "to ask whether", "to tell him"
      if (!next.equals("that") && !QUESTION_CLAUSE_OPENERS.contains(next) && !SUBJECT_PRONOUNS.contains(next)
          && !OBJECT_PRONOUNS.contains(next)) {
        return false;
      }
      Span subject = openingSubject(tokens);
      if (subject == null || NOT_SPEAKERS.contains(text.substring(subject.start(), subject.end()).toLowerCase(Locale.ROOT))) {
        return false;
      }
      Token before = tokens.get(i - 2);
      if (OBJECT_PRONOUNS.contains(before.folded()) || before.isCapitalised()
          && !TRUE_PREPOSITIONS.contains(tokens.get(i - 3).folded())) {
        return false;
      }
      boolean verb = false;
      int afterSubject = lastIndexIn(tokens, subject) + 1;
      for (int k = afterSubject; k < i - 1; k++) {
        Token t = tokens.get(k);
        String f = t.folded();
        // "is expected to argue", "continued to insist": a cue's past form right before "to" carries the one after it
        boolean carries = k == i - 2 && f.endsWith("ed");
        if (!t.isWord() || cueAt(tokens, k) != null && !carries || SPEAKER_STOPS.contains(f) && !TRUE_PREPOSITIONS.contains(f)) {
          return false;
        }
        verb |= isMainVerb(t) || presentInS(f) && k == afterSubject;
      }
      return verb;
    }

    /**
     * Whether a pronoun, a capitalised word or an auxiliary stands before the adverbs in -ly that end at
     * {@code j}, so that a form in -ed after them is a verb ("Moss sharply criticized", "has openly praised").
     */
    private static boolean subjectBeforeAdverbs(List<Token> tokens, int j, int floor) {
      int k = j;
      while (k >= floor && !tokens.get(k).isCapitalised() && isAdverb(tokens.get(k).folded())) {
        k--;
      }
      if (k == j || k < floor) {
        return false;
      }
      Token t = tokens.get(k);
      return t.isWord() && (t.isCapitalised() || SpeakerResolver.PRONOUNS.contains(t.folded())
          || HAVE_FORMS.contains(t.folded()));
    }

    /** Whether the cue at {@code i} shares its subject with an earlier verb: "X did this and said ...". */
    private boolean coordinated(List<Token> tokens, int i) {
      int j = i - 1;
      while (j > 0 && BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(j).folded())) {
        j--;
      }
      String w = tokens.get(j).folded();
      return w.equals("and") || w.equals("but") || w.equals(",");
    }

    /** Where the content begins after a cue, or -1 when the cue does not introduce speech here. */
    private int contentStartAfterCue(List<Token> tokens, int cueAt, SpeechCues.Cue cue) {
      int j = cueAt + 1;
      if (j >= tokens.size()) {
        return -1;
      }
      if (cue.kind() == SpeechCues.Kind.ACT) {
        return j; // "described the talks as ...": what follows the verb is what was said
      }
      if (tokens.get(j).folded().equals("to") && INTENT_CUES.contains(cue.lemma()) && j + 1 < tokens.size()
          && infinitive(tokens.get(j + 1))) {
        return j + 1; // "pledged to push for an amendment to the decision that ...": not from the relative "that"
      }
      int intended = INTENT_CUES.contains(cue.lemma()) ? infinitiveAfterTime(tokens, j) : -1;
      if (intended >= 0) {
        return intended; // "vowed on Monday to take the case to court", "agreed last week to sell the pier"
      }
      int limit = Math.min(tokens.size(), cueAt + 20);
      for (int k = j; k < limit; k++) {
        String f = tokens.get(k).folded();
        if (k > j && isSpacedDash(tokens.get(k)) && commentAfterDash(tokens, k - 1)) {
          break; // "..., the office reported on Tuesday -- a development that ...": a comment on the sentence
        }
        if (isQuoteMark(tokens.get(k)) && !pluralPossessive(tokens, k)) { // not "told CBS News' Charlie Rose that"
          int past = pastQuotedTitle(tokens, k);
          if (past < 0) {
            break; // a "that" inside the quotation is the speaker's, not the writer's
          }
          k = past - 1; // said on ABC's “This Week” that ...
          continue;
        }
        // "said the scandal is the latest issue that ...", "said the image harked back to a belief that ...";
        // not "said in an interview published on Monday that ...", where the participle describes the interview
        // "said she met the mayor and that ...": a pronoun and its verb open what was said, up to the "and"
        if (FINITE_AUXILIARIES.contains(f)
            || k > j + 1 && isMainVerb(tokens.get(k)) && !PREPOSITIONS.contains(tokens.get(j).folded())
            || k == j + 1 && isMainVerb(tokens.get(k)) && SUBJECT_PRONOUNS.contains(tokens.get(j).folded())) {
          break;
        }
        if (f.equals("that") && k + 1 < tokens.size() && FINITE_AUXILIARIES.contains(tokens.get(k + 1).folded())) {
          // a verb right after "that": "said that was not her view" (the subject), "questions that would be
          // put to him" (a relative clause); neither opens what was said
          if (k == j) {
            return k;
          }
          break;
        }
        if (f.equals("that") && !TRUE_PREPOSITIONS.contains(tokens.get(k - 1).folded())) { // not "in that agreement"
          int c = k + 1;
          while (c < tokens.size() && (tokens.get(c).text().equals(",") || isSpacedDash(tokens.get(c)))) {
            c++; // "said that, at this point, ...", "said that – in his view – ..."
          }
          return c < tokens.size() && (tokens.get(c).isWord() || isQuoteMark(tokens.get(c))) ? c : -1;
        }
        SpeechCues.Cue other = k > j ? cues.cue(f) : null;
        if (f.equals(".") || f.equals(";") || other != null && (!other.nounToo() || verbAfterSubject(tokens, k))) {
          break; // not at a noun: "said in response to a reporter's question that ..."
        }
      }
      String first = tokens.get(j).folded();
      if (first.equals(",")) {
        return afterCueComma(tokens, j);
      }
      if (first.equals(":")) {
        return j + 1;
      }
      if (first.equals("to") && INTENT_CUES.contains(cue.lemma())) {
        return j + 1; // "promised to rebuild the pier"
      }
      if (cue.kind() == SpeechCues.Kind.SPEECH) {
        if (ADDRESSEE_CUES.contains(cue.lemma())) {
          j = skipAddressee(tokens, j);
          if (j < 0) {
            return -1;
          }
          j = toAfterPlace(tokens, j); // "tells his supporters at a rally in Dover to “go and vote”"
          int verb = j + 1 < tokens.size() && isQuoteMark(tokens.get(j + 1)) ? j + 2 : j + 1;
          if ((INTENT_CUES.contains(cue.lemma()) || cue.lemma().equals("tell")) && verb < tokens.size()
              && tokens.get(j).folded().equals("to") && tokens.get(verb).isWord()
              && !tokens.get(verb).isCapitalised() && !DETERMINERS.contains(tokens.get(verb).folded())) {
            return cueAt + 1; // "asked the network to donate ...": the request, with whom it asks
          }
          if (j + 1 < tokens.size() && tokens.get(j).text().equals(",")
              && opensClause(tokens.get(j + 1))) {
            return j + 1; // "Trump told CNN, his policy would be ..."
          }
        }
        j = skipPrepositionalPhrase(tokens, j);
        if (j < 0 || j >= tokens.size()) {
          return -1;
        }
        Token t = tokens.get(j);
        if (isQuoteMark(t) && j + 1 < tokens.size() && tokens.get(j + 1).isWord()) {
          return j; // said "the fear is as high as it has ever been"
        }
        int afterComma = j > 0 && tokens.get(j - 1).text().equals(",") ? afterCueComma(tokens, j - 1) : j;
        if (afterComma != j) {
          return afterComma; // "said at a press conference, according to the Sun."
        }
        return t.isWord() && !t.folded().equals("to") && !t.folded().equals("of") && !t.folded().equals("by")
            && !t.folded().equals("so") ? j : -1;
      }
      Token t = tokens.get(j);
      return opensClause(t) || t.isCapitalised() || pluralSubjectAt(tokens, j) ? j : -1;
    }

    /**
     * Where what was said starts after the comma at {@code comma} that follows a cue: right after it, after a
     * source set off by commas ("Politico reported, according to sources, Clinton tried ..."), or -1 when
     * only how it was said or who tells it follows ("Mr. Biden said, clutching the lectern", "Lee said at a
     * meeting, according to the Sun.").
     */
    private int afterCueComma(List<Token> tokens, int comma) {
      if (comma + 1 >= tokens.size()) {
        return -1;
      }
      Token next = tokens.get(comma + 1);
      if (next.folded().equals("according")) {
        for (int k = comma + 2; k + 1 < tokens.size() && k - comma < 12; k++) {
          if (tokens.get(k).text().equals(",")) {
            // a clause after the source, not an apposition to it ("according to the Conference, the policy arm")
            return tokens.get(k + 1).isWord() && (hasMainVerb(tokens, k + 1, tokens.size())
                || hasFiniteVerb(tokens, k + 1)) ? k + 1 : -1;
          }
        }
        return -1;
      }
      return next.folded().endsWith("ing") && cueAt(tokens, comma + 1) == null ? -1 : comma + 1;
    }

    /**
     * Whether a bare plural and its verb start at {@code j}: "think women are likely", "expect prices
     * rose", not "found documents" or "know voters".
     */
    private boolean pluralSubjectAt(List<Token> tokens, int j) {
      String w = tokens.get(j).folded();
      return j + 1 < tokens.size() && tokens.get(j).isWord() && w.length() > 3 && presentInS(w) && !w.endsWith("'s")
          && !w.endsWith("ous") && isMainVerb(tokens.get(j + 1))
          && cues.cue(tokens.get(j + 1).folded()) == null; // not "Some protest leaders said": they speak
    }

    /** Whether a clause plainly starts at {@code t}: "he", "the", or a subject's contraction ("it's", "we're"). */
    private static boolean opensClause(Token t) {
      String f = t.folded();
      int apostrophe = f.indexOf('\'');
      return CLAUSE_OPENERS.contains(f) || apostrophe > 0 && apostrophe < f.length() - 1
          && (SUBJECT_PRONOUNS.contains(f.substring(0, apostrophe))
              || CONTRACTED_SUBJECTS.contains(f.substring(0, apostrophe)));
    }

    /**
     * The infinitive after a phrase of time that starts at {@code j} and ends before "to" ("on Monday to",
     * "last week to", "on Tuesday night to"), or -1 when the words there are not only a time.
     */
    private int infinitiveAfterTime(List<Token> tokens, int j) {
      int from = j < tokens.size() && PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(j).folded()) ? j + 1 : j;
      for (int to = from; to < Math.min(tokens.size() - 2, from + 4); to++) {
        if (tokens.get(to + 1).folded().equals("to") && infinitive(tokens.get(to + 2))) {
          return onlyTime(tokens, from, to) ? to + 2 : -1;
        }
      }
      return -1;
    }

    /**
     * The "to" of an infinitive after a phrase of place or time at {@code j} ("at a rally in Dover to go",
     * "on Sunday to “vote”"), or {@code j} when no such phrase leads to one.
     */
    private int toAfterPlace(List<Token> tokens, int j) {
      if (j >= tokens.size() || !PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(j).folded())) {
        return j;
      }
      for (int k = j + 1; k < Math.min(tokens.size() - 1, j + 9); k++) {
        Token t = tokens.get(k);
        String f = t.folded();
        Token next = isQuoteMark(tokens.get(k + 1)) && k + 2 < tokens.size() ? tokens.get(k + 2) : tokens.get(k + 1);
        String v = next.folded();
        if (f.equals("to") && infinitive(next) && (!v.endsWith("s") || v.endsWith("ss"))) {
          return k; // not "a presentation to shareholders": a plural is no verb
        }
        if (!t.isWord() || SpeakerResolver.PRONOUNS.contains(f) || RELATIVES_BEFORE_CUE.contains(f)
            || SUBORDINATORS.contains(f) || f.equals("and") || f.equals("but") || FINITE_AUXILIARIES.contains(f)
            || isMainVerb(t)) {
          return j; // "told reporters on Saturday it was expected to ...": a clause, not a place
        }
      }
      return j;
    }

    /**
     * Past a quoted title ("This Week With George Stephanopoulos", "Meet the Press") opening at
     * {@code open}: the index after its closing mark, or -1 when the quotation is not a short title.
     */
    private int pastQuotedTitle(List<Token> tokens, int open) {
      int words = 0;
      for (int k = open + 1; k < Math.min(tokens.size(), open + 12); k++) {
        Token t = tokens.get(k);
        if (closesQuote(t)) {
          return words > 0 ? k + 1 : -1;
        }
        if (!t.isWord() || !t.isCapitalised() && !KICKER_WORDS.contains(t.folded())) {
          return -1;
        }
        words++;
      }
      return -1;
    }

    /** Past "reporters", "the committee", "Bloomberg News" after "told"; -1 when nothing like an addressee is there. */
    private int skipAddressee(List<Token> tokens, int j) {
      int k = j;
      int limit = Math.min(tokens.size(), j + 5);
      boolean determined = DETERMINERS.contains(tokens.get(j).folded()); // "the harbour master"
      while (k < limit && tokens.get(k).isWord() && !tokens.get(k).folded().equals("that")
          && !PREPOSITIONS.contains(tokens.get(k).folded())
          && (k == j || determined || tokens.get(k).isCapitalised() || DETERMINERS.contains(tokens.get(k - 1).folded())
          || tokens.get(k).folded().endsWith("s") || tokens.get(k - 1).isCapitalised())) {
        k++;
        if (k < tokens.size() && CLAUSE_OPENERS.contains(tokens.get(k).folded()) && !DETERMINERS.contains(tokens.get(k - 1).folded())) {
          break;
        }
      }
      return k == j ? -1 : k;
    }

    /** Past "in a statement," "on Monday" or "in an interview with CNN on Sunday" up to a comma or clause start. */
    private int skipPrepositionalPhrase(List<Token> tokens, int j) {
      if (j >= tokens.size() || !PREPOSITIONS.contains(tokens.get(j).folded())) {
        return j;
      }
      if (TIME_QUALIFIERS.contains(tokens.get(j).folded())
          && (j + 1 >= tokens.size() || !isWeekdayOrTime(tokens.get(j + 1).folded()))) {
        return j; // "told reporters this was ...": "this" starts the content, not "this week"
      }
      int limit = Math.min(tokens.size(), j + 12);
      for (int k = j + 1; k < limit; k++) {
        Token t = tokens.get(k);
        if (t.text().equals(",")) {
          return k + 1;
        }
        if (!t.isWord()) {
          // said repeatedly “the next mayor” should choose: the quote opens what was said
          return isQuoteMark(t) && k == j + 1 && k + 1 < limit && tokens.get(k + 1).isWord()
              && !PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(j).folded()) ? k : -1; // not "said on “Meet the Press”"
        }
        if (SpeakerResolver.PRONOUNS.contains(t.folded()) && !tokens.get(k - 1).folded().equals("with")
            && !tokens.get(k - 1).folded().equals("to")) {
          return k; // "said on Monday he would ..."
        }
        if ((t.folded().equals("the") || POSSESSIVE_PRONOUNS.contains(t.folded())
            || QUESTION_CLAUSE_OPENERS.contains(t.folded())) && isWeekdayOrTime(tokens.get(k - 1).folded())) {
          return k; // "said on Monday the talks ...", "asked Lee on Friday whether ..."
        }
      }
      return -1;
    }

    /** "Sanders’ campaign manager": a possessive apostrophe standing alone after a plural or a name in -s. */
    private boolean isApostrophe(Token t) {
      return t.text().equals("\u2019") || t.text().equals("'");
    }

    private static boolean isNumber(Token t) {
      return t.text().chars().allMatch(Character::isDigit);
    }

    /**
     * Whether an amount follows the cue at {@code i}, after adverbs and "to" or "from": "exports declined
     * 9.9 pct", "it has declined slightly from 58 percent" (a measure fell, nobody declined anything).
     */
    private static boolean amountAfter(List<Token> tokens, int i) {
      int after = i + 1;
      while (after < tokens.size() && tokens.get(after).folded().endsWith("ly")) {
        after++;
      }
      String word = after < tokens.size() ? tokens.get(after).folded() : "";
      return startsWithAmount(tokens, after)
          || (word.equals("to") || word.equals("from")) && startsWithAmount(tokens, after + 1);
    }

    /** Whether token {@code k} opens an amount: "9.9", "$5", "114". */
    private static boolean startsWithAmount(List<Token> tokens, int k) {
      if (k >= tokens.size()) {
        return false;
      }
      char c = tokens.get(k).text().charAt(0);
      return Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    private boolean isQuoteMark(Token t) {
      String m = t.text();
      return m.length() == 1 ? "\"\u201C\u00AB'`".indexOf(m.charAt(0)) >= 0 : m.equals("''") || m.equals("``");
    }

    /** A mark that can close a quote: the straight ones and ” ». */
    private boolean closesQuote(Token t) {
      return isQuoteMark(t) || isClosingMark(t);
    }

    /** A mark that only closes a quote: ” ». */
    private static boolean isClosingMark(Token t) {
      return "\u201D\u00BB".contains(t.text());
    }

    private boolean isWeekdayOrTime(String w) {
      return TIME_WORDS.contains(w);
    }

    /** The speaker phrase ending right before the cue at {@code cueAt}, not reaching before {@code floor}. */
    private Span speakerPhraseBefore(List<Token> tokens, int cueAt, int floor) {
      int j = cueAt - 1;
      if (j - 2 > floor && tokens.get(j).folded().equals("as") && tokens.get(j - 1).folded().equals("quoted")
          && BE_FORMS.contains(tokens.get(j - 2).folded())) {
        j -= 3; // "Moss was quoted as saying"
      }
      boolean progressive = tokens.get(cueAt).folded().endsWith("ing");
      // not "courses currently offered": a form in -ed after an adverb may describe a noun, unless a subject
      // or an auxiliary stands before the adverbs ("Moss sharply criticized", "she has openly praised")
      boolean adverbs = !tokens.get(cueAt).folded().endsWith("ed") || tokens.get(cueAt).folded().equals("said")
          || subjectBeforeAdverbs(tokens, cueAt - 1, floor);
      while (j >= floor && (BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(j).folded()) && !nameWordNotTime(tokens, j, cueAt)
          || progressive && (BE_FORMS.contains(tokens.get(j).folded()) || KEEP.contains(tokens.get(j).folded())
              || tokens.get(j).folded().equals("am"))
          || adverbs && isAdverb(tokens.get(j).folded()) && !tokens.get(j).isCapitalised()
          || tokens.get(j).folded().equals("since") && j - 1 >= floor && HAVE_FORMS.contains(tokens.get(j - 1).folded()))) {
        j--; // "I am saying", "they keep saying", "the report wrongly said", "she has since stressed"
      }
      if (j < cueAt - 1 && j - 1 >= floor && describesNounBefore(tokens, j)) {
        j--; // "A GAO report released last year found": the report found it
      }
      if (j >= floor && j == cueAt - 1 && tokens.get(j).folded().equals("no")) {
        // "I have no doubt that ...", "Lee made no mention of ...": the verb's subject; "There is no doubt
        // that ..." names nobody
        int verb = j - 1;
        while (verb >= floor && isAdverb(tokens.get(verb).folded())) {
          verb--; // "I have absolutely no doubt"
        }
        if (verb < floor || !VERBS_BEFORE_NO.contains(tokens.get(verb).folded())) {
          return null;
        }
        j = verb - 1;
        while (j >= floor && BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(j).folded())) {
          j--; // "we still have no doubt"
        }
        if (j < floor) {
          return null;
        }
      }
      j = beforeTimePhrase(tokens, j, floor); // "A panel in 2001 found that ...", "Moss in May 2012 said"
      for (int before = beforeCarryingOn(tokens, j, floor); before < j; before = beforeCarryingOn(tokens, j, floor)) {
        j = before; // "he went on to say", "Lee continued to say"
        while (j >= floor && BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(j).folded())) {
          j--; // "she then went on to say"
        }
      }
      if (j < floor) {
        return null;
      }
      if (tokens.get(j).text().equals(",")) {
        Span aside = parentheticalSpeaker(tokens, j, floor);
        // "Moss, in an interview, dwelled on the fee, saying ...": a predicate before a participle, no aside
        // "Lee spoke out about the death in Tulsa, Oklahoma, arguing ...": after the main verb, the commas
        // close a place, and the participle is the subject's
        Span subject = aside != null && progressive && floor == 0
            && hasMainVerb(tokens, 1, j) ? openingSubject(tokens) : null;
        return subject != null && verbOrAsideAfter(tokens, lastIndexIn(tokens, subject)) ? subject : aside;
      }
      if (asideEndsInQuote(tokens, j, floor)) {
        // "Moss, citing “the magic of the harbour,” said": the aside ends with the quote's closing mark
        Span aside = parentheticalSpeaker(tokens, j - 1, floor);
        return aside == null || aside.end() != tokens.get(j - 2).end() ? aside
            : new Span(aside.start(), tokens.get(j).end());
      }
      if (tokens.get(j).text().equals(")")) {
        return bracketedSpeaker(tokens, j, floor);
      }
      if (isSpacedDash(tokens.get(j))) {
        return dashedSpeaker(tokens, j, floor);
      }
      Span share = shareEndingAt(tokens, j, floor);
      if (share != null) {
        return share;
      }
      Span phrase = nounPhraseEndingAt(tokens, j, floor);
      if (phrase == null) {
        phrase = sharedDeterminerPhrase(tokens, j, floor);
      }
      if (phrase == null && OBJECT_PRONOUNS.contains(tokens.get(j).folded())) {
        phrase = span(tokens.get(j)); // "those close to him said": only the phrase before it can speak
      }
      if (phrase == null) {
        phrase = bareObjectOfSpeakerHead(tokens, j, floor); // "experts on nuclear safety said"
      }
      if (phrase == null) {
        phrase = headlineSpeaker(tokens, j, floor); // "Fares will rise, official says."
      }
      if (phrase != null && phrase.start() == tokens.get(0).start() && phrase.end() == tokens.get(0).end()
          && notAName(tokens.get(0).folded())) {
        return null; // "Having noted the delays, ...", "Then ...": a capital, not a name
      }
      if (phrase != null && phrase.end() == tokens.get(j).end() && phrase.start() == tokens.get(j).start()
          && FLOATING_QUANTIFIERS.contains(tokens.get(j).folded()) && j - 1 >= floor) {
        String before = tokens.get(j - 1).folded();
        // "we all know", "they both said"; "No one expected it", whose speaker is no one, not "one"
        if (SUBJECT_PRONOUNS.contains(before) || before.equals("no") && tokens.get(j).folded().equals("one")) {
          return new Span(tokens.get(j - 1).start(), phrase.end());
        }
        // "Lee, Moss and Brandt have all said", "Lee and Moss were both critical of": the subject before them
        if (FINITE_AUXILIARIES.contains(before) && !tokens.get(j).folded().equals("one")) {
          Span subject = speakerPhraseBefore(tokens, j, floor);
          if (subject != null && subject.end() < tokens.get(j).start()) {
            return subject;
          }
        }
      }
      if (phrase != null) {
        phrase = withHeadBefore(tokens, phrase, floor, tokens.get(cueAt).folded().endsWith("ed"));
        int first = indexAt(tokens, phrase.start());
        Span counted = isCount(tokens.get(first)) ? shareEndingAt(tokens, first, floor) : null;
        if (counted != null) {
          phrase = new Span(counted.start(), phrase.end()); // "Nine in 10 Democratic voters say"
        }
        if (OBJECT_PRONOUNS.contains(text.substring(phrase.start(), phrase.end()).toLowerCase(Locale.ROOT))) {
          return null;
        }
        phrase = withCoordinate(tokens, phrase, floor);
        Span issuer = issuerOf(tokens, phrase, floor);
        if (issuer != null) {
          return issuer; // "The town released a statement Wednesday saying ...": the town says it
        }
        Span document = documentBeforeParticiple(tokens, phrase, floor);
        return document != null ? document : beforeAuxiliary(tokens, phrase);
      }
      SpeechCues.Cue cue = cues.cue(tokens.get(cueAt).folded());
      return relativeClauseSpeaker(tokens, j, floor, cue != null && cue.kind() == SpeechCues.Kind.SPEECH);
    }

    /**
     * The speaker phrase without an auxiliary that the walk back to it took in: "Lee will almost certainly
     * announce" is Lee's, "a statement was issued saying" the statement's, "Israel is conducting trade talks"
     * Israel's. Null before "be" or "been": "the results will be announced" names nobody who announces.
     */
    private static Span beforeAuxiliary(List<Token> tokens, Span phrase) {
      int first = indexAt(tokens, phrase.start());
      for (int k = first + 1; k + 1 < tokens.size() && tokens.get(k).end() <= phrase.end(); k++) {
        Token aux = tokens.get(k);
        if (!FINITE_AUXILIARIES.contains(aux.folded()) || aux.isCapitalised()) {
          continue; // "Continental Can", "Will Buttrose": names
        }
        Token next = tokens.get(k + 1);
        String w = next.folded();
        int cue = k + 1;
        while (cue < tokens.size() && tokens.get(cue).start() < phrase.end()) {
          cue++;
        }
        boolean progressiveCue = cue < tokens.size() && tokens.get(cue).folded().endsWith("ing");
        if (next.end() <= phrase.end() && (w.equals("be") || w.equals("been")) && !progressiveCue) {
          return null; // but "Scott can be heard yelling that ...": she yells
        }
        if (next.end() <= phrase.end() && HAVE_FORMS.contains(aux.folded()) && progressiveCue && next.isWord()
            && !next.folded().endsWith("ed")) {
          return new Span(next.start(), phrase.end()); // "the slump had Republicans wondering": they wonder
        }
        return new Span(phrase.start(), tokens.get(k - 1).end());
      }
      return phrase;
    }

    /**
     * Whether the token at {@code j} is a capitalised word inside a sentence in running text that is no
     * day or time: "May" in "Theresa May said" and "in May said" is a name or a month, not the modal
     * "may". Not in a headline's capitals ("Trump Just Revealed", "THE U.S. HAS SAID"), where the cue is
     * capitalised too, nor after an abbreviation's dot.
     */
    private static boolean nameWordNotTime(List<Token> tokens, int j, int cueAt) {
      Token t = tokens.get(j);
      return j > 0 && t.isCapitalised() && !tokens.get(cueAt).isCapitalised() && !TIME_WORDS.contains(t.folded())
          && !t.text().equals(t.text().toUpperCase(Locale.ROOT))
          && !tokens.get(j - 1).text().endsWith("."); // "The U.S. Has threatened": a sentence may end at "U.S."
    }

    /**
     * Whether the form in -ed at {@code k} describes a poll, report or study right before it ("a poll
     * released", "the study published"), which is then the speaker.
     */
    private boolean describesNounBefore(List<Token> tokens, int k) {
      return tokens.get(k).folded().endsWith("ed") && !tokens.get(k).isCapitalised()
          && speakerWords.evidence().contains(tokens.get(k - 1).folded());
    }

    /**
     * The index before a phrase of time with its preposition that ends at {@code j} ("in 2001", "in May
     * 2012", "at the time"), or {@code j} when none ends there.
     */
    private int beforeTimePhrase(List<Token> tokens, int j, int floor) {
      for (int p = j - 1; p >= Math.max(floor + 1, j - 4); p--) {
        if (PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(p).folded()) && onlyTime(tokens, p + 1, j)) {
          if (p - 2 >= floor && describesNounBefore(tokens, p - 1)) {
            return p - 2; // "A Quinnipiac poll released in August found": the poll found it
          }
          return isMainVerb(tokens.get(p - 1)) ? j : p - 1; // not "a lawsuit was filed in 2012 challenging"
        }
      }
      return j;
    }

    /**
     * Whether the token at {@code j} closes a quote opened inside an aside, with the aside's closing comma
     * before it: "Lee, the host of “The Harbour,” said". Not "“Yes, we will,” said Lee": that quote
     * opened before the comma.
     */
    private boolean asideEndsInQuote(List<Token> tokens, int j, int floor) {
      if (!closesQuote(tokens.get(j)) || j - 1 < floor || !tokens.get(j - 1).text().equals(",")) {
        return false;
      }
      int open = asideCommaBefore(tokens, j - 1, floor);
      if (open < 0) {
        return false;
      }
      for (int k = open + 1; k < j - 1; k++) {
        if (isQuoteMark(tokens.get(k))) {
          return true;
        }
        String w = tokens.get(k).folded();
        if (k > open + 1 && cueAt(tokens, k) != null && (w.endsWith("ed") || w.equals("said") || w.equals("told"))) {
          return false; // "In an interview, Moss said the fair was “messy,” adding": a clause, no aside
        }
      }
      return false;
    }

    /**
     * A noun phrase governed by a preposition is not the speaker but part of one: "people familiar with
     * the matter said", "those close to him say", "the head of the agency said", "a producer for Yahoo
     * Studios told". A time phrase after the speaker is not part of it: "Trump at the time said".
     */
    private Span withHeadBefore(List<Token> tokens, Span phrase, int floor, boolean pastCue) {
      for (int round = 0; round < 3; round++) {
        int p = indexAt(tokens, phrase.start());
        if (p - 2 >= floor && tokens.get(p - 1).folded().equals("and")) {
          // "experts on Port Alma and its harbour said": two objects of one preposition
          Span other = nounPhraseEndingAt(tokens, p - 2, floor);
          int q = other == null ? -1 : indexAt(tokens, other.start());
          if (q - 2 >= floor && HEAD_PREPOSITIONS.contains(tokens.get(q - 1).folded())
              && speakerWords.speakerHeads().contains(tokens.get(q - 2).folded())) {
            phrase = new Span(other.start(), phrase.end());
            p = q;
          }
        }
        if (p - 2 < floor || !HEAD_PREPOSITIONS.contains(tokens.get(p - 1).folded())
            || tokens.get(p - 1).folded().equals("on") && !speakerWords.speakerHeads().contains(tokens.get(p - 2).folded())
            && !speakerWords.sourceNouns().contains(tokens.get(p - 2).folded())) {
          break; // "on" only after a speaker or a source: "experts on", "a report on", not "interest margins on"
        }
        Span share = tokens.get(p - 1).folded().equals("of") ? shareEndingAt(tokens, p - 2, floor) : null;
        if (share != null) {
          phrase = new Span(share.start(), phrase.end()); // "most of them said", "26 percent of Democrats say"
          continue;
        }
        if (tokens.get(p - 1).folded().equals("in") && spokenSourceAt(tokens, p, lastIndexIn(tokens, phrase))) {
          // "Moss in a statement said", "the mayor on Friday in an interview with the Gazette said": where, not who
          int j = p - 2;
          while (j > floor && BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(j).folded())) {
            j--; // "on Friday"
          }
          if (j >= floor && cueAt(tokens, j) != null) {
            Span writer = speakerPhraseBefore(tokens, j, floor); // "Thiel wrote in a statement, explaining ...": Thiel
            return writer == null ? phrase : writer;
          }
          Span subject = j < floor || isMainVerb(tokens.get(j)) ? null : nounPhraseEndingAt(tokens, j, floor);
          return subject == null ? phrase : withHeadBefore(tokens, subject, floor, pastCue);
        }
        if (isTimePhrase(tokens, p, lastIndexIn(tokens, phrase))) {
          Span subject = nounPhraseEndingAt(tokens, p - 2, floor); // "at the time", "in 2016": when, not who
          String w = tokens.get(p - 2).folded();
          return subject == null || w.endsWith("ing") || w.endsWith("ed") ? phrase : subject;
        }
        Span head = headBefore(tokens, p - 2, floor, pastCue);
        if (head == null) {
          break; // "complying with the order", "a letter to the board": no speaker before the preposition
        }
        phrase = new Span(head.start(), phrase.end());
      }
      return phrase;
    }

    /**
     * The words ending at {@code j} when they are up to six words after a speaker noun and its preposition,
     * lower case but for a name before an "and" ("experts on nuclear safety", "officials in charge", "experts
     * on Port Alma and harbour safety"), which no noun phrase rule takes alone; null otherwise.
     */
    private Span bareObjectOfSpeakerHead(List<Token> tokens, int j, int floor) {
      int k = j;
      boolean and = false; // "experts on Port Alma and harbour safety": two objects of the preposition
      while (k >= floor && j - k < 6 && tokens.get(k).isWord() && cueAt(tokens, k) == null
          && (!SPEAKER_STOPS.contains(tokens.get(k).folded()) || !and && k < j && tokens.get(k).folded().equals("and"))
          && (!tokens.get(k).isCapitalised() || and)) {
        and |= tokens.get(k).folded().equals("and");
        k--;
      }
      return k < j && k - 1 >= floor && HEAD_PREPOSITIONS.contains(tokens.get(k).folded())
          && speakerWords.speakerHeads().contains(tokens.get(k - 1).folded()) ? new Span(tokens.get(k + 1).start(), tokens.get(j).end())
          : null;
    }

    /**
     * A speaker noun with no determiner, as headlines and their decks write it: "Fares will rise, official
     * says", "But former rival says ...". Only right after a comma, "but" or "and" or at the start, with at
     * most "former", "senior" or "top" before it; null otherwise.
     */
    private Span headlineSpeaker(List<Token> tokens, int j, int floor) {
      Token head = tokens.get(j);
      if (head.isCapitalised() || !speakerWords.speakerHeads().contains(head.folded()) && !speakerWords.headlineHeads().contains(head.folded())) {
        return null;
      }
      int k = j - 1 >= floor && HEADLINE_MODIFIERS.contains(tokens.get(j - 1).folded()) ? j - 1 : j;
      if (k - 1 >= floor && !tokens.get(k - 1).text().equals(",") && !tokens.get(k - 1).folded().equals("but")
          && !tokens.get(k - 1).folded().equals("and")) {
        return null;
      }
      return new Span(tokens.get(k).start(), head.end());
    }

    /**
     * Whether the words right after "add" from {@code from} up to offset {@code end} are a thing added
     * rather than a clause: a noun phrase opened by a number, a quantity or an article, or a plain plural,
     * with no finite verb, modal or past form after it ("added 300 jobs", "will add some 200 mln stg",
     * "added reserves"); not "added the talks were over".
     */
    private boolean addsAThing(List<Token> tokens, int from, int end) {
      Token first = tokens.get(from);
      String f = first.folded();
      boolean thing = isCount(first) || ADDED_QUANTITIES.contains(f) || INDEFINITE_ARTICLES.contains(f)
          || f.equals("the") || !first.isCapitalised() && f.endsWith("s") && !f.endsWith("ss") && !f.equals("this");
      if (!thing) {
        return false;
      }
      for (int k = from; k < tokens.size() && tokens.get(k).start() < end; k++) {
        String w = tokens.get(k).folded();
        if (FINITE_AUXILIARIES.contains(w) || MODALS.contains(w) || isMainVerb(tokens.get(k)) || w.equals("that")) {
          return false;
        }
      }
      return true;
    }

    /** Whether tokens {@code from..to} name someone's own words in their first words: "a statement", "his speech". */
    private boolean spokenSourceAt(List<Token> tokens, int from, int to) {
      for (int k = from; k <= Math.min(to, from + 3); k++) {
        if (speakerWords.spokenSources().contains(tokens.get(k).folded())) {
          return true;
        }
      }
      return false;
    }

    /**
     * The noun phrase ending at token {@code j}, before a preposition, when it can head a speaker phrase:
     * a speaker noun ("officials", "spokesman", "sources close"), a name of two words ("Mr. Morgan of"),
     * or a noun phrase opened by a determiner, number or possessive ("an earlier report in", "six
     * newspapers in"), or a plain plural ("majorities in"); null before a verb or a lone capital.
     */
    private Span headBefore(List<Token> tokens, int j, int floor, boolean pastCue) {
      Token before = tokens.get(j);
      String w = before.folded();
      if (!before.isWord() || cues.cue(w) != null || SPEAKER_STOPS.contains(w)) {
        return null;
      }
      if ((w.equals("close") || w.equals("familiar")) && j - 1 >= floor) {
        Span people = nounPhraseEndingAt(tokens, j - 1, floor); // "sources close to", "people familiar with"
        return people == null ? null : new Span(people.start(), before.end());
      }
      Span head = nounPhraseEndingAt(tokens, j, floor);
      if (head == null || speakerWords.speakerHeads().contains(w)) {
        return head;
      }
      if (before.isCapitalised()) {
        // "Mr. Morgan of the Sierra Club said", "the Head of the Office of the President noted"; a capital
        // alone may open the sentence ("Letters to ..."), though a plural there names people who can speak
        // ("Democrats in Congress said", "Advocates for the law said")
        boolean opensPlural = (j == floor || !tokens.get(j - 1).isWord()) && w.length() > 3 && w.endsWith("s")
            && !w.endsWith("ss") && !w.endsWith("'s");
        return opensPlural || j > floor && (tokens.get(j - 1).isCapitalised() || isNameDot(tokens, j - 1)
            || DETERMINERS.contains(tokens.get(j - 1).folded()) && indexAt(tokens, head.start()) == j - 1) ? head : null;
      }
      if (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly")) {
        return null; // "looking for", "resulted in", "directly to": a verb or an adverb
      }
      boolean plural = w.endsWith("s") && !w.endsWith("ss");
      if (pastCue && !plural && !speakerWords.evidence().contains(w) && !speakerWords.sourceNouns().contains(w)) {
        // "a part of the funds planned for": a form in -ed may describe the noun before it; not after a
        // source ("a report by the board estimated")
        return null;
      }
      Token first = tokens.get(indexAt(tokens, head.start()));
      boolean opened = DETERMINERS.contains(first.folded()) || first.folded().endsWith("'s") || isNumber(first)
          || first.isCapitalised() && indexAt(tokens, head.start()) < j;
      return opened || plural && head.start() == before.start() ? head : null;
    }

    /** Tokens {@code from} to {@code to} name a time: "the time", "the weekend", "2016", "last March". */
    private boolean isTimePhrase(List<Token> tokens, int from, int to) {
      String last = tokens.get(to).folded();
      return TIME_WORDS.contains(last) || MONTHS.contains(last) || last.equals("time") || last.equals("moment")
          || to == from && last.length() == 4 && isNumber(tokens.get(to));
    }

    /**
     * A share of people ending at token {@code j}, as polls report what they say: "42%", "six in 10",
     * "one out of five", "half", "a third", "two-thirds", "32 percent", with a qualifier before it
     * ("about four in 10", "more than half"); null when there is none.
     */
    private Span shareEndingAt(List<Token> tokens, int j, int floor) {
      if (j < floor) {
        return null;
      }
      String last = tokens.get(j).folded();
      int start;
      if (last.equals("%") || last.equals("percent")) {
        if (j - 1 < floor || !isCount(tokens.get(j - 1))) {
          return null;
        }
        start = j - 1;
      } else if (isCount(tokens.get(j)) && (last.length() <= 3 || !isNumber(tokens.get(j))) && j - 2 >= floor
          && (tokens.get(j - 1).folded().equals("in") || tokens.get(j - 1).folded().equals("of"))) {
        int n = tokens.get(j - 1).folded().equals("of") && j - 3 >= floor
            && tokens.get(j - 2).folded().equals("out") ? j - 3 : j - 2; // "one out of five"
        if (!isCount(tokens.get(n))) {
          return null;
        }
        start = n;
      } else if (SHARES.contains(last) && !last.equals("percent")
          || last.endsWith("-thirds") || last.endsWith("-quarters") || last.endsWith("-fifths")) {
        start = j;
        if (j - 1 >= floor && (tokens.get(j - 1).folded().equals("a") || tokens.get(j - 1).folded().equals("the"))) {
          start = j - 1; // "a third", "the majority"
        } else if (!last.endsWith("s") && !last.equals("half") && !last.equals("most") && !last.equals("many")
            && !last.equals("some") && !last.equals("few")) {
          return null; // "third" or "majority" alone is no share of people
        }
      } else {
        return null;
      }
      if (start - 1 >= floor && SHARE_QUALIFIERS.contains(tokens.get(start - 1).folded())) {
        start--;
      } else if (start - 2 >= floor && tokens.get(start - 1).folded().equals("than")
          && SHARE_COMPARATIVES.contains(tokens.get(start - 2).folded())) {
        start -= 2;
      }
      return new Span(tokens.get(start).start(), tokens.get(j).end());
    }

    /** A number in digits or in words ("42", "1,500", "six", "sixty"). */
    private boolean isCount(Token t) {
      return Character.isDigit(t.text().charAt(0)) && t.text().chars().allMatch(c -> Character.isDigit(c) || c == '.'
          || c == ',') || NUMBER_WORDS.contains(t.folded());
    }

    /** Whether the speaker ending before the cue at {@code cueAt} is a poll, a study or the like. */
    private boolean isEvidence(List<Token> tokens, int cueAt, Span speaker) {
      for (int k = cueAt - 1; k >= 0 && tokens.get(k).end() >= speaker.end(); k--) {
        if (tokens.get(k).end() == speaker.end()) {
          return speakerWords.evidence().contains(tokens.get(k).folded());
        }
      }
      return false;
    }

    /**
     * Whether a relative pronoun that can be a speaker stands right before the cue at {@code i}: "who",
     * or "which" after a comma ("the Harbour Board, which said ...").
     */
    private static boolean relativeBefore(List<Token> tokens, int i) {
      return relativePronounBefore(tokens, i) >= 0;
    }

    /**
     * The index of the "who" (or ", which") whose clause the cue at {@code i} is the verb of, over adverbs
     * and times between them ("who largely supports", "who on Tuesday endorsed"); -1 when there is none.
     */
    private static int relativePronounBefore(List<Token> tokens, int i) {
      int k = i - 1;
      while (k > 0 && (BETWEEN_SPEAKER_AND_CUE.contains(tokens.get(k).folded()) || !tokens.get(k).isCapitalised()
          && (isAdverb(tokens.get(k).folded()) || tokens.get(k).folded().endsWith("ly") && tokens.get(k).folded().length() >= 6))) {
        k--;
      }
      String w = tokens.get(k).folded();
      return w.equals("who") || w.equals("which") && k >= 1 && tokens.get(k - 1).text().equals(",") ? k : -1;
    }

    /** Whether the cue at {@code i} is the verb of a relative clause set off by a comma ("Moss, who backs ..."). */
    private static boolean commaRelativeBefore(List<Token> tokens, int i) {
      int who = relativePronounBefore(tokens, i);
      return who >= 1 && tokens.get(who - 1).text().equals(",");
    }

    /**
     * "Hawkins and others who want to ban abortion said", "the officials whose laws were struck down
     * say": the phrase before "who" or "whose", with the clause; "the Harbour Board, which said" where
     * {@code whichSpeaks} (a speech cue): before an act or a cognition verb ("Port Alma, which has shown no
     * interest") "which" more often names a place or an event than a speaker.
     */
    private Span relativeClauseSpeaker(List<Token> tokens, int j, int floor, boolean whichSpeaks) {
      for (int k = j; k > Math.max(floor, j - 12); k--) {
        Token t = tokens.get(k);
        if (!t.isWord()) {
          return null;
        }
        boolean which = whichSpeaks && t.folded().equals("which") && k - 2 >= floor
            && tokens.get(k - 1).text().equals(",");
        if (t.folded().equals("who") || t.folded().equals("whose") || which) {
          if (t.folded().equals("whose") && tokens.get(j).folded().equals("to")) {
            return null; // "a minister whose plan to announce ...": the plan's infinitive, no one speaks
          }
          if (k - 2 >= floor && tokens.get(k - 1).text().equals(",")) {
            if (t.folded().equals("whose")) {
              return null; // "Sanders, whose campaign has been locked in talks": the campaign acts, not he
            }
            Token antecedent = tokens.get(k - 2);
            if (which && !(antecedent.isCapitalised() && !MONTHS.contains(antecedent.folded()))) {
              return null; // "the election, which showed ...": only a named body speaks through "which"
            }
            return nounPhraseEndingAt(tokens, k - 2, floor); // "Mr. Sanders, who said he ..."
          }
          // "the officials whose laws were struck down say": the relative clause is part of the speaker
          Span head = nounPhraseEndingAt(tokens, k - 1, floor);
          return head == null ? null : new Span(head.start(), tokens.get(j).end());
        }
      }
      return null;
    }

    /** "Rep. Ann Lee (D-Mass.) said": the name with its party and state, or another short aside. */
    private Span bracketedSpeaker(List<Token> tokens, int closing, int floor) {
      for (int k = closing - 1; k > floor && closing - k <= 10; k--) {
        String t = tokens.get(k).text();
        if (t.equals("(")) {
          Span head = nounPhraseEndingAt(tokens, k - 1, floor);
          return head == null ? null : new Span(head.start(), tokens.get(closing).end());
        }
        if (t.equals(")") || t.equals(".") && !isNameDot(tokens, k) && !tokens.get(k - 1).isWord()) {
          return null;
        }
      }
      return null;
    }

    /** The index of the token starting at {@code offset}. */
    private static int indexAt(List<Token> tokens, int offset) {
      for (int k = 0; k < tokens.size(); k++) {
        if (tokens.get(k).start() == offset) {
          return k;
        }
      }
      return -1;
    }

    /** The index of the last token of {@code phrase}. */
    private static int lastIndexIn(List<Token> tokens, Span phrase) {
      int k = indexAt(tokens, phrase.start());
      while (k + 1 < tokens.size() && tokens.get(k + 1).end() <= phrase.end()) {
        k++;
      }
      return k;
    }

    /**
     * The index after a dateline that opens the sentence, a place in capitals and a dash ("BRUSSELS —",
     * "KYIV, Ukraine —", "LONDON (Reuters) -"), or 0 when there is none.
     */
    private int afterDateline(List<Token> tokens) {
      Token first = tokens.get(0);
      if (!first.isWord() || first.text().length() < 2 || !first.text().equals(first.text().toUpperCase(Locale.ROOT))
          || !Character.isLetter(first.text().charAt(0))) {
        return 0;
      }
      for (int k = 1; k < Math.min(tokens.size() - 1, 8); k++) {
        Token t = tokens.get(k);
        if (isSpacedDash(t)) {
          return afterDashes(tokens, k);
        }
        if (!t.isCapitalised() && !",()".contains(t.text())) {
          return 0;
        }
      }
      return 0;
    }

    /** The index after the dash at {@code k} and any dash right after it ("--" is two tokens), short of the last. */
    private static int afterDashes(List<Token> tokens, int k) {
      int after = k + 1;
      while (after < tokens.size() - 1 && DASHES.contains(tokens.get(after).text())) {
        after++;
      }
      return after;
    }

    /** Where the sentence's own words start: after a dateline ("WASHINGTON --"), if it opens with one. */
    private int startAfterDateline(List<Token> tokens, Span sentence) {
      int after = tokens.isEmpty() || tokens.get(0).start() != sentence.start() ? 0 : afterDateline(tokens);
      return after > 0 && after < tokens.size() ? tokens.get(after).start() : sentence.start();
    }

    /** A dash set off by spaces ("Kall -- co-editor of a book -- said"), not a hyphen inside a word. */
    private boolean isSpacedDash(Token t) {
      return DASHES.contains(t.text()) && t.start() > 0 && t.end() < text.length()
          && (Tokenizer.isWhiteSpace(text.charAt(t.start() - 1)) || isDash(text.charAt(t.start() - 1)))
          && (Tokenizer.isWhiteSpace(text.charAt(t.end())) || isDash(text.charAt(t.end())));
    }

    private static boolean isDash(char c) {
      return DASHES.contains(String.valueOf(c));
    }

    /** "Kall -- co-editor of a book on the debates -- said": the name before an aside set off by dashes is the speaker. */
    private Span dashedSpeaker(List<Token> tokens, int closingDash, int floor) {
      int k = closingDash;
      while (k > floor && DASHES.contains(tokens.get(k - 1).text())) {
        k--;
      }
      for (int m = k - 1; m >= Math.max(floor, k - 40); m--) {
        Token t = tokens.get(m);
        if (t.text().equals(".") && !isNameDot(tokens, m) || t.text().equals(";") || t.text().equals(":")
            || isQuoteMark(t)) {
          return null;
        }
        if (isSpacedDash(t)) {
          int open = m;
          while (open > floor && DASHES.contains(tokens.get(open - 1).text())) {
            open--;
          }
          Span head = nounPhraseEndingAt(tokens, open - 1, floor);
          int before = head == null ? -1 : indexAt(tokens, head.start()) - 1;
          if (before - 1 >= floor && tokens.get(before).text().equals(",")
              && DETERMINERS.contains(tokens.get(before + 1).folded())) {
            // "John Dickey, the chief executive of Ora Media -- ... -- told me": the name, not its title
            Span name = nounPhraseEndingAt(tokens, before - 1, floor);
            if (name != null && tokens.get(indexAt(tokens, name.start())).isCapitalised()) {
              return name;
            }
          }
          return head;
        }
      }
      return null;
    }

    /** "Jane Doe, the city's director, said": the speaker is the whole phrase, its head the name. */
    private Span parentheticalSpeaker(List<Token> tokens, int closingComma, int floor) {
      int open = asideCommaBefore(tokens, closingComma, floor);
      if (open < 0) {
        return null;
      }
      boolean place = open + 1 < closingComma && tokens.get(open + 1).isCapitalised() && closingComma - open <= 3;
      int beforeCity = statePostcode(tokens, open + 1, closingComma) ? asideCommaBefore(tokens, open, floor) : -1;
      if (beforeCity >= 0 && !tokens.get(beforeCity + 1).folded().equals("of")) {
        open = beforeCity; // "Jo Hale, a pilot from Dover, Del., said": the aside ends with a state
        place = false;
      }
      while (true) {
        if (open - 2 >= floor && isNumber(tokens.get(open - 1)) && tokens.get(open - 2).text().equals(",")) {
          open -= 2; // "Jimmy Ghazal, 39, a Lebanese man, said": the age is an aside too
          continue;
        }
        int earlier = asideCommaBefore(tokens, open, floor);
        if (earlier >= 0 && statePostcode(tokens, earlier + 1, open)) {
          int before = asideCommaBefore(tokens, earlier, floor);
          if (before >= 0) {
            open = before; // "Jo Hale, a Dover, Del., pilot, said": the state is inside the aside
            continue;
          }
        }
        if (earlier >= 0 && (tokens.get(earlier + 1).folded().equals("of") || tokens.get(earlier + 1).folded().equals("from"))
            && (place || open - earlier <= 5)) {
          open = earlier; // "Ann Lee, 29, of Huntsville, Ala., says": where she is from is an aside
          place = false;
          continue;
        }
        break;
      }
      if (joinsClause(tokens, open + 1, closingComma)) {
        return null; // "The program is small, but it has drawn a following, said Gil": a clause, no aside
      }
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name with its party and state
      Span head = open - 1 > floor && tokens.get(open - 1).text().equals(")")
          ? bracketedSpeaker(tokens, open - 1, floor) : nounPhraseEndingAt(tokens, open - 1, floor);
      int earlier = head == null ? asideCommaBefore(tokens, open, floor) : -1;
      String lastAside = tokens.get(open + 1).folded();
      boolean describes = lastAside.equals("who") || lastAside.endsWith("ing") || DETERMINERS.contains(lastAside);
      if (earlier >= 1 && open - earlier <= 4 && describes && tokens.get(earlier - 1).isCapitalised()) {
        // "Moss, meanwhile, who sits on no board, said": a short aside before the one that ends at the cue
        head = nounPhraseEndingAt(tokens, earlier - 1, floor);
        if (head != null && ASIDE_ADVERBIALS.contains(text.substring(tokens.get(earlier + 1).start(),
            tokens.get(open - 1).end()).toLowerCase(Locale.ROOT))) {
          return head;
        }
        open = earlier;
      }
      int first = head == null ? -1 : indexAt(tokens, head.start());
      if (head == null || onlyTime(tokens, first, open - 1)) {
        return null; // "On Monday, the board voted to ..., saying", "Later, ...": a time is no speaker
      }
      if (ASIDE_ADVERBIALS.contains(text.substring(tokens.get(open + 1).start(), tokens.get(closingComma - 1).end())
          .toLowerCase(Locale.ROOT))) {
        return head; // "Moss, however, said": the aside is about the sentence, not the speaker
      }
      return new Span(head.start(), tokens.get(closingComma - 1).end());
    }

    /**
     * Whether the tokens {@code [from, to)} join a clause of its own to the sentence: "but" or "yet", or
     * "and" or "so" before a pronoun, with a main verb ("but it has drawn a following"), where an aside
     * about a speaker has none ("and later her deputy").
     */
    private static boolean joinsClause(List<Token> tokens, int from, int to) {
      String conjunction = tokens.get(from).folded();
      boolean joins = conjunction.equals("but") || conjunction.equals("yet")
          || (conjunction.equals("and") || conjunction.equals("so")) && from + 1 < to
          && MAIN_CLAUSE_PRONOUNS.contains(tokens.get(from + 1).folded());
      return joins && hasMainVerb(tokens, from + 1, to);
    }

    /**
     * Whether the tokens {@code [from, to)} are a state's short name set off after a city, as news
     * agencies write it ("Fla.", "Calif.", "N.Y."): one capitalised word of at most five letters with
     * its dot, or one dotted abbreviation.
     */
    private static boolean statePostcode(List<Token> tokens, int from, int to) {
      if (to - from == 1) {
        String t = tokens.get(from).text();
        return t.length() <= 5 && t.endsWith(".") && t.chars().filter(c -> c == '.').count() >= 2;
      }
      String word = tokens.get(from).text();
      return to - from == 2 && tokens.get(from).isCapitalised() && word.length() <= 5
          && word.chars().allMatch(Character::isLetter) // not a party and state, "D-Del."
          && tokens.get(from + 1).text().equals(".") && tokens.get(from).end() == tokens.get(from + 1).start();
    }

    /**
     * The comma before {@code comma} in the same clause, within 30 tokens and not before
     * {@code floor} ("Ala." is no clause end); -1 if none.
     */
    private int asideCommaBefore(List<Token> tokens, int comma, int floor) {
      for (int k = comma - 1; k >= Math.max(floor, comma - 30); k--) {
        String f = tokens.get(k).text();
        if (f.equals(",")) {
          return k;
        }
        boolean abbreviation = f.equals(".") && k + 1 < tokens.size() && tokens.get(k + 1).text().equals(",")
            && tokens.get(k - 1).isCapitalised() && tokens.get(k - 1).end() == tokens.get(k).start();
        if (f.equals(".") && !isNameDot(tokens, k) && !abbreviation || f.equals(";") || f.equals(":")) {
          return -1;
        }
      }
      return -1;
    }

    /** The noun phrase ending at token {@code j}: names, or a determiner with the words after it. */
    private Span nounPhraseEndingAt(List<Token> tokens, int j, int floor) {
      if (j < floor) {
        return null;
      }
      Token head = tokens.get(j);
      if (SpeakerResolver.PRONOUNS.contains(head.folded())) {
        return span(head);
      }
      if (!(head.isWord() || isNameDot(tokens, j)) || SPEAKER_STOPS.contains(head.folded())) {
        return null;
      }
      int start = -1;
      int k = j;
      while (k >= floor && j - k < 12) {
        Token t = tokens.get(k);
        if (isNameDot(tokens, k) || k < j && (pluralPossessive(tokens, k) || gluedHyphen(tokens, k))) {
          k--;
          continue;
        }
        if (!t.isWord() || SPEAKER_STOPS.contains(t.folded()) || k != j && cueAt(tokens, k) != null
            && !((k == j - 1 && !TRUE_PREPOSITIONS.contains(tokens.get(j).folded())
                || t.isCapitalised() && tokens.get(k + 1).isCapitalised()) && cueAsNoun(tokens, k, cueAt(tokens, k)))) {
          // "the protest groups", "Nuclear Support Services Inc": a form as often a noun, with no subject
          // before it, names what the head is
          break;
        }
        if (t.isCapitalised() || DETERMINERS.contains(t.folded()) || t.folded().endsWith("'s")
            || Character.isDigit(t.text().charAt(0)) && k < j) {
          start = k;
          if (DETERMINERS.contains(t.folded())) {
            if (k - 1 >= floor && COUNTS.contains(t.folded()) && NUMBER_OPENERS.contains(tokens.get(k - 1).folded())) {
              start = k - 1; // "all three", "the two"
            }
            break;
          }
        } else {
          // A lower-case word belongs to the phrase only if a determiner or name opens it just before.
          int d = k - 1;
          while (d >= floor && k - d <= 4 && (tokens.get(d).isWord() || gluedHyphen(tokens, d))
              && !tokens.get(d).isCapitalised()
              && !DETERMINERS.contains(tokens.get(d).folded()) && !SPEAKER_STOPS.contains(tokens.get(d).folded())
              && !tokens.get(d).folded().endsWith("'s") && !isNumber(tokens.get(d))) {
            d--;
          }
          boolean possessive = d >= floor && pluralPossessive(tokens, d); // "Bernie Sanders' campaign"
          if (!possessive && (d < floor || !tokens.get(d).isWord() || SPEAKER_STOPS.contains(tokens.get(d).folded())
              || !(tokens.get(d).isCapitalised()
              || DETERMINERS.contains(tokens.get(d).folded()) || tokens.get(d).folded().endsWith("'s")
              || isNumber(tokens.get(d))))) { // "10 island voters"
            // A plain plural such as "officials", "sources" or "analysts" is a speaker too.
            if (k == j && (t.folded().endsWith("s") || t.folded().equals("police") || t.folded().equals("people")
                || t.folded().equals("percent"))) {
              start = k;
              if (k - 1 >= floor && Character.isDigit(tokens.get(k - 1).text().charAt(0))) {
                start = k - 1; // "32 percent said"
              }
            }
            break;
          }
        }
        k--;
      }
      if (start < 0) {
        return null;
      }
      Token first = tokens.get(start);
      if (!first.isCapitalised() && !DETERMINERS.contains(first.folded()) && !first.folded().endsWith("'s")
          && !isNumber(first) && start != j) {
        return null;
      }
      return new Span(first.start(), tokens.get(j).end());
    }

    /** A hyphen with no space on either side: "57-year-old", which the tokenizer splits after the number. */
    private static boolean gluedHyphen(List<Token> tokens, int k) {
      return k > 0 && k + 1 < tokens.size() && tokens.get(k).text().equals("-")
          && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    /** The apostrophe of a plural or s-ending possessive: "Sanders’ campaign", "the workers' union". */
    private boolean pluralPossessive(List<Token> tokens, int k) {
      String t = tokens.get(k).text();
      return (t.equals("'") || t.equals("\u2019")) && k > 0 && k + 1 < tokens.size()
          && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k - 1).folded().endsWith("s")
          && tokens.get(k + 1).isWord() && tokens.get(k + 1).start() > tokens.get(k).end();
    }

    /** A dot that belongs to a name: "Mr." or the initial in "George W. Bush". */
    private boolean isNameDot(List<Token> tokens, int k) {
      if (!tokens.get(k).text().equals(".") || k == 0) {
        return false;
      }
      Token prev = tokens.get(k - 1);
      return prev.end() == tokens.get(k).start() && prev.isCapitalised()
          && (prev.text().length() == 1 || NAME_ABBREVIATIONS.contains(prev.folded())
          || prev.folded().equals("del") && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised());
    }

    /** Whether the dot at {@code k} stands inside a word, between letters: "Harbour.com". */
    private static boolean innerDot(List<Token> tokens, int k) {
      return k > 0 && k + 1 < tokens.size() && tokens.get(k).text().equals(".") && tokens.get(k - 1).isWord()
          && tokens.get(k + 1).isWord() && tokens.get(k - 1).end() == tokens.get(k).start()
          && tokens.get(k + 1).start() == tokens.get(k).end();
    }

    /** Whether the dot at {@code k} ends a short abbreviation right before a comma: "Cambridge, Mass., said". */
    private static boolean abbreviationBeforeComma(List<Token> tokens, int k) {
      if (k == 0 || k + 1 >= tokens.size() || !tokens.get(k).text().equals(".")) {
        return false;
      }
      Token prev = tokens.get(k - 1);
      Token next = tokens.get(k + 1);
      return prev.isCapitalised() && prev.text().length() <= 5 && prev.end() == tokens.get(k).start()
          && next.text().equals(",") && next.start() == tokens.get(k).end();
    }

    /** The speaker phrase after an inverted cue: "said Peskov", "said the Kremlin spokesman". */
    private Span speakerPhraseAfter(List<Token> tokens, int from) {
      if (from >= tokens.size()) {
        return null;
      }
      Token first = tokens.get(from);
      if (SpeakerResolver.PRONOUNS.contains(first.folded())) {
        return span(first); // "..., said he." — "said he fully supports it" has a clause, not a speaker, after it
      }
      int end = from;
      if (!first.isCapitalised() && !DETERMINERS.contains(first.folded())) {
        end = describedNameEnd(tokens, from);
        if (end < 0) {
          return null;
        }
      }
      while (end + 1 < tokens.size() && (tokens.get(end + 1).isWord() || isNameDot(tokens, end + 1)
          || innerDot(tokens, end + 1)) && end - from < 8
          && (!SPEAKER_STOPS.contains(tokens.get(end + 1).folded()) && !PREPOSITIONS.contains(tokens.get(end + 1).folded())
              || headsPrepositionalPhrase(tokens, end))) {
        end++;
      }
      // "said Jane Doe, the city's director, who ..." The apposition is part of how the speaker is written.
      while (end + 2 < tokens.size() && (tokens.get(end + 1).text().equals(",") && tokens.get(end + 2).isWord()
          || tokens.get(end + 1).folded().equals("who") || tokens.get(end + 1).folded().equals("of"))
          && !SpeakerResolver.PRONOUNS.contains(tokens.get(end + 2).folded())
          && !opensContrast(tokens.get(end + 2).folded()) // "said Brandt, but she has won respect"
          && cueAt(tokens, end + 2) == null && !tokens.get(end + 2).folded().endsWith("ing")) {
        int k = end + 2;
        while (k + 1 < tokens.size() && (!isClauseEnd(tokens.get(k + 1)) || isNameDot(tokens, k + 1)
            || innerDot(tokens, k + 1)) && k - end < 30) {
          k++;
        }
        end = k;
      }
      return new Span(first.start(), tokens.get(end).end());
    }

    /**
     * The last token of a name that lower-case words describe before it, after an inverted cue: "said
     * former Pennsylvania governor Ed Rendell", "said lobbyist and GOP strategist Charlie Black"; -1
     * when the words from {@code from} do not end in a name of two capitalised words before punctuation.
     */
    private int describedNameEnd(List<Token> tokens, int from) {
      int k = from;
      while (k < tokens.size() && k - from < 8 && (tokens.get(k).isWord() || isNameDot(tokens, k))
          && (k > from && tokens.get(k).folded().equals("and") || !SPEAKER_STOPS.contains(tokens.get(k).folded()))
          && !PREPOSITIONS.contains(tokens.get(k).folded()) && cueAt(tokens, k) == null) {
        k++;
      }
      int last = k - 1;
      // "said harbour engineer Jo Hale in Dover": where the speaker is ends the phrase too
      boolean endsPhrase = k == tokens.size() || !tokens.get(k).isWord()
          || PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(k).folded());
      return endsPhrase && last - 1 > from && tokens.get(last).isCapitalised()
          && (tokens.get(last - 1).isCapitalised() || isNameDot(tokens, last - 1)) ? last : -1;
    }

    /**
     * Whether token {@code k} heads a speaker phrase that goes on with a preposition and a noun: "a source
     * close to the campaign", "people familiar with the talks", "a spokesman for the ministry".
     */
    private boolean headsPrepositionalPhrase(List<Token> tokens, int k) {
      return k + 2 < tokens.size() && speakerWords.speakerHeads().contains(tokens.get(k).folded())
          && HEAD_PREPOSITIONS.contains(tokens.get(k + 1).folded()) && tokens.get(k + 2).isWord();
    }

    /**
     * Whether the words before {@code comma} are only a phrase of time or place that opens the sentence:
     * "On Dec. 7 on MSNBC, Bush said ...", "In a speech last July, he said": no clause, so nothing said.
     */
    private static boolean openingAdverbial(List<Token> tokens, int comma) {
      String first = tokens.get(0).folded();
      if (comma < 2 || !TRUE_PREPOSITIONS.contains(first) || first.equals("to")) {
        return false; // not "To win the White House, candidates need ...", an infinitive
      }
      for (int k = 1; k < comma; k++) {
        Token t = tokens.get(k);
        if (FINITE_AUXILIARIES.contains(t.folded()) || verbLike(t) || t.folded().equals("that")
            || t.text().equals(",")) {
          return false; // "By only requiring ..., this allows ..., the report says" has its clause
        }
      }
      return true;
    }

    /**
     * The index of a speech participle after the comma that ends a closing attribution at {@code cueAt}
     * ("..., Lee said on Monday, adding that ...", "..., said Jo Lee, noting ...", "..., Lee told
     * reporters in Dover, calling ..."), or -1: only the speaker, the addressee, a time and a place may
     * stand between the cue and that comma.
     */
    private int participleAfterClosingCue(List<Token> tokens, int cueAt, SpeechCues.Cue cue, Span inverted) {
      int from = inverted != null ? lastIndexIn(tokens, inverted) + 1 : afterAddressee(tokens, cueAt, cue);
      int comma = from;
      while (comma < tokens.size() && comma - from < 8 && !tokens.get(comma).text().equals(",")) {
        comma++;
      }
      if (comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")) {
        return -1;
      }
      int place = from;
      while (place < comma && !PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(place).folded())) {
        place++;
      }
      if (place > from && !onlyTime(tokens, from, place - 1)) {
        return -1; // "said the plan, ..." names what was said, not when
      }
      for (int k = place; k < comma; k++) {
        if (!tokens.get(k).isWord() || FINITE_AUXILIARIES.contains(tokens.get(k).folded())
            || tokens.get(k).folded().equals("that")) {
          return -1;
        }
      }
      Token next = tokens.get(comma + 1);
      SpeechCues.Cue participle = cueAt(tokens, comma + 1);
      return next.folded().endsWith("ing") && participle != null && participle.kind() != SpeechCues.Kind.COGNITION
          ? comma + 1 : -1;
    }

    /** Whether ", going on to" stands before the cue at {@code i}, as a participle after an attribution. */
    private static boolean goingOnTo(List<Token> tokens, int i) {
      return i >= 4 && wentOnTo(tokens, i - 1) && tokens.get(i - 3).folded().equals("going")
          && tokens.get(i - 4).text().equals(",");
    }

    /**
     * Whether a cue that speaks only before a clause does so at {@code i}: "Lee continued that ...", "Lee
     * maintained: ...", "Lee continued, “...”", or closing a sentence ("..., Lee maintained."); not "Lee
     * continued the search", "the talks continued, with ..." nor "continued to say", where "say" speaks.
     */
    private boolean speaksBeforeClause(List<Token> tokens, int i) {
      if (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord() && wordsAfter(tokens, i) == 0) {
        return true;
      }
      String next = tokens.get(i + 1).folded();
      return next.equals("that") || next.equals(":")
          || next.equals(",") && i + 2 < tokens.size() && isQuoteMark(tokens.get(i + 2));
    }

    /**
     * The index before "went on to", "continued to" or "continued" (any form of the verb) ending at
     * {@code j}, not reaching before {@code floor}; {@code j} when none ends there.
     */
    private static int beforeCarryingOn(List<Token> tokens, int j, int floor) {
      if (j - 2 >= floor && wentOnTo(tokens, j)) {
        return j - 3;
      }
      if (j < floor) {
        return j;
      }
      if (CONTINUE_FORMS.contains(tokens.get(j).folded()) && j + 1 < tokens.size()
          && tokens.get(j + 1).folded().endsWith("ing") && (j == 0 || !DETERMINERS.contains(tokens.get(j - 1).folded()))) {
        return j - 1; // "the parties continued discussing", not "the ministers continued talks"
      }
      return j - 1 >= floor && tokens.get(j).folded().equals("to") && CONTINUE_FORMS.contains(tokens.get(j - 1).folded())
          ? j - 2 : j;
    }

    /** Whether tokens {@code j - 2} to {@code j} are "went on to" (any form of "go"): "he went on to say". */
    private static boolean wentOnTo(List<Token> tokens, int j) {
      return tokens.get(j).folded().equals("to") && tokens.get(j - 1).folded().equals("on")
          && GO_FORMS.contains(tokens.get(j - 2).folded());
    }

    /** Whether only quote marks stand between tokens {@code from} and {@code to}: ",” said". */
    private boolean onlyQuoteMarksBetween(List<Token> tokens, int from, int to) {
      for (int k = from + 1; k < to; k++) {
        if (!isQuoteMark(tokens.get(k)) && !tokens.get(k).text().equals("\u201D")) {
          return false;
        }
      }
      return from >= 0;
    }

    /**
     * Whether the words after an inverted speaker's last token {@code last} only describe the speaker up to
     * the sentence's end: a relative clause ("said one former executive who requested anonymity") or a
     * participle after a comma ("said Murphy, using a term Rubio has used"); not a clause of its own.
     */
    private boolean describedAfter(List<Token> tokens, int last) {
      boolean comma = last + 1 < tokens.size() && tokens.get(last + 1).text().equals(",");
      int k = comma ? last + 2 : last + 1;
      if (k >= tokens.size() - 1) {
        return false;
      }
      Token next = tokens.get(k);
      String w = next.folded();
      // "..., said Mr. Brandt, but she has won respect": a clause of the writer's may follow the speaker
      return w.equals("who") || w.equals("whose") || comma && next.isWord() && !next.isCapitalised()
          && (w.endsWith("ing") && w.length() > 5 && cues.cue(w) == null || opensContrast(w));
    }

    /** "but", "yet", "while", "though": words that open a contrasting clause after a comma. */
    private static boolean opensContrast(String folded) {
      return folded.equals("but") || folded.equals("yet") || CONTRASTS.contains(folded);
    }

    private boolean isClauseEnd(Token t) {
      return t.text().equals(",") || t.text().equals(".") || t.text().equals(";") || t.text().equals(":")
          || t.text().equals("?") || t.text().equals("!") || isQuoteMark(t) || t.text().equals("\u201D")
          || t.text().equals("\u2014");
    }

    /**
     * "“A!” she said. “B.”": an attribution after a quote that ends its sentence is that quote's when its
     * own sentence closes before the next quote; "“A.” He added, “B.”" introduces the next one instead.
     */
    private Attribution closingAttribution(int from, int nextOpen) {
      Attribution a = attributionAfter(from, nextOpen);
      if (a == null) {
        return null;
      }
      // What follows the cue up to the next quote ("Moss said.", "said Moss, the harbour minister.",
      // "he told me.") must close one sentence, the attribution's own.
      List<Token> rest = new ArrayList<>(Tokenizer.tokens(text, a.end(), nextOpen));
      while (!rest.isEmpty() && isQuoteMark(rest.get(rest.size() - 1))) {
        rest.remove(rest.size() - 1); // the outer of two apostrophes opening the next quote ('')
      }
      rest = beforeNextLead(rest);
      if (rest.isEmpty() || !".!?".contains(rest.get(rest.size() - 1).text())) {
        return null;
      }
      boolean afterComma = false;
      for (int k = 0; k < rest.size() - 1; k++) {
        String t = rest.get(k).text();
        if ((t.equals(".") && !isNameDot(rest, k)) || t.equals("!") || t.equals("?") || t.equals(":")
            || t.equals(";") || cueAt(rest, k) != null && !afterComma) {
          return null; // not "“A?” Moss asked Lee to answer.": a sentence of its own after the quote
        }
        // "“A?” said Moss, using a term Lee has used to describe the mayor.": an aside to the attribution
        afterComma |= t.equals(",");
      }
      return a;
    }

    /**
     * The words up to the end of the first sentence when a lead of the next quote follows it ("Moss writes
     * to Lee. He responds," before “B”): that sentence closes the quote before; otherwise all of them.
     */
    private List<Token> beforeNextLead(List<Token> rest) {
      String last = rest.isEmpty() ? "" : rest.get(rest.size() - 1).text();
      if (!last.equals(",") && !last.equals(":")) {
        return rest;
      }
      for (int k = 0; k < rest.size() - 2; k++) {
        String t = rest.get(k).text();
        if (t.equals(".") && !isNameDot(rest, k) || t.equals("!") || t.equals("?")) {
          for (int c = k + 1; c < rest.size(); c++) {
            if (cueAt(rest, c) != null) {
              return rest.subList(0, k + 1);
            }
          }
          return rest;
        }
      }
      return rest;
    }

    /** The attribution after a closing quote mark: ", he said", ", said Peskov", " Zelensky told Bloomberg." */
    private Attribution attributionAfter(int from, int to) {
      List<Token> tokens = Tokenizer.tokens(text, from, Math.min(to, text.length()));
      int i = 0;
      int dash = -1;
      while (i < tokens.size() && (tokens.get(i).text().equals(",") || DASHES.contains(tokens.get(i).text())
          || tokens.get(i).text().equals("'"))) {
        if (DASHES.contains(tokens.get(i).text())) {
          dash = i;
        }
        i++;
      }
      if (dash >= 0) {
        Span signature = signatureAt(tokens, i);
        if (signature != null) {
          return new Attribution(signature, span(tokens.get(dash)), "\u2015", tokens.get(dash).end());
        }
      }
      boolean inBrackets = false;
      for (int c = i; c < Math.min(tokens.size(), i + 32); c++) {
        Token t = tokens.get(c);
        if (t.text().equals("(") || t.text().equals(")")) {
          inBrackets = t.text().equals("("); // "Rep. Ann Lee (D-Mass.) said"
          continue;
        }
        if (!t.isWord() && !t.text().equals(",") && !isNameDot(tokens, c) && !isApostrophe(t)
            && !(inBrackets && t.text().equals(".")) && !abbreviationBeforeComma(tokens, c)) {
          break;
        }
        SpeechCues.Cue cue = quoteCueAt(tokens, c);
        if (cue == null || cue.kind() == SpeechCues.Kind.ACT && c > i + 6) {
          continue;
        }
        Span speaker = c > i ? speakerPhraseBefore(tokens, c, i) : null;
        // "said Jane Doe"; after "praised" comes its object, after "promising" what was promised
        if (speaker == null && cue.kind() != SpeechCues.Kind.ACT && !t.folded().endsWith("ing")) {
          speaker = speakerPhraseAfter(tokens, c + 1);
        }
        if (cue.kind() == SpeechCues.Kind.QUOTE && (speaker == null
            || c + 1 < tokens.size() && tokens.get(c + 1).folded().equals("by"))) {
          continue; // "“American Skin,” read by the author": no one's words
        }
        return new Attribution(speaker, span(t), cue.lemma(), t.end());
      }
      return null;
    }

    /**
     * A name signing a quote after a dash, alone up to the end of its line: "“...” ― Jane Doe" in
     * collected reactions and pull quotes.
     */
    private Span signatureAt(List<Token> tokens, int i) {
      int k = i;
      while (k < tokens.size() && k - i < 5 && (tokens.get(k).isWord() && tokens.get(k).isCapitalised()
          || isNameDot(tokens, k))) {
        k++;
      }
      if (k == i || k - i < 2 && k < tokens.size() && tokens.get(k).isWord()) {
        return null;
      }
      int end = tokens.get(k - 1).end();
      int lineEnd = text.indexOf('\n', end);
      String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
      // Nothing more on the line, or a short description: "― Tom Baker, Port Alma".
      return SIGNATURE_REST.matcher(rest).matches() ? new Span(tokens.get(i).start(), end) : null;
    }

    /** The attribution before an opening quote mark: "Trump said:", "Zelensky told Bloomberg:". */
    private Attribution attributionBefore(int from, int to) {
      List<Token> tokens = Tokenizer.tokens(text, from, to);
      int last = tokens.size() - 1;
      // "When Moss suggested that ..., Lee fired back: “...”": the clause before the colon is Lee's.
      int clause = last >= 1 && tokens.get(last).text().equals(":") ? colonClauseStart(tokens, from == sentenceStartBefore(to)) : -1;
      for (int c = tokens.size() - 1; c >= Math.max(0, tokens.size() - 16); c--) {
        SpeechCues.Cue cue = quoteCueAt(tokens, c);
        if (cue == null || cue.kind() == SpeechCues.Kind.QUOTE && !onlyPunctuationAfter(tokens, c + 1)) {
          continue; // "read the letter and said “...”": the quote's own cue is right before it
        }
        if (c < clause) {
          break;
        }
        boolean participle = tokens.get(c).folded().endsWith("ing");
        Span speaker = speakerPhraseBefore(tokens, c, 0);
        if (speaker == null && cue.kind() != SpeechCues.Kind.ACT && !participle) {
          speaker = speakerPhraseAfter(tokens, c + 1); // not "before asking her, “...”": her is asked
        }
        boolean led = commaRightBefore(tokens, c) >= 0 || c >= 1 && PARTICIPLE_LEADS.contains(tokens.get(c - 1).folded());
        if (speaker == null && participle && led && onlyPunctuationAfter(tokens, afterAddressee(tokens, c, cue, true))) {
          speaker = subjectOfEarlierCue(tokens, c); // "Trump told Newsmax that ..., adding, “...”": Trump adds
          if (speaker == null && from == sentenceStartBefore(to)) {
            speaker = openingSubject(tokens); // "The fans marched on while chanting, “...”"
          }
        }
        if (speaker != null && inTimeClauseBeforeComma(tokens, speaker, c)) {
          continue; // "said that when Warren railed against Wall Street, “she is speaking for us”": not Warren's
        }
        if (speaker != null || onlyPunctuationAfter(tokens, c + 1)) {
          // "Adding, “...”" or "before adding: “...”": the speaker is the one already speaking.
          return new Attribution(speaker, span(tokens.get(c)), cue.lemma(), tokens.get(c).end());
        }
      }
      // "Philip Bump: “...”": a name and a colon introduce the quote.
      if (last >= 1 && tokens.get(last).text().equals(":")) {
        Span speaker = nounPhraseEndingAt(tokens, last - 1, 0);
        int first = speaker == null ? -1 : indexAt(tokens, speaker.start());
        // "Philip Bump: “...”", "HEADLINE - Philip Bump: “...”", "More from the report: “...”"
        boolean introduced = first == 0 || first >= 1 && isSpacedDash(tokens.get(first - 1))
            || first >= 1 && first <= 2 && tokens.get(first - 1).folded().equals("from");
        if (speaker != null && introduced && (Character.isUpperCase(text.charAt(speaker.start()))
            || tokens.get(Math.max(0, first - 1)).folded().equals("from"))) {
          return new Attribution(speaker, span(tokens.get(last)), ":", tokens.get(last).end());
        }
        // "Asked which county he liked best, he demurred: “...”", "Trump leaned in and boomed: “...”": a clause
        // of its own, its subject and verb before the colon, introduces its subject's words.
        if (clause >= 0) {
          Span subject = openingSubject(tokens.subList(clause, tokens.size()));
          return new Attribution(subject, span(tokens.get(last)), ":", tokens.get(last).end());
        }
      }
      return null;
    }

    /**
     * Where the clause that a colon ends starts, when it opens with a subject and a finite verb: after the
     * last comma before the colon, or at the sentence's start when {@code sentenceStart}; -1 otherwise.
     */
    private int colonClauseStart(List<Token> tokens, boolean sentenceStart) {
      int last = tokens.size() - 1;
      int comma = last - 1;
      while (comma >= 0 && !tokens.get(comma).text().equals(",")) {
        comma--;
      }
      int start = comma + 1;
      while (start < last && (isQuoteMark(tokens.get(start)) || tokens.get(start).folded().equals("but")
          || tokens.get(start).folded().equals("and"))) {
        start++; // "..., but he gave the Texan a compliment:", "“...,” and she went on:"
      }
      if (comma >= 0 && start + 1 < last && subjectAndVerb(tokens.subList(start, tokens.size()))) {
        return start;
      }
      // "Trump gestured, then leaned in and boomed:": the sentence's subject
      return sentenceStart && subjectAndVerb(tokens) ? 0 : -1;
    }

    private boolean subjectAndVerb(List<Token> clause) {
      for (Token t : clause) {
        if (t.text().equals(".") || t.text().equals("?") || t.text().equals("!")) {
          return false; // two sentences: the one the colon ends may have no subject
        }
      }
      Span subject = openingSubject(clause);
      return subject != null && verbAfter(clause, lastIndexIn(clause, subject) + 1);
    }

    /** Whether a finite verb ("demurred", "went", "has since apologized", "reads") stands at {@code k}, after adverbs. */
    private boolean verbAfter(List<Token> tokens, int k) {
      while (k < tokens.size() && (CUE_ADVERBS.contains(tokens.get(k).folded()) || isAdverb(tokens.get(k).folded()))) {
        k++;
      }
      if (k >= tokens.size() - 1) {
        return false;
      }
      Token t = tokens.get(k);
      String w = t.folded();
      return isMainVerb(t) && !FINITE_AUXILIARIES.contains(w) || HAVE_FORMS.contains(w) && verbAfter(tokens, k + 1)
          || t.isWord() && !t.isCapitalised() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
          && !w.endsWith("ous");
    }

    /**
     * Whether the speaker and cue at {@code c} open a clause of time that a comma closes before the quote,
     * after words of its own ("when Warren railed against Wall Street, “...”"): the quote is the main
     * clause, someone else's words.
     */
    private boolean inTimeClauseBeforeComma(List<Token> tokens, Span speaker, int c) {
      int first = indexAt(tokens, speaker.start());
      if (first < 1 || !TIME_SUBORDINATORS.contains(tokens.get(first - 1).folded())) {
        return false;
      }
      int words = 0;
      for (int k = c + 1; k < tokens.size(); k++) {
        if (tokens.get(k).text().equals(",") && !insideQuote(tokens.get(k).start(), quotes)) {
          return words >= 4; // not "when a boy shouted on Monday, “...”": what he shouted
        }
        words += tokens.get(k).isWord() ? 1 : 0;
      }
      return false;
    }

    /** The comma right before token {@code c}, closing quote marks aside ("...,” adding"), or -1. */
    private int commaRightBefore(List<Token> tokens, int c) {
      int k = c - 1;
      while (k >= 0 && closesQuote(tokens.get(k))) {
        k--;
      }
      return k >= 0 && tokens.get(k).text().equals(",") ? k : -1;
    }

    /** The subject of the nearest speech cue before token {@code c} that has one, or null. */
    private Span subjectOfEarlierCue(List<Token> tokens, int c) {
      for (int k = c - 2; k >= 1; k--) {
        SpeechCues.Cue cue = cueAt(tokens, k);
        if (cue != null && cue.kind() == SpeechCues.Kind.SPEECH && !tokens.get(k).folded().endsWith("ing")
            && !isAuxiliaryUse(tokens, k) && !RELATIVES_BEFORE_CUE.contains(tokens.get(k - 1).folded())) {
          return speakerPhraseBefore(tokens, k, 0); // not "an architect who said ...": a relative clause's
        }
      }
      return null;
    }

    /** Whether nothing but punctuation and a word of time ("adding later,") follows {@code from}. */
    private boolean onlyPunctuationAfter(List<Token> tokens, int from) {
      for (int k = from; k < tokens.size(); k++) {
        if (tokens.get(k).isWord() && !CUE_ADVERBS.contains(tokens.get(k).folded())) {
          return false;
        }
      }
      return true;
    }

    /** A sentence end moved past the closing mark of a quote that is still open there. */
    private int quoteAwareEnd(int sentenceEnd, List<QuoteFinder.Quote> partialQuotes) {
      for (QuoteFinder.Quote q : partialQuotes) {
        if (q.open() < sentenceEnd && q.close() >= sentenceEnd) {
          return q.close() + 1;
        }
      }
      return sentenceEnd;
    }

    private StatementKind kindOf(Span content, List<QuoteFinder.Quote> quotesAround) {
      for (QuoteFinder.Quote p : quotesAround) {
        if (content.contains(p.open()) || p.open() + 1 == content.start()) {
          // Reported content that opens with the quote and is mostly quoted is the speaker's own words.
          // "According to X, “If it was ...”": a quoted sentence, even where the writer's sentence began
          // "told the council that “We will rebuild ...”": the quote fills a that-clause, reported speech quoting.
          int before = p.open() - 1;
          while (before >= 0 && Tokenizer.isSpaceInLine(text.charAt(before))) {
            before--;
          }
          boolean opens = p.open() <= content.start() && p.content().start() <= content.start() + 1
              && (startsSentence(p.open()) || Character.isUpperCase(text.charAt(p.content().start())))
              && !afterThat(before);
          return opens && p.content().length() * 2 >= content.length() ? StatementKind.DIRECT : StatementKind.MIXED;
        }
      }
      return StatementKind.INDIRECT;
    }

    private boolean insideQuote(int offset, List<QuoteFinder.Quote> quotes) {
      for (QuoteFinder.Quote q : quotes) {
        if (q.content().contains(offset)) {
          return true;
        }
      }
      return false;
    }

    private void add(Span content, StatementKind kind, Span speaker, SpeakerResolver.Resolved actor,
                     Attribution attribution, Span sentence) {
      for (Statement s : found) {
        if (s.content().overlaps(content) && !(inAttributionGap(content) && ownClauseInAttribution(attribution))) {
          return;
        }
      }
      record(content, kind, speaker, actor, attribution, sentence);
    }

    /**
     * Whether the content lies between two quotes of one statement, in their attribution: what "referring to
     * X" or "noting that X" says there is a statement of its own inside the quoted one, not a second copy of
     * its words.
     */
    private boolean inAttributionGap(Span content) {
      for (Span gap : attributionGaps) {
        if (gap.start() <= content.start() && content.end() <= gap.end()) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether an attribution inside another statement's attribution says something of its own: a participle
     * (", referring to X", ", noting that X") or a relative clause of the speaker (", who endorsed X"); not
     * the quote's own cue with its manner ("said pleasantly into the phone").
     */
    private boolean ownClauseInAttribution(Attribution attribution) {
      if (attribution == null) {
        return false;
      }
      Span cue = attribution.cue();
      if (text.startsWith("ing", cue.end() - 3)) {
        return true;
      }
      int before = cue.start() - 1;
      while (before > 0 && Character.isWhitespace(text.charAt(before))) {
        before--;
      }
      return before >= 2 && text.regionMatches(true, before - 2, "who", 0, 3);
    }

    /** Adds a statement, dated by the time phrase around its attribution or by the same speaker's last one. */
    private void record(Span content, StatementKind kind, Span speaker, SpeakerResolver.Resolved actor,
                        Attribution attribution, Span sentence) {
      LocalDate date = published;
      DatePrecision precision = DatePrecision.PUBLISHED;
      if (attribution != null) {
        // The time of saying sits around the attribution, outside the content: "Trump said on Sunday".
        int from = Math.max(sentence.start(), (speaker == null ? attribution.cue().start() : speaker.start()) - 40);
        int to = Math.max(from, Math.min(sentence.end(), attribution.end() + 40));
        TimeExpression t = dates.nearest(text, from, to, attribution.cue().start(), published);
        if (t != null && !content.contains(t.start())) {
          date = t.date();
          precision = t.precision();
        }
      }
      if (precision == DatePrecision.PUBLISHED && actor != null) {
        // "Trump lamented on Sunday that ...", then "“...,” Trump said.": the same occasion goes on.
        for (int k = found.size() - 1; k >= Math.max(0, found.size() - 3); k--) {
          Statement earlier = found.get(k);
          if (actor.id().equals(earlier.actorId()) && content.start() - earlier.content().end() < 700) {
            date = earlier.date();
            precision = earlier.datePrecision();
            break;
          }
        }
      }
      found.add(new Statement(content, text.substring(content.start(), content.end()), kind,
          speaker == null ? null : text.substring(speaker.start(), speaker.end()), speaker,
          actor == null ? null : actor.id(), actor == null ? null : actor.name(),
          attribution == null ? null : attribution.lemma(), attribution == null ? null : attribution.cue(),
          toneOf(content), date, precision));
    }

    /**
     * Whether the sentence ends in an attribution set off by a comma after the cue at {@code cueAt}
     * (", Moss added.", ", said Moss."), which makes everything before it that speaker's statement.
     */
    private boolean closedByAttribution(List<Token> tokens, int cueAt) {
      int last = lastWord(tokens);
      for (int k = last; k > cueAt + 2 && k >= last - 6; k--) {
        SpeechCues.Cue cue = cueAt(tokens, k);
        if (cue == null || cue.kind() != SpeechCues.Kind.SPEECH || tokens.get(k).folded().endsWith("ing")) {
          continue;
        }
        int comma = commaBefore(tokens, k);
        if (comma <= cueAt) {
          return false; // "as the board had promised, officials said.": a cue right before the comma is inside too
        }
        Span after = comma == k - 1 ? speakerPhraseAfter(tokens, k + 1) : null;
        // ", Moss said.", ", Moss said in a statement.", ", an official said Tuesday.", ", Moss told the
        // Gazette on Thursday."
        int afterAddressee = ADDRESSEE_CUES.contains(cue.lemma()) && !tokens.get(k).isCapitalised()
            ? afterAddressee(tokens, k, cue) : -1;
        boolean closes = k == last || placeAndTimeToTheEnd(tokens, k) || onlyTime(tokens, k + 1, last)
            || afterAddressee > k + 1 && (afterAddressee > last || onlyTime(tokens, afterAddressee, last)
                || placeAndTimeToTheEnd(tokens, afterAddressee - 1));
        return closes && speakerPhraseBefore(tokens, k, comma + 1) != null
            || after != null && after.end() >= tokens.get(last).end();
      }
      return false;
    }

    private int commaBefore(List<Token> tokens, int cueAt) {
      // "..., Sen. Jo Hale (R-Del.) told": a party and state in brackets make the speaker longer
      int reach = cueAt > 0 && tokens.get(cueAt - 1).text().equals(")") ? 14 : 9;
      for (int k = cueAt - 1; k >= Math.max(0, cueAt - reach); k--) {
        if (tokens.get(k).text().equals(",")) {
          return k;
        }
      }
      return -1;
    }

    /**
     * "The pier is safe, Jo Hale, the harbour master, said.": when the comma before the cue closes an
     * aside after a name, the comma before the name, which ends what was said; otherwise {@code comma}.
     */
    private int leadCommaBeforeAside(List<Token> tokens, int comma, int cueAt, boolean speakerAfter) {
      if (comma < 0 || comma != cueAt - 1 || speakerAfter) {
        return comma; // "..., said Jo Hale, the harbour master.": the speaker follows the cue
      }
      int open = asideCommaBefore(tokens, comma, 0);
      int lead = open > 0 ? commaBefore(tokens, open) : -1;
      return lead > 0 ? lead : comma;
    }

    /** Whether a bracketed aside runs from {@code k} to the end of the sentence: "said Lee (a view many share)." */
    private static boolean bracketToTheEnd(List<Token> tokens, int k) {
      if (k >= tokens.size() || !tokens.get(k).text().equals("(")) {
        return false;
      }
      int last = tokens.size() - 1;
      while (last > k && ".!?".contains(tokens.get(last).text())) {
        last--;
      }
      return last > k && tokens.get(last).text().equals(")");
    }

    private int lastWord(List<Token> tokens) {
      int k = tokens.size() - 1;
      while (k > 0 && !tokens.get(k).isWord()) {
        k--;
      }
      return k;
    }

    /**
     * Whether a finite auxiliary stands at or after {@code from}, before any relative pronoun: "..., says
     * her biggest concern is ..." has a clause of its own; "..., said Jo Lane, who is retiring" and
     * "..., said Jo Lane in May" do not (a capitalised "May" is the month).
     */
    private boolean finiteVerbBeforeRelative(List<Token> tokens, int from) {
      for (int k = from; k < tokens.size(); k++) {
        String w = tokens.get(k).folded();
        if (w.equals("who") || w.equals("whose")) {
          return false;
        }
        if ((FINITE_AUXILIARIES.contains(w) || IRREGULAR_PASTS.contains(w)) && !tokens.get(k).isCapitalised()) {
          return true; // "..., said the event brought back memories": a clause, not a speaker
        }
      }
      return false;
    }

    /** Whether a finite auxiliary ("is", "was", "will") stands at or after {@code from}. */
    /**
     * Whether the words at {@code k}, after an attribution set off by commas, carry on the clause before it
     * rather than describe the speaking: a verb ("The plan, Moss said, never worked"), "by" or "than"
     * ("The pier would be saved, Moss said, by the new budget"), or "and" with a new subject ("..., Moss
     * said, and she walked away"). Not "..., Moss said, adding ..." nor "..., Moss said, in a statement".
     */
    private static boolean continuesClause(List<Token> tokens, int k) {
      int v = k < tokens.size() && (isAdverb(tokens.get(k).folded()) || VERB_ADVERBS.contains(tokens.get(k).folded()))
          ? k + 1 : k;
      if (v + 1 >= tokens.size()) {
        return false;
      }
      String f = tokens.get(v).folded();
      return isMainVerb(tokens.get(v)) || f.equals("by") || f.equals("than")
          || (f.equals("and") || f.equals("but")) && SUBJECT_PRONOUNS.contains(tokens.get(v + 1).folded());
    }

    private boolean hasFiniteVerb(List<Token> tokens, int from) {
      for (int k = from; k < tokens.size(); k++) {
        if (FINITE_AUXILIARIES.contains(tokens.get(k).folded())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a spaced dash and an indefinite article follow the cue at {@code cueAt} after at most a
     * few words of when and where, with no "that" or verb: "..., the office reported on Tuesday -- a
     * development that ...", the writer's comment on the sentence.
     */
    private boolean commentAfterDash(List<Token> tokens, int cueAt) {
      for (int k = cueAt + 1; k < Math.min(tokens.size() - 1, cueAt + 7); k++) {
        Token t = tokens.get(k);
        if (isSpacedDash(t)) {
          return INDEFINITE_ARTICLES.contains(tokens.get(afterDashes(tokens, k)).folded());
        }
        if (!t.isWord() || t.folded().equals("that") || FINITE_AUXILIARIES.contains(t.folded()) || isMainVerb(t)) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether only where and when follow the token at {@code cueAt}, however long: "..., Moss said at a
     * meeting of the harbour board in the town hall on Monday night." No "that" and no finite verb, which
     * would make the words after it what was said.
     */
    private boolean placeAndTimeToTheEnd(List<Token> tokens, int cueAt) {
      if (cueAt + 2 >= tokens.size() || !PLACE_AND_TIME_PREPOSITIONS.contains(tokens.get(cueAt + 1).folded())
          || hasFiniteVerb(tokens, cueAt + 1) || PREPOSITIONS.contains(tokens.get(0).folded())) {
        return false; // "At the end of the meeting, Lee said on ...": the sentence's opening phrase is no statement
      }
      for (int k = cueAt + 1; k < tokens.size(); k++) {
        if (tokens.get(k).folded().equals("that") || tokens.get(k).text().equals(",")) {
          return false;
        }
      }
      return true;
    }

    private int wordsAfter(List<Token> tokens, int cueAt) {
      int rest = 0;
      for (int k = cueAt + 1; k < tokens.size(); k++) {
        if (tokens.get(k).isWord()) {
          rest++;
        }
      }
      return rest;
    }

    /** The index of the first sentence that ends after {@code offset}, or the number of sentences. */
    private int firstSentenceEndingAfter(int offset) {
      int low = 0;
      int high = sentences.size();
      while (low < high) { // sentences are in text order, so their ends rise
        int mid = (low + high) >>> 1;
        if (sentences.get(mid).end() <= offset) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    private Span sentenceAround(int offset) {
      int i = firstSentenceEndingAfter(offset);
      if (i == sentences.size()) {
        return new Span(offset, text.length());
      }
      Span s = sentences.get(i);
      return s.start() <= offset ? s : new Span(offset, s.end());
    }

    private int sentenceStartBefore(int offset) {
      int start = 0;
      for (Span s : sentences) {
        if (s.start() > offset) {
          break;
        }
        start = s.start();
      }
      return Math.min(start, offset);
    }

    private int sentenceEndAfter(int offset) {
      int i = firstSentenceEndingAfter(offset);
      if (i == sentences.size()) {
        return text.length();
      }
      int end = sentences.get(i).end();
      int nl = text.indexOf('\n', offset);
      return nl < 0 ? end : Math.min(nl, Math.max(end, offset));
    }

    /** Whether only white space, or nothing, stands between sentence punctuation and {@code offset}. */
    private boolean startsSentence(int offset) {
      int k = offset - 1;
      while (k >= 0 && (Tokenizer.isSpaceInLine(text.charAt(k)) || text.charAt(k) == '\'' || text.charAt(k) == '`')) {
        k--;
      }
      return k < 0 || ".?!:\n".indexOf(text.charAt(k)) >= 0;
    }

    private boolean previousLineEndsWithColon(int offset) {
      int k = offset - 1;
      while (k >= 0 && (Tokenizer.isWhiteSpace(text.charAt(k)) || text.charAt(k) == '\'' || text.charAt(k) == '`')) {
        k--;
      }
      return k >= 0 && text.charAt(k) == ':';
    }

    /** The start of the line before the one {@code offset} begins. */
    private int lineStartBefore(int offset) {
      int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
      int k = nl - 1;
      while (k >= 0 && Tokenizer.isWhiteSpace(text.charAt(k))) {
        k--; // blank lines between "Caddell continued:" and the quote
      }
      int previous = k < 0 ? -1 : text.lastIndexOf('\n', k);
      return previous + 1;
    }

    private Span trimmed(int start, int end) {
      while (start < end && (Tokenizer.isWhiteSpace(text.charAt(start)) || text.charAt(start) == ',')) {
        start++;
      }
      while (end > start && (Tokenizer.isWhiteSpace(text.charAt(end - 1)) || ".,;:\u2013\u2014\u2015".indexOf(text.charAt(end - 1)) >= 0
          || strayClosingMark(start, end - 1))) {
        end--;
      }
      return end > start ? new Span(start, end) : null;
    }

    /** Whether the mark at {@code at} closes nothing opened since {@code start}: a stray mark wrapping a paragraph. */
    private boolean strayClosingMark(int start, int at) {
      char c = text.charAt(at);
      if (c != '"' && c != '\u201D') {
        return false;
      }
      for (int k = start; k < at; k++) {
        char o = text.charAt(k);
        if (o == '"' || o == '\u201C' || o == '\u201D') {
          return false;
        }
      }
      return true;
    }
  }

  private static Span span(Token t) {
    return new Span(t.start(), t.end());
  }
}
