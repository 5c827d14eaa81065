package io.pressbrief.analysis;

import io.pressbrief.analysis.actors.Mention;
import io.pressbrief.analysis.escalation.Escalation;
import io.pressbrief.analysis.statements.Statement;
import io.pressbrief.ingest.Article;
import java.util.List;

/**
 * Everything the analysis finds in one article.
 *
 * @param article     the article analysed
 * @param tone        whole-article tone, -1..1
 * @param statements  statements in text order
 * @param escalations escalation and de-escalation events in text order
 * @param mentions    actor mentions in text order
 */
public record ArticleAnalysis(Article article, double tone, List<Statement> statements,
                              List<Escalation> escalations, List<Mention> mentions) {
  public ArticleAnalysis {
    statements = List.copyOf(statements);
    escalations = List.copyOf(escalations);
    mentions = List.copyOf(mentions);
  }
}
