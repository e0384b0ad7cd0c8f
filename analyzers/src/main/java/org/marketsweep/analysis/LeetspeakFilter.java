package org.marketsweep.analysis;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/**
 * Reads digits as letters in words that mix both: {@code 1vory} also reads {@code ivory},
 * {@code r3plica} {@code replica}, {@code gucc1} {@code gucci}. Words of digits only
 * ({@code 2024}, {@code 1:1}) are left alone. A digit with several readings ({@code 1} as
 * {@code i} or {@code l}) gives one variant per reading.
 */
public final class LeetspeakFilter extends VariantTokenFilter {
  private final Map<Integer, List<String>> readings;
  private final MappedChars mapped;
  private final int alternatives;

  public LeetspeakFilter(TokenStream input, Map<Integer, List<String>> readings) {
    super(input);
    this.readings = readings;
    this.mapped = new MappedChars(readings.keySet());
    this.alternatives = readings.values().stream().mapToInt(List::size).max().orElse(0);
  }

  @Override
  boolean variants(char[] term, int length, Variants variants) {
    if (!mixesLettersAndDigits(term, length)) {
      return true;
    }
    for (int alternative = 0; alternative < alternatives; alternative++) {
      read(term, length, alternative, variants);
    }
    return true;
  }

  private void read(char[] term, int length, int alternative, Variants variants) {
    variants.begin();
    for (int i = 0; i < length; i++) {
      List<String> options = mapped.contains(term[i]) ? readings.get((int) term[i]) : null;
      if (options == null) {
        variants.append(term[i]);
      } else {
        variants.append(options.get(Math.min(alternative, options.size() - 1)));
      }
    }
    variants.end();
  }

  /** Whether the word has a mapped char (looked for first: most words have none) and a letter. */
  private boolean mixesLettersAndDigits(char[] term, int length) {
    int i = 0;
    while (i < length && !mapped.contains(term[i])) {
      i++;
    }
    if (i == length) {
      return false;
    }
    for (int j = 0; j < length; j++) {
      if (Character.isLetter(term[j])) {
        return true;
      }
    }
    return false;
  }
}
