package org.marketsweep.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for NFKC case folding through a {@link TableNormalizerFilter}: the output of {@code
 * icuNormalizer2} with {@code name=nfkc_cf}, faster. No arguments.
 */
public final class NfkcCaseFoldFilterFactory extends TokenFilterFactory {
  public static final String NAME = "nfkcCaseFold";

  public NfkcCaseFoldFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public NfkcCaseFoldFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new TableNormalizerFilter(input, NormalizerTable.NFKC_CF);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
