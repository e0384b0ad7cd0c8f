package org.marketsweep.bench;

/**
 * The fast matcher with fewer and with more rules, measured side by side: both built at once,
 * alternating chunk by chunk over the same listings on the same threads, so that the host's
 * drift between two rows does not count as the rules' doing.
 *
 * @param fewerPerCore listings per second per core with {@code fewer} rules
 * @param morePerCore the same with {@code more} rules
 */
record RuleScaling(int fewer, int more, long listings, int threads, double fewerPerCore,
    double morePerCore) {

  /** The change in throughput from {@code fewer} to {@code more} rules: -0.25 is a fall by 25%. */
  double change() {
    return morePerCore / fewerPerCore - 1;
  }
}
