/**
 * The marketplace crawler: fetches listing pages politely, extracts the product each page
 * describes, keeps the raw bytes as evidence and notices listings that were removed.
 *
 * <h2>Usage</h2>
 *
 * <pre>{@code
 * List<Seed> seeds = SeedsFile.read(Path.of("seeds.txt"));
 * CrawlConfig config = CrawlConfigYaml.load(Path.of("crawl.yaml"));   // or CrawlConfig.defaults()
 * Crawler crawler = Crawler.builder(config)
 *     .addProfile(SiteProfile.load(Path.of("ebay.yaml")))              // optional, --profile FILE
 *     .evidenceSink(new DirectoryEvidenceSink(Path.of("evidence")))   // or a warehouse writer
 *     .progress(CrawlProgress.auto(config.progressInterval()))
 *     .build();
 * CrawlSummary summary = crawler.crawl(seeds, page -> {
 *   // called from crawler threads: must be thread-safe
 *   if (page.product() != null || page.removed()) {
 *     rows.add(page);   // e.g. a ConcurrentLinkedQueue turned into listing rows afterwards
 *   }
 * });
 * summary.failures().forEach(f -> log.warn("{}: {}", f.url(), f.reason()));
 * }</pre>
 *
 * {@link org.marketsweep.crawl.Crawler#crawl(java.util.List, CrawlConfig, CrawlListener)} is the
 * one-call form (built-in profiles plus {@code profiles:} from the config, no evidence kept).
 *
 * <h2>Seeds</h2>
 *
 * A seeds file ({@link org.marketsweep.crawl.SeedsFile}) is UTF-8 text, one seed per line,
 * {@code #} comments, blank lines ignored; a line is {@code URL} or {@code TYPE URL} with TYPE one of
 * {@code listing} (alias {@code product}): a product page, not followed further;
 * {@code category} (alias {@code search}): a category or search-result page whose same-site links
 * are followed up to {@code max_depth} hops (a linked page that is itself a product page is
 * extracted and not followed further); {@code sitemap}: a sitemap or sitemap index whose URLs are
 * crawled as listings. Without TYPE, a URL whose path ends in {@code .xml}/{@code .xml.gz} or
 * contains "sitemap" is a sitemap, anything else a category.
 *
 * <pre>
 * # Marketplace X — wildlife keywords
 * https://shop.example/search?q=ivory
 * category https://shop.example/c/antiques
 * listing  https://shop.example/item/123456
 * sitemap  https://shop.example/sitemap_index.xml
 * </pre>
 *
 * <h2>Politeness and limits</h2>
 *
 * See {@link org.marketsweep.crawl.CrawlConfig} for every key and default. The crawler identifies
 * itself as {@code marketsweep/<version> (+<contact_url>)}; obeys robots.txt for the
 * {@code marketsweep} agent (4xx: allow all; 5xx/unreachable: disallow all) and its Crawl-delay
 * (capped by {@code max_crawl_delay}); waits {@code min_delay_per_host} between requests to a host
 * and runs at most {@code max_concurrency_per_host} at once; retries timeouts, I/O errors, 5xx and 429
 * with exponential backoff or the server's Retry-After (capped); follows redirects itself (at most
 * {@code max_redirects}, loops detected, never off-site); stops reading a body at
 * {@code max_page_bytes}; stays on the seeds' hosts and their {@code www.} twins (plus
 * {@code extra_allowed_hosts}); honours
 * {@code <meta name=robots content=nofollow>} and {@code rel=nofollow}; refuses hosts resolving to
 * loopback, private or link-local addresses unless {@code allow_private_addresses: true}; and stops
 * after {@code max_pages} or {@code max_crawl_time}.
 *
 * <h2>Extraction</h2>
 *
 * {@link org.marketsweep.crawl.ProductExtractor} merges, field by field: schema.org JSON-LD &gt;
 * microdata &gt; OpenGraph product tags &gt; the host's {@link org.marketsweep.crawl.SiteProfile}
 * (CSS selectors; {@code crawl/profiles/amazon.yaml} is built in) &gt; generic fallbacks. The
 * canonical URL prefers {@code link rel=canonical}. Text is entity-decoded and
 * whitespace-normalised; prices are parsed from any common notation and currency symbols mapped to
 * ISO 4217 using the host's country TLD and {@code <html lang>}. Each
 * {@link org.marketsweep.crawl.ExtractedProduct} says which method produced each field.
 *
 * <h2>Results</h2>
 *
 * Every URL ends as one {@link org.marketsweep.crawl.CrawledPage} given to the
 * {@link org.marketsweep.crawl.CrawlListener}: a product page, another page, a removed listing
 * (HTTP 404/410 or a profile's / the default listing-ended phrases and selectors; schema.org
 * Discontinued or SoldOut is not removal), or a failure with its reason. Page bodies (2xx, 404, 410)
 * go to the {@link org.marketsweep.crawl.EvidenceSink} with URL, final URL, status, time, content
 * type and SHA-256. The returned {@link org.marketsweep.crawl.CrawlSummary} counts pages, products,
 * removals, retries and bytes and lists every failure.
 */
package org.marketsweep.crawl;
