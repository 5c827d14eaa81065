package io.pressbrief.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pressbrief.analysis.sentiment.SentenceTone;
import io.pressbrief.ingest.ArchiveFormat;
import io.pressbrief.ingest.IngestOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a job spec (YAML) into a validated {@link JobSpec}: unknown keys and bad values are errors
 * that name the key, and relative paths are resolved against the spec file's folder, so a job runs
 * the same from any working directory.
 */
public final class JobSpecLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);
  private static final Pattern URI_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*");
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** The spec as written; every field optional so that missing ones get a clear message or a default. */
  record Raw(String name, List<RawArchive> archives, List<String> actors, RawBriefing briefing,
             List<RawBriefing> briefings, String templates, RawOutput output, RawSpark spark, RawIngest ingest,
             RawSentiment sentiment) {}

  record RawArchive(String path, String format, java.util.Map<String, String> fields, String source) {}

  /**
   * A briefing as written. Under {@code briefing} it holds the job's date and the defaults every
   * briefing shares (title, paper, top_statements, actors_shown), and is the one daily briefing when
   * {@code briefings} is absent; entries of {@code briefings} name one briefing each.
   */
  record RawBriefing(String date, String name, String type, Integer days, Integer compareDays, Integer weeks,
                     String actor, String template, String paper, Integer topStatements, Integer actorsShown,
                     String title) {
    static final RawBriefing EMPTY = new RawBriefing(null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  record RawOutput(String tables, String reports) {}

  record RawSpark(String master, Integer partitions) {}

  record RawIngest(Integer maxTextChars, Integer chunkMb, Boolean englishOnly) {}

  record RawSentiment(String sentenceTone) {}

  private JobSpecLoader() {}

  /** Reads and validates the spec at {@code file}. */
  public static JobSpec load(Path file) throws JobSpecException {
    if (!Files.isRegularFile(file)) {
      throw new JobSpecException(file + ": no such job spec file");
    }
    Raw raw;
    try {
      raw = YAML.readValue(file.toFile(), Raw.class);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
      throw new JobSpecException(file + ": unknown key '" + path(e) + "'" + where(e) + "; known keys here: " + known);
    } catch (JsonMappingException e) {
      throw new JobSpecException(file + ": bad value for '" + path(e) + "'" + where(e) + ": " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new JobSpecException(file + ": not valid YAML" + where(e) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new JobSpecException(file + ": cannot be read: " + e.getMessage());
    }
    if (raw == null) {
      throw new JobSpecException(file + ": the job spec is empty");
    }
    return validate(raw, file.toAbsolutePath().normalize().getParent(), file.toString());
  }

  static JobSpec validate(Raw raw, Path base, String origin) throws JobSpecException {
    List<String> errors = new ArrayList<>();
    String name = raw.name();
    if (name == null || !SAFE_NAME.matcher(name).matches()) {
      errors.add("'name' must be set to a simple name (letters, digits, '.', '_', '-'), got " + quote(name));
    }
    List<JobSpec.Archive> archives = new ArrayList<>();
    if (raw.archives() == null || raw.archives().isEmpty()) {
      errors.add("'archives' must list at least one archive (path and format)");
    } else {
      for (int i = 0; i < raw.archives().size(); i++) {
        RawArchive a = raw.archives().get(i);
        if (a == null || a.path() == null || a.path().isBlank()) {
          errors.add("'archives[" + i + "].path' must be set");
          continue;
        }
        String format = a.format() == null ? "auto" : a.format();
        try {
          ArchiveFormat.named(format);
        } catch (IllegalArgumentException e) {
          errors.add("'archives[" + i + "].format': " + e.getMessage());
        }
        java.util.Map<String, String> fields = a.fields() == null ? java.util.Map.of() : a.fields();
        try {
          new io.pressbrief.ingest.RecordMapping(fields, a.source());
        } catch (IllegalArgumentException | NullPointerException e) {
          errors.add("'archives[" + i + "].fields': " + (e.getMessage() == null ? "a field has no column name"
              : e.getMessage()));
          fields = java.util.Map.of();
        }
        archives.add(new JobSpec.Archive(resolve(base, a.path()), format, fields, a.source()));
      }
    }
    List<String> actors = new ArrayList<>();
    for (String a : raw.actors() == null ? List.<String>of() : raw.actors()) {
      String p = resolve(base, a);
      if (!URI_SCHEME.matcher(p).matches() && !Files.isRegularFile(Path.of(p))) {
        errors.add("'actors': dictionary file " + a + " does not exist (looked for " + p + ")");
      }
      actors.add(p);
    }
    RawBriefing shared = raw.briefing() == null ? RawBriefing.EMPTY : raw.briefing();
    String date = shared.date() == null ? "yesterday" : shared.date();
    try {
      resolveDate(date, LocalDate.now());
    } catch (IllegalArgumentException e) {
      errors.add("'briefing.date': " + e.getMessage());
    }
    String templates = raw.templates() == null ? null : resolve(base, raw.templates());
    if (templates != null && !Files.isDirectory(Path.of(templates))) {
      errors.add("'templates': folder " + raw.templates() + " does not exist (looked for " + templates + ")");
      templates = null;
    }
    List<JobSpec.Briefing> briefings = new ArrayList<>();
    if (raw.briefings() == null || raw.briefings().isEmpty()) {
      if (shared.name() != null || shared.type() != null || shared.actor() != null || shared.weeks() != null) {
        errors.add("'briefing' holds the date and the shared settings; name, type, actor and weeks belong to "
            + "entries of 'briefings'");
      }
      briefings.add(briefing(shared, RawBriefing.EMPTY, "briefing", templates, errors));
    } else {
      if (shared.days() != null || shared.compareDays() != null || shared.template() != null) {
        errors.add("with 'briefings', set days, compare_days and template in each entry, not in 'briefing'");
      }
      Set<String> names = new HashSet<>();
      for (int i = 0; i < raw.briefings().size(); i++) {
        RawBriefing entry = raw.briefings().get(i) == null ? RawBriefing.EMPTY : raw.briefings().get(i);
        String key = "briefings[" + i + "]";
        if (entry.date() != null) {
          errors.add("'" + key + ".date': the date is the job's, set it under 'briefing'");
        }
        JobSpec.Briefing b = briefing(entry, shared, key, templates, errors);
        if (b != null && !names.add(b.name())) {
          errors.add("'" + key + ".name': another briefing is already named " + b.name());
        }
        if (b != null) {
          briefings.add(b);
        }
      }
    }
    RawOutput o = raw.output();
    String reportsDir = o == null || o.reports() == null ? null : resolve(base, o.reports());
    String tablesDir = o == null || o.tables() == null ? null : resolve(base, o.tables());
    if (reportsDir == null) {
      errors.add("'output.reports' must name the folder briefings are written to");
    }
    if (tablesDir == null) {
      errors.add("'output.tables' must name the folder tables are written to");
    }
    RawSpark s = raw.spark() == null ? new RawSpark(null, null) : raw.spark();
    String master = s.master() == null ? "local[*]" : s.master();
    int partitions = s.partitions() == null ? 0 : s.partitions();
    if (partitions < 0) {
      errors.add("'spark.partitions' must be 0 (automatic) or more, got " + partitions);
    }
    int chunkMb = positive(raw.ingest() == null ? null : raw.ingest().chunkMb(), 2048, "ingest.chunk_mb", errors);
    int maxText = raw.ingest() == null || raw.ingest().maxTextChars() == null
        ? IngestOptions.DEFAULT_MAX_TEXT_CHARS : raw.ingest().maxTextChars();
    if (maxText <= 0) {
      errors.add("'ingest.max_text_chars' must be positive, got " + maxText);
    }
    JobSpec.Sentiment sentiment = sentiment(raw.sentiment(), errors);
    if (!errors.isEmpty()) {
      throw new JobSpecException(origin + ": " + String.join("; ", errors));
    }
    return new JobSpec(name, List.copyOf(archives), List.copyOf(actors), date, List.copyOf(briefings), templates,
        new JobSpec.Output(tablesDir, reportsDir), new JobSpec.Spark(master, partitions),
        new JobSpec.Ingest(maxText, chunkMb,
            raw.ingest() == null || raw.ingest().englishOnly() == null || raw.ingest().englishOnly()),
        sentiment);
  }

  private static JobSpec.Sentiment sentiment(RawSentiment raw, List<String> errors) {
    if (raw == null || raw.sentenceTone() == null) {
      return JobSpec.Sentiment.DEFAULT;
    }
    try {
      return new JobSpec.Sentiment(SentenceTone.Model.valueOf(raw.sentenceTone().strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      errors.add("'sentiment.sentence_tone' must be lexicon, words or contextual, got '" + raw.sentenceTone() + "'");
      return JobSpec.Sentiment.DEFAULT;
    }
  }

  /** One briefing from its entry, with what the entry leaves out taken from the shared block or the type. */
  private static JobSpec.Briefing briefing(RawBriefing b, RawBriefing shared, String key, String templates,
                                           List<String> errors) {
    BriefingType type = BriefingType.DAILY;
    if (b.type() != null) {
      try {
        type = BriefingType.named(b.type());
      } catch (IllegalArgumentException e) {
        errors.add("'" + key + ".type': " + e.getMessage());
        return null;
      }
    }
    String name = b.name() != null ? b.name() : key.equals("briefing") ? "daily" : type.label();
    if (!SAFE_NAME.matcher(name).matches()) {
      errors.add("'" + key + ".name' must be a simple name (letters, digits, '.', '_', '-'), got " + quote(name));
    }
    int days = positive(b.days(), type.defaultDays(), key + ".days", errors);
    int compareDays = b.compareDays() == null ? days : b.compareDays();
    if (compareDays < 0) {
      errors.add("'" + key + ".compare_days' must be 0 or more, got " + compareDays);
    }
    int weeks = positive(b.weeks(), 6, key + ".weeks", errors);
    if (b.weeks() != null && type != BriefingType.WEEKLY) {
      errors.add("'" + key + ".weeks' applies to weekly briefings only");
    }
    String actor = b.actor();
    if (type == BriefingType.ACTOR && (actor == null || actor.isBlank())) {
      errors.add("'" + key + ".actor' must name the dictionary id of the actor the profile is about");
    } else if (type != BriefingType.ACTOR && actor != null) {
      errors.add("'" + key + ".actor' applies to actor profiles only (type: actor)");
    }
    String template = b.template() == null ? type.defaultTemplate() : b.template();
    if (!template.endsWith(".ftlh") || template.contains("..") || template.contains("/")) {
      errors.add("'" + key + ".template' must name an .ftlh file in the templates folder, got " + quote(template));
    } else if (templates != null && !Files.isRegularFile(Path.of(templates, template))) {
      errors.add("'" + key + ".template': " + template + " is not in the templates folder " + templates);
    }
    String paper = first(b.paper(), shared.paper(), "A4");
    if (!paper.equals("A4") && !paper.equals("Letter")) {
      errors.add("'" + key + ".paper' must be A4 or Letter, got " + quote(paper));
    }
    int topStatements = positive(b.topStatements() != null ? b.topStatements() : shared.topStatements(), 5,
        key + ".top_statements", errors);
    int actorsShown = positive(b.actorsShown() != null ? b.actorsShown() : shared.actorsShown(), 10,
        key + ".actors_shown", errors);
    String title = first(b.title(), shared.title(), "Media briefing");
    return new JobSpec.Briefing(name, type, days, compareDays, weeks, actor, template, paper, topStatements,
        actorsShown, title);
  }

  private static String first(String a, String b, String fallback) {
    return a != null ? a : b != null ? b : fallback;
  }

  /** "today", "yesterday" or an ISO date, relative to {@code today}. */
  public static LocalDate resolveDate(String value, LocalDate today) {
    return switch (value.strip()) {
      case "today" -> today;
      case "yesterday" -> today.minusDays(1);
      default -> {
        try {
          yield LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("expected today, yesterday or a date such as 2025-12-08, got '" + value + "'");
        }
      }
    };
  }

  private static int positive(Integer value, int fallback, String key, List<String> errors) {
    if (value == null) {
      return fallback;
    }
    if (value <= 0) {
      errors.add("'" + key + "' must be positive, got " + value);
    }
    return value;
  }

  /** A path relative to the spec's folder, unless it is absolute or a URI (hdfs://, s3a://, file:/). */
  static String resolve(Path base, String path) {
    if (URI_SCHEME.matcher(path).matches()) {
      return URI.create(path).toString();
    }
    Path p = Path.of(path);
    return (p.isAbsolute() ? p : base.resolve(p)).normalize().toString();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static String quote(String s) {
    return s == null ? "nothing" : "'" + s + "'";
  }
}
