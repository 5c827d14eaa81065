package io.pressbrief.spark;

import java.util.List;
import java.util.Map;

/**
 * What one run did: counts per table, time per stage, and where the outputs are.
 *
 * @param recordsRead   input records this run read (articles + rejected)
 * @param articles      articles read (set-aside ones and copies included)
 * @param rejected      records rejected
 * @param setAside      articles kept but not analysed (not English)
 * @param duplicates    articles recognised as copies of another (counted once in the briefings)
 * @param statements    statements found
 * @param escalations   escalation and de-escalation events found
 * @param mentions      actor mentions found
 * @param tablesDir     where the tables are
 * @param briefings     the briefings written
 * @param stageMillis   time per stage, in stage order
 * @param noNewInput    true when no archive file was new or changed, so nothing was analysed
 */
public record RunSummary(long recordsRead, long articles, long rejected, long setAside, long duplicates,
                         long statements, long escalations,
                         long mentions, String tablesDir, List<BriefingFiles> briefings,
                         Map<String, Long> stageMillis, boolean noNewInput) {

  /** The files of one briefing. */
  public record BriefingFiles(String name, String pdf, String html, List<String> csv) {}

  /** The first briefing's PDF (the one most jobs have). */
  public String briefingPdf() {
    return briefings.isEmpty() ? null : briefings.get(0).pdf();
  }
}
