package io.pressbrief.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads a CSV or TSV export with a header row: one article a row, columns named by the header and
 * mapped to article fields by the job spec. Quoted fields may hold separators, doubled quotes and
 * line breaks (article bodies usually do). Not thread-safe: one instance per stream.
 */
public final class CsvArchiveReader extends NumberedRecordReader {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.TRIM_SPACES).build();

  private final MappingIterator<Map<String, String>> rows;

  public CsvArchiveReader(InputStream in, String sourcePath, RecordMapping mapping, IngestOptions options,
                          char separator) throws IOException {
    super(in, sourcePath, mapping, options);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
    // Strict UTF-8: bytes in another encoding stop the file with a clear reason instead of turning into '?'.
    InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    this.rows = CSV.readerForMapOf(String.class).with(schema).readValues(reader);
  }

  @Override
  protected IngestResult readNext() throws IOException {
    long line = rows.getCurrentLocation() == null ? 0 : rows.getCurrentLocation().getLineNr();
    try {
      if (!rows.hasNextValue()) {
        finish();
        return null;
      }
      line = rows.getCurrentLocation().getLineNr();
      Map<String, String> row = rows.nextValue();
      record++;
      String position = "record " + record + " (line " + line + ")";
      return mapping.toResult(row::get, sourcePath, position, fileName(sourcePath) + ":" + record, options,
          String.join(" | ", row.values()));
    } catch (JsonProcessingException e) {
      finish();
      return reject("record " + (record + 1) + " (line " + line + ")", "the CSV cannot be read past line " + line
          + " (" + e.getOriginalMessage() + "): the " + record + " records before it were read; check that "
          + "quotes are balanced and every row has the header's columns", "");
    }
  }
}
