package io.pressbrief.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How an archive's records name the article fields, and the outlet to use when a record names none.
 * Turns one record's values into an article, or into a rejection that says which field is wrong.
 *
 * @param fields        article field ({@code id, url, source, title, published, text}) → the archive's
 *                      field or column name; fields not listed keep their own name
 * @param defaultSource the outlet for records that carry none (an HTML folder saved from one site), or null
 */
public record RecordMapping(Map<String, String> fields, String defaultSource) implements Serializable {
  /** The article fields a mapping may rename. */
  public static final List<String> ARTICLE_FIELDS = List.of("id", "url", "source", "title", "published", "text");

  /** Records that use the article field names themselves. */
  public static final RecordMapping IDENTITY = new RecordMapping(Map.of(), null);

  public RecordMapping {
    for (String f : fields.keySet()) {
      if (!ARTICLE_FIELDS.contains(f)) {
        throw new IllegalArgumentException("unknown article field '" + f + "' in the field mapping: use "
            + String.join(", ", ARTICLE_FIELDS));
      }
    }
    fields = Map.copyOf(new LinkedHashMap<>(fields));
  }

  /** The archive's name for an article field. */
  public String nameOf(String articleField) {
    return fields.getOrDefault(articleField, articleField);
  }

  /**
   * The article built from one record, or the first reason it cannot be one.
   *
   * @param values     the record's value for an archive field name, or null when it has none
   * @param source     the file the record came from
   * @param position   where in the file ("line 12", "record 3")
   * @param fallbackId the id to use when the record has none
   * @param raw        the raw record, for the rejection's excerpt
   */
  public IngestResult toResult(Function<String, String> values, String source, String position, String fallbackId,
                               IngestOptions options, String raw) {
    String text = value(values, "text");
    if (text == null || text.isBlank()) {
      return reject(source, position, "the article has no text: " + fieldNamed("text") + " is missing or empty", raw);
    }
    if (text.length() > options.maxTextChars()) {
      return reject(source, position, "the article text has " + text.length() + " characters, more than the cap of "
          + options.maxTextChars() + " (ingest.max_text_chars in the job spec)", raw);
    }
    String publishedRaw = value(values, "published");
    boolean undated = publishedRaw == null || publishedRaw.isBlank();
    if (undated && options.requireDate()) {
      return reject(source, position, "the article has no publication date: " + fieldNamed("published")
          + " is missing or empty", raw);
    }
    Optional<PublicationDates.Parsed> published = undated ? Optional.of(new PublicationDates.Parsed(null, null))
        : PublicationDates.parse(publishedRaw, options.today());
    if (published.isEmpty()) {
      return reject(source, position, "the publication date '" + publishedRaw
          + "' is not a date pressbrief can read or is impossible: use ISO-8601 such as 2025-12-08 or "
          + "2025-12-08T14:03:00Z", raw);
    }
    // Kept and counted, but not analysed: English rules on another language only make noise.
    Optional<String> foreign = options.englishOnly() ? LanguageCheck.whyNotEnglish(text) : Optional.empty();
    String id = value(values, "id");
    String sourceName = value(values, "source");
    return new IngestResult.Accepted(new Article(id == null || id.isBlank() ? fallbackId : id.strip(),
        value(values, "url"), sourceName == null || sourceName.isBlank() ? defaultSource : sourceName,
        value(values, "title"), published.get().iso(), published.get().date(), text,
        foreign.map(why -> LanguageCheck.SET_ASIDE + why).orElse(null)));
  }

  private String value(Function<String, String> values, String articleField) {
    return values.apply(nameOf(articleField));
  }

  private String fieldNamed(String articleField) {
    String name = nameOf(articleField);
    return name.equals(articleField) ? "field '" + name + "'"
        : "field '" + name + "' (mapped to " + articleField + " in the job spec)";
  }

  private static IngestResult reject(String source, String position, String reason, String raw) {
    return new IngestResult.Rejected(Rejection.of(source, position, reason, raw));
  }
}
