package org.marketsweep.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts per day as grouped vertical bars in inline SVG (one colour per series, a legend on
 * top, the days below). Each bar is a {@code <rect class="bar">} with {@code data-series} and
 * {@code data-value}; bars of value 0 are not drawn.
 */
final class TrendChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 280;
  private static final int LEFT = 46;
  private static final int RIGHT = 12;
  private static final int TOP = 34;
  private static final int BOTTOM = 38;
  static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;

  /** One series: its values are per day, in the order of the days. */
  record Series(String id, String name, String colour, List<Long> values) {}

  private TrendChart() {}

  static String render(String id, String title, List<LocalDate> days, List<Series> series) {
    long largest = series.stream().flatMap(s -> s.values().stream()).mapToLong(v -> v)
        .max().orElse(0);
    Scale scale = Scale.counts(largest);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" id=\"").append(id).append("\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(title)).append("\">\n");
    legend(svg, series);
    axis(svg, scale);
    double group = (double) PLOT_WIDTH / Math.max(1, days.size());
    double width = Math.min(16, group * 0.8 / series.size());
    for (int d = 0; d < days.size(); d++) {
      double start = LEFT + d * group + (group - width * series.size()) / 2;
      for (int s = 0; s < series.size(); s++) {
        bar(svg, series.get(s), days.get(d), series.get(s).values().get(d),
            start + s * width, width, scale);
      }
    }
    dayLabels(svg, days, group);
    return svg.append("</svg>\n").toString();
  }

  private static void legend(StringBuilder svg, List<Series> series) {
    int x = LEFT;
    for (Series s : series) {
      svg.append("<rect class=\"key\" x=\"").append(x).append("\" y=\"8\" width=\"12\"")
          .append(" height=\"12\" fill=\"").append(s.colour()).append("\"/>\n")
          .append("<text class=\"legend\" x=\"").append(x + 17).append("\" y=\"18\">")
          .append(Html.escape(s.name())).append("</text>\n");
      x += 30 + s.name().length() * 7;
    }
  }

  private static void axis(StringBuilder svg, Scale scale) {
    for (double tick : scale.ticks()) {
      String y = Html.px(TOP + PLOT_HEIGHT - scale.length(tick, PLOT_HEIGHT));
      svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"")
          .append(WIDTH - RIGHT).append("\" y1=\"").append(y).append("\" y2=\"").append(y)
          .append("\"/>\n<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"")
          .append(y).append("\" dy=\"4\" text-anchor=\"end\">").append(scale.label(tick))
          .append("</text>\n");
    }
    svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"")
        .append(WIDTH - RIGHT).append("\" y1=\"").append(TOP + PLOT_HEIGHT).append("\" y2=\"")
        .append(TOP + PLOT_HEIGHT).append("\"/>\n");
  }

  private static void bar(StringBuilder svg, Series series, LocalDate day, long value,
      double x, double width, Scale scale) {
    if (value <= 0) {
      return;
    }
    double height = scale.length(value, PLOT_HEIGHT);
    svg.append("<rect class=\"bar\" x=\"").append(Html.px(x)).append("\" y=\"")
        .append(Html.px(TOP + PLOT_HEIGHT - height)).append("\" width=\"")
        .append(Html.px(Math.max(1, width - 1))).append("\" height=\"").append(Html.px(height))
        .append("\" fill=\"").append(series.colour()).append("\" data-series=\"")
        .append(series.id()).append("\" data-value=\"").append(value).append("\"><title>")
        .append(day).append(' ').append(Html.escape(series.name())).append(": ")
        .append(Html.count(value)).append("</title></rect>\n");
  }

  /** Every day's {@code MM-dd}, or every n-th day's when they would overlap. */
  private static void dayLabels(StringBuilder svg, List<LocalDate> days, double group) {
    int every = (int) Math.ceil(44 / group);
    for (int d = 0; d < days.size(); d += every) {
      svg.append("<text class=\"tick\" x=\"").append(Html.px(LEFT + (d + 0.5) * group))
          .append("\" y=\"").append(TOP + PLOT_HEIGHT + 18)
          .append("\" text-anchor=\"middle\">").append(days.get(d).toString().substring(5))
          .append("</text>\n");
    }
  }
}
