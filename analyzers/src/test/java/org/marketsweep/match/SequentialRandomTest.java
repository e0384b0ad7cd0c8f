package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SequentialRandom} must give {@link Random}'s sequence, call for call. */
class SequentialRandomTest {

  @Test
  void drawsWhatRandomDraws() {
    // powers of two, small bounds, and bounds near 2^31 where nextInt rejects often
    int[] bounds = {1, 2, 3, 7, 16, 50, 599, 600, 1024, 65_537, 1 << 30, (1 << 30) + 1,
        Integer.MAX_VALUE};
    for (long seed : new long[] {0, 1, 41, -1, 0x5DEECE66DL, Long.MIN_VALUE, 123_456_789L}) {
      Random expected = new Random(seed);
      SequentialRandom actual = new SequentialRandom(seed);
      Random choice = new Random(seed + 1);
      for (int i = 0; i < 20_000; i++) {
        switch (choice.nextInt(3)) {
          case 0 -> {
            int bound = bounds[choice.nextInt(bounds.length)];
            assertEquals(expected.nextInt(bound), actual.nextInt(bound),
                "seed " + seed + ", call " + i + ", nextInt(" + bound + ")");
          }
          case 1 -> assertEquals(expected.nextGaussian(), actual.nextGaussian(), 0.0,
              "seed " + seed + ", call " + i + ", nextGaussian()");
          default -> assertEquals(expected.nextDouble(), actual.nextDouble(), 0.0,
              "seed " + seed + ", call " + i + ", nextDouble()");
        }
      }
    }
  }
}
