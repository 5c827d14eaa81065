package io.pressbrief.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself: title, publication time, outlet, canonical address and, when
 * the publisher gives it, the article body, read from JSON-LD, Open Graph and other meta tags,
 * {@code <time>} elements and, last, a date written near the top of the page.
 *
 * @param published the time as the page writes it (ISO-8601 usually, or "November 19, 2019")
 */
record PageMetadata(String title, String published, String source, String url, String articleBody) {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date",
      "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date", "article.published",
      "og:published_time", "cxenseparse:recs:publishtime", "article:modified_time", "og:updated_time",
      "dateModified", "last-modified");
  private static final Pattern WRITTEN_DATE = Pattern.compile(
      "\\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2},? \\d{4}"
          + "|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
  private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(article|posting|report).*");

  /**
   * @param today dates after this day (or before 1800) are placeholders such as 0001-01-01, not
   *              the publication date, and the next source of a date is tried
   */
  static PageMetadata of(Document doc, java.time.LocalDate today) {
    JsonNode article = structuredArticle(doc);
    String title = first(jsonText(article, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
        doc.title().isBlank() ? null : doc.title(), text(doc.selectFirst("h1")));
    List<String> dates = new ArrayList<>();
    dates.add(jsonText(article, "datePublished"));
    for (String name : PUBLISHED_META) {
      dates.add(meta(doc, name));
    }
    dates.add(attr(doc.selectFirst("[itemprop=datePublished]"), "content"));
    dates.add(attr(doc.selectFirst("[itemprop=datePublished]"), "datetime"));
    dates.add(attr(doc.selectFirst("time[datetime]"), "datetime"));
    dates.add(text(doc.selectFirst("time")));
    dates.add(writtenDate(doc));
    String published = dates.stream().filter(d -> d != null
        && io.pressbrief.ingest.PublicationDates.parse(d, today).isPresent()).findFirst().orElse(null);
    String url = first(jsonText(article, "url"), attr(doc.selectFirst("link[rel=canonical]"), "href"),
        meta(doc, "og:url"));
    String source = first(meta(doc, "og:site_name"), jsonText(article == null ? null : article.get("publisher"),
        "name"), meta(doc, "application-name"), host(url == null ? doc.location() : url));
    String body = jsonText(article, "articleBody");
    if (body != null) {
      // Some publishers put markup or entities into the JSON string.
      body = body.contains("<") || body.contains("&") ? Jsoup.parse(body).wholeText() : body;
      body = LINE_BREAK.matcher(SPACES.matcher(body).replaceAll(" ")).replaceAll("\n\n").strip();
    }
    return new PageMetadata(clean(title), clean(published), clean(source), clean(url), body);
  }

  /** The first JSON-LD object of an article type, looking inside arrays and {@code @graph}. */
  private static JsonNode structuredArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (Exception ignored) {
        // broken structured data is common; the page's other metadata still counts
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    if (type != null && ARTICLE_TYPE.matcher(type.toString()).matches()) {
      return node;
    }
    return findArticle(node.get("@graph"));
  }

  private static String jsonText(JsonNode node, String field) {
    if (node == null || node.get(field) == null) {
      return null;
    }
    JsonNode v = node.get(field);
    if (v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    return v.isTextual() ? v.asText() : null;
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
        return m.attr("content");
      }
    }
    return null;
  }

  /** A date written in the page's first lines (a byline's "Nov. 19, 2019"), for pages with no metadata. */
  private static String writtenDate(Document doc) {
    if (doc.body() == null) {
      return null;
    }
    String text = doc.body().text();
    Matcher m = WRITTEN_DATE.matcher(text.substring(0, Math.min(text.length(), 3000)));
    return m.find() ? m.group(1) : null;
  }

  private static String host(String url) {
    try {
      String host = url == null || url.isBlank() ? null : URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String attr(Element e, String name) {
    return e == null || e.attr(name).isBlank() ? null : e.attr(name);
  }

  private static String text(Element e) {
    return e == null || e.text().isBlank() ? null : e.text();
  }

  private static String first(String... values) {
    List<String> present = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        present.add(v);
      }
    }
    return present.isEmpty() ? null : present.get(0);
  }

  private static String clean(String v) {
    return v == null ? null : HtmlArticleExtractor.normalise(v);
  }
}
