package io.pressbrief.report;

import io.pressbrief.job.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the briefing's charts as {@link Chart} shapes: small multiples of counts over time,
 * diverging bars of tone, and stacked bars of events per day. Every chart labels its axes and
 * units, prints its numbers beside the marks (so grey-scale print loses nothing), and has a
 * description for screen readers. Layout only: the data is chosen by {@link BriefingModelBuilder}.
 */
final class Charts {
  static final int WIDTH = 660;
  private static final String AXIS = "#333333";
  private static final String GRID = "#c8c8c8";
  private static final String INK = "#111111";
  private static final String MUTED = "#555555";
  private static final String PERIOD_SHADE = "#ececec";
  private static final double LABEL_SIZE = 8.5;
  private static final double SMALL_SIZE = 7.5;
  private static final int LABEL_COLUMN = 150;

  /** A bar of the time axis: a day or a week. */
  record Bucket(String label, Period days) {}

  /** One row of a small-multiples chart. */
  record Series(String name, String colour, long[] values) {}

  /** One diverging bar; a null value is drawn as "n/a". */
  record Bar(String name, String colour, Double value, String valueLabel) {}

  /** One layer of a stacked bar chart. */
  record Stack(String name, String colour, long[] values) {}

  /** A row of figures printed under the bars of a stacked chart ("drones": 0, 120, 45). */
  record FigureRow(String name, long[] values) {}

  private Charts() {}

  /**
   * Counts per bucket, one row per series, all rows on one scale; the buckets of {@code period} are
   * shaded and each row ends with its total.
   */
  static Chart smallMultiples(String title, String unit, List<Bucket> buckets, List<Series> series, Period period) {
    long max = 0;
    for (Series s : series) {
      for (long v : s.values()) {
        max = Math.max(max, v);
      }
    }
    String description = title + ": " + unit + " per " + bucketUnit(buckets) + ", " + series.size() + " row(s), "
        + "all on one scale (tallest bar " + max + ")" + (period == null ? "." : "; shaded: the briefing period.");
    if (series.isEmpty() || max == 0) {
      return empty(title, "No " + unit + " in these days.");
    }
    int rowHeight = 26;
    int top = 6;
    int height = top + rowHeight * series.size() + 34;
    Layout l = new Layout();
    double x0 = LABEL_COLUMN;
    double x1 = WIDTH - 56;
    double bw = (x1 - x0) / buckets.size();
    shadePeriod(l, buckets, period, x0, bw, top - 2, rowHeight * series.size() + 4);
    for (int r = 0; r < series.size(); r++) {
      Series s = series.get(r);
      double base = top + rowHeight * (r + 1) - 4;
      double barMax = rowHeight - 8;
      l.text(x0 - 6, base - 4, fit(s.name(), LABEL_COLUMN - 10, LABEL_SIZE), "end", LABEL_SIZE, false, INK);
      long total = 0;
      for (int i = 0; i < buckets.size(); i++) {
        long v = s.values()[i];
        total += v;
        if (v > 0) {
          double h = Math.max(1, barMax * v / max);
          l.rect(x0 + bw * i + bw * 0.15, base - h, bw * 0.7, h, s.colour(), null);
        }
      }
      l.line(x0, base, x1, base, GRID, 0.6, null);
      l.text(x1 + 6, base - 4, Long.toString(total), "start", LABEL_SIZE, true, INK);
    }
    double axisY = top + rowHeight * series.size();
    timeLabels(l, buckets, x0, bw, axisY + 11);
    l.text(x1 + 6, axisY + 11, "total", "start", SMALL_SIZE, false, MUTED);
    l.text(x0, height - 4, "Bars: " + unit + " per " + bucketUnit(buckets) + " (tallest bar " + max + ")."
        + (l.background.isEmpty() ? "" : " Shaded: the briefing period."), "start", SMALL_SIZE, false, MUTED);
    return l.chart(title, description, height);
  }

  /** Values from −1 to +1 as bars left or right of zero, one row per bar, with the value printed. */
  static Chart divergingBars(String title, String unit, List<Bar> bars) {
    double max = 0;
    for (Bar b : bars) {
      if (b.value() != null) {
        max = Math.max(max, Math.abs(b.value()));
      }
    }
    if (bars.isEmpty() || bars.stream().allMatch(b -> b.value() == null)) {
      return empty(title, "No " + unit + " to show in these days.");
    }
    double scale = niceToneScale(max);
    int rowHeight = 17;
    int top = 4;
    int height = top + rowHeight * bars.size() + 36;
    Layout l = new Layout();
    double x0 = LABEL_COLUMN;
    double x1 = WIDTH - 50;
    double mid = (x0 + x1) / 2;
    double half = (x1 - x0) / 2;
    double bottom = top + rowHeight * bars.size();
    for (double t : new double[] {-scale, -scale / 2, 0, scale / 2, scale}) {
      double x = mid + half * t / scale;
      l.line(x, top, x, bottom, t == 0 ? AXIS : GRID, t == 0 ? 0.9 : 0.5, t == 0 ? null : "2 2");
      l.text(x, bottom + 10, tone(t), "middle", SMALL_SIZE, false, MUTED);
    }
    for (int r = 0; r < bars.size(); r++) {
      Bar b = bars.get(r);
      double y = top + rowHeight * r;
      l.text(x0 - 6, y + rowHeight - 5, fit(b.name(), LABEL_COLUMN - 10, LABEL_SIZE), "end", LABEL_SIZE, false, INK);
      if (b.value() == null) {
        l.text(mid + 4, y + rowHeight - 5, "n/a", "start", SMALL_SIZE, false, MUTED);
        continue;
      }
      double w = half * Math.min(1, Math.abs(b.value()) / scale);
      double x = b.value() >= 0 ? mid : mid - w;
      l.rect(x, y + 3, Math.max(w, 0.8), rowHeight - 6, b.colour(), null);
      boolean right = b.value() >= 0;
      l.text(right ? mid + w + 3 : mid - w - 3, y + rowHeight - 5, b.valueLabel(), right ? "start" : "end",
          SMALL_SIZE, true, INK);
    }
    l.text(mid, height - 6, unit + ": −1 most negative, +1 most positive; within ±0.05 neutral", "middle",
        SMALL_SIZE, false, MUTED);
    String description = title + ": " + unit + " for " + bars.size() + " row(s) on a scale from "
        + tone(-scale) + " to " + tone(scale) + ".";
    return l.chart(title, description, height);
  }

  /** Counts per bucket stacked by layer, with totals above the bars and figure rows under them. */
  static Chart stackedBars(String title, String unit, List<Bucket> buckets, List<Stack> stacks, List<FigureRow> rows,
                           Period period) {
    long[] totals = new long[buckets.size()];
    for (Stack s : stacks) {
      for (int i = 0; i < totals.length; i++) {
        totals[i] += s.values()[i];
      }
    }
    long max = 0;
    for (long t : totals) {
      max = Math.max(max, t);
    }
    long rowsTotal = rows.stream().mapToLong(r -> java.util.Arrays.stream(r.values()).sum()).sum();
    if (max == 0 && rowsTotal == 0) {
      return empty(title, "No " + unit + " in these days.");
    }
    long step = niceStep(Math.max(max, 1));
    long yMax = Math.max(step, ((max + step - 1) / step) * step);
    int plotTop = 14;
    int plotHeight = 150;
    double x0 = 60;
    double x1 = WIDTH - 10;
    double bw = (x1 - x0) / buckets.size();
    double base = plotTop + plotHeight;
    int rowHeight = 12;
    int legendY = (int) base + 22 + rowHeight * rows.size() + 8;
    int height = legendY + 20;
    Layout l = new Layout();
    shadePeriod(l, buckets, period, x0, bw, plotTop - 10, plotHeight + 10);
    for (long t = 0; t <= yMax; t += step) {
      double y = base - plotHeight * (double) t / yMax;
      l.line(x0, y, x1, y, t == 0 ? AXIS : GRID, t == 0 ? 0.9 : 0.5, t == 0 ? null : "2 2");
      l.text(x0 - 4, y + 3, Long.toString(t), "end", SMALL_SIZE, false, MUTED);
    }
    l.text(4, plotTop - 4, unit, "start", SMALL_SIZE, true, MUTED);
    for (int i = 0; i < buckets.size(); i++) {
      double y = base;
      for (Stack s : stacks) {
        long v = s.values()[i];
        if (v == 0) {
          continue;
        }
        double h = plotHeight * (double) v / yMax;
        double x = x0 + bw * i + bw * 0.15;
        l.rect(x, y - h, bw * 0.7, h, s.colour(), "#ffffff");
        if (h >= 11 && bw * 0.7 >= 12) {
          l.text(x + bw * 0.35, y - h / 2 + 3, Long.toString(v), "middle", SMALL_SIZE, false,
              isDark(s.colour()) ? "#ffffff" : INK);
        }
        y -= h;
      }
      if (totals[i] > 0) {
        l.text(x0 + bw * i + bw / 2, y - 3, Long.toString(totals[i]), "middle", SMALL_SIZE, true, INK);
      }
    }
    timeLabels(l, buckets, x0, bw, base + 11);
    for (int r = 0; r < rows.size(); r++) {
      FigureRow row = rows.get(r);
      double y = base + 24 + rowHeight * r;
      l.text(x0 - 4, y, fit(row.name(), (int) x0 - 4, SMALL_SIZE), "end", SMALL_SIZE, true, MUTED);
      for (int i = 0; i < buckets.size(); i++) {
        if (row.values()[i] > 0) {
          l.text(x0 + bw * i + bw / 2, y, compact(row.values()[i]), "middle", SMALL_SIZE, false, INK);
        }
      }
    }
    double x = x0;
    for (Stack s : stacks) {
      if (java.util.Arrays.stream(s.values()).sum() == 0) {
        continue;
      }
      l.rect(x, legendY - 8, 9, 9, s.colour(), AXIS);
      l.text(x + 12, legendY, s.name(), "start", SMALL_SIZE, false, INK);
      x += 18 + textWidth(s.name(), SMALL_SIZE) + 10;
    }
    String description = title + ": " + unit + " per " + bucketUnit(buckets) + ", stacked by type; the figures"
        + " under the bars are what the attacks were reported to involve. Shaded: the briefing period.";
    return l.chart(title, description, height);
  }

  private static void shadePeriod(Layout l, List<Bucket> buckets, Period period, double x0, double bw, double y,
                                  double h) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < buckets.size(); i++) {
      Period d = buckets.get(i).days();
      if (period != null && !d.to().isBefore(period.from()) && !d.from().isAfter(period.to())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first >= 0 && !(first == 0 && last == buckets.size() - 1)) {
      l.background.add(new Chart.Rect(Layout.r(x0 + bw * first), Layout.r(y), Layout.r(bw * (last - first + 1)),
          Layout.r(h), PERIOD_SHADE, null));
    }
  }

  /** Bucket labels under the axis, thinned so that they never overlap. */
  private static void timeLabels(Layout l, List<Bucket> buckets, double x0, double bw, double y) {
    double widest = buckets.stream().mapToDouble(b -> textWidth(b.label(), SMALL_SIZE)).max().orElse(0);
    int every = Math.max(1, (int) Math.ceil((widest + 6) / bw));
    for (int i = 0; i < buckets.size(); i++) {
      if ((buckets.size() - 1 - i) % every == 0) {
        l.text(x0 + bw * i + bw / 2, y, buckets.get(i).label(), "middle", SMALL_SIZE, false, MUTED);
      }
    }
  }

  private static String bucketUnit(List<Bucket> buckets) {
    return buckets.isEmpty() || buckets.get(0).days().days() == 1 ? "day" : "week";
  }

  private static Chart empty(String title, String note) {
    return new Chart(title, note, WIDTH, 0, List.of(), List.of(), List.of(), List.of(), true);
  }

  /** 1, 2 or 5 times a power of ten, so that the axis has at most five steps. */
  static long niceStep(long max) {
    long magnitude = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (max / (m * magnitude) <= 5) {
          return m * magnitude;
        }
      }
      magnitude *= 10;
    }
  }

  private static double niceToneScale(double max) {
    for (double s : new double[] {0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0}) {
      if (max <= s + 1e-9) {
        return s;
      }
    }
    return 1.0;
  }

  private static String tone(double t) {
    if (Math.abs(t) < 1e-9) {
      return "0";
    }
    return (t > 0 ? "+" : "−") + String.format(Locale.ROOT, "%.2f", Math.abs(t));
  }

  /** 1234 → "1,234"; 25000 → "25k" so a figure fits under a narrow bar. */
  static String compact(long v) {
    if (v >= 10_000) {
      return String.format(Locale.ROOT, "%dk", Math.round(v / 1000.0));
    }
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** Width of a DejaVu Sans label, estimated: enough to keep labels apart, not to typeset. */
  static double textWidth(String s, double size) {
    return s.length() * size * 0.62;
  }

  static String fit(String s, int width, double size) {
    if (textWidth(s, size) <= width) {
      return s;
    }
    int chars = Math.max(1, (int) (width / (size * 0.62)) - 1);
    return s.substring(0, Math.min(chars, s.length())).strip() + "…";
  }

  private static boolean isDark(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    double lum = 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    return lum < 128;
  }

  /** Collects shapes with coordinates rounded to a tenth of a pixel, so output is stable and small. */
  private static final class Layout {
    final List<Chart.Rect> background = new ArrayList<>();
    final List<Chart.Rect> rects = new ArrayList<>();
    final List<Chart.Line> lines = new ArrayList<>();
    final List<Chart.Text> texts = new ArrayList<>();

    void rect(double x, double y, double w, double h, String fill, String stroke) {
      rects.add(new Chart.Rect(r(x), r(y), r(w), r(h), fill, stroke));
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
      lines.add(new Chart.Line(r(x1), r(y1), r(x2), r(y2), stroke, width, dash));
    }

    void text(double x, double y, String text, String anchor, double size, boolean bold, String fill) {
      texts.add(new Chart.Text(r(x), r(y), text, anchor, size, bold, fill));
    }

    Chart chart(String title, String description, int height) {
      return new Chart(title, description, WIDTH, height, List.copyOf(background), List.copyOf(rects),
          List.copyOf(lines), List.copyOf(texts),
          false);
    }

    static double r(double v) {
      return Math.round(v * 10) / 10.0;
    }
  }
}
