package io.pressbrief.spark;

import java.util.Map;

/**
 * What one run did: counts per table, time per stage, and where the outputs are.
 *
 * @param recordsRead   input records seen (articles + rejected)
 * @param articles      articles analysed
 * @param rejected      records rejected
 * @param statements    statements found
 * @param escalations   escalation and de-escalation events found
 * @param mentions      actor mentions found
 * @param tablesDir     where the tables are
 * @param briefingPdf   the briefing PDF
 * @param briefingHtml  the briefing HTML
 * @param stageMillis   time per stage, in stage order
 */
public record RunSummary(long recordsRead, long articles, long rejected, long statements, long escalations,
                         long mentions, String tablesDir, String briefingPdf, String briefingHtml,
                         Map<String, Long> stageMillis) {}
