package org.marketsweep.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The numbers of one transparency report, as the HTML page and the CSV files show them. Rates
 * and shares are 0..1; hours and precision are null when there is nothing to measure.
 *
 * @param asOf the day of the lifecycle the report was computed from (the period's end)
 * @param statements statements of reasons written (one per offer removed in the period)
 * @param territorialScope the statements' territorial scope; empty when not configured
 */
public record TransparencyReport(LocalDate from, LocalDate to, LocalDate asOf,
    String generatedAt, String toolVersion, Headline headline, List<Bucket> buckets,
    List<SourceRow> sources, List<DayRow> days, List<RuleRow> rules,
    List<Infringer> infringers, List<OpenOffer> stillOnline, long statements,
    List<String> territorialScope) {

  public TransparencyReport {
    buckets = List.copyOf(buckets);
    sources = List.copyOf(sources);
    days = List.copyOf(days);
    rules = List.copyOf(rules);
    infringers = List.copyOf(infringers);
    stillOnline = List.copyOf(stillOnline);
    territorialScope = List.copyOf(territorialScope);
  }

  /** The indicators over all offers of the period (the metrics' {@code all} row). */
  public record Headline(long offers, long offersFlagged, long notices, long removals,
      Double removalRate, Double medianHours, Double p90Hours, Double proactiveShare,
      Double noticeShare, long relisted, long relistings, long repeatInfringers,
      long confirmed, long rejected, long reinstated, Double precision) {
    public static final Headline EMPTY = new Headline(0, 0, 0, 0, null, null, null, null,
        null, 0, 0, 0, 0, 0, 0, null);
  }

  /** Offers per time-to-removal bucket ({@code <24h} … {@code not_removed}). */
  public record Bucket(String bucket, String label, long offers) {}

  /** Removal by who reported the offer first ({@code proactive} = own detection). */
  public record SourceRow(String source, String label, long offers, long notices,
      long removals, Double removalRate, Double medianHours, Double p90Hours) {}

  /** One day of the period: offers first reported, notices received, offers removed. */
  public record DayRow(LocalDate day, long offersDetected, long notices, long removals) {}

  /** One rule's offers, removals and reviewer decisions. */
  public record RuleRow(String ruleId, String listName, String category, long offersFlagged,
      long removals, Double removalRate, Double medianHours, long confirmed, long rejected,
      long reinstated, Double precision) {
    public boolean hasDecisions() {
      return confirmed + rejected > 0;
    }
  }

  /** A seller marked as repeat infringer, with its offers in the period. */
  public record Infringer(String marketplace, String sellerId, long offers, long removed,
      long infringingListings, long confirmedListings) {}

  /** An offer first reported in the period and still online at its end. */
  public record OpenOffer(String marketplace, String listingId, String title,
      String category, LocalDateTime detectedAt, String detectionChannel, String decision,
      double hoursOnline) {}
}
