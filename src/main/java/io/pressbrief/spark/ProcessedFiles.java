package io.pressbrief.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The input files a published snapshot was built from, with their size, modification time and
 * checksum, and the analysis version that read them. Stored inside the snapshot ({@code
 * _processed.json}), so it is published with the tables it describes, never apart from them.
 *
 * @param analysisVersion the combined checksum of code, built-in data and the job's dictionaries
 * @param files           input path → what was read
 */
public record ProcessedFiles(String analysisVersion, Map<String, Entry> files) {
  static final String FILE = "_processed.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** One input file as it was when read. */
  public record Entry(long size, long modified, String sha256) {}

  /**
   * What a run must read, and what it replaces.
   *
   * @param toRead    new and changed files
   * @param removed   files read before that are gone now: their rows go
   * @param reread    files of {@code toRead} read before: their earlier rows are replaced
   * @param rebuild   true when nothing published can be kept (first run, new analysis version, --full)
   * @param before    the published record (empty when rebuilding)
   * @param after     the record once every file is read
   */
  public record Changes(List<PressbriefJob.InputFile> toRead, Set<String> removed, Set<String> reread,
                        boolean rebuild, ProcessedFiles before, ProcessedFiles after) {
    public boolean none() {
      return toRead.isEmpty() && removed.isEmpty() && !rebuild;
    }

    /**
     * The record once {@code read} (the chunks so far) is read: the published files that stay,
     * and the files read.
     */
    public ProcessedFiles afterReading(java.util.Collection<PressbriefJob.InputFile> read) {
      Map<String, Entry> files = new TreeMap<>(before.files());
      removed.forEach(files::remove);
      for (PressbriefJob.InputFile f : read) {
        files.put(f.path(), after.files().get(f.path()));
      }
      return new ProcessedFiles(after.analysisVersion(), files);
    }
  }

  /** A checksum of an input file's content. */
  public interface Checksum {
    String of(String path) throws IOException;
  }

  static ProcessedFiles none(String analysisVersion) {
    return new ProcessedFiles(analysisVersion, Map.of());
  }

  /** The record of the published snapshot, or null when nothing is published. */
  static ProcessedFiles published(TableStore store) throws IOException {
    String current = store.currentPath();
    String json = current == null ? null : store.readText(current + "/" + FILE);
    return json == null ? null : JSON.readValue(json, ProcessedFiles.class);
  }

  void writeInto(TableStore store, String snapshot) throws IOException {
    store.writeText(snapshot + "/" + FILE, JSON.writeValueAsString(this));
  }

  /**
   * Compares the listed files with this record. A file counts as unchanged when its size and time
   * are as recorded, or, if they differ, when its checksum still is; everything else is read again,
   * and the rows of changed and vanished files are replaced.
   */
  Changes changes(List<PressbriefJob.InputFile> listed, String version, boolean rebuild, Checksum checksum)
      throws IOException {
    boolean all = rebuild || !version.equals(analysisVersion);
    Map<String, Entry> known = all ? Map.of() : files;
    Map<String, Entry> after = new TreeMap<>();
    List<PressbriefJob.InputFile> toRead = new ArrayList<>();
    Set<String> reread = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (PressbriefJob.InputFile f : listed) {
      seen.add(f.path());
      Entry before = known.get(f.path());
      if (before != null && before.size() == f.size() && before.modified() == f.modified()) {
        after.put(f.path(), before);
        continue;
      }
      String sum = checksum.of(f.path());
      after.put(f.path(), new Entry(f.size(), f.modified(), sum));
      if (before != null && before.sha256().equals(sum)) {
        continue;
      }
      toRead.add(f);
      if (before != null) {
        reread.add(f.path());
      }
    }
    Set<String> removed = new HashSet<>();
    for (String path : known.keySet()) {
      if (!seen.contains(path)) {
        removed.add(path);
      }
    }
    // A file whose content is unchanged but whose time moved is kept, under its new time.
    Map<String, Entry> kept = new TreeMap<>(known);
    for (Map.Entry<String, Entry> e : after.entrySet()) {
      if (kept.containsKey(e.getKey()) && !reread.contains(e.getKey())) {
        kept.put(e.getKey(), e.getValue());
      }
    }
    return new Changes(List.copyOf(toRead), Set.copyOf(removed), Set.copyOf(reread), all,
        new ProcessedFiles(version, kept), new ProcessedFiles(version, after));
  }

}
