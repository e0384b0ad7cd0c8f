package org.marketsweep.match;

import java.util.Arrays;

/** Sets of term ids kept as sorted arrays without repeats. */
final class IntSets {
  private IntSets() {}

  /** The distinct values of {@code ids}, in increasing order, in a new array. */
  static int[] sortedDistinct(int[] ids) {
    return sortedDistinct(ids, ids.length);
  }

  /** The distinct values of {@code ids[0..length)}, in increasing order, in a new array. */
  static int[] sortedDistinct(int[] ids, int length) {
    int[] out = Arrays.copyOf(ids, length);
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (n == 0 || out[i] != out[n - 1]) {
        out[n++] = out[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
