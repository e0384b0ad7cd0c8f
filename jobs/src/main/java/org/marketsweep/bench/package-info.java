/**
 * The benchmark behind {@code marketsweep bench}: how fast listings are matched, by which
 * engine, at which scale, and whether the engines agree.
 *
 * <p>Where it sits: beside the data flow, not in it. It reads the shipped keyword lists and a
 * bundled sample of real product text ({@code bench/products.jsonl.gz}, see its
 * {@code SOURCES.md}); it writes a CSV and, for the end-to-end part, a temporary feed that
 * {@code bin/marketsweep scan} reads like any other.
 *
 * <ul>
 *   <li>{@link org.marketsweep.bench.BenchCorpus}: listing {@code i} of a seeded, endless
 *       corpus (real offers; a share of illicit listings made of the lists' {@code match}
 *       examples, some disguised further; near misses from the {@code no_match} examples;
 *       several languages), so any size is the same prefix and nothing is kept in memory.</li>
 *   <li>{@link org.marketsweep.bench.RuleSets}: rule sets of any size from the shipped lists
 *       (a sample, or all of them padded with generated rules of the same shapes).</li>
 *   <li>{@link org.marketsweep.bench.MatcherBenchmark}: analysis only, Lucene Monitor and the
 *       fast matcher, side by side, on one thread and on all cores; the fast matcher's matches
 *       compared with Monitor's on a deterministic sample.</li>
 *   <li>{@link org.marketsweep.bench.ScanBenchmark}: the whole scan as a separate process
 *       with its own heap limit, at several feed sizes (100k, 550k, 1M), so that a run's fixed
 *       cost can be told from what each listing costs.</li>
 *   <li>{@link org.marketsweep.bench.Bench}: one run of both, the printed tables, the CSV and
 *       the targets met or missed.</li>
 * </ul>
 *
 * <pre>{@code
 * bin/marketsweep bench                          # 10k/100k/1M listings x 100/1k/10k rules,
 *                                                # then scans of 100k, 550k and 1M listings
 * bin/marketsweep bench --quick                  # about three minutes, for CI
 * bin/marketsweep bench --sizes 50k --rules 4081 --threads 1 --scan-sizes 0 --csv b.csv
 * }</pre>
 *
 * <p>Another engine can be measured against the oracle through
 * {@link org.marketsweep.bench.MatcherBenchmark.Engines}; the run exits with 1 as soon as one
 * sampled listing's matches differ.
 */
package org.marketsweep.bench;
