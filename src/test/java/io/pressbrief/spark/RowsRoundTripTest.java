package io.pressbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pressbrief.analysis.AnalyzerFixtures;
import io.pressbrief.analysis.ArticleAnalysis;
import io.pressbrief.ingest.Article;
import io.pressbrief.ingest.Rejection;
import io.pressbrief.spark.tables.EscalationRow;
import io.pressbrief.spark.tables.MentionRow;
import io.pressbrief.spark.tables.QuantityRow;
import io.pressbrief.spark.tables.RecordRow;
import io.pressbrief.spark.tables.RejectedRow;
import io.pressbrief.spark.tables.Rows;
import io.pressbrief.spark.tables.StatementRow;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every bean Spark stores survives encoding and decoding unchanged. */
class RowsRoundTripTest {
  private static SparkSession spark;
  private static RecordRow analysed;

  @BeforeAll
  static void analyse() {
    spark = SparkTestSession.get();
    String text = "Overnight, Southern forces launched over 120 drones at Port Alma.\n"
        + "“We will rebuild,” Clara Moss said on Sunday.";
    ArticleAnalysis a = AnalyzerFixtures.analyze(text);
    Article art = a.article();
    analysed = Rows.withAnalysis(Rows.of(art), a);
  }

  private static <T> T roundTrip(T bean, Class<T> type) {
    return spark.createDataset(List.of(bean), Encoders.bean(type)).collectAsList().get(0);
  }

  @Test
  void recordRowWithItsNestedAnalysis() {
    RecordRow back = roundTrip(analysed, RecordRow.class);
    assertEquals(analysed.getArticleId(), back.getArticleId());
    assertEquals(analysed.getDate(), back.getDate());
    assertEquals(analysed.getText(), back.getText());
    assertEquals(analysed.getStatements().size(), back.getStatements().size());
    assertEquals(analysed.getEscalations().size(), back.getEscalations().size());
    assertEquals(analysed.getMentions().size(), back.getMentions().size());
    assertNull(back.getRejected());
  }

  @Test
  void statementRow() {
    StatementRow s = analysed.getStatements().get(0);
    StatementRow back = roundTrip(s, StatementRow.class);
    assertEquals(s.getText(), back.getText());
    assertEquals(s.getActorId(), back.getActorId());
    assertEquals(s.getSpeakerStart(), back.getSpeakerStart());
    assertEquals(s.getDate(), back.getDate());
    assertEquals(s.getSentiment(), back.getSentiment());
  }

  @Test
  void escalationRowWithQuantities() {
    EscalationRow e = analysed.getEscalations().get(0);
    EscalationRow back = roundTrip(e, EscalationRow.class);
    assertEquals(e.getType(), back.getType());
    assertEquals(e.getDate(), back.getDate());
    assertEquals(e.getQuantities().size(), back.getQuantities().size());
    QuantityRow q = back.getQuantities().get(0);
    assertEquals(120, q.getCount());
    assertEquals("over", q.getQualifier());
    assertEquals("drone", roundTrip(q, QuantityRow.class).getItem());
  }

  @Test
  void mentionRow() {
    MentionRow m = analysed.getMentions().get(0);
    MentionRow back = roundTrip(m, MentionRow.class);
    assertEquals(m.getActorId(), back.getActorId());
    assertEquals(m.getStart(), back.getStart());
    assertEquals(m.getDate(), back.getDate());
  }

  @Test
  void rejectedRow() {
    RecordRow r = Rows.of(Rejection.of("a.jsonl", "line 3", "the line is not valid JSON", "{oops"));
    RejectedRow back = roundTrip(r, RecordRow.class).getRejected();
    assertEquals("line 3", back.getPosition());
    assertEquals("{oops", roundTrip(r.getRejected(), RejectedRow.class).getExcerpt());
  }
}
