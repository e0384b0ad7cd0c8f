package org.marketsweep.analysis;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/**
 * Reads digits as letters in words that mix both: {@code 1vory} also reads {@code ivory},
 * {@code r3plica} {@code replica}, {@code gucc1} {@code gucci}. Words of digits only
 * ({@code 2024}, {@code 1:1}) are left alone. A digit with several readings ({@code 1} as
 * {@code i} or {@code l}) gives one variant per reading.
 *
 * <p>Frozen copy of the implementation before the analysis speed work: the reference that
 * {@link ListingChainEquivalenceTest} compares the optimised chain against. Do not change it.
 */
public final class ReferenceLeetspeakFilter extends ReferenceVariantTokenFilter {
  private final Map<Integer, List<String>> readings;
  private final MappedChars mapped;
  private final int alternatives;

  public ReferenceLeetspeakFilter(TokenStream input, Map<Integer, List<String>> readings) {
    super(input);
    this.readings = readings;
    this.mapped = new MappedChars(readings.keySet());
    this.alternatives = readings.values().stream().mapToInt(List::size).max().orElse(0);
  }

  @Override
  boolean variants(char[] term, int length, List<String> variants) {
    if (!mixesLettersAndDigits(term, length)) {
      return true;
    }
    for (int alternative = 0; alternative < alternatives; alternative++) {
      variants.add(read(term, length, alternative));
    }
    return true;
  }

  private String read(char[] term, int length, int alternative) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      List<String> options = mapped.contains(term[i]) ? readings.get((int) term[i]) : null;
      out.append(options == null ? String.valueOf(term[i])
          : options.get(Math.min(alternative, options.size() - 1)));
    }
    return out.toString();
  }

  private boolean mixesLettersAndDigits(char[] term, int length) {
    boolean letter = false;
    boolean mapped = false;
    for (int i = 0; i < length; i++) {
      letter |= Character.isLetter(term[i]);
      mapped |= this.mapped.contains(term[i]);
    }
    return letter && mapped;
  }
}
