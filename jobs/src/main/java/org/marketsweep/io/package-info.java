/**
 * Reading feeds into the listing contract.
 *
 * <p>{@link org.marketsweep.io.ListingReader} turns a file or folder of JSONL, CSV or Parquet
 * feeds into listing rows and reject rows (every input row lands in exactly one);
 * {@link org.marketsweep.io.ListingParser} validates one row through a {@link
 * org.marketsweep.io.FeedMapping} (column names, timestamp formats, charset, decimal comma).
 * Rejects name the file, line, field and value.
 *
 * <pre>{@code
 * ListingReader.Result r = ListingReader.read(spark, "feeds/", new ListingParser(
 *     FeedMapping.load(Path.of("shop-mapping.yaml"))));
 * r.listings().show();
 * r.rejects().show(false);
 * }</pre>
 */
package org.marketsweep.io;
