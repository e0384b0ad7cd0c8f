package org.marketsweep.crawl;

import java.io.IOException;

/**
 * Receives the raw bytes of every page response the crawler fetched (robots.txt excepted),
 * including 404/410 responses that mark a removal. Called concurrently from crawler threads:
 * implementations must be thread-safe. An exception is recorded as a crawl failure of that URL.
 */
public interface EvidenceSink {
  void store(Evidence evidence) throws IOException;

  /** A sink that keeps nothing. */
  static EvidenceSink discard() {
    return e -> { };
  }
}
