package io.pressbrief.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes a news page apart: its article body as plain paragraphs, without navigation, teasers, share
 * buttons, ads or comments, and its title, publication time, outlet and address from the page's
 * metadata. The body is found the way a reader's eye finds it: the element whose paragraphs hold the
 * most prose (long text, commas, few links) wins, with its sibling blocks that read like prose too.
 * Stateless and thread-safe; the document passed in is modified (boilerplate is removed from it).
 */
public final class HtmlArticleExtractor {
  /** What a page gives: null for what it does not say. */
  public record Page(String title, String published, String source, String url, String text) {}

  /** Elements that never hold article prose. */
  private static final String NEVER_PROSE = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
      + "button, input, select, textarea, figcaption, picture, video, audio, [hidden], [aria-hidden=true]";

  /**
   * Elements that are page furniture unless they hold most of the page's prose: some sites wrap the
   * whole page in a form (ASP.NET) or the story in a figure.
   */
  private static final Set<String> FURNITURE_TAGS = Set.of("form", "nav", "aside", "footer", "figure", "menu",
      "dialog");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner",
      "dialog");

  /** Class and id words that mark a block as page furniture rather than the story. */
  private static final Set<String> FURNITURE = Set.of("comment", "comments", "share", "sharing", "related",
      "recommended", "recommendations", "recirc", "promo", "promos", "advert", "advertisement", "ad", "ads", "adslot",
      "sponsored", "newsletter", "subscribe", "subscription", "signup", "breadcrumb", "breadcrumbs", "sidebar",
      "cookie", "cookies", "consent", "popup", "modal", "masthead", "toolbar", "outbrain", "taboola", "paywall",
      "caption", "credit", "credits", "tags", "tagline", "byline", "author", "bio", "disclaimer", "footer", "nav",
      "navigation", "menu", "trending", "most", "popular", "widget", "teaser", "teasers", "more", "rail", "hidden",
      "sr", "visually", "print", "jump", "skip", "timestamp", "dateline", "meta", "headline", "kicker",
      "video", "gallery", "slideshow", "carousel", "aside", "pullquote", "correction", "ribbon", "banner");

  /** Class and id words that mark the story itself; an element with one is never furniture. */
  private static final Set<String> STORY = Set.of("article", "body", "content", "story", "text", "main", "post",
      "entry", "prose", "richtext", "paragraph", "articlebody");

  private static final Pattern CLASS_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
      "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "dl", "dd", "dt", "br",
      "header", "hr", "center");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  /** The end of a sentence in any script: ". ", "? ", "。". */
  private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?](\\s|$)|[。！？]");
  private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.!?\"”]$");
  /** Short lines that sit between paragraphs but are never part of the story. */
  private static final Pattern FURNITURE_LINE = Pattern.compile(
      "(?i)^(advertisement|advert|ad|sponsored|story continues below( advertisement)?|continue reading.*|read more.*|"
          + "related:?.*|see also:?.*|sign up.*|subscribe.*|click here.*|share (this|on).*|follow us.*|"
          + "image:?.*|photo:?.*|getty images|reuters|ap photo.*|loading.*|skip (to )?.*|you might also like.*|"
          + "recommended.*|more from .*|watch:?.*|listen:?.*|close|menu|[0-9]+ comments?)$");

  /** Closing lines that sell or point elsewhere: newsletters, tips, follow-us; dropped at the end of a story. */
  private static final Pattern CLOSING_PROMO = Pattern.compile(
      "(?i).*\\b(newsletters?|subscribe|sign up|follow (us|him|her|them|me)|have a tip|click here|tell us what you think|"
          + "delivered (through|to) your|in your inbox|all rights reserved|copyright ©?)\\b.*");

  private HtmlArticleExtractor() {}

  /**
   * The page's article and metadata.
   *
   * @param today the day of reading: a page's dates after it are placeholders, not its publication time
   */
  public static Page extract(Document doc, java.time.LocalDate today) {
    PageMetadata meta = PageMetadata.of(doc, today);
    String domText = body(doc);
    String text = domText;
    // Publishers often put the story in their structured data too, but it can lag behind the page
    // (an earlier version, paragraphs run together), so it is the fallback for pages whose markup
    // hides the story, not the first choice.
    String structured = meta.articleBody();
    if (structured != null && structured.length() >= 400 && domText.length() < 0.5 * structured.length()) {
      text = structured;
    }
    return new Page(meta.title(), meta.published(), meta.source(), meta.url(), text);
  }

  /** The article body of a page: its paragraphs separated by blank lines, or "" when it has none. */
  public static String body(Document doc) {
    Element root = doc.body() == null ? doc : doc.body();
    root.select(NEVER_PROSE).remove();
    double pageText = proseLength(root);
    removeFurniture(root, pageText);
    Element best = bestContainer(root);
    if (best == null) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element part : withProseSiblings(best)) {
      collect(part, paragraphs);
    }
    return String.join("\n\n", trimEdges(paragraphs));
  }

  private static void removeFurniture(Element root, double pageText) {
    List<Element> furniture = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || e.tagName().equals("html") || e.tagName().equals("body")) {
        continue;
      }
      String style = e.attr("style").toLowerCase(Locale.ROOT);
      if (style.contains("display:none") || style.contains("display: none") || style.contains("visibility:hidden")) {
        furniture.add(e);
        continue;
      }
      boolean furnitureTag = FURNITURE_TAGS.contains(e.tagName()) || FURNITURE_ROLES.contains(e.attr("role"));
      if ((furnitureTag || isFurnitureByName(e)) && proseLength(e) < 0.5 * pageText) {
        furniture.add(e);
      }
    }
    for (Element e : furniture) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  private static boolean isFurnitureByName(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    boolean furniture = false;
    for (String word : CLASS_WORDS.split(names)) {
      String w = word.toLowerCase(Locale.ROOT);
      if (STORY.contains(w)) {
        return false;
      }
      furniture |= FURNITURE.contains(w);
    }
    return furniture;
  }

  /** Readability's rule: each paragraph scores its parent fully and its grandparents less. */
  private static Element bestContainer(Element root) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      String tag = e.tagName();
      if (!tag.equals("p") && !tag.equals("pre") && !hasOwnProse(e)) {
        continue;
      }
      String text = ownBlockText(e);
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element ancestor = e.parent();
      for (int level = 1; level <= 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
        scores.merge(ancestor, score / (level == 1 ? 1 : level == 2 ? 2 : level * 3), Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      double score = s.getValue() * (1 - linkDensity(s.getKey()));
      if (score > bestScore) {
        bestScore = score;
        best = s.getKey();
      }
    }
    return best == null ? null : widened(best, root);
  }

  /**
   * The container widened to its ancestors for as long as what an ancestor adds is prose too: a
   * story split into sections by figures, pull quotes or ads is one story. Wrappers with nothing
   * else in them are passed through.
   */
  private static Element widened(Element best, Element root) {
    Element current = best;
    while (current.parent() != null && current != root && current.parent() != root.parent()) {
      Element parent = current.parent();
      double addedProse = proseLength(parent) - proseLength(current);
      double addedText = parent.text().length() - current.text().length();
      if (addedText > 0 && (addedProse < 0.6 * addedText || linkDensity(parent) > 0.3)) {
        break;
      }
      current = parent;
    }
    return current;
  }


  /** The container and its siblings that read like more of the same story. */
  private static List<Element> withProseSiblings(Element best) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        parts.add(sibling);
        continue;
      }
      String text = normalise(sibling.text());
      double links = linkDensity(sibling);
      boolean sameKind = !best.className().isEmpty() && sibling.className().equals(best.className());
      if ((sameKind && links < 0.3 && text.length() > 0)
          || (sibling.tagName().equals("p") && text.length() > 80 && links < 0.25)
          || (sibling.tagName().equals("p") && text.length() > 0 && links == 0 && SENTENCE_STOP.matcher(text).find())) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  /** Appends the element's prose blocks in document order. */
  private static void collect(Element container, List<String> paragraphs) {
    StringBuilder current = new StringBuilder();
    walk(container, current, paragraphs);
    flush(current, paragraphs);
  }

  private static void walk(Node node, StringBuilder current, List<String> paragraphs) {
    if (node instanceof TextNode t) {
      current.append(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.tagName();
    if (tag.equals("h1")) {
      flush(current, paragraphs);
      return; // the headline is the title, not the body
    }
    boolean block = BLOCKS.contains(tag);
    if (block) {
      flush(current, paragraphs);
      if (tag.equals("br") || tag.equals("hr")) {
        return;
      }
      if (!tag.equals("p") && !HEADINGS.contains(tag) && e.childrenSize() > 0 && linkDensity(e) > 0.5
          && e.text().length() < 400) {
        return; // a link list inside the story: related stories, tags
      }
      if ((tag.equals("ul") || tag.equals("ol")) && linkDensity(e) > 0.5) {
        return;
      }
    }
    for (Node child : e.childNodes()) {
      walk(child, current, paragraphs);
    }
    if (block) {
      flush(current, paragraphs);
    }
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String text = normalise(current.toString());
    current.setLength(0);
    if (text.isEmpty() || FURNITURE_LINE.matcher(text).matches()) {
      return;
    }
    paragraphs.add(text);
  }

  /** Drops short, sentence-less lines at the very start and end (bylines, datelines, "Share"). */
  private static List<String> trimEdges(List<String> paragraphs) {
    int from = 0;
    int to = paragraphs.size();
    while (from < to && looksLikeLabel(paragraphs.get(from))) {
      from++;
    }
    while (to > from && (looksLikeLabel(paragraphs.get(to - 1))
        || paragraphs.get(to - 1).length() < 200 && CLOSING_PROMO.matcher(paragraphs.get(to - 1)).matches())) {
      to--;
    }
    return paragraphs.subList(from, to);
  }

  private static boolean looksLikeLabel(String paragraph) {
    return paragraph.length() < 40 && !ENDS_A_SENTENCE.matcher(paragraph).find();
  }

  /**
   * A block with prose of its own outside paragraphs: a div of text and line breaks, or on an old
   * table-laid page a cell of sentences (a data table's short cells are not prose).
   */
  private static boolean hasOwnProse(Element e) {
    String tag = e.tagName();
    boolean cell = tag.equals("td");
    if (!cell && !tag.equals("div") && !tag.equals("section") && !tag.equals("span")) {
      return false;
    }
    for (TextNode t : e.textNodes()) {
      String text = t.text().strip();
      if (cell ? text.length() >= 150 && SENTENCE_STOP.matcher(text).find() : text.length() >= 25) {
        return true;
      }
    }
    return false;
  }

  private static String ownBlockText(Element e) {
    if (e.tagName().equals("p") || e.tagName().equals("pre")) {
      return normalise(e.text());
    }
    StringBuilder own = new StringBuilder();
    for (TextNode t : e.textNodes()) {
      own.append(t.text()).append(' ');
    }
    return normalise(own.toString());
  }

  /** The length of the text in paragraphs with few links: how much prose an element holds. */
  private static double proseLength(Element e) {
    double length = 0;
    for (Element p : e.select("p, pre")) {
      String text = p.text();
      if (text.length() >= 25) {
        length += text.length() * (1 - linkDensity(p));
      }
    }
    return length;
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1, (double) linked / all);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }

  static String normalise(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
