package org.marketsweep.match;

/**
 * The generator of {@link java.util.Random} (the same 48-bit linear congruential sequence,
 * seed scrambling, {@code nextInt(bound)}, {@code nextDouble()} and polar-method {@code
 * nextGaussian()}), for one thread: its state is a plain field, not an atomic one. The
 * language sampler draws hundreds of grams per listing, and {@code Random}'s compare-and-set
 * on every draw (a full memory barrier) cost more than the draw itself. Same seed, same
 * sequence: {@code SequentialRandomTest} compares the two.
 */
final class SequentialRandom {
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long seed;
  private double nextNextGaussian;
  private boolean haveNextNextGaussian;

  SequentialRandom(long seed) {
    this.seed = (seed ^ MULTIPLIER) & MASK;
  }

  private int next(int bits) {
    seed = (seed * MULTIPLIER + ADDEND) & MASK;
    return (int) (seed >>> (48 - bits));
  }

  /** As {@link java.util.Random#nextInt(int)}; {@code bound} must be positive. */
  int nextInt(int bound) {
    int r = next(31);
    int m = bound - 1;
    if ((bound & m) == 0) {
      return (int) ((bound * (long) r) >> 31);
    }
    for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
      // rejected: u fell in the incomplete last stretch of the range
    }
    return r;
  }

  /** As {@link java.util.Random#nextDouble()}. */
  double nextDouble() {
    return (((long) next(26) << 27) + next(27)) * DOUBLE_UNIT;
  }

  /** As {@link java.util.Random#nextGaussian()}. */
  double nextGaussian() {
    if (haveNextNextGaussian) {
      haveNextNextGaussian = false;
      return nextNextGaussian;
    }
    double v1;
    double v2;
    double s;
    do {
      v1 = 2 * nextDouble() - 1;
      v2 = 2 * nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s == 0);
    double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    nextNextGaussian = v2 * multiplier;
    haveNextNextGaussian = true;
    return v1 * multiplier;
  }
}
