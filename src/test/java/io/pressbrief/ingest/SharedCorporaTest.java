package io.pressbrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressbrief.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format reads the real files in ../shared/corpora; the HTML extraction keeps its benchmark score. */
class SharedCorporaTest {
  private static final Configuration CONF = new Configuration();
  private static final IngestOptions OPTIONS = new IngestOptions(IngestOptions.DEFAULT_MAX_TEXT_CHARS, LocalDate.now());

  private static List<IngestResult> readAll(Path path) throws IOException {
    List<IngestResult> out = new ArrayList<>();
    for (ArchiveFiles.ArchiveFile f : ArchiveFiles.list(List.of(path.toString()), CONF)) {
      ArchiveFiles.results(f.path(), ArchiveFormat.AUTO, RecordMapping.IDENTITY, CONF, OPTIONS).forEachRemaining(out::add);
    }
    return out;
  }

  private static List<Article> articles(List<IngestResult> results) {
    return results.stream().filter(r -> r instanceof IngestResult.Accepted)
        .map(r -> ((IngestResult.Accepted) r).article()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"corpora/seed/seed-article.jsonl", "corpora/reuters-21578/reuters.jsonl",
      "corpora/ukraine-press/putin.jsonl", "corpora/ukraine-press/zelenskyy.jsonl",
      "corpora/zelensky-speeches/speeches.jsonl"})
  void jsonLinesCorporaAreReadWhole(String corpus) throws IOException {
    List<IngestResult> results = readAll(SharedData.require(corpus));
    assertTrue(results.stream().allMatch(r -> r instanceof IngestResult.Accepted), corpus + ": "
        + results.stream().filter(r -> r instanceof IngestResult.Rejected).findFirst());
  }

  @Test
  void allSixWebArchivesAreReadAndTheClippedOneSaysWhereItBreaksOff() throws IOException {
    Path dir = SharedData.require("corpora/warc");
    Map<String, List<IngestResult>> byFile = new HashMap<>();
    for (ArchiveFiles.ArchiveFile f : ArchiveFiles.list(List.of(dir.toString()), CONF)) {
      List<IngestResult> results = new ArrayList<>();
      ArchiveFiles.results(f.path(), ArchiveFormat.AUTO, RecordMapping.IDENTITY, CONF, OPTIONS)
          .forEachRemaining(results::add);
      byFile.put(RecordReader.fileName(f.path()), results);
    }
    assertEquals(6, byFile.size(), byFile.keySet().toString());
    List<IngestResult> clipped = byFile.get("clipped.warc.gz");
    assertEquals(1, clipped.size());
    assertTrue(((IngestResult.Rejected) clipped.get(0)).rejection().reason().contains("breaks off"));
    // ClueWeb09's malformed dates and wrong Content-Encoding do not stop its 29 pages: Japanese shop
    // pages, set aside as not English, or rejected when a page is a table of short cells without prose.
    List<IngestResult> cluewebPages = byFile.get("clueweb-quirk.warc.gz");
    List<Article> clueweb = articles(cluewebPages);
    assertEquals(29, cluewebPages.size());
    assertTrue(clueweb.size() >= 20, clueweb.size() + " pages with text");
    assertTrue(clueweb.stream().allMatch(a -> a.setAside() != null && a.date().getYear() == 2009));
    assertTrue(cluewebPages.stream().allMatch(r -> r instanceof IngestResult.Accepted
        || ((IngestResult.Rejected) r).rejection().reason().contains("no article text")));
    assertTrue(articles(byFile.get("post-blackout.warc.gz")).stream()
        .anyMatch(a -> a.text().contains("The Wikipedia blackout is over")));
    for (Map.Entry<String, List<IngestResult>> e : byFile.entrySet()) {
      if (!e.getKey().equals("clipped.warc.gz")) {
        assertTrue(!articles(e.getValue()).isEmpty(), e.getKey() + " gives at least one page");
        assertTrue(e.getValue().stream().noneMatch(r -> r instanceof IngestResult.Rejected rej
            && rej.rejection().reason().contains("breaks off")), e.getKey() + " is read to its end");
      }
    }
  }

  @Test
  void htmlPagesGiveTheirArticleBodiesAsWellAsTheBenchmarkAsks() throws IOException {
    Path truth = SharedData.require("corpora/html-extraction/ground-truth-dev.json");
    List<Article> pages = articles(readAll(SharedData.require("corpora/html-extraction/html")));
    JsonNode expected = new ObjectMapper().readTree(truth.toFile());
    assertEquals(expected.size(), pages.size(), "every page is read");
    Map<String, String> extracted = new HashMap<>();
    pages.forEach(a -> extracted.put(a.id(), a.text()));
    double precision = 0;
    double recall = 0;
    int withPrediction = 0;
    for (Map.Entry<String, JsonNode> page : (Iterable<Map.Entry<String, JsonNode>>) expected::fields) {
      double[] pr = precisionRecall(page.getValue().get("articleBody").asText(), extracted.getOrDefault(page.getKey(), ""));
      precision += pr[0];
      recall += pr[1];
      withPrediction++;
    }
    precision /= withPrediction;
    recall /= withPrediction;
    double f1 = 2 * precision * recall / (precision + recall);
    System.err.printf("pressbrief tests: HTML extraction on the dev pages: F1 %.3f (precision %.3f, recall %.3f)%n",
        f1, precision, recall);
    assertTrue(f1 >= 0.95, "F1 " + f1);
  }

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The benchmark's measure: token 4-gram shingles counted with multiplicity, per page. */
  private static double[] precisionRecall(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    java.util.Set<String> keys = new java.util.HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    for (String k : keys) {
      int a = t.getOrDefault(k, 0);
      int b = p.getOrDefault(k, 0);
      tp += Math.min(a, b);
      fp += Math.max(0, b - a);
      fn += Math.max(0, a - b);
    }
    if (fp == 0 && fn == 0) {
      return new double[] {1, 1};
    }
    return new double[] {tp + fp == 0 ? 0 : tp / (tp + fp), tp + fn == 0 ? 0 : tp / (tp + fn)};
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
      List<String> gram = tokens.subList(i, Math.min(tokens.size(), i + 4));
      if (!gram.isEmpty()) {
        out.merge(String.join(" ", gram), 1, Integer::sum);
      }
    }
    return out;
  }
}
