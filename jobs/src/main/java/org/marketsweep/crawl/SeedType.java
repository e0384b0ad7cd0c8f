package org.marketsweep.crawl;

/** What a seed URL is and so what the crawler does with it. */
public enum SeedType {
  /** A product listing: fetched, product extracted, links not followed. */
  LISTING,
  /**
   * A category / search-result page: its same-site links are followed (as category pages, up to
   * max_depth hops) unless the page turns out to be a product page, whose product is extracted.
   */
  CATEGORY,
  /** An XML sitemap or sitemap index: every listed URL is crawled as a {@link #LISTING}. */
  SITEMAP
}
