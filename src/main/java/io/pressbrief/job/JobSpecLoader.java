package io.pressbrief.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pressbrief.ingest.ArchiveFormat;
import io.pressbrief.ingest.IngestOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
  record Raw(String name, List<RawArchive> archives, List<String> actors, RawBriefing briefing, String templates,
             RawOutput output, RawSpark spark, RawIngest ingest) {}

  record RawArchive(String path, String format) {}

  record RawBriefing(String date, Integer days, Integer compareDays, String template, Integer topStatements,
                     Integer actorsShown, String title) {}

  record RawOutput(String tables, String reports) {}

  record RawSpark(String master, Integer partitions) {}

  record RawIngest(Integer maxTextChars) {}

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
        String format = a.format() == null ? "jsonl" : a.format();
        try {
          ArchiveFormat.named(format);
        } catch (IllegalArgumentException e) {
          errors.add("'archives[" + i + "].format': " + e.getMessage());
        }
        archives.add(new JobSpec.Archive(resolve(base, a.path()), format));
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
    RawBriefing b = raw.briefing() == null ? new RawBriefing(null, null, null, null, null, null, null) : raw.briefing();
    String date = b.date() == null ? "yesterday" : b.date();
    try {
      resolveDate(date, LocalDate.now());
    } catch (IllegalArgumentException e) {
      errors.add("'briefing.date': " + e.getMessage());
    }
    int days = positive(b.days(), 1, "briefing.days", errors);
    int compareDays = b.compareDays() == null ? days : b.compareDays();
    if (compareDays < 0) {
      errors.add("'briefing.compare_days' must be 0 or more, got " + compareDays);
    }
    String template = b.template() == null ? "daily.ftlh" : b.template();
    if (!template.endsWith(".ftlh") || template.contains("..")) {
      errors.add("'briefing.template' must name an .ftlh file in the templates folder, got " + quote(template));
    }
    int topStatements = positive(b.topStatements(), 5, "briefing.top_statements", errors);
    int actorsShown = positive(b.actorsShown(), 12, "briefing.actors_shown", errors);
    String title = b.title() == null ? "Media briefing" : b.title();
    String templates = raw.templates() == null ? null : resolve(base, raw.templates());
    if (templates != null && !Files.isDirectory(Path.of(templates))) {
      errors.add("'templates': folder " + raw.templates() + " does not exist (looked for " + templates + ")");
    } else if (templates != null && !Files.isRegularFile(Path.of(templates, template))) {
      errors.add("'briefing.template': " + template + " is not in the templates folder " + templates);
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
    int maxText = raw.ingest() == null || raw.ingest().maxTextChars() == null
        ? IngestOptions.DEFAULT_MAX_TEXT_CHARS : raw.ingest().maxTextChars();
    if (maxText <= 0) {
      errors.add("'ingest.max_text_chars' must be positive, got " + maxText);
    }
    if (!errors.isEmpty()) {
      throw new JobSpecException(origin + ": " + String.join("; ", errors));
    }
    return new JobSpec(name, List.copyOf(archives), List.copyOf(actors),
        new JobSpec.Briefing(date, days, compareDays, template, topStatements, actorsShown, title), templates,
        new JobSpec.Output(tablesDir, reportsDir), new JobSpec.Spark(master, partitions),
        new JobSpec.Ingest(maxText));
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
