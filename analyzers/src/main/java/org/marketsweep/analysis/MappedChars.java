package org.marketsweep.analysis;

import java.util.Collection;

/**
 * The characters a swap file maps, as a bitmap over the Basic Multilingual Plane: filters test
 * every character of a text against it before looking a swap up (most characters have none).
 */
final class MappedChars {
  private final long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];

  MappedChars(Collection<Integer> codePoints) {
    for (int cp : codePoints) {
      if (cp <= Character.MAX_VALUE) {
        bits[cp >>> 6] |= 1L << cp;
      }
    }
  }

  boolean contains(char c) {
    return (bits[c >>> 6] & (1L << c)) != 0;
  }
}
