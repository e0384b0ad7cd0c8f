package org.marketsweep.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marketsweep.report.TransparencyReport.Bucket;
import org.marketsweep.report.TransparencyReport.DayRow;
import org.marketsweep.report.TransparencyReport.Headline;
import org.marketsweep.report.TransparencyReport.Infringer;
import org.marketsweep.report.TransparencyReport.OpenOffer;
import org.marketsweep.report.TransparencyReport.RuleRow;
import org.marketsweep.report.TransparencyReport.SourceRow;

/**
 * The report's tables as CSV files (RFC 4180: comma, double quotes when needed, CRLF; UTF-8;
 * a header row). Numbers are written plainly ({@code 0.6667}, {@code 150.4}); a missing
 * value (null: no removal to measure, no decision) is an empty field.
 */
public final class ReportCsv {
  /** One CSV file: its name, header and rows. */
  public record Table(String file, List<String> header, List<List<Object>> rows) {}

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private ReportCsv() {}

  /** Every table of {@code report}, in the order of the page. */
  public static List<Table> tables(TransparencyReport report) {
    return List.of(headline(report), buckets(report), sources(report), days(report),
        rules(report), infringers(report), stillOnline(report));
  }

  static Table headline(TransparencyReport r) {
    Headline h = r.headline();
    return new Table("headline.csv", List.of("period_from", "period_to", "as_of", "offers",
        "offers_flagged", "notices", "removals", "removal_rate", "median_hours_to_removal",
        "p90_hours_to_removal", "proactive_share", "notice_share", "relisted", "relistings",
        "repeat_infringers", "confirmed", "rejected", "reinstated", "precision",
        "statements_of_reasons"),
        List.of(Arrays.asList(r.from(), r.to(), r.asOf(), h.offers(), h.offersFlagged(),
            h.notices(), h.removals(), h.removalRate(), h.medianHours(), h.p90Hours(),
            h.proactiveShare(), h.noticeShare(), h.relisted(), h.relistings(),
            h.repeatInfringers(), h.confirmed(), h.rejected(), h.reinstated(),
            h.precision(), r.statements())));
  }

  static Table buckets(TransparencyReport r) {
    List<List<Object>> rows = new ArrayList<>();
    for (Bucket b : r.buckets()) {
      rows.add(Arrays.asList(b.bucket(), b.offers()));
    }
    return new Table("removal_buckets.csv", List.of("bucket", "offers"), rows);
  }

  static Table sources(TransparencyReport r) {
    List<List<Object>> rows = new ArrayList<>();
    for (SourceRow s : r.sources()) {
      rows.add(Arrays.asList(s.source(), s.offers(), s.notices(), s.removals(), s.removalRate(),
          s.medianHours(), s.p90Hours()));
    }
    return new Table("removal_by_source.csv", List.of("source", "offers", "notices",
        "removals", "removal_rate", "median_hours_to_removal", "p90_hours_to_removal"), rows);
  }

  static Table days(TransparencyReport r) {
    List<List<Object>> rows = new ArrayList<>();
    for (DayRow d : r.days()) {
      rows.add(Arrays.asList(d.day(), d.offersDetected(), d.notices(), d.removals()));
    }
    return new Table("daily_trend.csv", List.of("day", "offers_detected", "notices",
        "removals"), rows);
  }

  static Table rules(TransparencyReport r) {
    List<List<Object>> rows = new ArrayList<>();
    for (RuleRow x : r.rules()) {
      rows.add(Arrays.asList(x.ruleId(), x.listName(), x.category(), x.offersFlagged(),
          x.removals(), x.removalRate(), x.medianHours(), x.confirmed(),
          x.rejected(), x.reinstated(), x.precision()));
    }
    return new Table("rules.csv", List.of("rule_id", "list_name", "category", "offers_flagged",
        "removals", "removal_rate", "median_hours_to_removal", "confirmed", "rejected",
        "reinstated", "precision"), rows);
  }

  static Table infringers(TransparencyReport r) {
    List<List<Object>> rows = new ArrayList<>();
    for (Infringer i : r.infringers()) {
      rows.add(Arrays.asList(i.marketplace(), i.sellerId(), i.offers(), i.removed(),
          i.infringingListings(), i.confirmedListings()));
    }
    return new Table("repeat_infringers.csv", List.of("marketplace", "seller_id",
        "offers_in_period", "removed_in_period", "infringing_listings", "confirmed_listings"),
        rows);
  }

  static Table stillOnline(TransparencyReport r) {
    List<List<Object>> rows = new ArrayList<>();
    for (OpenOffer o : r.stillOnline()) {
      rows.add(Arrays.asList(o.marketplace(), o.listingId(), o.title(), o.category(),
          o.detectedAt(), o.detectionChannel(), o.decision(), o.hoursOnline()));
    }
    return new Table("still_online.csv", List.of("marketplace", "listing_id", "title",
        "category", "detected_at", "detection_channel", "decision", "hours_online"), rows);
  }

  /** Writes {@code table} with its header. */
  public static void write(Table table, Writer out) throws IOException {
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      csv.printRecord(table.header());
      for (List<Object> row : table.rows()) {
        csv.printRecord(row.stream().map(ReportCsv::field).toList());
      }
    }
  }

  /** A field's text: numbers without exponent, everything else as its string. */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).toPlainString();
    }
    if (value instanceof LocalDateTime t) {
      return TIMESTAMP.format(t);
    }
    return value.toString();
  }
}
