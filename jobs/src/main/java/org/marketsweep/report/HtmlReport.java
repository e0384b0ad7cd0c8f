package org.marketsweep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marketsweep.report.TransparencyReport.Bucket;
import org.marketsweep.report.TransparencyReport.DayRow;
import org.marketsweep.report.TransparencyReport.Headline;
import org.marketsweep.report.TransparencyReport.Infringer;
import org.marketsweep.report.TransparencyReport.OpenOffer;
import org.marketsweep.report.TransparencyReport.RuleRow;
import org.marketsweep.report.TransparencyReport.SourceRow;

/**
 * The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script and
 * no reference to any other file or address, so it opens offline and prints. Every chart has
 * a table beside it with the same numbers; all text from the data is escaped.
 */
public final class HtmlReport {
  /** The bar colour of each chart, by the chart's SVG id. */
  public static final Map<String, String> CHART_COLOURS = Map.of(
      "chart-removal-time", "#3568b5",
      "chart-sources", "#e07b39",
      "chart-trend", "#2b9c8f",
      "chart-rules", "#5a9e4b",
      "chart-precision", "#b8457a");
  static final String NOT_REMOVED_COLOUR = "#a3abb5";
  public static final String NOTICES_COLOUR = "#d6a21e";
  public static final String REMOVALS_COLOUR = "#6f52a8";
  /** Rows of the rule charts and of the tables of sellers and open offers. */
  static final int TOP = 10;

  private final TransparencyReport report;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  private HtmlReport(TransparencyReport report) {
    this.report = report;
  }

  public static String render(TransparencyReport report) {
    return new HtmlReport(report).page();
  }

  private String page() {
    String period = report.from() + " to " + report.to();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Transparency report ").append(period).append("</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n<main>\n<header>\n")
        .append("<h1>Transparency report: illegal product offers</h1>\n")
        .append("<p class=\"meta\"><strong>Period ").append(period).append("</strong>")
        .append(" &middot; data as of ").append(report.asOf())
        .append(" &middot; generated ").append(Html.escape(report.generatedAt()))
        .append(" by marketsweep ").append(Html.escape(report.toolVersion())).append("</p>\n")
        .append("<p class=\"note\">Offers are listings flagged by the keyword rules or named in")
        .append(" a notice, first reported or removed in the period. Counterfeit goods, illegal")
        .append(" wildlife products and unsafe or prohibited products.</p>\n</header>\n");
    headline(report.headline());
    removalTime();
    sources();
    trend();
    rules();
    precision();
    infringers();
    stillOnline();
    statements();
    html.append(FOOTER).append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private void headline(Headline h) {
    html.append("<section class=\"kpis\" aria-label=\"Headline indicators\">\n");
    kpi("Offers", Html.count(h.offers()), Html.count(h.offersFlagged()) + " flagged by rules");
    kpi("Notices", Html.count(h.notices()), "received about these offers");
    kpi("Removals", Html.count(h.removals()), "offers taken down");
    kpi("Removal rate", Html.percent(h.removalRate()), "removals / offers");
    kpi("Median time to removal", Html.hours(h.medianHours()), "from first report");
    kpi("P90 time to removal", Html.hours(h.p90Hours()), "90% removed within");
    kpi("Proactive share", Html.percent(h.proactiveShare()), "found by own detection first");
    kpi("Relisted", Html.count(h.relisted()), Html.count(h.relistings())
        + (h.relistings() == 1 ? " relisting found" : " relistings found"));
    kpi("Repeat infringers", Html.count(h.repeatInfringers()), "sellers");
    kpi("Precision", Html.percent(h.precision()), Html.count(h.confirmed()) + " confirmed, "
        + Html.count(h.rejected()) + " rejected");
    html.append("</section>\n");
  }

  private void kpi(String label, String value, String detail) {
    html.append("<div class=\"kpi\"><div class=\"label\">").append(label)
        .append("</div><div class=\"value\">").append(value)
        .append("</div><div class=\"detail\">").append(detail).append("</div></div>\n");
  }

  private void removalTime() {
    long offers = report.headline().offers();
    List<BarChart.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Bucket b : report.buckets()) {
      Double share = offers == 0 ? null : (double) b.offers() / offers;
      String text = Html.count(b.offers()) + " (" + Html.percent(share) + ")";
      bars.add(new BarChart.Bar(b.label(), b.offers(), text,
          b.bucket().equals("not_removed") ? NOT_REMOVED_COLOUR : null));
      rows.add(List.of(Html.escape(b.label()), Html.count(b.offers()), Html.percent(share)));
    }
    long largest = report.buckets().stream().mapToLong(Bucket::offers).max().orElse(0);
    open("removal-time", "Time to removal",
        "Hours from the first flag or notice to the removal, per offer.");
    chart("chart-removal-time", "Offers by time to removal", bars, Scale.counts(largest),
        largest > 0);
    table(List.of("Time to removal", "Offers", "Share"), List.of(false, true, true), rows);
    close();
  }

  private void sources() {
    List<BarChart.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (SourceRow s : report.sources()) {
      bars.add(new BarChart.Bar(s.label(), s.removalRate() == null ? 0 : s.removalRate(),
          Html.percent(s.removalRate()) + " (" + Html.count(s.removals()) + " of "
              + Html.count(s.offers()) + ")"));
      rows.add(List.of(Html.escape(s.label()), Html.count(s.offers()), Html.count(s.removals()),
          Html.percent(s.removalRate()), Html.hours(s.medianHours()),
          Html.hours(s.p90Hours())));
    }
    boolean any = report.sources().stream().anyMatch(s -> s.removals() > 0);
    open("sources", "Removal rate by notice source",
        "Offers reported by each source (an offer counts once per source that reported it),"
            + " and hours from that source's first report to the removal.");
    chart("chart-sources", "Removal rate by notice source", bars, Scale.shares(), any);
    table(List.of("Source", "Offers", "Removed", "Rate", "Median", "P90"),
        List.of(false, true, true, true, true, true), rows);
    close();
  }

  private void trend() {
    List<DayRow> days = report.days();
    List<TrendChart.Series> series = List.of(
        series("detected", "Offers detected", CHART_COLOURS.get("chart-trend"),
            DayRow::offersDetected),
        series("notices", "Notices", NOTICES_COLOUR, DayRow::notices),
        series("removals", "Removals", REMOVALS_COLOUR, DayRow::removals));
    List<List<String>> rows = new ArrayList<>();
    for (DayRow d : days) {
      rows.add(List.of(d.day().toString(), Html.count(d.offersDetected()),
          Html.count(d.notices()), Html.count(d.removals())));
    }
    open("trend", "Daily trend",
        "Per day: offers first reported, notices received about them, offers removed.");
    html.append("<div class=\"chart-row\">\n<figure>\n")
        .append(TrendChart.render("chart-trend", "Offers, notices and removals per day",
            days.stream().map(DayRow::day).toList(), series))
        .append("</figure>\n<div class=\"scroll compact\">\n");
    table(List.of("Day", "Detected", "Notices", "Removals"), List.of(false, true, true, true),
        rows);
    html.append("</div>\n");
    close();
  }

  private TrendChart.Series series(String id, String name, String colour,
      Function<DayRow, Long> value) {
    return new TrendChart.Series(id, name, colour, report.days().stream().map(value).toList());
  }

  private void rules() {
    List<RuleRow> top = report.rules().stream()
        .sorted(Comparator.comparingLong(RuleRow::offersFlagged).reversed()
            .thenComparing(Comparator.comparingLong(RuleRow::removals).reversed())
            .thenComparing(RuleRow::ruleId))
        .limit(TOP).toList();
    List<BarChart.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (RuleRow r : top) {
      bars.add(new BarChart.Bar(r.ruleId(), r.offersFlagged(), Html.count(r.offersFlagged())));
      rows.add(List.of(Html.escape(r.ruleId()), Html.escape(r.category()),
          Html.count(r.offersFlagged()), Html.count(r.removals()),
          Html.percent(r.removalRate())));
    }
    long largest = top.stream().mapToLong(RuleRow::offersFlagged).max().orElse(0);
    open("rules", "Top rules by offers flagged", "The " + TOP + " rules that flagged the most"
        + " offers; all " + Html.count(report.rules().size()) + " rules are in rules.csv.");
    chart("chart-rules", "Top rules by offers flagged", bars, Scale.counts(largest),
        !top.isEmpty());
    table(List.of("Rule", "Category", "Flagged", "Removed", "Rate"),
        List.of(false, false, true, true, true), rows);
    close();
  }

  private void precision() {
    List<RuleRow> noisiest = report.rules().stream().filter(RuleRow::hasDecisions)
        .sorted(Comparator.comparing((RuleRow r) -> r.precision() == null ? 1 : r.precision())
            .thenComparing(Comparator.comparingLong(RuleRow::rejected).reversed())
            .thenComparing(RuleRow::ruleId))
        .limit(TOP).toList();
    List<BarChart.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (RuleRow r : noisiest) {
      bars.add(new BarChart.Bar(r.ruleId(), r.precision() == null ? 0 : r.precision(),
          Html.percent(r.precision()) + " (" + Html.count(r.confirmed()) + " of "
              + Html.count(r.confirmed() + r.rejected()) + ")"));
      rows.add(List.of(Html.escape(r.ruleId()), Html.count(r.confirmed()),
          Html.count(r.rejected()), Html.count(r.reinstated()), Html.percent(r.precision())));
    }
    open("precision", "Precision per rule", "Confirmed / (confirmed + rejected) reviewer"
        + " decisions, for rules with decisions; the noisiest rules (lowest precision, then"
        + " most rejected) first.");
    chart("chart-precision", "Precision per rule", bars, Scale.shares(),
        noisiest.stream().anyMatch(r -> r.confirmed() > 0));
    html.append("<div>\n<h3>Noisiest rules</h3>\n");
    table(List.of("Rule", "Confirmed", "Rejected", "Reinstated", "Precision"),
        List.of(false, true, true, true, true), rows);
    html.append("</div>\n");
    close();
  }

  private void infringers() {
    List<List<String>> rows = new ArrayList<>();
    for (Infringer i : report.infringers().stream().limit(TOP * 2L).toList()) {
      rows.add(List.of(Html.escape(i.marketplace()), Html.escape(i.sellerId()),
          Html.count(i.offers()), Html.count(i.removed()), Html.count(i.infringingListings()),
          Html.count(i.confirmedListings())));
    }
    html.append("<section class=\"card\" id=\"repeat-infringers\">\n<h2>Repeat infringers</h2>\n")
        .append("<p class=\"note\">Sellers with several flagged, confirmed or relisted offers in")
        .append(" the lifecycle's window (").append(Html.count(report.infringers().size()))
        .append(" sellers; all of them are in repeat_infringers.csv).</p>\n");
    table(List.of("Marketplace", "Seller", "Offers in period", "Removed", "Infringing listings",
        "Confirmed"), List.of(false, false, true, true, true, true), rows);
    html.append("</section>\n");
  }

  private void stillOnline() {
    List<List<String>> rows = new ArrayList<>();
    for (OpenOffer o : report.stillOnline().stream().limit(TOP).toList()) {
      rows.add(List.of(Html.escape(o.marketplace()), Html.escape(o.listingId()),
          Html.escape(Html.shorten(o.title(), 90)), Html.escape(o.category()),
          o.detectedAt().toString().replace('T', ' '),
          Html.escape(CHANNEL_LABELS.getOrDefault(o.detectionChannel(), o.detectionChannel())),
          Html.escape(o.decision() == null ? "" : o.decision()), Html.hours(o.hoursOnline())));
    }
    html.append("<section class=\"card\" id=\"still-online\">\n")
        .append("<h2>Reported offers still online</h2>\n<p class=\"note\">")
        .append(Html.count(report.stillOnline().size()))
        .append(" offers reported in the period were still online at its end; the first ")
        .append(Math.min(TOP, report.stillOnline().size()))
        .append(" reported are listed (all in still_online.csv).</p>\n");
    table(List.of("Marketplace", "Listing", "Title", "Category", "First reported (UTC)",
        "Reported by", "Decision", "Online"),
        List.of(false, false, false, false, false, false, false, true), rows);
    html.append("</section>\n");
  }

  private void statements() {
    html.append("<section class=\"card\" id=\"statements\">\n<h2>Statements of reasons</h2>\n")
        .append("<p>").append(Html.count(report.statements()))
        .append(" statements of reasons, one per offer removed in the period, with the fields")
        .append(" of the EU DSA Transparency Database API: <code>statements_of_reasons.jsonl")
        .append("</code> and <code>statements_of_reasons.csv</code>.</p>\n");
    if (report.territorialScope().isEmpty()) {
      html.append("<p class=\"warning\">Territorial scope not configured: the statements")
          .append(" leave <code>territorial_scope</code> empty. Run the report with")
          .append(" <code>--territorial-scope</code> (e.g. <code>EU</code>) before submitting")
          .append(" them.</p>\n");
    } else {
      html.append("<p>Territorial scope: ")
          .append(Html.escape(String.join(", ", report.territorialScope()))).append(".</p>\n");
    }
    html.append("</section>\n");
  }

  private void open(String id, String title, String note) {
    html.append("<section class=\"card\" id=\"").append(id).append("\">\n<h2>").append(title)
        .append("</h2>\n<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
    if (!id.equals("trend")) {
      html.append("<div class=\"chart-row\">\n");
    }
  }

  private void close() {
    html.append("</div>\n</section>\n");
  }

  private void chart(String id, String title, List<BarChart.Bar> bars, Scale scale,
      boolean any) {
    html.append("<figure>\n").append(BarChart.render(id, title, bars, CHART_COLOURS.get(id),
        scale));
    if (!any) {
      html.append("<figcaption class=\"empty\">Nothing to show in this period.</figcaption>\n");
    }
    html.append("</figure>\n");
  }

  /** A table of already escaped cells; {@code numeric} right-aligns a column. */
  private void table(List<String> header, List<Boolean> numeric, List<List<String>> rows) {
    html.append("<table>\n<thead><tr>");
    for (int c = 0; c < header.size(); c++) {
      html.append(numeric.get(c) ? "<th class=\"n\">" : "<th>").append(header.get(c))
          .append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    if (rows.isEmpty()) {
      html.append("<tr><td colspan=\"").append(header.size())
          .append("\" class=\"empty\">None in this period.</td></tr>\n");
    }
    for (List<String> row : rows) {
      html.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        html.append(numeric.get(c) ? "<td class=\"n\">" : "<td>").append(row.get(c))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /** The labels of the notice sources, in the order the report shows them. */
  public static final Map<String, String> SOURCE_LABELS = labels(
      "trusted_flagger", "Trusted flaggers", "authority", "Authorities", "user", "Users",
      "proactive", "Own detection (proactive)");
  /** Who reported an offer first, as a table cell says it. */
  static final Map<String, String> CHANNEL_LABELS = Map.of("trusted_flagger",
      "trusted flagger", "authority", "authority", "user", "user", "proactive",
      "own detection");
  /** The labels of the time-to-removal buckets, in order. */
  public static final Map<String, String> BUCKET_LABELS = labels(
      "<24h", "Under 24 h", "24-48h", "24 to 48 h", "48h-1w", "48 h to 1 week",
      ">1w", "Over 1 week", "not_removed", "Not removed");

  private static Map<String, String> labels(String... keyLabel) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyLabel.length; i += 2) {
      m.put(keyLabel[i], keyLabel[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private static final String CSS = """
      :root { --ink: #1f2933; --muted: #5b6775; --line: #dfe3e8; --bg: #f4f6f8; }
      * { box-sizing: border-box; }
      body { margin: 0; background: var(--bg); color: var(--ink);
        font: 14px/1.45 "DejaVu Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif; }
      main { max-width: 1240px; margin: 0 auto; padding: 20px 28px 32px; }
      h1 { font-size: 24px; margin: 0 0 4px; }
      h2 { font-size: 17px; margin: 0 0 2px; }
      h3 { font-size: 14px; margin: 0 0 6px; }
      .meta { margin: 0; color: var(--muted); }
      .note { margin: 2px 0 10px; color: var(--muted); font-size: 13px; }
      .warning { background: #fff4e0; border-left: 4px solid #e0a030; padding: 6px 10px; }
      .kpis { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 10px;
        margin: 14px 0; }
      .kpi { background: #fff; border: 1px solid var(--line); border-radius: 6px;
        padding: 10px 12px; }
      .kpi .label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em;
        color: var(--muted); }
      .kpi .value { font-size: 24px; font-weight: 700; margin: 2px 0; }
      .kpi .detail { font-size: 12px; color: var(--muted); }
      .card { background: #fff; border: 1px solid var(--line); border-radius: 6px;
        padding: 14px 18px; margin: 0 0 12px; }
      .chart-row { display: grid; grid-template-columns: 640px minmax(0, 1fr); gap: 24px;
        align-items: start; }
      figure { margin: 0; }
      svg.chart { display: block; max-width: 100%; height: auto; }
      svg text { fill: var(--ink); font-size: 12px; }
      svg text.tick { fill: var(--muted); font-size: 11px; }
      svg .grid { stroke: #e8ebef; stroke-width: 1; }
      svg .axis { stroke: #9aa4b0; stroke-width: 1; }
      .scroll { max-height: 290px; overflow: auto; }
      .compact td, .compact th { padding-top: 2px; padding-bottom: 2px; }
      table { border-collapse: collapse; width: 100%; font-size: 13px;
        font-variant-numeric: tabular-nums; }
      th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line);
        vertical-align: top; }
      th { font-size: 12px; color: var(--muted); font-weight: 600; }
      .n { text-align: right; white-space: nowrap; }
      .empty { color: var(--muted); font-style: italic; }
      code { font-size: 12px; background: var(--bg); padding: 0 3px; border-radius: 3px; }
      footer { color: var(--muted); font-size: 12px; margin-top: 8px; }
      footer dl { display: grid; grid-template-columns: 10.5em minmax(0, 1fr); gap: 2px 12px;
        margin: 0; }
      footer dt { font-weight: 600; color: var(--ink); }
      footer dd { margin: 0; }
      @media (max-width: 1000px) {
        .chart-row { grid-template-columns: minmax(0, 1fr); }
        .kpis { grid-template-columns: repeat(2, minmax(0, 1fr)); }
      }
      @media print {
        body { background: #fff; }
        .card, .kpi { break-inside: avoid; }
        .scroll { max-height: none; overflow: visible; }
      }
      """;

  private static final String FOOTER = """
      <footer>
      <dl>
      <dt>Offer</dt><dd>A listing flagged by a keyword rule, named in a notice, or found as the \
      relisting of a removed offer; counted when first reported in the period or removed in \
      it.</dd>
      <dt>Time to removal</dt><dd>Hours from the first flag or notice to the removal (removal \
      event, status set to removed, or first snapshot without the listing).</dd>
      <dt>Proactive share</dt><dd>Offers found by the platform's own detection before any \
      notice.</dd>
      <dt>Precision</dt><dd>Confirmed / (confirmed + rejected) reviewer decisions.</dd>
      <dt>Files</dt><dd>report.html, headline.csv, removal_buckets.csv, \
      removal_by_source.csv, daily_trend.csv, rules.csv, repeat_infringers.csv, \
      still_online.csv, statements_of_reasons.jsonl, statements_of_reasons.csv.</dd>
      </dl>
      </footer>
      """;
}
