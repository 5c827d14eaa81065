package io.pressbrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Archive files in every format, written by the tests themselves: pages, PDFs and web archives. */
final class IngestFixtures {
  private IngestFixtures() {}

  /** A news page with navigation, a story split by an ad and a figure, related links, comments and a footer. */
  static String newsPage(String headline, String published, String... paragraphs) {
    StringBuilder story = new StringBuilder();
    for (int i = 0; i < paragraphs.length; i++) {
      story.append("<p>").append(paragraphs[i]).append("</p>\n");
      if (i == 1) {
        story.append("<div class=\"ad-slot\">Advertisement <a href=\"/buy\">Buy now</a></div>\n")
            .append("<figure><img src=\"x.jpg\"><figcaption>Soldiers at the bridge.</figcaption></figure>\n");
      }
    }
    return """
        <!DOCTYPE html>
        <html><head><title>%1$s | Harbour Times</title>
        <meta property="og:site_name" content="Harbour Times">
        <meta property="article:published_time" content="%2$s">
        <link rel="canonical" href="https://news.example.org/harbour-times/exchange">
        </head><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
        <li><a href="/politics">Politics</a></li></ul></nav></header>
        <main><article>
        <h1>%1$s</h1>
        <div class="byline">By Staff Reporter</div>
        <div class="story-body">
        %3$s
        </div>
        <div class="share-tools"><a href="#">Share on social media</a></div>
        <section class="related"><h2>Related stories</h2><ul>
        <li><a href="/a">Talks stall again in Geneva as both sides trade blame</a></li>
        <li><a href="/b">Markets calm as the talks approach, traders say</a></li></ul></section>
        </article></main>
        <section id="comments"><p>Great article, thanks for writing it, I read it twice today.</p></section>
        <footer><p>Copyright Harbour Times. All rights reserved. Contact us for licensing.</p></footer>
        </body></html>
        """.formatted(headline, published, story);
  }

  /** A one-page PDF with the given lines and document information. */
  static byte[] pdf(String title, Calendar created, String published, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(doc, title, created, published, lines);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** The same, protected with a password that opening it needs. */
  static byte[] encryptedPdf(String... lines) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(doc, "Locked", day(2025, 12, 8), null, lines);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret",
          new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void fill(PDDocument doc, String title, Calendar created, String published, String... lines)
      throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
      content.setLeading(15);
      content.newLineAtOffset(60, 720);
      for (String line : lines) {
        content.showText(line);
        content.newLine();
      }
      content.endText();
    }
    doc.getDocumentInformation().setTitle(title);
    doc.getDocumentInformation().setCreationDate(created);
    if (published != null) {
      doc.getDocumentInformation().setCustomMetadataValue("published", published);
      doc.getDocumentInformation().setCustomMetadataValue("source", "Clipping Service");
    }
  }

  static Calendar day(int year, int month, int day) {
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(year, month - 1, day, 9, 30, 0);
    return c;
  }

  /**
   * A gzip-compressed web archive with a request and an HTML page, then (with {@code extras}) an
   * image and a redirect.
   */
  static void warc(Path file, String pageUrl, String html, boolean extras) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
         WarcWriter warc = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
      Instant captured = Instant.parse("2025-12-09T07:00:00Z");
      warc.write(new WarcRequest.Builder(URI.create(pageUrl)).date(captured)
          .body(new org.netpreserve.jwarc.HttpRequest.Builder("GET", "/").build()).build());
      warc.write(response(pageUrl, captured, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
      if (extras) {
        warc.write(response("https://news.example.org/logo.png", captured, 200, "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
        warc.write(response("https://news.example.org/old", captured, 301, "text/html", new byte[0]));
      }
    }
  }

  private static WarcResponse response(String url, Instant captured, int status, String type, byte[] body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
        .body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(captured).body(http).build();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
