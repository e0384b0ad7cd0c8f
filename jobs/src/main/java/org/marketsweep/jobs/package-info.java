/**
 * The Spark jobs: {@link org.marketsweep.jobs.IngestListingsJob} (feed to warehouse snapshot)
 * and {@link org.marketsweep.jobs.ScanListingsJob} (listings to flags).
 *
 * <p>Each job validates its inputs in {@code execute()}, logs, runs, and replaces its output
 * partition atomically through {@link org.marketsweep.jobs.PartitionWriter}. The compiled
 * matcher is built once per executor ({@link org.marketsweep.jobs.MatcherCache}).
 *
 * <pre>{@code
 * SparkSession spark = SparkSessions.getOrCreate(null);
 * RunSummary s = new ScanListingsJob(spark, "listings.jsonl", "out", rules,
 *     new ListingParser(FeedMapping.identity()), LocalDate.now()).execute();
 * System.out.print(s.render());
 * }</pre>
 */
package org.marketsweep.jobs;
