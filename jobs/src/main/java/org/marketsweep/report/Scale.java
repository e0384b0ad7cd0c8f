package org.marketsweep.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart: from 0 to {@code max}, with round tick values. Bars are drawn
 * {@code value / max} of the plot's length.
 */
record Scale(double max, List<Double> ticks, boolean percent) {
  /** 0 to 100 % in steps of 25 %. */
  static Scale shares() {
    return new Scale(1, List.of(0.0, 0.25, 0.5, 0.75, 1.0), true);
  }

  /** Counts up to {@code largest}: about four round steps (1, 2 or 5 times a power of 10). */
  static Scale counts(double largest) {
    double step = niceStep(Math.max(largest, 1) / 4);
    List<Double> ticks = new ArrayList<>();
    double tick = 0;
    ticks.add(tick);
    while (tick < largest || ticks.size() < 2) {
      tick += step;
      ticks.add(tick);
    }
    return new Scale(tick, List.copyOf(ticks), false);
  }

  private static double niceStep(double rough) {
    double step = Math.max(1, Math.pow(10, Math.floor(Math.log10(rough))));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (step * m >= rough) {
        return step * m;
      }
    }
    return step * 10;
  }

  /** {@code length} times the share of {@code value} in this scale. */
  double length(double value, double length) {
    return Math.max(0, Math.min(value, max)) / max * length;
  }

  String label(double tick) {
    return percent ? Math.round(tick * 100) + "%" : Html.count(Math.round(tick));
  }
}
