package io.pressbrief.cli;

import io.pressbrief.analysis.AnalysisResources;
import io.pressbrief.analysis.ArticleAnalyzer;
import io.pressbrief.ingest.ArchiveFiles;
import io.pressbrief.ingest.ArchiveFormat;
import io.pressbrief.ingest.CopyFinder;
import io.pressbrief.ingest.IngestOptions;
import io.pressbrief.ingest.IngestResult;
import io.pressbrief.ingest.RecordMapping;
import io.pressbrief.ingest.Rejection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pressbrief extract}: the per-article analysis tables as JSON Lines, without Spark, in the
 * format the scorers in shared/eval read.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Analyse an archive and write articles, statements, escalations, mentions and rejected records as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Archive file, folder or glob (repeatable).")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "auto",
      description = "Archive format: auto (by extension), jsonl, json, csv, tsv, text, html, warc, pdf (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--field", paramLabel = "FIELD=NAME",
      description = "The archive's name for an article field (id, url, source, title, published, text); repeatable.")
  java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();

  @Option(names = "--source", description = "The outlet for records that name none.")
  String source;

  @Option(names = "--all-languages", description = "Analyse articles that are not in English too (they are set aside by default).")
  boolean allLanguages;

  @Option(names = "--out", required = true, description = "Folder for the .jsonl tables (created if missing).")
  Path out;

  @Option(names = "--with-text", description = "Include each article's text in articles.jsonl.")
  boolean withText;

  @Option(names = "--actors", description = "Extra actor dictionary (YAML; repeatable).")
  List<Path> actorDictionaries = List.of();

  @Option(names = "--max-text-chars", defaultValue = "" + IngestOptions.DEFAULT_MAX_TEXT_CHARS,
      description = "Reject articles longer than this (default ${DEFAULT-VALUE}).")
  int maxTextChars;

  @Mixin
  SentenceToneOption sentenceTone;

  @Override
  public Integer call() throws Exception {
    ArchiveFormat archiveFormat = ArchiveFormat.named(format);
    ArticleAnalyzer analyzer = AnalysisResources.load(actorDictionaries).withSentenceTone(sentenceTone.model).newAnalyzer();
    // Scoring sets have sentences without dates: extract reads them undated rather than rejecting them.
    IngestOptions options = new IngestOptions(maxTextChars, LocalDate.now(ZoneOffset.UTC), !allLanguages, false);
    RecordMapping mapping = new RecordMapping(fields, source);
    Configuration conf = new Configuration();
    long started = System.nanoTime();
    CopyFinder copies = new CopyFinder();
    try (ExtractWriter writer = new ExtractWriter(out, withText)) {
      for (ArchiveFiles.ArchiveFile file : ArchiveFiles.withoutSidecars(ArchiveFiles.list(inputs, conf), archiveFormat)) {
        Iterator<IngestResult> results = ArchiveFiles.results(file.path(), archiveFormat, mapping, conf, options);
        while (results.hasNext()) {
          IngestResult r = results.next();
          if (r instanceof IngestResult.Accepted a && a.article().setAside() != null) {
            writer.writeSetAside(a.article(), copies.copyOf(a.article()));
          } else if (r instanceof IngestResult.Accepted a) {
            String duplicateOf = copies.copyOf(a.article());
            try {
              writer.write(analyzer.analyze(a.article()), duplicateOf);
            } catch (RuntimeException e) {
              writer.write(Rejection.analysisFailed(a.article().id(), file.path(), e, a.article().text()));
            }
          } else if (r instanceof IngestResult.Rejected rej) {
            writer.write(rej.rejection());
          }
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      Progress.info("extract: %d articles analysed, %d set aside (not English), %d statements, %d escalations, "
              + "%d mentions, %d rejected in %.1f s -> %s", writer.articleCount, writer.setAsideCount,
          writer.statementCount, writer.escalationCount, writer.mentionCount, writer.rejectedCount, seconds, out);
      return writer.rejectedCount > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }
  }
}
