package io.pressbrief.ingest;

import io.pressbrief.ingest.html.HtmlArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns one saved HTML page (a file, a web archive's response) into an article or a rejection. */
final class HtmlPages {
  private HtmlPages() {}

  /**
   * The page's article.
   *
   * @param charset           the charset the server declared, or null to detect it from the page
   * @param address           where the page was fetched from, or null
   * @param fallbackPublished a time to use when the page states none (a web archive's capture time, a
   *                          saved file's modification time), or null
   */
  static IngestResult toResult(byte[] html, String charset, String address, String fallbackPublished,
                               String source, String position, String id, RecordMapping mapping,
                               IngestOptions options) throws IOException {
    if (Binary.looksBinary(html)) {
      return rejected(source, position, "the file is binary data, not an HTML page: leave it out of the archive "
          + "or give its real format in the job spec", html);
    }
    Document doc = Jsoup.parse(new ByteArrayInputStream(html), charset, address == null ? "" : address);
    HtmlArticleExtractor.Page page = HtmlArticleExtractor.extract(doc, options.today());
    if (page.text().isBlank()) {
      return rejected(source, position, "the page has no article text (no paragraphs of prose were found): it is "
          + "probably an index, a login or an error page", html);
    }
    Map<String, String> values = new HashMap<>();
    values.put("id", id);
    values.put("url", page.url() != null ? page.url() : address);
    values.put("source", page.source());
    values.put("title", page.title());
    values.put("published", page.published() != null ? page.published() : fallbackPublished);
    values.put("text", page.text());
    if (values.get("published") == null) {
      return rejected(source, position, "the page states no publication date (no article:published_time or "
          + "datePublished meta tag, no <time datetime>, no written date near the top): add one", html);
    }
    return new RecordMapping(Map.of(), mapping.defaultSource())
        .toResult(values::get, source, position, id, options, page.title());
  }

  private static IngestResult rejected(String source, String position, String reason, byte[] html) {
    return new IngestResult.Rejected(Rejection.of(source, position, reason, Binary.excerpt(html, 400)));
  }
}
