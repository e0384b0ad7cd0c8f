package org.marketsweep.crawl;

/** Where a product field came from, in merge priority order (highest first). */
public enum ExtractionMethod {
  JSON_LD,
  MICRODATA,
  OPEN_GRAPH,
  PROFILE,
  GENERIC
}
