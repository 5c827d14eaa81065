package io.pressbrief.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static HtmlArticleExtractor.Page extract(String html) {
    return HtmlArticleExtractor.extract(Jsoup.parse(html, "https://news.example.org/story"), TODAY);
  }

  private static final String P1 = "Sudmark shelled the village of Tamsk overnight, killing three people, the regional "
      + "governor said on Saturday morning.";
  private static final String P2 = "Rescue teams worked through the night, and the school was turned into a shelter "
      + "for the families who lost their homes.";
  private static final String P3 = "Talks in Geneva are due to resume on Monday, although neither side has said who "
      + "will attend them.";

  @Test
  void aStorySplitIntoSectionsByFiguresAndPullQuotesIsReadWhole() {
    String page = "<html><body><div id='page'><div class='top'><a href='/'>Home</a> <a href='/w'>World</a></div>"
        + "<div class='post'><section class='chunk'><div class='inner'><p>" + P1 + "</p><p>" + P2 + "</p></div></section>"
        + "<blockquote class='pullquote'>We will rebuild</blockquote>"
        + "<section class='chunk'><div class='inner'><p>" + P3 + "</p></div></section></div>"
        + "<div class='sidebar'><p>Most read: <a href='/1'>Ten things you missed this week in politics</a></p></div>"
        + "</div></body></html>";
    String text = extract(page).text();
    assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
    assertFalse(text.contains("Most read") || text.contains("Home"), text);
  }

  @Test
  void aPageWrappedInOneFormStillGivesItsStory() {
    // ASP.NET sites wrap the whole page in a form; a form is only furniture when it holds little prose.
    String page = "<html><body><form id='aspnetForm'><nav><a href='/'>Home</a></nav><article><p>" + P1 + "</p><p>"
        + P2 + "</p></article><footer><p>Contact us at the newsroom any time of day.</p></footer></form></body></html>";
    assertEquals(P1 + "\n\n" + P2, extract(page).text());
  }

  @Test
  void structuredDataGivesTheMetadataAndTheBodyWhenTheMarkupHidesTheStory() {
    String body = P1 + "\\n" + P2 + "\\n" + P3 + "\\n" + P1 + "\\n" + P2;
    String page = "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Eastline\"},{\"@type\":\"NewsArticle\",\"headline\":\"Three killed in Tamsk\","
        + "\"datePublished\":\"2025-12-06T08:15:00+0100\",\"publisher\":{\"name\":\"Eastline News\"},"
        + "\"articleBody\":\"" + body + "\"}]}</script></head><body><div><p>" + P1 + "</p></div></body></html>";
    HtmlArticleExtractor.Page p = extract(page);
    assertEquals("Three killed in Tamsk", p.title());
    assertEquals("Eastline News", p.source());
    assertEquals("2025-12-06T08:15:00+0100", p.published());
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P1 + "\n\n" + P2, p.text());
  }

  @Test
  void theStoryInTheMarkupWinsOverAnOlderVersionInStructuredData() {
    String older = P1 + "\\n" + P2.replace("school", "town hall");
    String page = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + older + "\"}</script></head><body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></article></body></html>";
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, extract(page).text());
  }

  @Test
  void aPlaceholderDateIsPassedOverForTheNextSourceOfADate() {
    String page = "<html><head><meta property='article:published_time' content='0001-01-01T00:00:00Z'></head>"
        + "<body><article><time datetime='2025-12-06T09:00:00Z'>6 December</time><p>" + P1 + "</p></article></body></html>";
    assertEquals("2025-12-06T09:00:00Z", extract(page).published());
  }

  @Test
  void aBylineDateIsTheLastResort() {
    String page = "<html><body><article><div class='meta'>By Ana Ruiz | Nov. 19, 2019</div><p>" + P1
        + "</p></article></body></html>";
    assertEquals("Nov. 19, 2019", extract(page).published());
  }

  @Test
  void theOutletFallsBackToTheAddressHost() {
    String page = "<html><body><article><p>" + P1 + "</p></article></body></html>";
    HtmlArticleExtractor.Page p = HtmlArticleExtractor.extract(Jsoup.parse(page, "https://www.ridgewire.example/x"),
        TODAY);
    assertEquals("ridgewire.example", p.source());
    assertNull(p.published());
  }

  @Test
  void linkListsAndPromotionsInsideTheStoryAreLeftOut() {
    String page = "<html><body><article><p>" + P1 + "</p><ul><li><a href='/a'>Read: the war in maps</a></li>"
        + "<li><a href='/b'>Read: who is who in Geneva</a></li></ul><p>Advertisement</p><p>" + P2 + "</p>"
        + "<p>Sign up for our morning newsletter to get the news first.</p></article></body></html>";
    assertEquals(P1 + "\n\n" + P2, extract(page).text());
  }

  @Test
  void aDataTableAndAnEmbeddedPostInsideTheStoryAreKept() {
    String page = "<html><body><article><p>" + P1 + "</p><table><tr><th>Village</th><th>Killed</th></tr>"
        + "<tr><td>Tamsk</td><td>3</td></tr></table><p>" + P2 + "</p><div class='social-media-embed'>"
        + "<blockquote class='twitter-tweet'><p>We will rebuild every house in Tamsk, the mayor wrote tonight.</p>"
        + "</blockquote></div><p>" + P3 + "</p></article></body></html>";
    String text = extract(page).text();
    assertTrue(text.contains("Tamsk\n\n3") && text.contains("We will rebuild every house"), text);
  }

  @Test
  void anOldTableLaidPageGivesTheProseOfItsCells() {
    String cell = P1 + " " + P2;
    String page = "<html><body><table><tr><td><a href='/'>Home</a> <a href='/n'>News</a></td></tr><tr><td>" + cell
        + "<br><br>" + P3 + "</td></tr></table></body></html>";
    assertEquals(cell + "\n\n" + P3, extract(page).text());
  }

  @Test
  void aPageWithoutProseGivesNoText() {
    assertEquals("", extract("<html><body><nav><a href='/'>Home</a><a href='/a'>About us</a></nav></body></html>")
        .text());
  }
}
