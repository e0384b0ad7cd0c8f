/**
 * The transparency report: its numbers ({@link org.marketsweep.report.TransparencyReport}),
 * the self-contained HTML page with inline SVG charts
 * ({@link org.marketsweep.report.HtmlReport}), the CSV tables
 * ({@link org.marketsweep.report.ReportCsv}) and the statements of reasons of the EU DSA
 * Transparency Database ({@link org.marketsweep.report.StatementMapper},
 * {@link org.marketsweep.report.StatementsWriter}).
 *
 * <p>It sits at the end of the data flow: {@code lifecycle -> metrics -> report}. The Spark
 * side ({@link org.marketsweep.jobs.ReportJob}) reads the lifecycle and computes the numbers;
 * this package only renders them, so it needs no Spark.
 *
 * <pre>{@code
 * ReportJob.Summary s = new ReportJob(spark, new ReportJob.Request("wh",
 *     LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), null,
 *     new StatementMapper.Settings(TerritorialScope.parse(List.of("EU")),
 *         AutomatedDecision.NOT_AUTOMATED), "0.1.0")).execute();
 * // wh/reports/2026-11-30/report.html, *.csv, statements_of_reasons.jsonl
 * }</pre>
 */
package org.marketsweep.report;
