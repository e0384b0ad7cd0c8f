package org.marketsweep.report;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG: a label, a bar and its value per row, the axis values
 * below. Each bar is a {@code <rect class="bar">} with the value in {@code data-value} and a
 * tooltip; bars of value 0 are not drawn.
 */
final class BarChart {
  static final int WIDTH = 640;
  private static final int LABEL = 190;
  private static final int VALUE = 120;
  private static final int ROW = 28;
  private static final int BAR = 18;
  private static final int TOP = 6;
  private static final int AXIS = 26;
  static final int PLOT = WIDTH - LABEL - VALUE;

  /** One row: {@code colour} null for the chart's colour. */
  record Bar(String label, double value, String valueText, String colour) {
    Bar(String label, double value, String valueText) {
      this(label, value, valueText, null);
    }
  }

  private BarChart() {}

  static String render(String id, String title, List<Bar> bars, String colour, Scale scale) {
    int height = TOP + bars.size() * ROW + AXIS;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" id=\"").append(id).append("\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(title)).append("\">\n");
    axis(svg, scale, TOP + bars.size() * ROW);
    for (int i = 0; i < bars.size(); i++) {
      bar(svg, bars.get(i), colour, scale, TOP + i * ROW);
    }
    return svg.append("</svg>\n").toString();
  }

  private static void axis(StringBuilder svg, Scale scale, int bottom) {
    for (double tick : scale.ticks()) {
      String x = Html.px(LABEL + scale.length(tick, PLOT));
      svg.append("<line class=\"grid\" x1=\"").append(x).append("\" x2=\"").append(x)
          .append("\" y1=\"").append(TOP).append("\" y2=\"").append(bottom + 4)
          .append("\"/>\n<text class=\"tick\" x=\"").append(x).append("\" y=\"")
          .append(bottom + 18).append("\" text-anchor=\"middle\">").append(scale.label(tick))
          .append("</text>\n");
    }
    svg.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" x2=\"").append(LABEL)
        .append("\" y1=\"").append(TOP).append("\" y2=\"").append(bottom).append("\"/>\n");
  }

  private static void bar(StringBuilder svg, Bar bar, String colour, Scale scale, int y) {
    double length = scale.length(bar.value(), PLOT);
    String label = Html.escape(bar.label());
    int middle = y + ROW / 2 + 4;
    svg.append("<text class=\"label\" x=\"").append(LABEL - 8).append("\" y=\"").append(middle)
        .append("\" text-anchor=\"end\"><title>").append(label).append("</title>")
        .append(Html.escape(Html.shorten(bar.label(), 28))).append("</text>\n");
    if (bar.value() > 0) {
      svg.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"")
          .append(y + (ROW - BAR) / 2).append("\" width=\"").append(Html.px(length))
          .append("\" height=\"").append(BAR).append("\" fill=\"")
          .append(bar.colour() != null ? bar.colour() : colour).append("\" data-value=\"")
          .append(bar.value()).append("\"><title>").append(label).append(": ")
          .append(Html.escape(bar.valueText())).append("</title></rect>\n");
    }
    svg.append("<text class=\"value\" x=\"").append(Html.px(LABEL + length + 6))
        .append("\" y=\"").append(middle).append("\">").append(Html.escape(bar.valueText()))
        .append("</text>\n");
  }
}
