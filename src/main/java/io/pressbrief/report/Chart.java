package io.pressbrief.report;

import java.util.List;

/**
 * A chart as a few vector shapes in pixel coordinates, computed in Java and drawn as SVG by the
 * template macro in {@code charts.ftlh}; its text is data, escaped like any other.
 *
 * @param title       the heading shown above the chart
 * @param description what the chart shows, for screen readers and the figure caption
 * @param width       width in CSS pixels
 * @param height      height in CSS pixels
 * @param background  shaded areas, drawn first (under the grid lines)
 * @param rects       bars and legend swatches, drawn over the grid lines
 * @param lines       axes, grid lines and ticks
 * @param texts       labels
 * @param empty       true when there is nothing to draw; the template then shows {@code description} alone
 */
public record Chart(String title, String description, int width, int height, List<Rect> background, List<Rect> rects, List<Line> lines,
                    List<Text> texts, boolean empty) {

  /** A filled rectangle with an optional outline (null for none). */
  public record Rect(double x, double y, double w, double h, String fill, String stroke) {}

  /** A straight line; {@code dash} is an SVG dash array or null for a solid line. */
  public record Line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {}

  /** A label; {@code anchor} is start, middle or end. */
  public record Text(double x, double y, String text, String anchor, double size, boolean bold, String fill) {}
}
